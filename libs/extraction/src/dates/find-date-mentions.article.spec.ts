import { ValidationError } from '#lib/errors';
import { edtfBounds } from './edtf-bounds.js';
import { findDateMentions } from './find-date-mentions.js';
import type { DateMention, DateReference } from './types.js';

// Excerpts of the seed article (RFE/RL, published Monday 2019-01-21), boilerplate included.
const ARTICLE = `Breaking News

The Kuriles Question: Not So Fast On Russia-Japan World War II Peace Treaty

Russian President Vladimir Putin (left) and Japanese Prime Minister Shinzo Abe (right) talk on the sidelines of the Eastern Economic Forum in Vladivostok in September.

When Japanese President Shinzo Abe addressed a packed audience at the Eastern Economic Forum in September, held in the Russian Far East city of Vladivostok, he had a direct message for his host.

A little later, Putin turned animatedly to Abe. "You won't believe it, but honestly, it's a simple thought, but it came to my mind just now, right here," he said. "Let's sign a peace agreement by the end of the year," he told Abe, "without any preconditions."

But as Putin and Abe prepare for talks in Moscow on January 22, a territorial dispute that has remained unresolved since the war continues to stall efforts toward a Russo-Japanese peace deal, and analysts say there is little indication the latest round of negotiations will change that.

For the past 70 years, Japan has waged a dogged diplomatic campaign to reclaim what it calls its Northern Territories.

Japan established sovereignty over the islands in dispute -- Iturup, Kunashir, Shikotan, and a group of islets known as Habomai -- in an agreement with the Russian Empire in 1855.

Following the war, the two countries failed to sign a peace treaty, although the Soviet-Japanese Joint Declaration of October 1956 formally ended hostilities and opened diplomatic relations between the two sides.

When Putin and Abe followed up on their Vladivostok meeting with talks in November in Singapore, they agreed to use the 1956 agreement as a foundation for further discussion.

After talks in Moscow earlier this month between Russian Foreign Minister Sergei Lavrov and his Japanese counterpart, Taro Kono, Moscow made clear that Japan must accept Russian sovereignty of the disputed territories before any peace treaty is signed.

And there have been key developments since 1956: namely, the deepening of the U.S.-Japanese alliance.

"I don't think that anything substantive, anything which could be pronounced publicly, will come out of this meeting," Lukin says of the January 22 talks. "My guess is that we'll see no public announcement until Putin's planned visit to Japan in June."

An opinion survey carried out in November by the independent pollster Levada Center found that only 17 percent of Russians support the handover of the disputed territories to Japan in exchange for a peace deal to end World War II.

WATCH: A coalition of Russian nonparliamentary parties protested on January 20 in Moscow against any territorial concessions to Japan.

0:00 0:01:17 0:00

Russian state media has helped keep those numbers up. On January 13, flagship news program Vesti Nedeli dismissed the Japanese suggestion that the islands be returned before a treaty is ratified.

"We have the hypersonic Avangard rocket, we have the hypersonic Kinzhal," host Dmitry Kiselyov said, referring to two nuclear-capable weapons ceremoniously unveiled by Putin during his state-of-the-nation address in March.

"Theoretically, I can imagine that something like this would be doable immediately after the Crimean takeover five years ago, but now the situation is different."

In recent weeks, several rallies have been held across Russia to protest the possible handover of the islands. On January 20, some 300 nationalists and members of the Russian far right gathered in central Moscow.

  • 16x9 Image

    Matthew Luxmoore
`;

const PUBLISHED: DateReference = { date: '2019-01-21', tense: 'present' };

describe('findDateMentions on a news article', () => {
  const mentions = findDateMentions(ARTICLE, PUBLISHED);

  it('finds every date, resolved against the publication date, and nothing else', () => {
    expect(mentions.map((m) => [m.text, m.edtf])).toEqual([
      ['September', '2018-09'],
      ['September', '2018-09'],
      ['by the end of the year', '2019-12'],
      ['January 22', '2019-01-22'],
      ['For the past 70 years', '1949~/2019-01-21'],
      ['1855', '1855'],
      ['October 1956', '1956-10'],
      ['November', '2018-11'],
      ['1956', '1956'],
      ['earlier this month', '2019-01-01/2019-01-21'],
      ['since 1956', '1956/2019-01-21'],
      ['January 22', '2019-01-22'],
      ['June', '2019-06'],
      ['November', '2018-11'],
      ['January 20', '2019-01-20'],
      ['January 13', '2019-01-13'],
      ['March', '2018-03'],
      ['five years ago', '2014~'],
      ['January 20', '2019-01-20'],
    ]);
  });

  it('anchors a quote to the event it belongs to when asked to', () => {
    // Putin spoke in Vladivostok on 2018-09-12: "the end of the year" is the end of 2018.
    const quote = ARTICLE.indexOf('"Let\'s sign');
    const [deadline] = findDateMentions(ARTICLE.slice(quote, quote + 60), { date: '2018-09-12', tense: 'past' });
    expect(deadline).toMatchObject({ edtf: '2018-12', earliest: '2018-12-01', latest: '2018-12-31', relative: true });
  });

  it('returns mentions in text order, without overlaps, with offsets into the text', () => {
    expectWellFormed(ARTICLE, mentions);
  });
});

describe('findDateMentions: the contract of every mention', () => {
  const texts = [
    ARTICLE,
    'Between 1945 and 1949, and from September to November, since about 1990, in the mid-1950s, possibly in November.',
    'Last week, two weeks ago, on Tuesday, tomorrow, later this month, by the end of the year, in the 1990s, 1/15/2019.',
  ];

  it.each(texts.map((text, i) => [i, text] as const))('text %i: bounds are what edtfBounds gives the EDTF string', (_i, text) => {
    const mentions = findDateMentions(text, PUBLISHED);
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    expectWellFormed(text, mentions);
    for (const mention of mentions) {
      expect({ edtf: mention.edtf, ...edtfBounds(mention.edtf) }).toEqual({ edtf: mention.edtf, earliest: mention.earliest, latest: mention.latest });
      expect(mention.precision === 'interval').toBe(mention.edtf.includes('/'));
      expect(mention.approximate).toBe(/[~?%]/.test(mention.edtf));
    }
  });

  it('finds nothing in an empty text', () => {
    expect(findDateMentions('', PUBLISHED)).toEqual([]);
  });

  it.each(['2019-1-21', '21.01.2019', '2019-02-29', '2019-01-21T10:00:00Z', ''])('refuses the reference date %j', (date) => {
    expect(() => findDateMentions('in September', { date, tense: 'past' })).toThrow(ValidationError);
  });
});

// Speed is measured in `npm run bench` (extraction suite), never in a timed test.
describe('findDateMentions on long text', () => {
  it('finds the same mentions in every repetition of an article', () => {
    const mentions = findDateMentions(ARTICLE.repeat(40), PUBLISHED);
    expect(mentions).toHaveLength(40 * findDateMentions(ARTICLE, PUBLISHED).length);
  });
});

function expectWellFormed(text: string, mentions: readonly DateMention[]): void {
  let previousEnd = 0;
  for (const mention of mentions) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    expect(mention.text).toBe(mention.text.trim());
    previousEnd = mention.end;
  }
}
