import { presentPerfect, tenseMarkers, tenseOf } from './tense.js';

describe('tenseOf', () => {
  it.each([
    'Putin will visit Japan in June.',
    'The talks will be held on January 20.',
    "We'll see no public announcement until Putin's planned visit to Japan in June.",
    "Putin's planned visit to Japan in June",
    'Abe is to travel to Moscow next week.',
    'The talks are scheduled for January 22.',
    'Lavrov is expected to meet Kono in February.',
    'A treaty is expected by June.',
    'The two leaders are set to sign a deal.',
    'Japan plans to hold a referendum.',
    'Tokyo hopes to sign a treaty this year.',
    'The sides are going to discuss the islands.',
    "Russia won't return the islands.",
    'Moscow shall decide.',
    'The upcoming summit in Osaka.',
    'But as Putin and Abe prepare for talks in Moscow on January 22',
    'The ministers are preparing for another round.',
    'President Vladimir Putin is due to travel to Osaka in June.',
    'The working groups are about to meet.',
    'Putin is unlikely to advance such a cause.',
    'They may make a tentative, preliminary agreement.',
    'Russia might relinquish the Kuriles.',
    'Putin said he would visit Japan in June.',
    'The next round of talks opens in Moscow.',
    'In the coming months the sides meet again.',
    'The vote is tomorrow.',
  ])('future: %s', (sentence) => {
    expect(tenseOf(sentence)).toBe('future');
  });

  it.each([
    'Putin met Abe in Singapore.',
    'The Soviet Union captured the islands in 1945.',
    'Kiselyov said the islands were Russian.',
    'Japan has waged a dogged diplomatic campaign.',
    'Abe has long sought a deal.',
    'Several rallies have been held across Russia.',
    'Lavrov was quoted as saying.',
    'Abe told reporters.',
    'The talks took place in Moscow.',
    'The survey found that only 17 percent support a handover.',
    'Russian state media hailed the offer as a breakthrough.',
    'A coalition of Russian nonparliamentary parties protested on January 20 in Moscow.',
    'The weapons were ceremoniously unveiled by Putin in March.',
    'Abe would have signed the deal.',
    'The islands were handed over.',
    'The next day, they met.',
    'Japan was ready to negotiate.',
    "The two leaders didn't agree on a timetable.",
    'The war ended five years ago.',
    'Yesterday the ministry summoned the ambassador.',
    'Kono and Lavrov had talks earlier this month.',
    'Nationalist deputies had accused him of preparing to sell off Russian soil.',
    'For the next three decades Moscow denied that any territorial issue existed.',
    'Russia rejected a protest over its plans to stage exercises.',
    'The two countries agreed on Thursday to send a survey team to the islands as early as next month.',
  ])('past: %s', (sentence) => {
    expect(tenseOf(sentence)).toBe('past');
  });

  it.each([
    'Japan disputes the ownership of an adjacent group of small uninhabited islands.',
    'Tokyo wants the four disputed islands back.',
    "Russia's position remains unchanged.",
    'Lukin says there is little reason to believe it.',
    'The islands are part of Japan.',
    'The disputed islands lie off Hokkaido.',
    "Japan's position on the disputed territories is clear.",
    'Many Russians oppose a handover.',
    'Analysts say there is little indication of a deal.',
    'The United States remains a sticking point.',
    'He is based in Moscow.',
    'The treaty is made of two parts.',
    'Due to the war, the treaty is unsigned.',
    'They are going to Moscow.',
    'Japan is ready to negotiate.',
    'It is a simple thought.',
    'Putin (left) and Abe (right) talk on the sidelines of the forum.',
    'The islands are still considered Japanese by Tokyo.',
    'Next to the port stands a memorial.',
    'Northern Territories Day',
    '',
  ])('present: %j', (sentence) => {
    expect(tenseOf(sentence)).toBe('present');
  });

  it('lets a future marker outweigh a past one in the same clause', () => {
    // Brief's precedence; the resolver itself weighs markers by proximity (see ScanContext).
    expect(tenseOf('Putin said in September he would visit in June.')).toBe('future');
    expect(tenseOf('Putin was expected to visit in June.')).toBe('future');
  });

  it('reads a participle completing a want\'s object as no past ("wants the question settled")', () => {
    expect(tenseOf('Tokyo wants the question of their ownership settled before a treaty is signed.')).toBe('present');
    expect(tenseOf('Japan settled the question.')).toBe('past');
  });

  it('ignores capitalised words that look like verbs', () => {
    expect(tenseOf('United Russia and Will Smith')).toBe('present');
  });
});

describe('tenseMarkers', () => {
  it('reports each marker at its offset, counting a perfect once', () => {
    const sentence = 'Japan has sought the islands and will keep trying.';
    expect(tenseMarkers(sentence)).toEqual([
      { at: sentence.indexOf('has'), kind: 'perfect' },
      { at: sentence.indexOf('will'), kind: 'future' },
    ]);
  });

  it('reads only the given range', () => {
    const text = 'Putin said it. He will go.';
    expect(tenseMarkers(text, 15).map((m) => m.kind)).toEqual(['future']);
  });
});

describe('will and would that tell no future', () => {
  it('reads "good will" and "political will" as nouns, and "agreed that ... would" as backshifted', () => {
    expect(tenseOf('The Soviet Union agreed to hand over two islands as a gesture of good will')).toBe('past');
    expect(tenseOf('There is no political will in Tokyo')).toBe('present');
    expect(tenseOf('Moscow agreed that once a treaty was signed it would hand over two islands')).toBe('past');
    expect(tenseOf('Moscow said that it would hand over two islands')).toBe('future');
    expect(tenseOf('The two sides will meet again')).toBe('future');
  });
});

describe('presentPerfect', () => {
  it('finds a present perfect, past an -ly adverb, and not a pluperfect, a simple past or a future beside it', () => {
    expect(presentPerfect('New laws have effectively made it illegal to give up any territory.')).toBe(true);
    expect(presentPerfect('Tokyo has repeatedly protested.')).toBe(true);
    expect(presentPerfect('Tokyo had repeatedly protested.')).toBe(false);
    expect(presentPerfect('Tokyo has protested and Moscow rejected the note.')).toBe(false);
    expect(presentPerfect('Tokyo protested.')).toBe(false);
  });
});

describe('backshift after a denial', () => {
  it('reads "denied reports that ... would" as past, but a plain "would" as future', () => {
    expect(tenseOf('Peskov denied reports that Russia would hand over the islands.')).toBe('past');
    expect(tenseOf('Russia would hand over the islands.')).toBe('future');
  });

  it('reads an -ed form on the object of a present verb as a participle, no past ("insists the islands handed to it by the Allies are ...")', () => {
    expect(tenseOf('Moscow insists the islands handed to it by the Allies are Russian.')).toBe('present');
    expect(tenseOf('Tokyo rejects the claims voiced by Moscow.')).toBe('present');
    expect(tenseOf('Japan claims the islands taken by the Soviet army.')).toBe('present');
    // (A subject between them makes it a verb of its own: "says they seized".)
    expect(tenseOf('Tokyo says they seized the islands.')).toBe('past');
    expect(tenseOf('Tokyo protested when the troops landed.')).toBe('past');
  });
});
