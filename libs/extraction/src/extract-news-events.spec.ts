import { loadCodebooks } from '#lib/codebook';
import { extractNewsEvents } from './extract-news-events.js';
import { prepareArticleText } from './prepare-article-text.js';
import type { ExtractedEvent } from './extracted-event.js';

const codebook = loadCodebooks().find((c) => c.id === 'kuril-islands')!;

/** given an article published on `publishedAt` with these paragraphs, when extracted, then ... */
function extract(paragraphs: string[], publishedAt = '2021-06-16T08:00:00Z'): ExtractedEvent[] {
  return extractNewsEvents({ text: paragraphs.join('\n\n'), publishedAt }, codebook);
}

const signals = (events: ExtractedEvent[]) =>
  events.flatMap((e) => e.stances.map((s) => `${e.date} ${s.actor} ${s.question}=${s.position}`));

describe('extractNewsEvents', () => {
  it('yields nothing for an article that is not about the topic', () => {
    expect(extract(['Japan and Russia agreed on Tuesday to expand fishing quotas in the Sea of Okhotsk, officials said.'])).toEqual([]);
  });

  it('resolves "he said" to the last person named, and a metonym to its actor', () => {
    const events = extract([
      'Foreign Minister Sergei Lavrov met his Japanese counterpart on Monday to discuss the Kuril Islands.',
      '"The islands are Russian territory and that is not up for debate," he said.',
      'Tokyo has long insisted that the Northern Territories are an inherent part of Japan.',
    ]);
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2021-06-14 russia sovereignty=russia-all', '2021-06-16 japan sovereignty=japan-all-four']),
    );
  });

  it('reads a place name after a locative preposition as the place, not the actor', () => {
    const [event] = extract(['Japanese officials held talks in Moscow on the Kuril Islands on Friday, seeking a peace treaty.']);
    expect(event).toMatchObject({ type: 'consult', date: '2021-06-11', place: 'Moscow' });
    expect(event.actors).toEqual(['japan']);
    expect(signals([event])).toEqual(['2021-06-11 japan peace-treaty=seeks']);
  });

  it('takes possessives: "Tokyo\'s position" is Japan\'s', () => {
    const events = extract(["Tokyo's position, Chief Cabinet Secretary Katsunobu Kato said on Tuesday, is that the territorial issue must be resolved before a peace treaty."]);
    expect(signals(events)).toEqual(['2021-06-15 japan sequencing=territory-first']);
  });

  it('gives future, hypothetical and negated events no stance signals', () => {
    const events = extract([
      'Putin will visit Tokyo in September to discuss a peace treaty on the Kuril Islands.',
      'If Japan were to drop its claim to all four islands, a treaty could be signed quickly.',
      'Russia did not agree to return the two smaller islands, the Kremlin said on Friday.',
    ]);
    const visit = events.find((e) => e.type === 'consult');
    expect(visit).toMatchObject({ date: '2021-09', context: ['future'] });
    expect(signals(events)).toEqual([]);
  });

  it('gives analysts no stance signals, however clear their view', () => {
    const events = extract([
      '"Russia will never give up the Kurils," said Yuri Ivanov, a professor at an Example University institute, on Monday.',
      'Ivanov added that Tokyo should accept the two islands offered in 1956.',
    ]);
    expect(signals(events)).toEqual([]);
  });

  it('dates weekdays and year-less months by tense, and "earlier this month" as an interval to publication', () => {
    const events = extract([
      'On Tuesday, Japan protested to Russia over military drills on the Kuril Islands.',
      'In March, the Kremlin said the islands belong to Russia.',
      'Earlier this month, Japanese Foreign Minister Toshimitsu Motegi demanded the return of the Northern Territories.',
    ]);
    expect(events.map((e) => e.date)).toEqual(expect.arrayContaining(['2021-06-15', '2021-03', '2021-06-01/2021-06-16']));
  });

  it('anchors "the next day" to the story, not to the publication date', () => {
    const events = extract([
      'On September 5, 2019, Russia and Japan held talks on the Kuril Islands in Vladivostok.',
      'The next day, the Kremlin said the islands belong to Russia.',
    ]);
    expect(signals(events)).toEqual(['2019-09-06 russia sovereignty=russia-all']);
  });

  it('reads a poll by its majority: "only 20 percent support the handover" means the public opposes it', () => {
    const events = extract(['A survey by the Levada Center in May found that only 20 percent of Russians support a handover of the Kuril Islands to Japan.']);
    expect(events[0]).toMatchObject({ type: 'poll', date: '2021-05' });
    expect(signals(events)).toEqual(['2021-05 russian-public handover=opposes']);
  });

  it('gives every signal evidence at its offsets in the text', () => {
    const text = ['On Tuesday, the Kremlin said the Kuril Islands belong to Russia.'];
    const [event] = extract(text);
    const stance = event.stances[0];
    expect(text[0].slice(stance.evidence!.start, stance.evidence!.end)).toBe(stance.evidence!.quote);
    expect(text[0].slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.quote);
  });

  describe('reported speech (issue 10)', () => {
    it('gives a joint agreement reported by one side to both sides', () => {
      const events = extract(['Abe and Putin agreed on Monday to accelerate peace treaty talks over the Kuril Islands, the Japanese side said.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-14 japan peace-treaty=seeks', '2021-06-14 russia peace-treaty=seeks']));
    });

    it('reads "said it would continue" as a stance held on the day it was said, not a future event', () => {
      const events = extract(['Moscow said on Monday it would continue peace treaty talks with Tokyo on the Kuril Islands.']);
      expect(signals(events)).toEqual(['2021-06-14 russia peace-treaty=seeks']);
    });

    it('lets a quotation in a paragraph of its own continue the last speaker', () => {
      const events = extract([
        'Russian Foreign Minister Sergei Lavrov spoke to reporters on Monday about the Kuril Islands.',
        '"This is our land. We will never hand over the islands," he told them.',
        '"Nobody in Moscow is going to give them up."',
      ]);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-14 russia sovereignty=russia-all', '2021-06-14 russia handover=opposes']));
    });

    it('gives a demand on the other side to who demands it', () => {
      const events = extract(['Lavrov said on Monday that Japan must first recognise the results of World War II, including Russian sovereignty over the Kurils.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-14 russia sequencing=recognition-first']));
      expect(signals(events).some((s) => s.includes('japan sequencing'))).toBe(false);
    });

    it('lets the holder decide whose "our land" is', () => {
      expect(signals(extract(['"The Northern Territories are our land," Kishida told parliament on Monday.']))).toEqual([
        '2021-06-14 japan sovereignty=japan-all-four',
      ]);
    });

    it('reads the claimant of "islands claimed by Japan", "land it regards as its own" and a state that protests', () => {
      // (A claim said of the islands stands at publication, not on the day of the drills.)
      expect(signals(extract(['On Monday the drills took place on four Russian-held Kuril Islands claimed by Japan.']))).toEqual([
        '2021-06-16 japan sovereignty=japan-all-four',
      ]);
      expect(signals(extract(['Tokyo protested on Monday against the drills on the Kuril Islands, land it regards as its own.']))).toEqual([
        '2021-06-14 japan sovereignty=japan-all-four',
      ]);
    });

    it('reads refusing to return to the talks, stopping them, and settling the border later', () => {
      expect(signals(extract(['Zakharova said on Monday that Moscow would not return to peace treaty talks over the Kuril Islands.']))).toContain(
        '2021-06-14 russia peace-treaty=suspended',
      );
      expect(signals(extract(['Lavrov defended the decision Moscow took in March 2022 to stop the peace treaty talks over the Kuril Islands.'], '2022-06-16T08:00:00Z'))).toEqual([
        '2022-03 russia peace-treaty=suspended',
      ]);
      expect(
        signals(extract(['The Kuril Islands row goes on.', 'In 1998 Moscow proposed signing a peace treaty by 2000 and settling the border in a separate agreement later.'])),
      ).toEqual(['1998 russia peace-treaty=seeks', '1998 russia sequencing=treaty-first']);
      expect(signals(extract(['On Monday Kishida said Japan would settle the border of the Kuril Islands first and sign a peace treaty later.']))).not.toContain(
        '2021-06-14 japan sequencing=treaty-first',
      );
    });

    it('reads a treaty tied to a settlement, and a question of ownership to be resolved first, as territory first', () => {
      expect(
        signals(extract(['On Monday Kishida said Japan tied the peace treaty to a settlement of the row over the Kuril Islands.'])),
      ).toContain('2021-06-14 japan sequencing=territory-first');
      expect(
        signals(extract(['On Monday Kishida said the question of which country the four Kuril Islands belong to must be resolved first.'])),
      ).toEqual(['2021-06-14 japan sequencing=territory-first']);
    });

    it('gives a named official of a title only one state has to that state ("Yasuhisa Shiozaki, the chief cabinet secretary")', () => {
      const events = extract([
        'Yasuhisa Shiozaki, the chief cabinet secretary, told reporters on Monday that the government would keep working to resolve the question of the Northern Territories and then conclude a peace treaty.',
      ]);
      expect(signals(events)).toEqual(['2021-06-14 japan peace-treaty=seeks', '2021-06-14 japan sequencing=territory-first']);
    });

    it('dates what a dated document says by its year', () => {
      const events = extract(['The 1956 declaration says the Soviet Union will hand over Habomai and Shikotan after a peace treaty is signed.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
    });

    it('dates what a document named before provides ("That document", "Its ninth article", "agreed in it") by the year it was named with', () => {
      const events = extract([
        'In October 1956 the two states signed a joint declaration that restored diplomatic ties.',
        'That document provides for the handover of Habomai and Shikotan after a peace treaty is concluded.',
      ]);
      expect(signals(events)).toEqual(expect.arrayContaining(['1956 russia handover=supports']));
      const inIt = extract(['Moscow and Tokyo signed a joint declaration in 1956.', 'The Soviet Union agreed in it to hand over Shikotan and the Habomai islets once a peace treaty was signed.']);
      expect(signals(inIt)).toEqual(expect.arrayContaining(['1956 russia handover=supports']));
    });

    it('dates a reply "two days later" from the story\'s date, not the earlier saying\'s', () => {
      const events = extract([
        'On a phone-in on April 3, President Putin said the southern Kurils were Russian territory.',
        'Prime Minister Kan replied two days later that Japan would go on demanding the return of all four islands.',
      ]);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-04-05 japan handover=supports']));
    });

    it('resolves a year-less month in a timeline entry against the entry\'s date, not the publication\'s', () => {
      const events = extract(['Nov. 1, 2010 - Dmitry Medvedev visits Kunashir. In December, Lavrov says the Kuril Islands are Russian land.']);
      expect(signals(events)).toEqual(['2010-12 russia sovereignty=russia-all']);
    });

    it('reads a year naming a law as the law\'s, when the clause has a date of its own', () => {
      const events = extract(['Japan\'s upper house on Friday passed an amendment to a 1982 law on the Northern Territories that calls the four islands an inherent part of Japanese territory.']);
      expect(signals(events)).toEqual(['2021-06-11 japan sovereignty=japan-all-four']);
    });

    it('drops a position of the other side read for a party (a misread holder), unless a slot names it', () => {
      const events = extract(['The Japanese ministry said such talk distorted the agreements, adding in its statement that Russia\'s sovereignty over the Kuril Islands was not subject to discussion.']);
      expect(signals(events).filter((s) => s.includes('japan sovereignty=russia-all'))).toEqual([]);
    });

    it('lets a title before a new name be whom "he" is next, not the last person named before', () => {
      const events = extract([
        'President Dmitry Medvedev visited Kunashir on Monday.',
        'Chief Cabinet Secretary Yoshito Sengoku spoke to reporters in Tokyo.',
        '"We will keep demanding the return of all four islands," he said.',
      ]);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-14 japan handover=supports']));
      expect(signals(events).filter((s) => s.includes(' russia '))).toEqual([]);
    });

    it('reads "did not alter its readiness to keep talking about a peace treaty" as the readiness held', () => {
      const events = extract(['A Russian Foreign Ministry official said the visit did not alter Moscow\'s readiness to keep talking to Tokyo about a peace treaty.']);
      expect(signals(events)).toEqual(['2021-06-16 russia peace-treaty=seeks']);
    });

    it('gives a poll taken in a state to that state\'s public', () => {
      const events = extract(['In Russia, a survey in May found that 71 percent of respondents opposed handing any of the Kuril Islands to Japan.']);
      expect(signals(events)).toEqual(['2021-05 russian-public handover=opposes']);
    });

    it('gives a poll taken where a public lives to that public, not to the public the story named last', () => {
      const events = extract([
        'Most Japanese voters want all four of the Northern Territories back, a poll found in May.',
        'In a survey of 600 adults on Iturup and Kunashir conducted in June, 89 percent said the islands should not be handed over to Japan.',
      ]);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06 russian-public handover=opposes']));
      expect(signals(events).filter((s) => s.includes('japanese-public handover=opposes'))).toEqual([]);
    });

    it('reads "possible only after Tokyo recognises" as a condition stated, not a hedge', () => {
      const events = extract(['"Progress on a peace treaty is possible only after Tokyo recognises the results of the Second World War," Lavrov said.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-16 russia sequencing=recognition-first']));
    });

    it('reads a return made a condition for a peace treaty as territory first', () => {
      const events = extract(['Japan makes the return of the Northern Territories a condition for signing a peace treaty.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-16 japan sequencing=territory-first']));
    });

    it('reads a roundup\'s label line as who speaks below and when, whatever the quotation\'s tense', () => {
      const events = extractNewsEvents(
        {
          text: prepareArticleText(
            [
              'Officials on both sides reacted to the speech on the Northern Territories.',
              '',
              'Yoshimasa Hayashi, chief cabinet secretary, at his news conference on Wednesday:',
              '"I will not comment on each remark. The Northern Territories are an inherent part of Japan\'s territory."',
            ].join('\n'),
          ),
          publishedAt: '2024-02-01T10:00:00Z',
        },
        codebook,
      );
      expect(signals(events)).toEqual(['2024-01-31 japan sovereignty=japan-all-four']);
    });

    it('dates the text of a statement quoted in full by when the story says it was published', () => {
      const events = extract([
        'The following is the full text of the statement the Russian Foreign Ministry published on Monday.',
        '"In connection with the measures announced by the Government of Japan, the Russian side is taking the following steps.',
        'Under the current circumstances, the Russian side does not intend to continue negotiations with Japan on a peace treaty."',
      ]);
      expect(signals(events)).toEqual(['2021-06-14 russia peace-treaty=suspended']);
    });

    it('reads "officials in Tokyo" as Japan\'s officials, not a place', () => {
      const events = extract(['Officials in Tokyo insist that Japan\'s claim to all four of the Northern Territories remains where it was.']);
      expect(signals(events)).toEqual(['2021-06-16 japan sovereignty=japan-all-four']);
    });

    it('reads a position held "ever since" as held now', () => {
      const events = extract(['Soviet troops occupied the Kuril Islands in 1945.', 'Japan has wanted all four of them back ever since.']);
      expect(signals(events)).toEqual(['2021-06-16 japan sovereignty=japan-all-four']);
    });

    it('gives a presenter on a state channel\'s words to state media', () => {
      const events = extract(['On Sunday, a presenter on state television told viewers that the Kurils are Russian land.']);
      expect(signals(events)).toEqual(['2021-06-13 russian-state-media sovereignty=russia-all']);
    });

    it('reads an interview transcript: the label in capitals is the ambassador the introduction named, dated when the interview took place', () => {
      const events = extract(
        [
          'Nikolai Petrov, a career diplomat who became Moscow\'s ambassador in Tokyo this year, spoke to The Evening Hour on Thursday.',
          'Last month, the Japanese prime minister said he wanted a peace treaty.',
          'Q: Will Russia ever hand over the Kuril Islands?',
          'PETROV: The southern Kurils are Russian territory.',
        ],
        '2024-11-08T19:00:00Z',
      );
      expect(signals(events)).toEqual(expect.arrayContaining(['2024-11-07 russia sovereignty=russia-all']));
      // (The question asserts nothing.)
      expect(signals(events).filter((s) => s.includes('handover'))).toEqual([]);
    });

    it('reads what an interviewer\'s question reports as the story\'s report', () => {
      const events = extract(['Q: In Singapore in 2018, President Putin and Prime Minister Abe agreed to speed up the peace treaty talks. Does that still hold?', 'LAVROV: It does.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2018 japan peace-treaty=seeks', '2018 russia peace-treaty=seeks']));
    });

    it('reads a month and day without a year in a paragraph about the past as of that year', () => {
      const events = extract(
        ['In 1993 Yeltsin finally went to Tokyo. He and Prime Minister Hosokawa signed a declaration on October 13th in which both sides agreed to continue negotiations toward a peace treaty.', 'On Monday, Lavrov said the Kuril Islands are Russian territory.'],
        '2007-04-24T10:00:00Z',
      );
      expect(signals(events)).toEqual(expect.arrayContaining(['1993-10-13 russia peace-treaty=seeks', '2007-04-23 russia sovereignty=russia-all']));
    });

    it('reads "he and Mr. Putin agreed" as a joint subject, with whom "he" is', () => {
      const events = extract(['Prime Minister Shinzo Abe flew to Moscow on Tuesday.', 'At a meeting in Singapore in November 2018, he and Mr. Putin agreed to accelerate the negotiations on a peace treaty.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2018-11-14 japan peace-treaty=seeks', '2018-11-14 russia peace-treaty=seeks']));
    });

    it('reads "both governments" as the dispute\'s two sides when the story names others too', () => {
      const events = extract([
        'President Clinton and the United States backed Yeltsin on the Kuril Islands, and the United States said so again.',
        'Prime Minister Hosokawa welcomed Yeltsin in 1993. The declaration committed both governments to conclude a peace treaty.',
      ]);
      expect(signals(events)).toEqual(['1993 russia peace-treaty=seeks', '1993 japan peace-treaty=seeks']);
    });

    it('dates a poll\'s figures by its fieldwork, said a few paragraphs further down', () => {
      const events = extract(
        [
          'Most Russians oppose handing the Kuril Islands to Japan, a poll showed on Friday.',
          'Seventy-seven percent of respondents said Russia should not transfer the islands.',
          'Only 14 percent supported a handover.',
          'The pollster said the result was stable.',
          'The nationwide survey of 1,600 adults was carried out from Jan. 24 to Jan. 28.',
        ],
        '2019-02-01T10:00:00Z',
      );
      expect(signals(events)).toEqual(expect.arrayContaining(['2019-01-24/2019-01-28 russian-public handover=opposes']));
    });

    it('lets "the rally" be the one the story placed, and "the anchor" the broadcaster\'s', () => {
      const events = extract([
        'In Nemuro, about 250 people attended a rally on the Northern Territories.',
        'The rally adopted an appeal demanding that Russia return the four islands.',
        'A Rossiya-1 anchor covered the day. The anchor told viewers the Kurils are Russian land.',
      ]);
      expect(signals(events)).toEqual(
        expect.arrayContaining(['2021-06-16 japanese-public handover=supports', '2021-06-16 russian-state-media sovereignty=russia-all']),
      );
    });

    it('does not carry a paragraph about the distant past into the next paragraph\'s present', () => {
      const events = extract(['Soviet troops occupied the Kuril Islands in 1945.', 'The government, he said, would stick to its policy of concluding a peace treaty after the territorial issue is resolved, Kishida told the rally.']);
      expect(signals(events).filter((s) => s.startsWith('1945'))).toEqual([]);
    });

    it('reads "the sides" of a declaration as its signatories', () => {
      const events = extract(['In 1956, the USSR and Japan signed a Joint Declaration in which the sides pledged to continue peace treaty talks.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia peace-treaty=seeks', '1956-10-19 japan peace-treaty=seeks']));
    });

    it('reads "lawfully acquired the islands" as Moscow\'s claim', () => {
      expect(signals(extract(['Moscow maintains that it lawfully acquired the Kuril Islands as a result of the war.']))).toEqual(['2021-06-16 russia sovereignty=russia-all']);
    });

    it('reads "they" as the two leaders the sentence before had as its subject', () => {
      const events = extract(['At their meeting on Tuesday, the two leaders discussed the Kuril Islands.', 'In Singapore in November, they had agreed to speed up the peace treaty talks.'], '2019-01-25T10:00:00Z');
      expect(signals(events)).toEqual(expect.arrayContaining(['2018-11 japan peace-treaty=seeks', '2018-11 russia peace-treaty=seeks']));
    });

    it('reads "continue the talks" as seeking the treaty, unless the talks are about something else', () => {
      expect(signals(extract(['Lavrov said Russia and Japan would continue the talks on the Kuril Islands.']))).toEqual(
        expect.arrayContaining(['2021-06-16 russia peace-treaty=seeks']),
      );
      expect(signals(extract(['Lavrov said Russia would continue the fishing talks near the Kuril Islands.']))).toEqual([]);
    });

    it('lets "He said" after an unnamed official be the official, not a person named paragraphs before', () => {
      const unnamed = extract([
        'Foreign Minister Sergei Lavrov said on Monday that the Kuril Islands are Russian territory.',
        'An official who sailed with the group told reporters at the port that grave visits must resume. He said the policy of resolving the territorial issue and concluding a peace treaty remains unchanged.',
      ]);
      expect(signals(unnamed)).toEqual(['2021-06-14 russia sovereignty=russia-all']);
      const cabinetOffice = extract([
        'Foreign Minister Sergei Lavrov said on Monday that the Kuril Islands are Russian territory.',
        'A Cabinet Office official who sailed with the group told reporters at the port that grave visits must resume. He said the policy of resolving the territorial issue and concluding a peace treaty remains unchanged.',
      ]);
      expect(signals(cabinetOffice).map((x) => x.slice(11))).toEqual(['russia sovereignty=russia-all', 'japan peace-treaty=seeks', 'japan sequencing=territory-first']);
    });

    it('counts "Two months later" opening a paragraph from the paragraph about the past before it, not from the news', () => {
      const events = extract(
        [
          'Governor Limarenko wrote on July 2 that the Kuril Islands will remain Russian.',
          'In September 2018, Putin proposed a treaty without preconditions, and Tokyo rejected the idea.',
          'Two months later in Singapore, the leaders agreed to accelerate the peace treaty talks.',
        ],
        '2020-07-06T10:00:00Z',
      );
      expect(signals(events)).toEqual(expect.arrayContaining(['2018-11 japan peace-treaty=seeks', '2018-11 russia peace-treaty=seeks']));
    });

    it('gives an envoy\'s words to the state that sent him, not the one he is posted to', () => {
      const events = extract(['In February, the U.S. ambassador to Japan, Rahm Emanuel, said Washington recognized Japan\'s sovereignty over the Northern Territories.'], '2022-07-01T10:00:00Z');
      expect(signals(events)).toEqual(['2022-02 united-states sovereignty=japan-all-four']);
    });

    it('dates what a speaker said as held ("still wanted") by the saying, not by publication', () => {
      const events = extract(['Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Monday about the Kuril Islands.', 'Moscow still wanted a peace treaty with Japan, he said.']);
      expect(signals(events)).toEqual(['2021-06-14 russia peace-treaty=seeks']);
    });

    it('reads talk of a two-island deal as speculation, and no two-island stance for Japan', () => {
      const events = extract([
        'That agreement triggered speculation in both countries that a two-island deal on the Kuril Islands might be near.',
        'Koizumi replied that the return of two islands alone would not be enough.',
      ]);
      expect(signals(events).filter((s) => s.includes('two-islands'))).toEqual([]);
    });

    it('reads "the two agreed" as both leaders named before', () => {
      const events = extract(['Putin met Abe in Moscow on Tuesday.', 'In November 2018 in Singapore the two agreed to speed up the peace treaty negotiations.'], '2019-02-14T10:00:00Z');
      expect(signals(events)).toEqual(expect.arrayContaining(['2018-11 russia peace-treaty=seeks', '2018-11 japan peace-treaty=seeks']));
    });

    it('reads what follows a dash as a comment, not the clause\'s tense', () => {
      const events = extract(['In November 2018 Abe and Putin agreed to speed up the peace treaty talks — a move many read as Tokyo preparing to settle for two islands, which would anger former residents.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2018-11 japan peace-treaty=seeks', '2018-11 russia peace-treaty=seeks']));
    });

    it('reads "a protest ... was held" as a rally, its crowd by its place', () => {
      expect(signals(extract(['A small protest against any transfer of the Kuril Islands was held in central Moscow on Sunday.']))).toEqual([
        '2021-06-13 russian-nationalists handover=opposes',
      ]);
    });

    it('reads "the Prime Minister of Japan" as Japan in a joint subject', () => {
      const events = extract(['In November 2018 the President of Russia and the then Prime Minister of Japan agreed to speed up the peace treaty negotiations.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2018-11 russia peace-treaty=seeks', '2018-11 japan peace-treaty=seeks']));
    });

    it('reads "a peace treaty, which we want" and "cannot replace Japan\'s recognition of the results of the war" as held', () => {
      const events = extract(['"Joint economic activities can create a better atmosphere for a peace treaty, which we want. But they cannot replace Japan\'s recognition of the results of the Second World War," Lavrov said.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-16 russia peace-treaty=seeks', '2021-06-16 russia sequencing=recognition-first']));
    });

    it('does not read "drive through to the end toward a treaty" as ending the talks', () => {
      expect(signals(extract(['Abe said he wanted to drive through to the end toward a peace treaty on the Kuril Islands.']))).not.toContain('2021-06-16 japan peace-treaty=suspended');
    });

    it('reads "our territorial waters" by who says it, and paving the way toward a treaty as seeking it', () => {
      expect(signals(extract(['"The incident took place in our territorial waters off the Northern Territories," Foreign Minister Taro Aso said.']))).toEqual([
        '2021-06-16 japan sovereignty=japan-all-four',
      ]);
      expect(signals(extract(['Russia hopes the projects will pave the way toward a peace treaty, Lavrov said.']))).toEqual(['2021-06-16 russia peace-treaty=seeks']);
    });

    it('reads holding out for all four islands as the claim to them', () => {
      expect(signals(extract(['In 1956 Moscow offered to return two of the Kuril Islands, but Japan held out for all four islands.']))).toContain('1956 japan sovereignty=japan-all-four');
    });

    it('reads a ban on alienating Russian territory as Russia\'s, dated by the amendments that made it', () => {
      const events = extract(['Talks on the Kuril Islands went nowhere. Then came the constitutional amendments of 2020, which forbid the alienation of Russian territory.']);
      expect(signals(events)).toEqual(expect.arrayContaining(['2020 russia handover=opposes']));
    });

    it('reads a transcript answer as its speaker\'s', () => {
      const events = extract(['Q: Will Japan give up its claim to the Northern Territories?', 'Hayashi: The Northern Territories are an inherent part of Japan.']);
      expect(signals(events)).toEqual(['2021-06-16 japan sovereignty=japan-all-four']);
    });

    it('does not fail on "the day after" (a story-relative date without a number)', () => {
      expect(() => extract(['Putin met Abe in Sochi on May 6 to discuss the Kuril Islands. The day after, Tokyo said it sought a peace treaty.'])).not.toThrow();
    });
  });
  it('gives an interview in dashes to whom the story introduced as interviewed, and a first-person paragraph after an answer too', () => {
    const events = extract([
      'Deputy Foreign Minister Mikhail Galuzin said in an interview on Monday that relations with Tokyo were at a low.',
      '- Is there any chance that the peace treaty talks will resume?',
      '- Today there is nothing to discuss. The Kuril Islands are Russian territory.',
      'I would also remind our colleagues that there will be no handover of the islands.',
    ], '2023-10-16T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2023-10-16 russia sovereignty=russia-all', '2023-10-16 russia handover=opposes']));
  });

  it("gives what a subject is told it must do to whoever says so, never to the subject", () => {
    const events = extract(['The Japanese side must recognise the results of the war, including Russia\'s sovereignty over the Southern Kurils, Lavrov said on Monday.'], '2019-01-15T08:00:00Z');
    expect(signals(events).filter((s) => s.includes(' japan '))).toEqual([]);
  });
  it('reads "has repeatedly said" as a saying, and dates it by the saying, not by a date inside what was said', () => {
    const events = extract(['Moscow has repeatedly said the southern Kurils passed to the Soviet Union legitimately after World War Two.'], '2019-03-05T08:00:00Z');
    expect(signals(events)).toEqual(['2019-03-05 russia sovereignty=russia-all']);
  });

  it('gives "land Japan regards as its own" to Japan', () => {
    const events = extract(['Japan on Monday protested drills on land Japan regards as its own, in the Kuril Islands.'], '2019-03-05T08:00:00Z');
    expect(signals(events)).toEqual(['2019-03-04 japan sovereignty=japan-all-four']);
  });
  it('gives "he and Abe agreed" in what Putin said to both', () => {
    const events = extract(['Putin said on Friday that he and Abe agreed to speed up talks toward a peace treaty on the basis of the 1956 Joint Declaration.'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2019-01-18 japan peace-treaty=seeks', '2019-01-18 japan basis-1956=accepts']));
  });

  it('reads "will not stop calling for the return" as a call for the return', () => {
    const events = extract(['"Whatever Moscow does, we will not stop calling for the return of our islands," said Tsuneo Kikuchi, who heads the league of former residents of the Northern Territories.'], '2022-03-22T08:00:00Z');
    expect(signals(events)).toEqual(['2022-03-22 japanese-public handover=supports']);
  });
  it('takes no handover stance from an offer on a new condition, but keeps one on the peace treaty', () => {
    const conditional = extract(['In January 1960 the Soviet government declared that it would hand over Shikotan and the Habomai islets only after all foreign troops had left Japan.'], '2024-10-12T08:00:00Z');
    expect(signals(conditional)).toEqual([]);
    const onTreaty = extract(['In 1956 the Soviet Union agreed to hand over Shikotan and the Habomai islets to Japan only after a peace treaty was signed.'], '2024-10-12T08:00:00Z');
    expect(signals(onTreaty)).toEqual(expect.arrayContaining(['1956 russia handover=supports']));
  });
  it('gives a role noun after an actor ("a Rossiya-24 presenter told") to the actor, and "he" after it too', () => {
    const events = extract(['Prime Minister Fumio Kishida spoke in parliament.', 'On state television, a Rossiya-24 presenter told viewers that Tokyo had chosen Washington over a peace treaty. He added: "The Kurils are Russian, and no sanctions will change that."'], '2022-03-22T08:00:00Z');
    expect(signals(events)).toContain('2022-03-22 russian-state-media sovereignty=russia-all');
    expect(signals(events).filter((x) => x.includes('japan sovereignty=russia-all'))).toEqual([]);
  });
  it('dates "told reporters in March of that year that ..." by the year named before, not by the story\'s', () => {
    const events = extract([
      'In 2017, Moscow moved new coastal missile batteries onto Iturup in the Kuril Islands.',
      'A Japanese foreign ministry spokesman told reporters in March of that year that the move ran against Japan\'s position that the islands were Japanese territory.',
    ], '2024-09-20T08:00:00Z');
    expect(signals(events)).toContain('2017-03 japan sovereignty=japan-all-four');
  });

  it('dates a document "signed that October" by the year named before it', () => {
    const events = extract(['The two countries came closest in 1956. In the Joint Declaration signed in Moscow that October, which restored ties, the Soviet Union agreed to transfer Shikotan and the Habomai islets to Japan after a peace treaty.'], '2023-09-02T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10 russia handover=supports']));
  });

  it('gives what "both ministers" said to the two states named just before', () => {
    const events = extract(['Lavrov and Kono met in Munich on Saturday to discuss the Kuril Islands.', 'Both ministers said afterwards that they would keep working on a peace treaty.'], '2019-02-18T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2019-02-16 russia peace-treaty=seeks', '2019-02-16 japan peace-treaty=seeks']));
  });
  it('reads a present intention without a speech verb ("does not intend to continue the talks") as held now', () => {
    const events = extract(['In the current situation, the Russian side does not intend to continue negotiations with Japan on a peace treaty over the Kurils.'], '2022-03-22T08:00:00Z');
    expect(signals(events)).toEqual(['2022-03-22 russia peace-treaty=suspended']);
  });

  it('gives "when they agreed" to the joint subject of its sentence, dated by that sentence, not by a document named after the cue', () => {
    const events = extract([
      'Kishida and Putin have talked only by telephone, in October, when they agreed to keep up peace treaty talks on the Kuril Islands, including the 2018 accord reached in Singapore.',
    ], '2022-02-10T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2021-10 japan peace-treaty=seeks', '2021-10 russia peace-treaty=seeks']));
  });
  it('gives a rally\'s slogans to the ralliers, not to whom their demand is addressed', () => {
    const rally = extract(['About 400 people rallied in Khabarovsk on Saturday under banners reading "Hands off the Kurils", demanding that the Kremlin rule out any transfer of the islands.'], '2019-01-21T08:00:00Z');
    expect(signals(rally)).toEqual(['2019-01-19 russian-nationalists handover=opposes']);
  });
  it('reads paraphrases of sovereignty: "regards ... the islands as Russian", "backs Japan\'s claim", "not a matter for discussion"', () => {
    const events = extract([
      'The Kremlin regards the matter as settled and the Kuril Islands as Russian.',
      'Washington has long backed Tokyo\'s claim to the four islands.',
      '"The sovereignty of the Russian Federation over these islands is not a matter for discussion," Zakharova said on Thursday.',
    ], '2021-06-18T08:00:00Z');
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2021-06-18 russia sovereignty=russia-all', '2021-06-18 united-states sovereignty=japan-all-four', '2021-06-17 russia sovereignty=russia-all']),
    );
  });

  it('gives no sovereignty stance to who refuses to recognise it', () => {
    const events = extract(['Tokyo has refused to recognise Russian sovereignty over the Kuril Islands.'], '2021-06-18T08:00:00Z');
    expect(signals(events).filter((x) => x.includes('russia-all'))).toEqual([]);
  });
  it('reads a press-conference summary: "Speaker:" names who answers, "The statement said" is the body last named, answers are dated by the conference', () => {
    const events = extract([
      'Press Conference by the Chief Cabinet Secretary, Friday, July 3, 2009',
      'Speaker: Chief Cabinet Secretary Takeo Kawamura',
      'Q: When the lower house passed the bill on June 11, the Russian Foreign Ministry issued a statement the same day. The statement said the Kuril Islands became Russian territory legitimately as a result of the war.',
      'A: We regret the Russian reaction. The government will continue to negotiate persistently toward a peace treaty.',
    ], '2009-07-03T09:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2009-06-11 russia sovereignty=russia-all', '2009-07-03 japan peace-treaty=seeks']));
  });
  it('reads a broadcast transcript\'s capitalised labels ("PUTIN (translated):") as their speakers', () => {
    const events = extract([
      'ANCHOR (Tokyo): The two leaders met in Buenos Aires on Saturday to discuss the Kuril Islands.',
      'PUTIN (translated): "We have agreed to intensify our joint work toward a peace treaty."',
    ], '2018-12-02T00:00:00Z');
    expect(signals(events).map((x) => x.slice(11))).toContain('russia peace-treaty=seeks');
  });
  it('dates "In the 1956 declaration that ..., the Soviet Union agreed" by the document, and "has maintained its claim" at publication', () => {
    const events = extract(['In the 1956 Joint Declaration that ended the state of war, the Soviet Union agreed to hand over Shikotan and the Habomai islets after a peace treaty. No treaty was signed, and Tokyo has maintained its claim to all four islands.'], '1997-11-02T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports', '1997-11-02 japan sovereignty=japan-all-four']));
  });

  it('reads "urged the government not to compromise on the return" as a call for the return, and a vow to block a handover as opposition', () => {
    const events = extract([
      'The Chishima Habomai Islands Residents League urged the government on Sunday not to compromise on the return of all four islands.',
      'Nationalist deputies vowed to block any agreement in the Duma that would give the Kuril Islands away.',
    ], '1997-11-03T08:00:00Z');
    expect(signals(events)).toContain('1997-11-02 japanese-public handover=supports');
    expect(signals(events).map((x) => x.slice(11))).toContain('russian-nationalists handover=opposes');
  });
  it('lets a named speaker\'s label go on over first-person paragraphs, and reads "refuse to continue negotiations" as a refusal', () => {
    const events = extract([
      'Question: On February 7, Japan held its Northern Territories Day. Prime Minister Shigeru Ishiba sent a message in which he said the government would keep negotiating toward a peace treaty. How would you comment?',
      'Maria Zakharova: We have seen these statements.',
      'I want to be clear. In March 2022 we were forced to refuse to continue negotiations on a peace treaty with Japan.',
    ], '2025-02-12T12:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2022-03 russia peace-treaty=suspended']));
    expect(signals(events).filter((x) => x.includes('russia peace-treaty=seeks'))).toEqual([]);
  });
  it('gives "the league said" to the league the story named, and reads "ownership settled before a treaty" as territory first', () => {
    const events = extract([
      'The Chishima Habomai Islands Residents League met in Sapporo on Monday to discuss the Kuril Islands.',
      'The league said the joint projects must lead to the return of the four islands.',
      "Tokyo's position is that the islands' ownership must be settled before a peace treaty is signed.",
    ], '2017-09-30T08:00:00Z');
    expect(signals(events).map((x) => x.slice(11))).toEqual(
      expect.arrayContaining(['japanese-public handover=supports', 'japan sequencing=territory-first']),
    );
  });
  it('reads a timeline entry\'s historical present by the entry\'s date, and no peace treaty in a named old treaty', () => {
    const events = extract([
      'Feb. 7, 1855 - Japan and Russia sign the Treaty of Shimoda on the Kuril Islands.',
      'Oct. 19, 1956 - The Joint Declaration ends the state of war. The two sides agree to continue negotiations on a peace treaty, and Moscow agrees to hand over the Habomai islets and Shikotan once a treaty is concluded.',
    ], '2021-10-09T08:00:00Z');
    const found = signals(events);
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia peace-treaty=seeks', '1956-10-19 japan peace-treaty=seeks', '1956-10-19 russia handover=supports']));
    expect(found.filter((x) => x.startsWith('1855') || x.includes('japan handover'))).toEqual([]);
  });
  it('reads "the association" as the body of former residents named before, as a subject too', () => {
    const events = extract([
      'An association of former residents of the Kuril Islands met in Nemuro on Friday.',
      "The association adopted a resolution that described the four islands as Japan's inherent territory and called on Tokyo to press for their return.",
    ], '2023-06-20T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2023-06-16 japanese-public sovereignty=japan-all-four', '2023-06-16 japanese-public handover=supports']));
  });

  it('reads "under Russian sovereignty", "became Russian as a result of the war" and "would not allow a single island to be handed to Japan"', () => {
    const events = extract([
      'Putin stressed on Monday that the southern Kurils are under Russian sovereignty as a result of the war.',
      'Lavrov said on Tuesday the islands became Russian as a result of the war and there is nothing left to discuss.',
      'Governor Valery Limarenko of Sakhalin said on Wednesday he would not allow a single island to be handed to Japan.',
    ], '2021-06-18T08:00:00Z');
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2021-06-14 russia sovereignty=russia-all', '2021-06-15 russia sovereignty=russia-all', '2021-06-16 russia handover=opposes']),
    );
  });
  it('gives what a speaker says another actor holds to that actor ("Lavrov said Japan claims ..."), not what it says the other must do', () => {
    const claims = extract(['Lavrov said on Monday that Japan claims all four of the Kuril Islands.'], '2019-01-16T08:00:00Z');
    expect(signals(claims)).toEqual(['2019-01-14 japan sovereignty=japan-all-four']);
    const must = extract(["Lavrov said on Monday that Japan's reaction was unacceptable and that Japan must recognise Russian sovereignty over the Kuril Islands."], '2019-01-16T08:00:00Z');
    expect(signals(must)).toEqual(expect.arrayContaining(['2019-01-14 russia sequencing=recognition-first']));
    expect(signals(must).filter((x) => x.includes('japan '))).toEqual([]);
  });
  it("gives a stance spelled out as someone's policy or demand to its owner (\"Japan's basic policy, to resolve ...\", \"Tokyo's demand for the return\")", () => {
    const events = extract([
      "An official told reporters on Saturday that Japan's basic policy, to resolve the question of the four islands and then conclude a peace treaty, has not changed.",
      "Putin on Sunday rejected Tokyo's long-held demand for the return of all four Kuril islands.",
    ], '2018-12-03T08:00:00Z');
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2018-12-01 japan sequencing=territory-first', '2018-12-02 japan handover=supports', '2018-12-02 russia handover=opposes']),
    );
    expect(signals(events).filter((x) => x.includes('russia sovereignty=japan-all-four'))).toEqual([]);
  });
  it('keeps a speaker\'s view of another actor with the speaker ("Kishida said Russia is illegally occupying the islands")', () => {
    const events = extract(['Kishida said on Monday that Russia is illegally occupying the Kuril Islands.'], '2022-03-09T08:00:00Z');
    expect(signals(events)).toEqual(['2022-03-07 japan sovereignty=japan-all-four']);
  });
  it('gives "Its chairman said" and the "he said" after it to the organisation just named', () => {
    const events = extract([
      'Chief Cabinet Secretary Hirokazu Matsuno called the decision on the Kuril Islands unacceptable.',
      'Reaction came from the Chishima Habomai Islands Residents League. Its chairman said the end of the visits was a bitter blow.',
      '"We will not stop calling for the return of our islands," he said.',
    ], '2022-03-22T08:00:00Z');
    expect(signals(events)).toContain('2022-03-22 japanese-public handover=supports');
    expect(signals(events).filter((x) => x.includes('japan handover'))).toEqual([]);
  });
  it('takes no stance from a wording the sentence says is withheld ("stopped describing them as \"inherent territory\"")', () => {
    const withheld = extract(['The government has stopped describing the four Kuril islands as Japan\'s "inherent territory" in public.'], '2019-01-22T08:00:00Z');
    expect(signals(withheld)).toEqual([]);
    const used = extract(['Kishida told parliament on Monday that the Kuril Islands were "under illegal occupation" by Russia.'], '2022-03-09T08:00:00Z');
    expect(signals(used)).toEqual(['2022-03-07 japan sovereignty=japan-all-four']);
  });
  it('gives each part of a sentence after a semicolon its own speaker, and "they" to coordinated speakers', () => {
    const split = extract(['Abe told reporters on Thursday that he was determined to conclude a peace treaty; Putin said Russia, too, wanted a treaty on the Kurils.'], '2017-09-09T08:00:00Z');
    expect(signals(split)).toEqual(expect.arrayContaining(['2017-09-07 japan peace-treaty=seeks', '2017-09-07 russia peace-treaty=seeks']));
    const they = extract(['Abe and Putin said on Monday they had agreed to go on working towards a peace treaty over the Kuril Islands.'], '2005-11-23T08:00:00Z');
    expect(signals(they)).toEqual(expect.arrayContaining(['2005-11-21 japan peace-treaty=seeks', '2005-11-21 russia peace-treaty=seeks']));
  });
  it('reads "hand Shikotan and the Habomai islets to Japan", "will not accept anything short of the return", and an expectation of another as a demand', () => {
    const events = extract([
      'In the 1956 Joint Declaration, the Soviet Union agreed to hand Shikotan and the Habomai islets to Japan once a peace treaty was signed.',
      'The Chishima Habomai Islands Residents League met on Saturday. The league\'s vice-chairman said the group "will not accept anything short of the return of all four islands".',
      'An association of former residents said on Sunday that it expected Hashimoto to press for the return of all four islands.',
    ], '2019-06-30T08:00:00Z');
    const found = signals(events);
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '2019-06-29 japanese-public handover=supports', '2019-06-30 japanese-public handover=supports']));
    expect(found.filter((x) => x.includes(' japan handover'))).toEqual([]);
  });
  it('gives an unnamed crowd\'s rally to whom the codebook says rallies at that place', () => {
    const tokyo = extract(['The national rally in Tokyo on Friday adopted a statement calling for the Kuril Islands to be returned.'], '2025-02-08T08:00:00Z');
    expect(signals(tokyo)).toContain('2025-02-07 japanese-public handover=supports');
    const moscow = extract(['Several hundred people rallied in Moscow on Sunday, chanting that not one inch of the Kurils should go to Japan.'], '2019-01-21T08:00:00Z');
    expect(signals(moscow)).toContain('2019-01-20 russian-nationalists handover=opposes');
  });
  it('dates a poll\'s figures by its fieldwork, not by its publication', () => {
    const events = extract([
      'Russians remain opposed to parting with any of the Kuril Islands, according to a survey published on Friday by the Levada Center.',
      'Seventy-eight percent of respondents said Russia should not hand over the islands to Japan. The nationwide survey was conducted in late May among 1,600 adults.',
    ], '2016-08-08T08:00:00Z');
    expect(signals(events)).toContain('2016-05-21/2016-05-31 russian-public handover=opposes');
  });
  it('reads a letter or op-ed signed by an actor in its voice, and a journalist\'s byline in no one\'s', () => {
    const text = 'The end of the visa-free visits to the Kuril Islands is a bitter blow.\n\nWe want all four of them returned.';
    const letter = extractNewsEvents({ text, publishedAt: '2022-09-14T08:00:00Z', author: "Board of the Former Residents' Friendship Society" }, codebook);
    expect(signals(letter)).toContain('2022-09-14 japanese-public handover=supports');
    const column = extractNewsEvents({ text, publishedAt: '2022-09-14T08:00:00Z', author: 'Staff writer on former residents' }, codebook);
    expect(signals(column)).toEqual([]);
  });
  it('dates "In that declaration Moscow promised ..." by the year the declaration was named with', () => {
    const events = extract(['Abe and Putin agreed in 2018 to speed up talks on the basis of the 1956 Soviet-Japanese Joint Declaration. In that declaration Moscow promised to hand over Shikotan and the Habomai islets once a peace treaty was concluded.'], '2020-08-28T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports']));
  });
  it('does not date the story by a birth year ("a woman born on Etorofu in 1936 said")', () => {
    const events = extract([
      'Former residents of the Kuril Islands gathered in Nemuro on Saturday. One woman, born on Etorofu in 1936, said she was tired of waiting.',
      'The Chishima Habomai Islands Residents League adopted a resolution calling for the return of the four islands.',
    ], '2019-06-30T08:00:00Z');
    expect(signals(events).filter((x) => x.startsWith('1936'))).toEqual([]);
  });
  it('dates an interview\'s present-tense answers by the interview, not by the publication', () => {
    const events = extract([
      'We spoke with Mikhail Galuzin, Russia\'s ambassador to Japan, about the Kuril Islands. The interview took place in Tokyo on January 30.',
      'Q: Where do the negotiations stand?',
      'Galuzin: We want a peace treaty with Japan, and we are working toward it.',
    ], '2020-02-06T08:00:00Z');
    expect(signals(events)).toContain('2020-01-30 russia peace-treaty=seeks');
  });
  it('reads a news outlet as the source of a report, not as a commentator ("..., Kyodo News reported")', () => {
    const events = extract(['Japan will continue peace treaty negotiations with Russia over the Kuril Islands, Kyodo News reported on Sunday, citing government sources.'], '2019-06-30T08:00:00Z');
    expect(signals(events).map((x) => x.slice(11))).toEqual(['japan peace-treaty=seeks']);
  });
  it('reads "will remain Russian" as opposing a handover as well as a claim', () => {
    const events = extract(['"The Kurils were Russian, are Russian and will remain Russian," Lavrov said on Monday.'], '2019-07-03T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2019-07-01 russia sovereignty=russia-all', '2019-07-01 russia handover=opposes']));
  });

  it('gives "X calls them ... and says ..." to X', () => {
    const events = extract(['Japan calls them the Northern Territories and says they are an inherent part of its territory.'], '2020-08-28T08:00:00Z');
    expect(signals(events)).toEqual(['2020-08-28 japan sovereignty=japan-all-four']);
  });

  it('dates a poll published on Monday by the fieldwork just before it, not by an earlier survey the story compares it with', () => {
    const events = extract(
      [
        'TOKYO, Dec 3 - A majority of Japanese voters want the return of all four islands of the Northern Territories, a newspaper poll showed on Monday.',
        'In a similar survey taken on Dec. 17-18, 2016, 53 percent had said that Japan should insist on getting all four islands back.',
        'The latest poll was conducted by telephone from Friday through Sunday.',
      ],
      '2018-12-03T09:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2018-11-30/2018-12-02 japanese-public sovereignty=japan-all-four',
      '2018-11-30/2018-12-02 japanese-public handover=supports',
      '2016-12-17/2016-12-18 japanese-public sovereignty=japan-all-four',
    ]);
  });

  it("reads the article's own advice (\"the prime minister should press for ...\") as no one's stance, and \"territory inherent to Japan\" as a claim", () => {
    const events = extract([
      'The prime minister should press for concrete results, beginning with the return of Habomai and Shikotan.',
      'Japan has lodged a protest with Moscow, Kato said on Monday, adding that the four islands were territory inherent to Japan.',
    ]);
    expect(signals(events)).toEqual(['2021-06-14 japan sovereignty=japan-all-four']);
  });

  it('reads "they" in a later clause as the sentence\'s own plural subject, and "he" as the person an earlier clause named', () => {
    const events = extract(
      [
        'The two leaders met again in Vladivostok on Sept. 7, when they confirmed their resolve to work toward a peace treaty.',
        'In 2016 Abe offered an economic plan, and in December that year he and Putin agreed to explore joint activities on the islands as a step toward a peace treaty.',
      ],
      '2017-12-20T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2017-09-07 russia peace-treaty=seeks',
      '2017-09-07 japan peace-treaty=seeks',
      '2016-12 japan peace-treaty=seeks',
      '2016-12 russia peace-treaty=seeks',
    ]);
  });

  it('reads factbox entries set with a bullet and capitals ("* OCT 13, 1993 -", "* 1956 -", "* AUGUST-SEPTEMBER 1945 -") as timeline entries', () => {
    const events = extract(
      [
        'Following are key moments in the dispute:',
        '* AUGUST-SEPTEMBER 1945 - Soviet forces seized the four islands after Japan announced its surrender.',
        '* 1956 - A joint declaration was signed in Moscow on the 19th of October. The Soviet Union agreed to hand over Shikotan and the Habomai islets after a peace treaty was concluded.',
        '* OCT 13, 1993 - Boris Yeltsin and Morihiro Hosokawa agreed to conclude a peace treaty.',
        '* NOVEMBER 2018 - Meeting in Singapore on the 14th, Putin and Abe agreed to speed up the peace treaty talks.',
        '- 25 March 2001: In the Irkutsk Statement, Putin and Mori confirmed the 1956 declaration as the basic legal document for the talks.',
      ],
      '2022-09-06T07:10:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining([
        '1956-10-19 russia sovereignty=two-islands',
        '1956-10-19 russia handover=supports',
        '1993-10-13 russia peace-treaty=seeks',
        '1993-10-13 japan peace-treaty=seeks',
        '2018-11-14 russia peace-treaty=seeks',
        '2018-11-14 japan peace-treaty=seeks',
        '2001-03-25 russia basis-1956=accepts',
      ]),
    );
    expect(signals(events).filter((s) => s.startsWith('2022'))).toEqual([]);
  });

  it('keeps the story on "last Monday" when the clause tells of talks "the two leaders had ordered last month"', () => {
    const events = extract(
      [
        'The tone was set last Monday, when Foreign Minister Sergei Lavrov hosted Taro Kono for the first round of the talks the two leaders had ordered in Buenos Aires last month.',
        'Speaking to reporters afterwards, Lavrov said Japan would first have to recognize the results of World War II in full, including Russia\'s sovereignty over the southern Kurils.',
      ],
      '2019-01-21T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2019-01-14 russia sequencing=recognition-first', '2019-01-14 russia sovereignty=russia-all']);
  });

  it('dates a "when" clause by the date right before it, and reads "March 21, a Monday" as one day', () => {
    const events = extract(
      [
        'Moscow has shown little interest in the formula that Abe and Putin discussed in Singapore in November 2018, when they agreed to speed up talks on the basis of the 1956 declaration.',
        'On March 21, a Monday, Russia\'s foreign ministry announced that it would no longer negotiate a peace treaty with Japan.',
      ],
      '2022-09-06T08:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2018-11 russia basis-1956=accepts', '2018-11 japan basis-1956=accepts', '2022-03-21 russia peace-treaty=suspended']),
    );
  });

  it('makes "The president of the Residents League told the rally" whom the next "he said" means', () => {
    const events = extract(
      [
        'Prime Minister Shigeru Ishiba said in a message that Japan would keep seeking a peace treaty.',
        'The president of the Chishima Habomai Islands Residents League told the rally that time was running out for its members.',
        '"Our hometowns are Japanese land, all four of them," he said.',
      ],
      '2025-02-07T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2025-02-07 japan peace-treaty=seeks', '2025-02-07 japanese-public sovereignty=japan-all-four']);
  });

  it('reads "Japan\'s recognition, in full, of the results of the war" and "the legality of Russia\'s control" as recognition first, and "Japan holds sovereignty over the four islands" as a claim', () => {
    const events = extract([
      'The Kuril Islands dispute goes on.',
      'Any conversation must begin with Japan\'s recognition, in full, of the results of the Second World War, Zakharova said on Monday.',
      'Tokyo lodged a protest on Tuesday, saying the visit ran counter to its position that Japan holds sovereignty over the four islands.',
    ]);
    expect(signals(events)).toEqual(['2021-06-14 russia sequencing=recognition-first', '2021-06-15 japan sovereignty=japan-all-four']);
  });

  it('goes back to the news after a paragraph of backstory in the pluperfect; reads "By Thursday morning" as when, and "Asked whether ..., he said" as a statement', () => {
    const events = extract(
      [
        'SINGAPORE - Abe and Putin met on Wednesday evening and agreed to speed up the peace treaty talks.',
        'In September, at a forum in Vladivostok, Putin had startled Abe by proposing a treaty without preconditions.',
        'By Thursday morning, Chief Cabinet Secretary Yoshihide Suga told reporters that the four islands belong to Japan.',
        'Asked whether Japan would settle for two islands, he said Tokyo\'s claim to all four had not changed.',
      ],
      '2018-11-17T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2018-11-14 japan peace-treaty=seeks',
      '2018-11-14 russia peace-treaty=seeks',
      '2018-09 russia peace-treaty=seeks',
      '2018-09 russia sequencing=treaty-first',
      '2018-11-15 japan sovereignty=japan-all-four',
    ]);
    const asked = extract(
      ['Chief Cabinet Secretary Yoshihide Suga spoke about the Kuril Islands on Thursday.', 'Asked whether Japan would settle for two islands, he said Tokyo\'s claim to all four had not changed.'],
      '2018-11-17T08:00:00Z',
    );
    expect(signals(asked)).toEqual(['2018-11-15 japan sovereignty=japan-all-four']);
  });

  it('dates "has wanted them back ever since, and ..." and a claim "referring to the Treaty of 1855" by publication', () => {
    const events = extract(
      [
        'Soviet troops took the Kuril Islands in 1945. Japan has wanted them back ever since, and the quarrel is the reason the two countries have never signed a peace treaty.',
        'Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai islets, referring to the bilateral Treaty on Trade and Borders of 1855.',
      ],
      '2016-12-17T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2016-12-17 japan handover=supports', '2016-12-17 japan sovereignty=japan-all-four']);
  });

  it('gives a transcript\'s "A:" to whom the press conference is by, not to the last actor a background note named', () => {
    const events = extract(
      [
        'This is a translation of the press conference by Chief Cabinet Secretary Hirokazu Matsuno on Tuesday.',
        'Background: On Monday, Russia\'s Foreign Ministry announced that it was halting visa-free exchanges with the Kuril Islands.',
        'Q: What is the government\'s view?',
        'A: The Northern Territories are an inherent part of our country\'s territory.',
      ],
      '2022-03-22T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2022-03-22 japan sovereignty=japan-all-four']);
  });

  it('takes no stance from what a text is said not to spell out ("on what grounds, or under whose sovereignty, the two islands would be transferred")', () => {
    const events = extract([
      'Speaking to reporters in Singapore on Thursday, Putin noted that the 1956 document does not spell out on what grounds, or under whose sovereignty, the two islands would be transferred.',
    ]);
    expect(signals(events)).toEqual([]);
  });

  it('never gives the United States a Russian claim misread from the sentence\'s first name', () => {
    const events = extract(['The anchor called the U.S. video "a provocation" and told viewers the Kurils "were, are and will remain Russian land."']);
    expect(signals(events).filter((x) => x.includes('united-states'))).toEqual([]);
  });

  it('reads "broke off the talks, saying it could not ..." as done, and a poll\'s "respondents said Japan should ..." as the Japanese public\'s', () => {
    const events = extract(
      [
        'In March, Moscow broke off peace-treaty negotiations with Japan, saying it could not negotiate with a country that had joined Western sanctions.',
        'In a 2019 poll for the Example Shimbun, 58% of respondents said Japan should keep demanding the return of all four Kuril islands.',
      ],
      '2022-10-17T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2022-03 russia peace-treaty=suspended',
      '2019 japanese-public sovereignty=japan-all-four',
      '2019 japanese-public handover=supports',
    ]);
  });

  it('reads "they" after "The push came from Putin and Abe" as both, and no stance in "a move widely read as ..."', () => {
    const events = extract(
      [
        'The most recent push came from Putin and Shinzo Abe, Japan\'s prime minister. Meeting in Singapore in November 2018, they agreed to speed up negotiations on the basis of the 1956 declaration, a move widely read as Abe accepting that only two islands might come back first.',
      ],
      '2020-07-03T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2018-11-14 russia peace-treaty=seeks',
      '2018-11-14 japan peace-treaty=seeks',
      '2018-11-14 russia basis-1956=accepts',
      '2018-11-14 japan basis-1956=accepts',
    ]);
  });

  it('dates "In it, the two governments agreed ..." by the document named before with its year, and the sentences that go on about it', () => {
    const events = extract(
      [
        'As Putin prepares for a visit to Japan in December, the Kuril Islands question remains where the 1956 Joint Declaration left it. The key passage is Article 9.',
        'In it, the two governments agreed to continue negotiations toward a peace treaty. The Soviet Union agreed to transfer the Habomai islets and Shikotan to Japan once a peace treaty had been concluded.',
      ],
      '2016-10-19T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '1956-10-19 russia peace-treaty=seeks',
      '1956-10-19 japan peace-treaty=seeks',
      '1956-10-19 russia sovereignty=two-islands',
      '1956-10-19 russia handover=supports',
    ]);
  });

  it('keeps the news day after a paragraph that tells a year of background ("The trips began last year.")', () => {
    const events = extract(
      [
        'NEMURO - Former residents of the Northern Territories sailed out of Nemuro Port on Monday to pray for relatives buried on the islands. The memorial trips began last year.',
        'A Cabinet Office official who sailed with the group told reporters the government would keep pressing Russia.',
        'He said Japan\'s policy of resolving the territorial issue and concluding a peace treaty remains unchanged.',
      ],
      '2023-08-29T00:30:00Z',
    );
    expect(signals(events)).toEqual(['2023-08-28 japan peace-treaty=seeks', '2023-08-28 japan sequencing=territory-first']);
  });

  it('dates "Kishida answered the next day." and what he added by the day after the story\'s day', () => {
    const events = extract(
      [
        'On Monday, March 21, Russia said it would not continue peace treaty talks over the Kuril Islands.',
        'Prime Minister Fumio Kishida answered the next day. He added that Japan\'s policy of resolving the territorial issue and then concluding a peace treaty had not changed.',
      ],
      '2022-03-25T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2022-03-21 russia peace-treaty=suspended',
      '2022-03-22 japan peace-treaty=seeks',
      '2022-03-22 japan sequencing=territory-first',
    ]);
  });

  it('does not date a saying by what a participle reports ("..., adding that he planned to visit Russia in January") or by the day a picket is set for', () => {
    const events = extract(
      [
        'Abe and Putin met on Saturday in Buenos Aires. "We will steadily advance the talks so that a peace treaty is concluded," Abe told reporters after the meeting, adding that he planned to visit Russia in January.',
        'On Sunday, activists of the nationalist "Russian Kurils" movement announced a picket for December 20 to protest against any handover of the Kuril Islands.',
      ],
      '2018-12-03T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2018-12-01 japan peace-treaty=seeks', '2018-12-02 russian-nationalists handover=opposes']);
  });

  it('takes no acceptance from refused requests ("turned down requests to reaffirm the 1956 declaration"), and a past date in a future clause as the story\'s', () => {
    const events = extract(
      [
        'In Hokkaido he will be remembered for six days in the spring of 1991. Before he landed in Tokyo, Moscow held that there was no territorial problem with Japan.',
        'He turned down repeated Japanese requests to reaffirm the 1956 Joint Declaration.',
      ],
      '2022-08-31T08:00:00Z',
    );
    expect(signals(events)).toEqual(['1991-03/1991-05 russia sovereignty=russia-all']);
  });

  it('takes a new dateline in a wire updated through the day as the day of what follows it', () => {
    const events = extract(
      [
        'YUZHNO-KURILSK, Russia, Nov 1 (Example Press) - Russian President Dmitry Medvedev flew to Kunashir, one of four islands claimed by Japan, on Monday.',
        'The Kremlin said in late September that the president intended to visit the Kurils.',
        'TOKYO, Nov 1 (Example Press) - Chief Cabinet Secretary Yoshito Sengoku said Japan would press on with efforts to "settle the question of the attribution of the four islands and conclude a peace treaty."',
      ],
      '2010-11-01T18:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2010-11-01 japan peace-treaty=seeks', '2010-11-01 japan sequencing=territory-first']),
    );
  });

  it('takes no handover from "agreed to return to the 1956 declaration" or from the words of a question asked, and no date from a document taken up', () => {
    const events = extract(
      [
        'Vladimir Putin and Shinzo Abe have agreed in Singapore to speed up negotiations on a peace treaty and to conduct them on the basis of the Soviet-Japanese Declaration of 1956.',
        '"We have agreed to return to the 1956 declaration," Putin said on Thursday.',
        'Asked whether the transfer of Shikotan and the Habomai would follow automatically from the declaration, Putin replied that "there is no automatism here whatsoever."',
      ],
      '2018-11-16T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2018-11-14 russia peace-treaty=seeks',
      '2018-11-14 japan peace-treaty=seeks',
      '2018-11-14 russia basis-1956=accepts',
      '2018-11-14 japan basis-1956=accepts',
    ]);
  });

  it('reads a withdrawn obligation to hand over, "only when that question is settled can we sign a treaty", recognition of "Russia\'s existing borders" and islands "wanted handed back"', () => {
    const events = extract([
      'The Kuril Islands dispute goes on.',
      'In January 1960 the Soviet Union withdrew the obligation to hand over the islands.',
      '"Only when that question is settled can we sign a treaty," Kaifu said on Monday.',
      'Zakharova said on Tuesday that the only road back to dialogue ran through Tokyo\'s recognition of Russia\'s existing borders.',
      'A poll published on Wednesday found that 87 percent of Japanese respondents wanted at least some of the islands handed back.',
    ]);
    expect(signals(events)).toEqual([
      '1960-01 russia handover=opposes',
      '2021-06-14 japan peace-treaty=seeks',
      '2021-06-14 japan sequencing=territory-first',
      '2021-06-15 russia sequencing=recognition-first',
      '2021-06-16 japanese-public handover=supports',
    ]);
  });

  it('gives "the host told viewers" to the broadcaster the sentence names, and reads "not one island", "not for sale" and "a betrayal" as opposing a handover', () => {
    const events = extract([
      'Lavrov spoke about the Kuril Islands on Sunday.',
      'On a weekly current affairs program on state television the same evening, the host told viewers that a handover would be "a betrayal of those who died for them."',
      'Protesters in Moscow on Saturday waved banners reading "Not one island."',
      '"The Kurils are not for sale," Kiselyov told viewers of Rossiya-1 on Sunday.',
    ]);
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2021-06-13 russian-state-media handover=opposes', '2021-06-12 russian-nationalists handover=opposes']),
    );
    expect(signals(events).filter((x) => x.includes(' russia '))).toEqual([]);
  });

  it('reads a crowd gathered under banners in Moscow as a rally of the protesters the codebook places there', () => {
    const events = extract(['On Sunday, a crowd gathered on a square in central Moscow under banners reading "The Kurils are Russian land" and "We will not give up our islands."'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-20 russian-nationalists sovereignty=russia-all', '2019-01-20 russian-nationalists handover=opposes']);
  });

  it('reads "the transfer ... is not on the agenda", "not the transfer of islands" and "no treaty at the price of Russian land" as opposing a handover', () => {
    const events = extract([
      'The Kuril Islands dispute goes on.',
      'Putin said on Friday that the transfer of any Russian territory "is not and cannot be on the agenda."',
      '"With Japan we are discussing cooperation, not the transfer of islands," Morgulov said on Monday.',
      '"But no treaty will be signed at the price of Russian land," Galuzin said on Tuesday.',
    ]);
    expect(signals(events).filter((x) => x.includes('handover'))).toEqual([
      '2021-06-11 russia handover=opposes',
      '2021-06-14 russia handover=opposes',
      '2021-06-15 russia handover=opposes',
    ]);
  });

  it('reads a cue through quotation marks (\'calling it "an integral part" of the Russian Federation\') and an incorporation by the state that takes the islands in', () => {
    const events = extract(
      [
        'In February 1946, the Presidium of the Supreme Soviet issued a decree incorporating the islands into the Soviet Union.',
        'Medvedev on Wednesday ordered more weaponry sent to the Kuril chain, calling it "an integral part" of the Russian Federation.',
      ],
      '2011-02-10T08:00:00Z',
    );
    expect(signals(events)).toEqual(['1946-02 russia sovereignty=russia-all', '2011-02-09 russia sovereignty=russia-all']);
  });

  it('reads "at the end of the month", "On Feb. 2 of the following year" and "the following February" from the story\'s date, and a full date over "the following month"', () => {
    const events = extract(
      [
        'Soviet forces landed on Shumshu on Aug. 18, 1945, and reached Etorofu at the end of the month.',
        'On Feb. 2 of the following year, a decree of the Supreme Soviet incorporated the islands into the Soviet Union.',
        'In an aide-memoire handed to Tokyo in September 1956, the State Department said the four islands had always been part of Japan.',
        'The following month, on Oct. 19, 1956, Moscow agreed to transfer Habomai and Shikotan to Japan once a peace treaty was signed.',
      ],
      '2025-02-07T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '1946-02-02 russia sovereignty=russia-all',
      '1956-09 united-states sovereignty=japan-all-four',
      '1956-10-19 russia sovereignty=two-islands',
      '1956-10-19 russia handover=supports',
    ]);
  });

  it('reads a transcript label with a title in capitals ("PRIME MINISTER ABE:", "PRESIDENT PUTIN:") by the name in it', () => {
    const events = extract(
      [
        'The following is a transcript of the joint press conference on the Kuril Islands held on Friday.',
        'PRIME MINISTER ABE: I am determined to resolve the issue of the attribution of the four islands and to conclude a peace treaty.',
        'PRESIDENT PUTIN: We believe that Russia has no territorial problem.',
      ],
      '2016-12-16T12:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2016-12-16 japan peace-treaty=seeks',
      '2016-12-16 japan sequencing=territory-first',
      '2016-12-16 russia sovereignty=russia-all',
    ]);
  });

  it('reads the 1956 declaration as "the only document both countries ratified" and "as the foundation for talks" as accepting it', () => {
    const events = extract([
      'The Kuril Islands dispute goes on.',
      'Putin said on Monday that the only document both countries had ratified on the subject was the 1956 Soviet-Japanese declaration.',
      'In the same interview on Tuesday, Putin pointed to the 1956 Joint Declaration, the only such document ratified by the legislatures of both countries, as the foundation for talks.',
    ]);
    expect(signals(events)).toEqual(['2021-06-14 russia basis-1956=accepts', '2021-06-15 russia basis-1956=accepts']);
  });

  it('reads "sign a treaty before this century is over" as no sequencing, and "without any preliminary conditions" as treaty first', () => {
    const events = extract([
      'The Kuril Islands dispute goes on.',
      '"The president and I will put everything we have into signing a treaty before this century is over," Hashimoto said on Monday.',
      'Putin on Tuesday suggested concluding a peace treaty before the end of the year without any preliminary conditions.',
    ]);
    expect(signals(events).filter((x) => x.includes('sequencing'))).toEqual(['2021-06-15 russia sequencing=treaty-first']);
  });

  it('does not take a name after "with Mr." for the subject ("with Mr. Abe sitting beside him, Mr. Putin proposed ...")', () => {
    const events = extract([
      'At the forum in Vladivostok on Wednesday, with Mr. Abe sitting beside him on stage, Mr. Putin proposed concluding a peace treaty without any preconditions over the Kuril Islands.',
    ]);
    expect(signals(events).filter((x) => x.includes('japan'))).toEqual([]);
  });

  it('reads the 1956 declaration confirmed "as the starting point for the negotiating process" as seeking the treaty', () => {
    const events = extract(['In March 2001 in Irkutsk, Putin and Yoshiro Mori confirmed the 1956 declaration as the starting point for the negotiating process on the Kuril Islands.']);
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2001-03 russia peace-treaty=seeks', '2001-03 japan peace-treaty=seeks', '2001-03 russia basis-1956=accepts', '2001-03 japan basis-1956=accepts']),
    );
  });

  it('gives what another actor is reported to have said inside a speaker\'s sentence to that actor', () => {
    const events = extract([
      '"This is unacceptable," Japanese Prime Minister Fumio Kishida said on Tuesday, a day after Moscow said it was pulling out of talks on a peace treaty over the Kuril Islands.',
    ]);
    expect(signals(events).filter((x) => x.includes('suspended'))).toEqual(['2021-06-14 russia peace-treaty=suspended']);
  });

  it('reads "foreign troops leaving Japanese soil" as no claim to the islands', () => {
    const events = extract(['In 1960 Moscow tied the transfer of the two islands to the withdrawal of all foreign troops from Japanese soil, and the Kuril question was frozen.']);
    expect(signals(events).filter((x) => x.includes('japan-all-four'))).toEqual([]);
  });

  it('dates "Tokyo\'s long-held position has been that ..." by publication, as a standing position', () => {
    const events = extract(
      ['Kono met Lavrov in Moscow on Monday to discuss the Kuril Islands. Tokyo\'s long-held position has been that the question of the islands\' ownership must be resolved before a treaty is signed.'],
      '2019-01-15T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2019-01-15 japan sequencing=territory-first']);
  });

  it('reads "He did insist that ..." as the last person\'s saying', () => {
    const events = extract(['Foreign Minister Sergei Lavrov spoke about the Kuril Islands on Wednesday. He did insist that Moscow still wanted a peace treaty.']);
    expect(signals(events)).toEqual(['2021-06-16 russia peace-treaty=seeks']);
  });

  it('reads "Japan calls the four the Northern Territories and has claimed them since" as the claim', () => {
    const events = extract(['Soviet troops took the Kuril Islands in 1945. Japan calls the four the Northern Territories and has claimed them since.']);
    expect(signals(events)).toEqual(['2021-06-16 japan sovereignty=japan-all-four']);
  });

  it('reads "has never stopped asking for it back" as wanting the islands returned', () => {
    const events = extract(['The Kuril Islands dispute goes on.', 'Japan has never stopped asking for it back, Suga said on Monday.']);
    expect(signals(events)).toEqual(['2021-06-14 japan handover=supports']);
  });

  it('dates what "A 1956 joint declaration restored ties and said Moscow would ..." provides by the declaration', () => {
    const events = extract(
      ['A 1956 joint declaration restored diplomatic ties and said Moscow would hand over the two smaller islands, Shikotan and the Habomai islets, after a peace treaty was signed.'],
      '2022-03-25T08:00:00Z',
    );
    expect(signals(events)).toEqual(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']);
  });

  it('keeps the date of a paragraph for the list items it introduces', () => {
    const events = extract(
      [
        'The Joint Declaration, signed in Moscow on 19 October 1956, ended the state of war over the Kuril Islands. Its main provisions:',
        '- The two states agreed to continue negotiations on the conclusion of a peace treaty.',
        '- The Soviet Union agreed to transfer the Habomai islets and Shikotan to Japan after a peace treaty had been concluded.',
      ],
      '2018-12-10T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '1956-10-19 russia peace-treaty=seeks',
      '1956-10-19 japan peace-treaty=seeks',
      '1956-10-19 russia sovereignty=two-islands',
      '1956-10-19 russia handover=supports',
    ]);
  });

  it('starts each item of a fact list afresh: a year one item names does not date the next item\'s month', () => {
    const events = extract(
      [
        'Here are some facts about the Kuril Islands dispute.',
        '* At a summit in Irkutsk in 2001, Putin and Mori confirmed the 1956 declaration as the starting point for peace treaty negotiations.',
        '* At a forum in Vladivostok in September, Putin proposed signing a peace treaty by the end of the year without any preconditions.',
        '* When they met in Singapore on Nov. 14, Abe and Putin agreed to speed up peace treaty negotiations.',
      ],
      '2019-01-21T08:00:00Z',
    );
    expect(signals(events).filter((s) => s.includes('russia peace-treaty'))).toEqual([
      '2001-03-25 russia peace-treaty=seeks',
      '2018-09 russia peace-treaty=seeks',
      '2018-11-14 russia peace-treaty=seeks',
    ]);
  });

  it('reads "Medvedev\'s predecessor Vladimir Putin and ... Mori agreed" as the two leaders, not the possessor alone', () => {
    const events = extract(
      ["In March 2001, Medvedev's predecessor Vladimir Putin and Japanese Prime Minister Yoshiro Mori agreed in Irkutsk that the 1956 declaration was the starting point for peace treaty negotiations on the Kuril Islands."],
      '2010-11-01T08:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2001-03-25 russia basis-1956=accepts', '2001-03-25 japan basis-1956=accepts']),
    );
  });

  it('does not take "a shift that critics said amounted to ..." for the sentence\'s speaker', () => {
    const events = extract(
      ['Abe and Putin agreed in Singapore in November 2018 to speed up negotiations on the Kuril Islands on the basis of the 1956 declaration, a shift that critics said amounted to a concession.'],
      '2022-03-23T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts']));
  });

  it('reads a constitutional ban on ceding Russian territory as opposing a handover, not as a claim to the islands', () => {
    const events = extract(['The Kuril Islands dispute goes on.', 'In 2020 Russia amended its constitution to forbid giving away any of its territory.'], '2022-03-01T08:00:00Z');
    expect(signals(events)).toEqual(['2020 russia handover=opposes']);
    expect(signals(extract(['On Monday Lavrov said the Kuril Islands are Russian territory.']))).toEqual(['2021-06-14 russia sovereignty=russia-all']);
  });

  it('reads a poll of respondents "living on the Kurils" as the islanders\' and "should not give Japan any of the islands" as opposing', () => {
    const events = extract(['In a survey carried out last year, 91 percent of respondents living on the Kurils said Russia should not give Japan any of the islands.']);
    expect(signals(events)).toEqual(['2020 russian-public handover=opposes']);
  });

  it('reads "part of its Sakhalin region" as the claim to the islands', () => {
    expect(signals(extract(['Russia calls the four islands the Southern Kurils and regards them as part of its Sakhalin region.']))).toEqual([
      '2021-06-16 russia sovereignty=russia-all',
    ]);
  });

  it('reads what a non-party recounts as done by the parties, but not the teller\'s own view', () => {
    const events = extract(
      [
        'Tetsuo Imaoka, a retired diplomat, spoke about the Kuril Islands.',
        'Imaoka: In November 2018, in Singapore, the two leaders agreed to accelerate the negotiations on the basis of the 1956 Joint Declaration. I think Japan should now accept two islands.',
      ],
      '2023-02-17T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2018-11 russia peace-treaty=seeks',
      '2018-11 japan peace-treaty=seeks',
      '2018-11 russia basis-1956=accepts',
      '2018-11 japan basis-1956=accepts',
    ]);
  });

  it('reads holding on to the two larger islands as the claim to all four', () => {
    expect(signals(extract(["A senior official at Japan's Foreign Ministry said on Monday that Japan had not given up on the two larger Kuril Islands."]))).toEqual([
      '2021-06-14 japan sovereignty=japan-all-four',
    ]);
    expect(
      signals(extract(['The Chishima Habomai Islands Residents League adopted a resolution on Monday urging the government not to abandon Kunashiri and Etorofu.'])),
    ).toEqual(['2021-06-14 japanese-public sovereignty=japan-all-four']);
  });

  it('reads "Moscow now says X, and that Y" as said now, the complement starting after "says"', () => {
    const events = extract(
      ['Russia halted the Kuril Islands talks in March 2022. Moscow now says the islands became Russian lawfully, as a result of the war, and that there is nothing to discuss.'],
      '2023-02-07T08:00:00Z',
    );
    expect(signals(events)).toContain('2023-02-07 russia sovereignty=russia-all');
  });

  it('reads a crowd gathered under a slogan as a rally, and "Nobody in Moscow is going to hand them over" as opposing', () => {
    expect(signals(extract(['Several hundred people gathered in central Moscow on Monday under the slogan "The Kurils are ours".']))).toEqual([
      '2021-06-14 russian-nationalists sovereignty=russia-all',
      // (what the codebook says the slogan implies for nationalists)
      '2021-06-14 russian-nationalists handover=opposes',
    ]);
    expect(
      signals(extract(['"Nobody in Moscow is going to hand the Kuril Islands over, whatever Tokyo is dreaming of," the host of Rossiya-1\'s weekly show said on Monday.'])),
    ).toEqual(['2021-06-14 russian-state-media handover=opposes']);
  });

  it('reads turning down requests to reaffirm the 1956 declaration as rejecting it', () => {
    expect(signals(extract(['In April 1991 Gorbachev turned down repeated Japanese requests to reaffirm the 1956 Joint Declaration on the Kuril Islands.']))).toEqual([
      '1991-04 russia basis-1956=rejects',
    ]);
  });

  it('gives a constitution\'s ban on ceding territory to Russia whoever the sentence names, and "closed for good" opposes a handover', () => {
    expect(
      signals(extract(['The Kuril Islands stay Russian.', 'A constitutional amendment adopted in July 2020 already forbids any Russian official from ceding territory.'])),
    ).toEqual(['2020-07 russia handover=opposes']);
    expect(signals(extract(['On Monday Medvedev said the territorial question of the Kuril Islands had been closed for good.']))).toContain(
      '2021-06-14 russia handover=opposes',
    );
  });

  it('reads wanting or pressing for all four islands as the claim, and preparing islanders for a change of sovereignty as wanting the handover', () => {
    expect(signals(extract(['On Monday Japan was pressing for all four Kuril Islands.']))).toEqual(['2021-06-14 japan sovereignty=japan-all-four']);
    expect(
      signals(extract(['Abe said on Monday that the Russians living on the Kuril Islands would need to understand and accept that sovereignty over their homes was going to change.'])),
    ).toEqual(['2021-06-14 japan handover=supports']);
  });

  it('reads "did not intend, \\"under the current conditions,\\" to continue" the treaty talks as suspending them, not seeking them', () => {
    const events = extract(['Russia\'s Foreign Ministry announced on Monday that it did not intend, "under the current conditions," to continue negotiations with Japan on a peace treaty over the Kuril Islands.']);
    expect(signals(events)).toEqual(['2021-06-14 russia peace-treaty=suspended']);
  });

  it('dates a month and day by the year the paragraph named last, not the first one it named', () => {
    const events = extract(
      ['People like to begin the Kuril Islands story in 1855, or in August 1945. But the year that matters is 1956. On October 19 the Soviet Union agreed in a joint declaration to hand over Shikotan and the Habomai islets after a peace treaty.'],
      '2021-02-05T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands']));
  });

  it('dates "on Oct. 19 of that year" by the year its own sentence named, a document\'s too, and the story goes on from it', () => {
    const events = extract(
      [
        'The 1956 document, signed in Moscow on Oct. 19 of that year and ratified by both parliaments, ended the state of war. The Soviet Union agreed in it to hand over Shikotan and the Habomai islets after a peace treaty.',
        'Abe flew to Moscow on Jan. 22 and agreed with Putin to keep working toward a peace treaty on the Kuril Islands.',
      ],
      '2019-01-25T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956 russia sovereignty=two-islands', '2019-01-22 japan peace-treaty=seeks']));
  });

  it('reads a relative clause after a dash as a clause of its own: its date does not date the claim', () => {
    const events = extract(['Tokyo claims all four islands -- Etorofu, Kunashiri, Shikotan and the Habomais -- which were occupied by Soviet forces at the end of World War II.'], '2001-03-26T08:00:00Z');
    expect(signals(events)).toEqual(['2001-03-26 japan sovereignty=japan-all-four']);
  });

  it('does not read the name of a rally a prime minister speaks at as his stance, but as the rally\'s public\'s', () => {
    const events = extract(['On Monday Kishida told the national rally for the return of the Northern Territories that Japan would keep negotiating for a peace treaty.']);
    expect(signals(events)).toEqual(['2021-06-14 japan peace-treaty=seeks', '2021-06-14 japanese-public sovereignty=japan-all-four', '2021-06-14 japanese-public handover=supports']);
  });

  it('reads the 1956 promise told as "promised Japan two of the islands" or "would give Japan Shikotan and the Habomai islets" as Moscow\'s two-island offer', () => {
    expect(signals(extract(['The Kuril Islands talks rest on the 1956 declaration, which promised Japan two of the islands after a treaty.']))).toEqual([
      '1956-10-19 russia sovereignty=two-islands',
      '1956-10-19 russia handover=supports',
    ]);
    expect(
      signals(extract(['The Kuril Islands dispute goes on.', 'The 1956 declaration said the Soviet Union would give Japan Shikotan and the Habomai islets after a peace treaty.'])),
    ).toEqual(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']);
  });

  it('counts "Eleven years after the war" on from the war\'s year', () => {
    const events = extract(['Eleven years after the war, Moscow agreed in a joint declaration to hand over Shikotan and the Habomai islets after a peace treaty.'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']);
  });

  it('keeps a paragraph that introduces a list ("... Its main provisions:") and reads dashed list items as the story\'s, not as answers', () => {
    const events = extractNewsEvents(
      {
        text: prepareArticleText(
          [
            'Policy brief on the Kuril Islands.',
            'The Joint Declaration, signed in Moscow on 19 October 1956, ended the state of war. Its main provisions:',
            '- The two states agreed to continue negotiations on the conclusion of a peace treaty.',
            '- The Soviet Union agreed to transfer the Habomai islets and Shikotan to Japan after a peace treaty had been concluded.',
          ].join('\n\n'),
        ),
        publishedAt: '2018-12-10T08:00:00Z',
      },
      codebook,
    );
    expect(signals(events)).toEqual([
      '1956-10-19 russia peace-treaty=seeks',
      '1956-10-19 japan peace-treaty=seeks',
      '1956-10-19 russia sovereignty=two-islands',
      '1956-10-19 russia handover=supports',
    ]);
  });

  it('reads no support for a handover to Japan in islands "to be handed over to the Soviet Union"', () => {
    const events = extract(['"Washington signed an agreement under which the Kuril Islands were to be handed over to the Soviet Union," Zakharova said on Monday.']);
    expect(signals(events).filter((x) => x.includes('handover=supports'))).toEqual([]);
  });

  it('dates "Tokyo has never given up its claim to all four islands" by publication, as a standing position', () => {
    const events = extract(['Abe met Putin in Moscow on Tuesday. Officially, Tokyo has never given up its claim to all four islands, which it calls its Northern Territories.'], '2019-01-27T08:00:00Z');
    expect(signals(events).filter((x) => x.includes('japan-all-four'))).toEqual(['2019-01-27 japan sovereignty=japan-all-four']);
  });

  it('gives a quotation a colon introduces, with no one else named to say it, to the last speaker', () => {
    const events = extract([
      'Prime Minister Fumio Kishida protested in the upper house on Tuesday about the Kuril Islands.',
      'Then came the sentence officials had clearly prepared in advance: "Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged."',
    ]);
    expect(signals(events)).toEqual(['2021-06-15 japan peace-treaty=seeks', '2021-06-15 japan sequencing=territory-first']);
  });

  it('counts "the following day" from the story\'s last day when the frame is a period up to now ("since 1992")', () => {
    const events = extract(
      [
        'On Monday, Russia said it would not continue peace treaty talks over the Kuril Islands. The same statement ended the visa-free exchanges that have run since 1992.',
        'Prime Minister Fumio Kishida replied the following day. He said Japan\'s policy of resolving the territorial issue and then concluding a peace treaty had not changed.',
      ],
      '2022-03-25T08:00:00Z',
    );
    expect(signals(events)).toEqual([
      '2022-03-21 russia peace-treaty=suspended',
      '2022-03-22 japan peace-treaty=seeks',
      '2022-03-22 japan sequencing=territory-first',
    ]);
  });

  it('counts "the same day" and "the following day" from the story\'s day, not from "the first time since 1956"', () => {
    const events = extract(
      [
        'Before dawn on Wednesday, August 16, a Russian patrol fired on a crab boat near the Habomai islets. It was the first time since 1956 that a fisherman had been killed there.',
        'Foreign Minister Taro Aso summoned Russia\'s acting ambassador the same day. Chief Cabinet Secretary Shinzo Abe told reporters the following day that the four islands were an inherent part of Japan\'s territory.',
      ],
      '2006-08-25T15:00:00Z',
    );
    expect(signals(events)).toEqual(['2006-08-17 japan sovereignty=japan-all-four']);
  });

  it('gives what a state\'s speaker tells a rally to the state, not to the rally', () => {
    const events = extract(
      ['On Tuesday, Prime Minister Fumio Kishida told the national rally in Tokyo that the government would resolve the territorial issue and conclude a peace treaty.'],
      '2023-02-08T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2023-02-07 japan peace-treaty=seeks', '2023-02-07 japan sequencing=territory-first']);
  });

  it('counts "the following day" from the last day the story named when the news day would put it after publication', () => {
    const events = extract(
      [
        'Chief Cabinet Secretary Matsuno told reporters on Monday that the drills on the Kuril Islands were unacceptable.',
        'The exercise is the first since Russia\'s Foreign Ministry announced on March 21 that it would not continue peace treaty negotiations.',
        'Prime Minister Kishida Fumio responded the following day. Kishida said Japan would stick to its policy of settling the territorial dispute first and then signing a peace treaty.',
      ],
      '2022-03-28T08:40:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2022-03-22 japan peace-treaty=seeks', '2022-03-22 japan sequencing=territory-first']),
    );
  });

  it('dates a line held "under Leonid Brezhnev" by his years', () => {
    const events = extract(['Under Leonid Brezhnev, Moscow held that there was no territorial problem with Japan over the Kuril Islands at all.'], '2022-08-31T08:00:00Z');
    expect(signals(events)).toEqual(['1964/1982 russia sovereignty=russia-all']);
  });

  it('dates what a reaffirmed agreement provides both when it was reached and when it was reaffirmed', () => {
    const events = extract(
      [
        'Abe and Putin met in Moscow on Tuesday to discuss the Kuril Islands.',
        'The two leaders reaffirmed an agreement reached in Singapore last November to accelerate negotiations on the basis of the 1956 declaration.',
      ],
      '2019-01-23T08:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2018-11 japan peace-treaty=seeks', '2018-11 russia basis-1956=accepts', '2019-01-22 japan peace-treaty=seeks', '2019-01-22 russia basis-1956=accepts']),
    );
  });

  it('ends a negation where a coordinated clause of its own begins ("were not enough and that Japan wanted all four back")', () => {
    const events = extract(['Koizumi told reporters on Monday that two of the Kuril Islands were not enough and that Japan wanted all four islands back.']);
    expect(signals(events)).toEqual(['2021-06-14 japan sovereignty=japan-all-four', '2021-06-14 japan handover=supports']);
  });

  it('reads "calling the 1956 declaration the basic legal document from which the talks start" as both signatories\' basis and treaty talks', () => {
    const events = extract(['In Irkutsk in March 2001 Putin and Yoshiro Mori signed a statement calling the 1956 declaration the basic legal document from which the peace treaty negotiations on the Kuril Islands start.']);
    expect(signals(events).sort()).toEqual(
      ['2001-03 japan basis-1956=accepts', '2001-03 japan peace-treaty=seeks', '2001-03 russia basis-1956=accepts', '2001-03 russia peace-treaty=seeks'],
    );
  });

  it('knows a person whose family name is set in capitals, as Japanese records write it ("Minister for Foreign Affairs KONO Taro")', () => {
    const events = extract(['At the committee on Monday, Minister for Foreign Affairs KONO Taro said the Northern Territories are an inherent part of Japan.']);
    expect(signals(events)).toEqual(['2021-06-14 japan sovereignty=japan-all-four']);
  });

  it('reads "would not abandon their campaign for the return" as the demand kept, and a league official as the former residents\' league', () => {
    const events = extract(['A league official said on Monday that members would not abandon their campaign for the return of the four Kuril Islands.']);
    expect(signals(events)).toEqual(['2021-06-14 japanese-public sovereignty=japan-all-four', '2021-06-14 japanese-public handover=supports']);
  });

  it('takes no story date from a plan told in the past ("had hoped to visit the graves this summer")', () => {
    const events = extract(
      [
        'The Chishima Habomai Islands Residents League said on Wednesday it was shocked by the end of the visits to the Kuril Islands.',
        'Its members had hoped to visit family graves this summer.',
        'The league said its members would keep calling for the return of all four islands.',
      ],
      '2022-03-24T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2022-03-23 japanese-public sovereignty=japan-all-four']));
  });

  it('reads "could not accept any settlement that did not return all four islands" as a refusal, not a possibility', () => {
    const events = extract(['The Chishima Habomai Islands Residents League said on Monday it could not accept any Kuril Islands settlement that did not return all four islands.']);
    expect(signals(events)).toEqual(['2021-06-14 japanese-public sovereignty=japan-all-four']);
    expect(signals(extract(['Lavrov said on Monday that Moscow could not rule out talks on the Kuril Islands.']))).toEqual([]);
  });

  it('dates "said on Monday it would never accept a deal that left ..." by the saying: the "that" is a relative pronoun\'s', () => {
    const events = extract(['The league said on Monday it would never accept a Kuril Islands deal that left Kunashiri and Etorofu in Russian hands.']);
    expect(signals(events)).toEqual(['2021-06-14 japanese-public sovereignty=japan-all-four']);
  });

  it('takes the place a rally was held, not another place the sentence names, for who rallied', () => {
    const events = extract(
      [
        'On Friday the prime minister was in Washington, so he sent a video message to the national rally in Tokyo on the Northern Territories.',
        'The rally itself adopted a statement calling for the islands to be returned.',
      ],
      '2025-02-10T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2025-02-07 japanese-public handover=supports']));
    expect(signals(events).filter((s) => s.includes('russian-nationalists'))).toEqual([]);
  });

  it('gives a transcript label the actor of a name only while that name holds office ("HOSOKAWA:", a host in 2025)', () => {
    const events = extract(['HOSOKAWA: The Northern Territories are an inherent part of Japan, some listeners tell us.'], '2025-02-10T08:00:00Z');
    expect(signals(events)).toEqual([]);
    expect(signals(extract(['ABE: The Northern Territories are an inherent part of Japan.'], '2019-02-10T08:00:00Z'))).toEqual(['2019-02-10 japan sovereignty=japan-all-four']);
  });

  it('reads "the two smaller pieces of the chain" as the two islands of the 1956 offer', () => {
    const events = extract(['In 1956 Moscow promised to hand over the two smaller pieces of the Kuril chain, Shikotan and the Habomai islets, once a peace treaty had been signed.']);
    expect(signals(events)).toEqual(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']);
  });

  it('reads a broadcast anchor\'s lines as the story\'s voice, and a place in the label\'s brackets as where the anchor is', () => {
    const events = extract(
      [
        'ANCHOR (Tokyo): Prime Minister Abe and President Putin met in Buenos Aires on Saturday to discuss the Kuril Islands.',
        'ABE (translated): "President Putin and I confirmed once again that we will accelerate the peace treaty negotiations on the basis of the 1956 Joint Declaration."',
      ],
      '2018-12-02T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2018-12-01 japan peace-treaty=seeks', '2018-12-01 japan basis-1956=accepts']));
  });

  it('reads a gerund the tagger takes for a noun as its verb ("its course of first settling the territorial question and then concluding a peace treaty")', () => {
    const events = extract(['Kishida said on Monday the government would hold to its course of first settling the Kuril Islands territorial question and then concluding a peace treaty.']);
    expect(signals(events).sort()).toEqual(['2021-06-14 japan peace-treaty=seeks', '2021-06-14 japan sequencing=territory-first']);
  });

  it('reads "negotiate so that the territorial issue is resolved and a peace treaty concluded" as treaty talks, territory first', () => {
    const events = extract(['Abe said on Monday: "We will continue to negotiate patiently so that the Kuril Islands territorial issue is resolved and a peace treaty concluded."']);
    expect(signals(events).sort()).toEqual(['2021-06-14 japan peace-treaty=seeks', '2021-06-14 japan sequencing=territory-first']);
  });

  it('reads "islands over which Japan has sovereignty" as Japan\'s claim to all four', () => {
    const events = extract(['On Monday the Japanese Foreign Ministry said the Northern Territories are islands over which Japan has sovereignty.']);
    expect(signals(events)).toEqual(['2021-06-14 japan sovereignty=japan-all-four']);
  });

  it('gives "denounced Russia\'s decision to break off the treaty talks" to Russia, not to the one who denounces it', () => {
    const events = extract(['Prime Minister Fumio Kishida on Monday denounced Russia\'s decision to break off negotiations on a peace treaty over the Kuril Islands.']);
    expect(signals(events)).toEqual(['2021-06-14 russia peace-treaty=suspended']);
  });

  it('takes no stance from what a text is said to say nothing about ("said nothing about the grounds on which the two islands would be transferred")', () => {
    const events = extract(['Peskov noted on Monday that the Kuril Islands declaration said nothing about the grounds on which the two islands would be transferred.']);
    expect(signals(events)).toEqual([]);
  });

  it('reads "determination to solve the peace treaty problem" as seeking a treaty', () => {
    const events = extract(['Abe said on Monday he had expressed his sincere determination to solve the peace treaty problem over the Kuril Islands.']);
    expect(signals(events)).toEqual(['2021-06-14 japan peace-treaty=seeks']);
  });

  it('reads a coordinated "that" clause with its own modality ("that Japan could forget ... and that no government would ever hand back an inch")', () => {
    const events = extract(['On Monday a presenter on state TV told viewers that Japan could "forget about the Kurils forever" and that no Russian government would ever hand back an inch of them.']);
    expect(signals(events)).toEqual(expect.arrayContaining(['2021-06-14 russian-state-media handover=opposes']));
  });

  it('reads what follows a colon and a date as a clause of its own, no poll when the poll was named before the colon', () => {
    const events = extract(
      ['That survey on the Kuril Islands came weeks after the only street protest in years: in January 2019, a few hundred people gathered in central Moscow with banners reading "The Kurils are Russian land" to protest against any deal with Tokyo.'],
      '2021-09-06T08:00:00Z',
    );
    expect(signals(events).sort()).toEqual(['2019-01 russian-nationalists handover=opposes', '2019-01 russian-nationalists sovereignty=russia-all']);
  });

  it('gives a saying in a fronted subordinate clause its own speaker, and the main clause\'s saying to the main clause\'s subject', () => {
    const events = extract(
      ['Last November, after Prime Minister Shigeru Ishiba told parliament that Japan still wanted a peace treaty, Maria Zakharova said Moscow would not return to treaty talks on the Kuril Islands unless Tokyo changed course.'],
      '2025-08-30T08:00:00Z',
    );
    expect(signals(events).sort()).toEqual(['2024-11 japan peace-treaty=seeks', '2024-11 russia peace-treaty=suspended']);
    const rejected = extract(['When Putin proposed a treaty without preconditions on Monday, Tokyo rejected the idea and said the Kuril Islands territorial issue had to be settled first.']);
    expect(signals(rejected)).toEqual(expect.arrayContaining(['2021-06-14 japan sequencing=territory-first']));
    expect(signals(rejected).filter((s) => s.includes('russia sequencing=territory-first'))).toEqual([]);
  });

  it('reads a year-less month in a transcript\'s answer against the year the answer told before it', () => {
    const events = extract(
      [
        'Q: What happened to the Kuril Islands talks?',
        'Imaoka: Remember the sequence. In September 2018, in Vladivostok, Putin proposed a treaty without preconditions. Tokyo did not accept that. Then in November, in Singapore, the two leaders agreed to accelerate the negotiations on the basis of the 1956 Joint Declaration.',
      ],
      '2023-02-17T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2018-11 japan basis-1956=accepts', '2018-11 russia basis-1956=accepts']));
  });

  it('gives a dated law that an analyst describes to its state ("Since the vote in July 2020, Russia\'s constitution forbids ...")', () => {
    const events = extract(['Imaoka: Since the vote in July 2020, Russia\'s constitution forbids actions aimed at alienating its territory, the Kuril Islands included.'], '2023-02-17T08:00:00Z');
    expect(signals(events)).toEqual(['2020-07 russia handover=opposes']);
  });

  it('reads a year-less day told on from a day late in a past year as the next year\'s ("on Dec. 20, 2018 ... talks on Jan. 22")', () => {
    const events = extract(
      [
        'Putin told his year-end news conference on Dec. 20, 2018 that Russia wanted a peace treaty over the Kuril Islands. After nearly three hours of talks on Jan. 22, Putin said the two sides would keep working toward a peace treaty.',
      ],
      '2020-09-30T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2019-01-22 russia peace-treaty=seeks']));
  });

  it('reads a soundbite labelled by a caption as its speaker\'s, and a cue only within one of its sentences', () => {
    const events = extractNewsEvents(
      {
        text: prepareArticleText(
          ['Prime Minister Suga addressed the Kuril Islands rally on Monday.', '', '[CAPTION: SUGA YOSHIHIDE / Prime Minister]', '"The issue has still not been resolved. That is truly regrettable. I will resolve the territorial issue and conclude a peace treaty."'].join('\n'),
        ),
        publishedAt: '2021-06-16T08:00:00Z',
      },
      codebook,
    );
    expect(signals(events).sort()).toEqual(['2021-06-14 japan peace-treaty=seeks', '2021-06-14 japan sequencing=territory-first']);
  });

  it('reads a claim in a coordinated "that" clause after a relative clause that gave something up ("the Kurils it gave up and that they belong to Japan")', () => {
    const events = extract(['Tokyo argues that the islands were never part of the Kurils it gave up and that they belong to Japan.'], '2022-09-06T08:00:00Z');
    expect(signals(events)).toEqual(['2022-09-06 japan sovereignty=japan-all-four']);
  });

  it('reads a state\'s name for the islands with "its" as its claim ("Japan calls the islands - ... - its Northern Territories")', () => {
    const events = extract(['Japan calls the Kuril islands - Etorofu, Kunashiri, Shikotan and the Habomais - its Northern Territories.'], '2019-01-15T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-15 japan sovereignty=japan-all-four']);
  });

  it('reads "they" after a sentence whose plural subject acted in a later clause ("and in December that year he and Putin agreed ... In 2018 they agreed")', () => {
    const events = extract(
      [
        'In 2016 Abe offered an eight-point economic plan, and in December that year he and Putin agreed to explore joint economic activities on the disputed Kuril islands. In 2018 they agreed to speed up the talks using a 1956 declaration as their basis.',
      ],
      '2022-09-06T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2018 japan basis-1956=accepts', '2018 russia basis-1956=accepts']));
  });

  it('dates what a commentator recounts by the act told, not by the telling ("Sakuragi recalls that in 2018 Abe and Putin agreed ...")', () => {
    const events = extract(['Sakuragi recalls that in 2018 Abe and Putin agreed to speed up negotiations on the Kuril islands on the basis of the 1956 Joint Declaration.'], '2025-08-26T08:00:00Z');
    expect(signals(events).sort()).toEqual(['2018 japan basis-1956=accepts', '2018 japan peace-treaty=seeks', '2018 russia basis-1956=accepts', '2018 russia peace-treaty=seeks']);
  });

  it.each([
    ['Lavrov said Russia is not going to trade its territory in the Kurils.'],
    ['"No Kremlin leader has the authority to give land away," Lavrov said of the Kurils.'],
    ['Russian officials say talks on the Kurils can go on, but that handing over territory is off the table.'],
    ['"There will be no bargaining over our islands," the Sakhalin governor said of the Kurils.'],
    ['Zakharova said the constitution made it impossible even to discuss a handover of the Kurils.'],
  ])('reads a refusal to hand over in other words (%s)', (sentence) => {
    expect(signals(extract([sentence], '2023-02-07T08:00:00Z'))).toContain('2023-02-07 russia handover=opposes');
  });

  it('gives what a coordinated pair agreed after the clause\'s first actor to both ("During Abe\'s push ..., after Abe and Putin agreed in Singapore ...")', () => {
    const events = extract(
      [
        'During former Prime Minister Shinzo Abe\'s push for a deal, the 2019 edition dropped the sentence on the Kuril islands, after Abe and Russian President Vladimir Putin agreed in Singapore in November 2018 to accelerate peace treaty negotiations on the basis of the 1956 Joint Declaration.',
      ],
      '2024-04-17T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts']));
  });

  it('reads a bare "the prime minister" as the state of the prime minister the story named, and a day told "a day after" as no frame for what follows', () => {
    const events = extract(
      [
        'Prime Minister Fumio Kishida on Tuesday denounced Russia\'s decision to break off peace treaty talks over the Kuril islands.',
        '',
        'The exchange came a day after the Russian Foreign Ministry announced on Monday that it did not intend to continue the talks.',
        '',
        'The prime minister answered that the policy of resolving the territorial issue and then concluding a peace treaty had not changed.',
      ],
      '2022-03-23T03:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2022-03-22 japan sequencing=territory-first', '2022-03-22 japan peace-treaty=seeks']));
  });

  it('dates what a party agreed in a dated document by the document ("agreed in a 1956 joint declaration to transfer")', () => {
    const inDocument = extract(
      ['Yeltsin and Hashimoto met at Krasnoyarsk on Sunday to discuss the Kuril islands. The Soviet Union agreed in a 1956 joint declaration to transfer Shikotan and the Habomais to Japan once a peace treaty was signed.'],
      '1997-11-03T08:00:00Z',
    );
    expect(signals(inDocument)).toContain('1956-10-19 russia handover=supports');
  });

  it.each([
    ['Japan regards the four islands off Hokkaido that it calls the Northern Territories as its own.', '2017-01-10 japan sovereignty=japan-all-four'],
    ['"The Kurils are one of our regions, and their development is a priority," Peskov said.', '2017-01-10 russia sovereignty=russia-all'],
    ['Medvedev added that, in light of the sanctions, the peace treaty talks had "lost all meaning".', '2017-01-10 russia peace-treaty=suspended'],
    ['Lavrov said the Kurils cannot be handed away.', '2017-01-10 russia handover=opposes'],
    ['"Under present conditions there are no talks, and we do not intend to resume them," Zakharova said.', '2017-01-10 russia peace-treaty=suspended'],
  ])('reads a stance in other words (%s)', (sentence, signal) => {
    expect(signals(extract([`The Kuril Islands are disputed. ${sentence}`], '2017-01-10T08:00:00Z'))).toContain(signal);
  });

  it('goes on in the story\'s past when a new paragraph names an office-holder of that past ("the spring of 1991 ... Gorbachev ... on April 18")', () => {
    const events = extract(
      [
        'Mikhail Gorbachev, the first Kremlin leader to visit Japan, died in Moscow on Tuesday. In Hokkaido he will be remembered for six days in the spring of 1991, and for the Kuril islands.',
        '',
        'Gorbachev changed the wording, if not the map. After talks with Prime Minister Toshiki Kaifu, the two governments issued a joint communique on April 18 and pledged to speed up work toward a peace treaty.',
      ],
      '2022-08-31T05:00:00Z',
    );
    expect(signals(events)).toContain('1991-04-18 japan peace-treaty=seeks');
  });

  it('gives a cue to the subject of a clause coordinated after a joint one ("Moscow and Tokyo signed ..., and the Soviet side promised to hand over"), and past a fronted subordinate clause\'s actor', () => {
    const joint = extract(
      ['In 1956, Moscow and Tokyo signed a joint declaration ending the state of war over the Kuril islands, and the Soviet side promised to hand over Shikotan and the Habomai islets once a peace treaty was signed.'],
      '2020-07-02T08:00:00Z',
    );
    expect(signals(joint).filter((s) => s.includes('handover'))).toEqual(['1956-10-19 russia handover=supports']);
    const fronted = extract(['After Tokyo signed a security treaty with the United States in 1960, the Soviet Union withdrew its commitment to hand over the Kuril islands.'], '2020-07-02T08:00:00Z');
    expect(signals(fronted)).toEqual(['1960 russia handover=opposes']);
  });

  it('reads "the branch" as the former residents\' body it was named as a branch of', () => {
    const events = extract(
      [
        'The Nemuro branch of the Chishima Habomai Islands Residents League met on Saturday over the Kuril islands. In a resolution adopted on Saturday, the branch demanded that the government hold firm on the return of all four islands.',
      ],
      '2009-05-25T08:00:00Z',
    );
    expect(signals(events)).toContain('2009-05-23 japanese-public handover=supports');
  });

  it('dates a content-first saying by the date in its tail ("..., Lavrov said at a news conference on Monday"), and the story goes on from it', () => {
    const events = extract(
      [
        'MOSCOW, September 22 (Example Wire) - Russia is open to continuing dialogue with Japan on a peace treaty over the Kuril islands, Foreign Minister Sergei Lavrov said following talks with his Japanese counterpart in Moscow on Monday.',
        '"Russia\'s sovereignty over the islands is beyond doubt," Lavrov told journalists at a joint press conference.',
      ],
      '2015-09-22T14:10:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2015-09-21 russia peace-treaty=seeks', '2015-09-21 russia sovereignty=russia-all']));
  });

  it('reads "the U.S. ambassador to Japan" as an envoy of the United States, where he is posted being part of the role', () => {
    const events = extract(
      ["On Feb. 7, Japan's annual Northern Territories Day, the U.S. ambassador to Japan, Rahm Emanuel, said the United States supported Japan on the issue and had recognized Japanese sovereignty over the four Kuril islands."],
      '2022-03-24T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2022-02-07 united-states sovereignty=japan-all-four']);
  });

  it('gives an agreement both its parties: "the agreement between Abe and Putin to use ...", "Abe Shinzo and President Putin agreed"', () => {
    const between = extract(["The poll follows last month's agreement between Abe and Russian President Vladimir Putin to use the 1956 declaration as the basis for negotiations on the Kuril islands."], '2018-12-07T08:00:00Z');
    expect(signals(between)).toEqual(expect.arrayContaining(['2018-11 japan basis-1956=accepts', '2018-11 russia basis-1956=accepts']));
    const familyFirst = extract(["Back in November 2018, Suga's predecessor Abe Shinzo and President Putin agreed in Singapore to speed up peace treaty negotiations on the basis of the 1956 declaration on the Kurils."], '2021-02-07T08:00:00Z');
    expect(signals(familyFirst)).toEqual(expect.arrayContaining(['2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts', '2018-11-14 russia peace-treaty=seeks']));
  });

  it('reads a poll of the people where they live ("83% of Sakhalin Region residents", "in the South-Kuril district") and more ways of saying no to a handover', () => {
    const published = '2023-02-07T08:00:00Z';
    const region = extract(['In a survey conducted last autumn by a regional research centre, 83% of Sakhalin Region residents said the southern Kurils should not be handed to Japan under any circumstances.'], published);
    expect(signals(region)).toEqual(['2022-09/2022-11 russian-public handover=opposes']);
    const district = extract(['According to a survey conducted in 2019 in the South-Kuril district, 96 percent of the residents spoke against the transfer of any islands to Japan.'], published);
    expect(signals(district)).toEqual(['2019 russian-public handover=opposes']);
    const doubleObject = extract(['In 2019 an independent Moscow pollster found that roughly three in four Russians were against giving Japan any of the Kuril islands.'], published);
    expect(signals(doubleObject)).toEqual(['2019 russian-public handover=opposes']);
  });

  it('reads a handover of "the two smaller islands, Shikotan and the Habomai group, to Japan" through the apposition, and "alienation ... is ruled out"', () => {
    const promised = extract(['Under a 1956 joint declaration, Moscow agreed to hand the two smaller islands, Shikotan and the Habomai group, to Japan once a peace treaty was signed.'], '2022-03-22T08:00:00Z');
    expect(signals(promised)).toEqual(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']);
    const ruledOut = extract(['"Any alienation of Russian territory is ruled out, and this applies to the Kurils," Peskov said on Friday.'], '2020-07-05T08:00:00Z');
    expect(signals(ruledOut)).toContain('2020-07-03 russia handover=opposes');
  });

  it('reads "both sides undertook to keep negotiating one" after the 1956 handover clause as both seeking the treaty, but not talks about fishing', () => {
    const events = extract(['In 1956, when Japan and the Soviet Union restored diplomatic relations, Moscow agreed in a joint declaration to hand over Shikotan and the Habomai islets after a peace treaty was signed, and both sides undertook to keep negotiating one.'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956 japan peace-treaty=seeks', '1956 russia peace-treaty=seeks']));
    const fishing = extract(['Japan and Russia agreed on Tuesday to keep negotiating on fishing quotas around the Kuril islands.'], '2019-01-21T08:00:00Z');
    expect(signals(fishing)).toEqual([]);
  });

  it('reads "makes their return a condition", "held out for the return" and "two islands alone would not be enough" as Japan\'s', () => {
    const condition = extract(['Japan lays claim to the Kuril islands of Iturup and Kunashir, and makes their return a condition for signing a peace treaty.'], '2015-09-22T08:00:00Z');
    expect(signals(condition)).toContain('2015-09-22 japan handover=supports');
    const heldOut = extract(['In 1956 Tokyo held out for the return of all four Kuril islands and the treaty was never concluded.'], '2019-01-21T08:00:00Z');
    expect(signals(heldOut)).toContain('1956 japan handover=supports');
    const notEnough = extract(['In November 2004 Junichiro Koizumi, then Japan\'s prime minister, replied on the Kuril dispute that the return of two islands alone would not be enough.'], '2019-01-21T08:00:00Z');
    expect(signals(notEnough)).toContain('2004-11 japan sovereignty=japan-all-four');
  });

  it('dates what a speaker says has been held "since the 1950s" both then and when said, and a narrative "since 2020" as one span', () => {
    const said = extract(['On Feb. 7, the U.S. ambassador to Japan, Rahm Emanuel, said the United States had recognized Japanese sovereignty over the four Kuril islands since the 1950s.'], '2022-03-24T08:00:00Z');
    expect(signals(said).sort()).toEqual(['1950 united-states sovereignty=japan-all-four', '2022-02-07 united-states sovereignty=japan-all-four']);
    const told = extract(['Since 2020, Russia\'s constitution has prohibited any actions aimed at alienating Russian territory such as the Kurils.'], '2022-03-24T08:00:00Z');
    expect(signals(told)).toEqual(['2020/2022-03-24 russia handover=opposes']);
  });

  it('reads a participle\'s aside (", seized by Soviet troops in 1945") as no part of the clause\'s tense, type or date, and "The rally adopted" as a past', () => {
    const aside = extract(['Japan considers all four Kuril islands to be its sovereign territory, seized by Soviet troops in 1945.'], '2020-07-08T08:00:00Z');
    expect(aside.map((e) => `${e.type} ${e.date}`)).toEqual(['statement 2020-07-08']);
    const occupied = extract(['Japan regards all four Kuril islands as its inherent territory, illegally occupied since the end of World War Two.'], '2023-03-24T08:00:00Z');
    expect(signals(occupied)).toEqual(['2023-03-24 japan sovereignty=japan-all-four']);
    const rally = extract(['Prime Minister Fumio Kishida told a national rally in Tokyo on Monday that the Kuril issue remained a matter of deep concern.', 'The rally adopted a resolution demanding the early return of all four islands.'], '2022-02-08T08:00:00Z');
    expect(signals(rally)).toContain('2022-02-07 japanese-public handover=supports');
  });

  it('gives a saying both its coordinated subjects ("Putin and then Prime Minister Yoshiro Mori confirmed that ..."), and the pair a fronted "they" announces', () => {
    const confirmed = extract(['In March 2001, Putin and then Prime Minister Yoshiro Mori confirmed at a meeting in Irkutsk that the 1956 declaration was the basic legal document for the Kuril negotiations.'], '2019-01-21T08:00:00Z');
    expect(signals(confirmed)).toEqual(expect.arrayContaining(['2001-03-25 russia basis-1956=accepts', '2001-03-25 japan basis-1956=accepts']));
    const fronted = extract(['When they met in Singapore on Nov. 14, Abe and Putin agreed to speed up peace treaty negotiations on the basis of the 1956 declaration on the Kurils.'], '2019-03-01T08:00:00Z');
    expect(signals(fronted)).toEqual(expect.arrayContaining(['2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts']));
  });

  it('reads "then Prime Minister Abe Shinzo and Russian President Vladimir Putin agreed" as a pair, and the four islands named one by one', () => {
    const pair = extract(['In November 2018, then Prime Minister Abe Shinzo and Russian President Vladimir Putin agreed in Singapore to accelerate negotiations on the basis of the 1956 Japan-Soviet Joint Declaration on the Kurils.'], '2022-02-07T08:00:00Z');
    expect(signals(pair)).toEqual(expect.arrayContaining(['2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts']));
    const named = extract(['Japan continues to lay claim to Iturup, Kunashir, Shikotan and the Habomai group of the Kurils.'], '2022-03-25T08:00:00Z');
    expect(signals(named)).toEqual(['2022-03-25 japan sovereignty=japan-all-four']);
  });

  it('reads "build the talks on the 1956 declaration" as taking it as the basis (not "built only on" it), and "declined to reaffirm" it as a rejection', () => {
    const build = extract(['Mr. Putin also said on Tuesday that Russia still wanted to build the talks on the 1956 declaration on the Kurils.'], '2019-01-24T08:00:00Z');
    expect(signals(build)).toContain('2019-01-22 russia basis-1956=accepts');
    const only = extract(['"Negotiations built only on the 1956 declaration are not something we can accept," the Kuril former residents\' league said on Friday.'], '2018-11-17T08:00:00Z');
    expect(signals(only).filter((s) => s.includes('accepts'))).toEqual([]);
    const declined = extract(['In April 1991 Mikhail Gorbachev declined to reaffirm the 1956 declaration\'s transfer clause on the Kuril islands.'], '2019-01-24T08:00:00Z');
    expect(signals(declined)).toEqual(['1991-04 russia basis-1956=rejects']);
  });

  it('reads "the government in Tokyo" as Japan\'s government, not a place (but not "the occupation authorities in Tokyo")', () => {
    const events = extract(['The government in Tokyo maintains that the four islands -- Etorofu, Kunashiri, Shikotan and the Habomai islets -- are Japanese territory.'], '2009-05-25T08:00:00Z');
    expect(signals(events)).toEqual(['2009-05-25 japan sovereignty=japan-all-four']);
    const occupation = extract(['In December 1945 residents sent a petition to the occupation authorities in Tokyo asking for the Kuril islands to be returned.'], '2009-05-25T08:00:00Z');
    expect(signals(occupation).filter((s) => s.includes(' japan '))).toEqual([]);
  });

  it('reads "..., the resolution reads" as the resolution of the public or group last named', () => {
    const events = extract(
      [
        'About 1,000 people attended the national rally in Tokyo organized by the Chishima Habomai Islands Residents League on Tuesday.',
        '"We strongly demand the early return of Etorofu, Kunashiri, Shikotan and the Habomai Islands, which are our nation\'s inherent territory," the resolution reads.',
      ],
      '2023-02-08T08:00:00Z',
    );
    expect(signals(events).map((s) => s.slice(11))).toEqual(expect.arrayContaining(['japanese-public sovereignty=japan-all-four', 'japanese-public handover=supports']));
  });

  it('dates a sitting\'s answers by the date line that heads it ("Thursday, Jan. 21, 2021"), intentions stated in an answer too', () => {
    const text = prepareArticleText(
      [
        'SUMMARY OF DIET DELIBERATIONS',
        '',
        '1. House of Representatives, Plenary Sitting',
        'Thursday, Jan. 21, 2021',
        '',
        'Q. Keiji Nakahara (Constitutional Democratic Party of Japan): Does the Prime Minister intend to carry forward the approach on the Kuril islands?',
        '',
        'A. Prime Minister Yoshihide Suga: The Government will continue to negotiate with Russia with determination toward the conclusion of a peace treaty.',
        '',
        '2. House of Representatives, Budget Committee',
        'Wednesday, Feb. 17, 2021',
        '',
        'Q. Sayuri Tomita (Japanese Communist Party): Has the Government changed its view of the Northern Territories?',
        '',
        'A. Minister for Foreign Affairs Toshimitsu Motegi: There has been no change whatsoever. The Northern Territories are islands over which Japan has sovereignty.',
      ].join('\n'),
    );
    const events = extractNewsEvents({ text, publishedAt: '2021-06-25T03:00:00Z' }, codebook);
    expect(signals(events)).toEqual(expect.arrayContaining(['2021-01-21 japan peace-treaty=seeks', '2021-02-17 japan sovereignty=japan-all-four']));
  });

  it('goes back to the past a paragraph left when a later sentence of it names a holder of that past office', () => {
    const events = extract(
      [
        'Kozo Hirabayashi, a diplomat who worked on the Kuril dispute, died on March 8 in Tokyo.',
        'When Mikhail Gorbachev arrived in Tokyo in the spring of 1991, the team argued over a single paragraph.',
        'The result was a compromise. In the joint statement, Gorbachev and Prime Minister Toshiki Kaifu agreed to speed up work toward a peace treaty.',
      ],
      '2017-03-14T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1991-03/1991-05 japan peace-treaty=seeks', '1991-03/1991-05 russia peace-treaty=seeks']));
  });

  it('reads a "Background (editorial note):" label as the story\'s own voice, not a commentator', () => {
    const events = extract(['Background (Digest editorial note): In 1956 the Soviet Union agreed to transfer Habomai and Shikotan to Japan after a peace treaty on the Kuril dispute.'], '2021-06-25T08:00:00Z');
    expect(signals(events)).toEqual(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']);
  });

  it('reads a newsletter lead-in ("Worth noting: ...") as no speaker', () => {
    const events = extract(['Worth noting: Kishida used almost the same words in his policy speech to the Diet on January 30, pledging again to resolve the territorial issue and conclude a treaty on the Kurils.'], '2024-02-09T08:00:00Z');
    expect(signals(events)).toContain('2024-01-30 japan peace-treaty=seeks');
  });

  it('reads a peace treaty "off the agenda" as suspended talks', () => {
    const events = extract(['Foreign Ministry spokeswoman Maria Zakharova said on Thursday that a peace treaty is "off the agenda" for Moscow as long as Japan pursues an unfriendly course over the Kurils.'], '2024-02-09T08:00:00Z');
    expect(signals(events)).toContain('2024-02-08 russia peace-treaty=suspended');
  });

  it('reads "Japan had to accept, as a first step, that the islands had become Russian" and "Japan must accept that outcome" as recognition first', () => {
    const firstStep = extract(['In January 2019, Foreign Minister Sergei Lavrov said Japan had to accept, as a first step, that the Kuril islands had become Russian territory as a lawful outcome of the war.'], '2020-08-28T08:00:00Z');
    expect(signals(firstStep)).toContain('2019-01 russia sequencing=recognition-first');
    const outcome = extract(['Moscow maintains that the Kuril islands became Russian legitimately as a result of the war, and that Japan must accept that outcome.'], '2022-03-22T08:00:00Z');
    expect(signals(outcome)).toContain('2022-03-22 russia sequencing=recognition-first');
  });

  it('gives an interview\'s "A:" answers to whom the introduction sat down with', () => {
    const events = extract(
      [
        'Ahead of Wednesday\'s Northern Territories Day, we sat down with Tetsuo Kamiyama, 87, chairman of the Chishima Habomai Islands Residents League.',
        'Q: What do you want from the government?',
        'A: Etorofu, Kunashiri, Shikotan and the Habomai islands are Japanese land, all four of them, and they must be returned to Japan.',
      ],
      '2024-02-05T08:00:00Z',
    );
    expect(signals(events).map((s) => s.slice(11))).toEqual(expect.arrayContaining(['japanese-public sovereignty=japan-all-four']));
    expect(signals(events).some((s) => s.includes(' japan '))).toBe(false);
  });

  it('keeps a quotation signed after a dash in a quote roundup and gives it to its signer, on the day the signature says', () => {
    const text = prepareArticleText(
      [
        'WHAT THEY SAID',
        '',
        '"The joint activities on the Kurils will take place on Russian territory, and there can be no question of that." - Yuri Ushakov, Kremlin foreign policy aide, in Nagato on Thursday',
      ].join('\n'),
    );
    const events = extractNewsEvents({ text, publishedAt: '2016-12-16T08:00:00Z' }, codebook);
    expect(signals(events)).toEqual(['2016-12-15 russia sovereignty=russia-all']);
  });

  it('reads "confirmed it as the basic legal document" after the 1956 declaration as taking it as the basis, for both who confirmed it past an aside', () => {
    const events = extract(['The 1956 declaration on the Kurils returned to the table in March 2001, when Mr. Putin and then prime minister Yoshiro Mori, meeting in Irkutsk, confirmed it as the basic legal document and the starting point of the negotiating process.'], '2018-11-16T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2001-03-25 russia basis-1956=accepts', '2001-03-25 japan basis-1956=accepts']));
  });

  it('reads "the state-run Example-24 channel" as the state media actor, and its anchor as its voice', () => {
    const events = extract(['Moscow\'s state-run Example-24 channel led its evening news with the story. The anchor called the video "a provocation" and told viewers the Kurils "were, are and will remain Russian land."'], '2022-02-08T08:00:00Z');
    expect(signals(events).map((s) => s.slice(11))).toEqual(expect.arrayContaining(['russian-state-media sovereignty=russia-all']));
  });

  it('reads "a region of the Russian Federation" as a claim to the islands, but not the constitution\'s ban on alienating "part of the territory of the Russian Federation"', () => {
    const region = extract(['Peskov said on Tuesday the Kurils were "a region of the Russian Federation" and that the question was "not on the agenda".'], '2015-09-23T08:00:00Z');
    expect(signals(region)).toEqual(['2015-09-22 russia sovereignty=russia-all']);
    const ban = extract(['The amended constitution bans the alienation of part of the territory of the Russian Federation, Moscow says of the Kurils.'], '2020-07-05T08:00:00Z');
    expect(signals(ban).filter((s) => s.includes('sovereignty'))).toEqual([]);
  });

  it('reads residents having to accept that "the islands\' status would change" as Japan\'s support for a handover', () => {
    const events = extract(['In a New Year interview, Abe said Russian residents of the Kuril islands would need to "understand and accept" that the islands\' status would change when they were returned to Japan.'], '2019-01-09T08:00:00Z');
    expect(signals(events).map((s) => s.slice(s.indexOf(' ') + 1))).toContain('japan handover=supports');
  });

  it('dates "agreed in Singapore" by the codebook\'s date for that meeting when the clause gives none', () => {
    const events = extract(['Abe and Putin agreed in Singapore to speed up peace treaty talks on the basis of the 1956 declaration on the Kurils.'], '2018-12-15T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts']));
  });

  it('takes the subject of a sentence, not the partner after "with", as whom the next "he said" means', () => {
    const events = extract(
      [
        'On January 14, after talks with Taro Kono in Moscow, Sergei Lavrov laid it out without diplomatic padding. Japan, he said, must first fully recognise the outcome of the Second World War, including Russia\'s sovereignty over the Kuril islands.',
      ],
      '2019-01-27T08:00:00Z',
    );
    expect(signals(events)).toContain('2019-01-14 russia sequencing=recognition-first');
    expect(signals(events).some((s) => s.includes(' japan '))).toBe(false);
  });

  it('reads "a Foreign Ministry spokeswoman in Moscow said" as Russia\'s, and "the governor told" as the governor last named', () => {
    const spokeswoman = extract(['A Foreign Ministry spokeswoman in Moscow said last week that the Kuril islands were Russian territory.'], '2023-02-07T08:00:00Z');
    expect(signals(spokeswoman)).toEqual(['2023-01-30/2023-02-05 russia sovereignty=russia-all']);
    const governor = extract(['Governor Valery Limarenko called the proposal a gift for the region.', '"The Kuril Islands are Russian land, and people here deserve to live no worse than anywhere else," the governor told our channel on Friday.'], '2021-07-26T08:00:00Z');
    expect(signals(governor)).toEqual(['2021-07-23 russia sovereignty=russia-all']);
  });

  it('reads a clause without a verb in its sentence\'s tense ("... ran aground can be dated: January 14, the first round ...")', () => {
    const events = extract(['The moment the Kuril talks ran aground can be dated fairly precisely: January 14, the first round of formal negotiations between Lavrov and Kono.'], '2019-09-12T08:00:00Z');
    expect(events.map((e) => e.date)).toEqual(['2019-01-14']);
  });

  it('reads joint work that would "build the trust we need for a peace treaty" as seeking one', () => {
    const events = extract(['Galuzin said on Monday that joint work on the Kuril islands would "build the trust we need for a peace treaty."'], '2019-10-30T08:00:00Z');
    expect(signals(events)).toEqual(['2019-10-28 russia peace-treaty=seeks']);
  });

  it('reads "Japan has long sought all four" as a claim to all four Kuril islands', () => {
    const events = extract(['Japan has long sought all four of the Kuril islands.'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-21 japan sovereignty=japan-all-four']);
  });

  it('reads "has said repeatedly" and "has stated on many occasions" as a standing position, held at publication', () => {
    const events = extract(['The talks on the Kurils began on Monday. Mr Putin has said repeatedly that he regards the 1956 declaration as valid.'], '2017-09-30T08:00:00Z');
    expect(signals(events)).toEqual(['2017-09-30 russia basis-1956=accepts']);
  });

  it('gives the demand a rally is named by to whom it says organised it, not to a state speaker there', () => {
    const events = extract(['Prime Minister Naoto Kan spoke on Monday at an annual rally organised by former islanders\' groups to demand the Kuril territories back.'], '2011-02-14T08:00:00Z');
    expect(signals(events).map((s) => s.slice(s.indexOf(' ') + 1))).toEqual(['japanese-public handover=supports']);
  });

  it('reads "the following spring" and "that autumn" from the story\'s date, and "The Russians proposed" as the Russian side', () => {
    const events = extract(
      [
        'In 1997, at a summit in Krasnoyarsk, Hashimoto and Yeltsin agreed to conclude a peace treaty by 2000.',
        'The following spring, at a resort in Kawana, Hashimoto proposed a border north of Etorofu. Moscow\'s answer came that autumn: the Russians proposed signing a peace treaty first and leaving the Kuril border to a separate agreement later.',
      ],
      '2017-03-14T08:00:00Z',
    );
    expect(events.map((e) => e.date)).toContain('1998-03/1998-05');
    expect(signals(events)).toEqual(expect.arrayContaining(['1998-09/1998-11 russia peace-treaty=seeks']));
    expect(signals(events).some((s) => s.includes('russian-public'))).toBe(false);
  });

  it('reads a pair joined by ", and" after a time phrase as both ("Abe\'s successor, Yoshihide Suga, and Putin agreed")', () => {
    const events = extract(["Abe's successor, Yoshihide Suga, and Putin agreed by telephone last September to continue the dialogue, including on a peace treaty over the Kurils."], '2021-07-27T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2020-09 japan peace-treaty=seeks', '2020-09 russia peace-treaty=seeks']));
  });

  it('gives a plural subject opening its own conjunct, or bound by a declaration, to both sides', () => {
    const events = extract(
      [
        'In 1956 the Soviet Union agreed to hand Shikotan and the Habomai islets to Japan once a treaty was concluded, and both sides pledged to keep negotiating one over the Kurils.',
        'The 1993 Tokyo Declaration named all four islands and committed both governments to settle the question of their attribution and then conclude a peace treaty.',
      ],
      '2011-02-08T08:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['1956 japan peace-treaty=seeks', '1956 russia peace-treaty=seeks', '1993-10-13 russia sequencing=territory-first', '1993-10-13 japan sequencing=territory-first']),
    );
    expect(signals(events).filter((s) => s.includes('handover'))).toEqual(['1956 russia handover=supports']);
  });

  it('reads "both ministers said they wanted" after a conjunct as both sides, not the pronoun before it', () => {
    const events = extract(['Lavrov met Kono in Moscow on Monday. He described the talks as frank, and both ministers said they wanted negotiations on the Kuril peace treaty to continue.'], '2019-01-16T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-14 russia peace-treaty=seeks', '2019-01-14 japan peace-treaty=seeks']);
  });

  it('dates an act a speaker recounts in a quotation ("Last October ... we confirmed") by the quotation, not the saying', () => {
    const events = extract(
      ['"Last October, in my first telephone talks with President Putin, we confirmed that the two sides would continue negotiations on the Kuril peace treaty issue," Kishida said on Monday.'],
      '2022-02-08T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2021-10 russia peace-treaty=seeks', '2021-10 japan peace-treaty=seeks']);
  });

  it('reads "In the 1956 declaration, which restored relations, the two sides agreed" as one clause whose subject is both sides', () => {
    const events = extract(
      ['Japan and Russia met on the Kurils. In the 1956 declaration, which restored diplomatic relations, the two sides agreed to keep negotiating a peace treaty, and the Soviet Union promised to hand Shikotan to Japan once such a treaty was signed.'],
      '2018-11-15T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia peace-treaty=seeks', '1956-10-19 japan peace-treaty=seeks', '1956-10-19 russia handover=supports']));
  });

  it('reads "agreed in Singapore in November 2018 to accelerate talks" as both leaders seeking the treaty (the summit day)', () => {
    const agreed = extract(['Putin and Prime Minister Shinzo Abe agreed in Singapore in November 2018 to accelerate talks on the Kurils.'], '2020-06-20T08:00:00Z');
    expect(signals(agreed)).toEqual(['2018-11-14 russia peace-treaty=seeks', '2018-11-14 japan peace-treaty=seeks']);
  });

  it('reads a digest item\'s dateline with a full stop and a year ("MOSCOW. Jan 14, 2019 (Example Newswire) - ") as its day', () => {
    const events = extract(
      [
        'MOSCOW. July 27 (Example Newswire) - Example Newswire has compiled statements by Russian officials on the Kurils.',
        'MOSCOW. Jan 14, 2019 (Example Newswire) - Russian sovereignty over the Kuril islands "is not up for discussion," Foreign Minister Sergei Lavrov told journalists.',
      ],
      '2021-07-27T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2019-01-14 russia sovereignty=russia-all']);
  });

  it('dates what a podcast guest recounts as agreed by the story told before, and "they" by the pair named before a sentence that names no one', () => {
    const events = extract(
      [
        '[Transcript excerpt. Guest: Kenji Morioka, professor of international relations at a university in Kyoto.]',
        'DANA WHITFIELD: Six years ago today, in Singapore, Shinzo Abe and Vladimir Putin came out of a meeting on the Kurils and announced something. Kenji, remind us what they agreed.',
        'KENJI MORIOKA: They agreed to speed up negotiations on a peace treaty on the basis of the 1956 Joint Declaration.',
      ],
      '2024-11-14T05:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2018-11-14 japan peace-treaty=seeks', '2018-11-14 russia peace-treaty=seeks', '2018-11-14 japan basis-1956=accepts', '2018-11-14 russia basis-1956=accepts']),
    );
  });

  it('dates "in it the Soviet Union agreed", without a comma, by the document named before', () => {
    const events = extract(
      ['In September 2018 Putin spoke about the Kurils. The 1956 Joint Declaration restored diplomatic ties; in it the Soviet Union agreed to transfer Shikotan and the Habomai islets to Japan after a peace treaty was concluded.'],
      '2018-11-15T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports']));
  });

  it('dates "The 1956 declaration remained the basis, he said" by the saying, not by the document', () => {
    const events = extract(['The Foreign Ministry spokesman Alexander Yakovenko spoke on Monday about the Kurils. The 1956 declaration remained the basis for the talks, he said.'], '2001-03-27T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2001-03-26 russia basis-1956=accepts']));
    expect(signals(events).some((s) => s.startsWith('1956'))).toBe(false);
  });

  it('dates "Under it, ..." after "The Joint Declaration signed that October" by the story then, not an older document', () => {
    const events = extract(
      [
        'Moscow retorted that the United States had signed the 1945 Yalta agreement handing the Kurils to the Soviet Union.',
        'In 1956 Tokyo and Moscow negotiated. The Soviet-Japanese Joint Declaration signed that October ended the state of war. Under it, Moscow agreed to hand Shikotan and the Habomai islets over to Japan once a peace treaty was concluded.',
      ],
      '2022-04-28T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10 russia handover=supports']));
  });

  it('dates what was said at the national rally, with no other date, by its last 7 February (codebook annualDays)', () => {
    const events = extract(['Prime Minister Fumio Kishida told the national rally in Tokyo that his government would keep negotiating a peace treaty over the Kurils.'], '2022-02-09T08:00:00Z');
    expect(signals(events)).toEqual(['2022-02-07 japan peace-treaty=seeks']);
    const january = extract(['Prime Minister Fumio Kishida told the national rally in Tokyo that his government would keep negotiating a peace treaty over the Kurils.'], '2022-01-20T08:00:00Z');
    expect(signals(january)).toEqual(['2021-02-07 japan peace-treaty=seeks']);
  });

  it('reads "islands over which our country holds sovereignty" as the speaker\'s claim to all four', () => {
    const events = extract(['"The Northern Territories are islands over which our country holds sovereignty, and that has not changed," Chief Cabinet Secretary Yoshihide Suga told a news conference on Friday.'], '2019-08-03T08:00:00Z');
    expect(signals(events)).toEqual(['2019-08-02 japan sovereignty=japan-all-four']);
  });

  it('reads "had never walked away from the talks" and "called the absence of a peace treaty absurd" as seeking the treaty', () => {
    const events = extract(['At the forum on Friday, President Vladimir Putin called the absence of a peace treaty with Japan absurd and said Russia had never walked away from the talks on the Kurils.'], '2021-09-05T08:00:00Z');
    expect(signals(events)).toEqual(['2021-09-03 russia peace-treaty=seeks']);
  });

  it('reads "travels around Russian regions as he sees fit" and "an important region of our country" as claiming the islands', () => {
    const events = extract(
      [
        'Prime Minister Mikhail Mishustin visited Iturup in the Kurils on Monday. "The head of the government travels around Russian regions as he sees fit," Kremlin spokesman Dmitry Peskov told journalists the same day.',
        'In 2010 Medvedev went to Kunashir, declaring on his return that the southern Kurils were "an important region of our country."',
      ],
      '2021-07-27T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2021-07-26 russia sovereignty=russia-all', '2010 russia sovereignty=russia-all']));
  });

  it('prefers the day a clause names beside a story step ("a week later, on January 22") to the step counted', () => {
    const events = extract(['The first round of the Kuril talks took place in Moscow on January 14; a week later, on January 22, Mr Putin and Mr Abe met in the Kremlin and agreed to continue the peace treaty negotiations.'], '2019-02-18T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-22 russia peace-treaty=seeks', '2019-01-22 japan peace-treaty=seeks']);
  });

  it('reads a sentence opening "It urged ..." as the body the sentence before named or let speak', () => {
    const events = extract(
      [
        'The Chishima Habomai Islands Residents League, the association of former islanders, issued a statement on Friday expressing concern over the Kuril amendment. It urged the government to negotiate with determination for the return of all four islands.',
      ],
      '2020-07-04T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2020-07-03 japanese-public handover=supports']));
    expect(signals(events).some((s) => s.includes(' japan '))).toBe(false);
  });

  it('reads "In October 1956 the two countries ... They agreed ..." as both, and "hand Japan Shikotan" as the handover of two islands', () => {
    const events = extract(
      ['Japan and Russia argue over the Kurils.', 'In October 1956 the two countries restored diplomatic relations with a joint declaration. They agreed to keep negotiating a peace treaty, and Moscow agreed that once a treaty was signed it would hand Japan Shikotan and the Habomai islets.'],
      '2016-12-14T08:00:00Z',
    );
    expect(signals(events)).toEqual(
      expect.arrayContaining(['1956-10 japan peace-treaty=seeks', '1956-10 russia peace-treaty=seeks', '1956-10 russia sovereignty=two-islands', '1956-10 russia handover=supports']),
    );
  });

  it('dates "the 1956 Joint Declaration, the document in which Moscow promised ..." by the document, and keeps "in which the two countries agreed" theirs', () => {
    const events = extract(
      ['In November 2018 Putin and Abe agreed in Singapore to speed up the Kuril talks on the basis of the 1956 Joint Declaration, the document in which Moscow promised to hand over Shikotan and the Habomai islets once a treaty was signed.'],
      '2022-03-24T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports', '1956-10-19 russia sovereignty=two-islands']));
    const agreed = extract(['Both sides still cite the Tokyo Declaration of 1993, in which Moscow and Tokyo agreed to continue negotiations towards a peace treaty over the Kurils.'], '2022-03-24T08:00:00Z');
    expect(signals(agreed)).toEqual(expect.arrayContaining(['1993-10-13 russia peace-treaty=seeks', '1993-10-13 japan peace-treaty=seeks']));
  });

  it('reads a placard "No to any surrender of the islands" as opposing a handover', () => {
    const events = extract(['On Sunday a dozen nationalist activists held a picket in Yuzhno-Sakhalinsk, holding up placards reading "No to any surrender of the Kuril islands."'], '2017-07-03T08:00:00Z');
    expect(signals(events)).toEqual(['2017-07-02 russian-nationalists handover=opposes']);
  });

  it('reads "That declaration, signed in October 1956, states that the Soviet Union would hand over ..." as what the document provides, not a future event', () => {
    const events = extract(
      ['Abe and Putin agreed to work on the basis of the 1956 Joint Declaration on the Kurils.', 'That declaration, signed in October 1956, states that the Soviet Union would hand over Shikotan and the Habomai islets to Japan after a peace treaty was concluded.'],
      '2019-09-19T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports', '1956-10-19 russia sovereignty=two-islands']));
  });

  it('reads "they agreed only to keep negotiating" after "The two leaders" as both seeking the treaty', () => {
    const events = extract(['Putin came to Osaka for the G20 summit. The two leaders did not sign a Kuril deal. At their meeting on June 29 they agreed only to keep negotiating.'], '2019-09-19T08:00:00Z');
    expect(signals(events)).toEqual(['2019-06-29 russia peace-treaty=seeks', '2019-06-29 japan peace-treaty=seeks']);
  });

  it('reads "their association wrote" after former Japanese islanders as the islanders\' public, not the addressee', () => {
    const events = extract(
      ['Former Japanese islanders, whose average age is now over 80, have lobbied Tokyo for decades over the Kurils. Earlier this month their association wrote to Mr Abe urging him to keep pressing for the return of all four islands.'],
      '2016-12-14T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2016-12-01/2016-12-14 japanese-public handover=supports']));
    expect(signals(events).some((s) => s.includes(' japan '))).toBe(false);
  });

  it('reads "would hand over nothing until all foreign troops had left" as opposing the handover, and not "Japan had given up nothing"', () => {
    const events = extract(['Moscow declared in January 1960 that it would hand over nothing until all foreign troops had left Japanese soil, hardening its line on the Kurils.'], '2016-12-14T08:00:00Z');
    expect(signals(events)).toEqual(['1960-01 russia handover=opposes']);
    const nothing = extract(['Briefing reporters in Irkutsk on the Kurils on Sunday, Hirabayashi insisted that Japan had given up nothing.'], '2001-03-27T08:00:00Z');
    expect(signals(nothing)).toEqual([]);
  });

  it('reads "Russians are largely hostile to any handover" as the Russian public opposing it now', () => {
    const events = extract(['Putin visits Japan on Thursday to discuss the Kurils. Russians are largely hostile to any handover.'], '2016-12-14T08:00:00Z');
    expect(signals(events)).toEqual(['2016-12-14 russian-public handover=opposes']);
  });

  it('reads a compound subject ("An Abe-Putin summit produced an agreement to keep talking") as both', () => {
    const events = extract(['An Abe-Putin summit in Moscow eight days earlier produced only an agreement to keep talking about the Kurils.'], '2019-06-30T08:00:00Z');
    expect(signals(events).map((s) => s.slice(s.indexOf(' ') + 1))).toEqual(['japan peace-treaty=seeks', 'russia peace-treaty=seeks']);
  });

  it('reads "In its ninth article" after "the Joint Declaration of Oct. 19, 1956, is ..." as of the declaration, past the abbreviation', () => {
    const events = extract(
      [
        'Hatoyama and Bulganin signed a brief document that reopened embassies shut since 1945.',
        'The Soviet-Japanese Joint Declaration of Oct. 19, 1956, is still the only text on the Kurils ratified by both parliaments. In its ninth article the Soviet Union pledged to hand Shikotan and the Habomai islets over to Japan once a peace treaty had been concluded.',
      ],
      '2021-10-19T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports']));
  });

  it('reads "on the basis of the agreements so far, including the 1956 declaration" and "using that document as their basis" as accepting the 1956 basis', () => {
    const events = extract(
      ['On October 7 Kishida and Putin spoke by telephone about the Kurils, and the two leaders agreed to keep negotiating a treaty on the basis of the agreements reached so far, including the 1956 declaration.'],
      '2021-10-19T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2021-10-07 japan basis-1956=accepts', '2021-10-07 russia basis-1956=accepts']));
  });

  it('reads "agreed only that the negotiations should continue" and "Japan\'s goal of a treaty had not changed" as seeking the treaty', () => {
    const events = extract(
      ['When Abe flew to Moscow on January 22, he and Putin agreed only that the negotiations should continue on the Kurils. Kishida insisted on March 22 that Japan\'s goal of a peace treaty had not changed.'],
      '2022-04-28T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2022-03-22 japan peace-treaty=seeks']));
    expect(signals(events).filter((s) => s.includes('russia peace-treaty=seeks'))).toHaveLength(1);
  });

  it('dates "In the declaration, ..." by the date the sentence naming it gives ("Eleven years after the war")', () => {
    const events = extract(
      ['Abe flies to Moscow this week to discuss the Kurils.', '* Eleven years after the war, the Soviet Union and Japan restored diplomatic ties with a Joint Declaration.', '* In the declaration, Moscow agreed to hand Shikotan and the Habomais over to Japan once a peace treaty was signed.'],
      '2019-01-21T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956 russia handover=supports']));
  });

  it('reads "For the next three decades Moscow denied that any territorial issue existed" as a claim held over the decades from the story\'s year', () => {
    const events = extract(['In January 1960 Moscow attached a new condition over the Kurils. For the next three decades Moscow denied that any territorial issue existed.'], '2018-12-10T08:00:00Z');
    expect(signals(events)).toEqual(['1960/1990 russia sovereignty=russia-all']);
  });

  it('reads a state-TV host named far from the channel, and "a presenter" after "state television", as the state media', () => {
    const events = extract(
      [
        'On Sunday evening, Yevgeny Sokolin, host of the flagship weekly current affairs program on the state channel Example-1, told viewers that the Japanese could admire the Kurils from Hokkaido. "The islands are Russian and will remain Russian," he said.',
        'Russian state television has been blunter still. A presenter on a prime-time talk show told viewers that no Russian government would ever hand back an inch of the Kurils.',
      ],
      '2022-03-28T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2022-03-27 russian-state-media sovereignty=russia-all']));
    expect(signals(events).some((s) => s.includes('russian-state-media handover=opposes'))).toBe(true);
    expect(signals(events).some((s) => / russia /.test(s))).toBe(false);
  });

  it('reads "According to a Japanese official, the two leaders reaffirmed the agreement struck by Abe and Putin in 2018 ..." as both, dated by the call', () => {
    const events = extract(
      ['Suga and Putin spoke by phone on Tuesday about the Kurils. According to a Japanese government official who briefed reporters afterward, the two leaders reaffirmed the agreement struck by Abe and Putin in 2018 to accelerate treaty negotiations on the basis of the 1956 Japan-Soviet Joint Declaration.'],
      '2020-09-30T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2020-09-29 japan basis-1956=accepts', '2020-09-29 russia basis-1956=accepts']));
  });

  it('reads a subject coordinated past a predicate with commas ("Russian officials describe the islands as Russian soil, integral to ..., and say ...") as the speaker', () => {
    const events = extract(
      ['Japan protested over the Kurils. Russian officials describe the islands as Russian soil, integral to the Sakhalin region, and say there can be no return to talks while Tokyo maintains its course.'],
      '2023-08-22T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2023-08-22 russia sovereignty=russia-all']));
    expect(signals(events).some((s) => s.includes(' japan '))).toBe(false);
  });

  it('reads a broadcast script\'s "SOUNDBITE, NAME, role:" cue as its speaker', () => {
    const events = extract(
      ['CORRESPONDENT: Governor Oleg Kozhemyako commented on the Sochi talks today.', 'SOUNDBITE, OLEG KOZHEMYAKO, Governor of the Sakhalin Region: The Kuril Islands are Russian territory.'],
      '2016-05-07T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2016-05-07 russia sovereignty=russia-all']);
  });

  it('keeps what an "as" clause recalls ("..., as the two leaders agreed in Singapore last November") from dating the story after it', () => {
    const events = extract(
      [
        'MOSCOW, May 10 (Example Novosti) - Foreign Minister Sergei Lavrov held talks with Taro Kono on the Kurils on Friday. The negotiations, he continued, are being conducted on the basis of the 1956 declaration, as the two leaders agreed in Singapore last November.',
        '"Until our Japanese colleagues recognise the results of the war, we will not be able to move forward," he said.',
      ],
      '2019-05-10T18:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['2019-05-10 russia sequencing=recognition-first']));
  });

  it('knows state TV\'s best-known hosts by name ("Olga Skabeyeva told viewers ...")', () => {
    const events = extract(['On Sunday, Olga Skabeyeva told viewers of her talk show that the Kurils are Russian land.'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-20 russian-state-media sovereignty=russia-all']);
  });

  it('reads what a position implies for its holder as the codebook has it (nationalists chanting "The Kurils are Russian land!" refuse any handover)', () => {
    const events = extract(['On Sunday several hundred nationalists rallied in central Moscow under banners reading "The Kurils are Russian land!"'], '2019-01-21T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-20 russian-nationalists sovereignty=russia-all', '2019-01-20 russian-nationalists handover=opposes']);
    const state = extract(['On Sunday Foreign Minister Sergei Lavrov said the Kurils are Russian land.'], '2019-01-21T08:00:00Z');
    expect(signals(state)).toEqual(['2019-01-20 russia sovereignty=russia-all']);
  });

  it('reads "the waters around the islands were unquestionably Russian" as a claim, an adverb between', () => {
    const events = extract(['A spokesman for the ministry, Mikhail Kamynin, said on Wednesday the waters around the Kuril islands were unquestionably Russian.'], '2006-08-17T08:00:00Z');
    expect(signals(events)).toEqual(['2006-08-16 russia sovereignty=russia-all']);
  });

  it('reads "Last year\'s edition stated that ..." after the Diplomatic Bluebook as the Bluebook\'s, of last year', () => {
    const events = extract(['Foreign Minister Taro Kono submitted the 2019 Diplomatic Bluebook, with its chapter on the Northern Territories, to the Cabinet on Tuesday. Last year\'s edition stated that "the four northern islands belong to Japan."'], '2019-04-24T08:00:00Z');
    expect(signals(events)).toEqual(['2018 japan sovereignty=japan-all-four']);
  });

  it('dates a view held in the present inside a timeline entry ("* 1951 - ... Tokyo argues that ...") at publication, the entry\'s act by the entry', () => {
    const events = extract(
      ['Key dates in the Kuril Islands dispute:', '* 1951 - Under the San Francisco Peace Treaty, Japan renounced the Kurils. Tokyo argues that the four islands it calls the Northern Territories were never part of the Kurils and that they belong to Japan.'],
      '2022-09-06T08:00:00Z',
    );
    expect(signals(events)).toEqual(['2022-09-06 japan sovereignty=japan-all-four']);
  });

  it('reads "islands controlled by Moscow but claimed by Tokyo" as Tokyo\'s claim, and dates an agreement by its day, not by the "next month" it set', () => {
    const events = extract(
      ['Japan and Russia agreed on Thursday to send a survey team as early as next month to the islands controlled by Moscow but claimed by Tokyo, as a step toward concluding a peace treaty.'],
      '2017-04-28T08:00:00Z',
    );
    // (The claim said of the islands stands at publication.)
    expect(signals(events)).toEqual(['2017-04-27 japan peace-treaty=seeks', '2017-04-27 russia peace-treaty=seeks', '2017-04-28 japan sovereignty=japan-all-four']);
  });

  it('gives "the islands claimed by Japan" in a poll\'s sentence to Japan, not to the poll\'s public', () => {
    const events = extract(['A survey by an independent pollster, released on Friday, found that most Russians oppose giving the four Russian-held Kuril islands claimed by Japan to Tokyo.'], '2018-12-01T08:00:00Z');
    expect(signals(events)).not.toContain('2018-11-30 russian-public sovereignty=japan-all-four');
    // (The claim said of the islands stands at publication, not on the day of the poll.)
    expect(signals(events)).toContain('2018-12-01 japan sovereignty=japan-all-four');
  });

  it('reads "Japan claims the Soviet Union illegally seized ..." as Japan\'s claim made now, not as the seizure\'s date', () => {
    const events = extract(['Japan claims the Soviet Union illegally seized the four Kuril islands soon after Japan\'s surrender in 1945.'], '2022-03-21T08:00:00Z');
    expect(signals(events)).toEqual(['2022-03-21 japan sovereignty=japan-all-four']);
    const noun = extract(['Japan claims all four Kuril islands, while Moscow says they became Russian territory lawfully as a result of the war.'], '2022-03-22T08:00:00Z');
    expect(signals(noun)).toContain('2022-03-22 russia sovereignty=russia-all');
  });

  it('reads the islands annexed by, or declared territory of, the Soviet Union as its claim, dated by "after WWII"', () => {
    expect(signals(extract(['The Kuril islands were annexed by the Soviet Union after WWII.'], '2009-07-07T08:00:00Z'))).toEqual(['1945~ russia sovereignty=russia-all']);
    expect(signals(extract(['After the end of World War II, all the Kuril Islands were declared the territory of the Soviet Union.'], '2016-04-13T08:00:00Z'))).toEqual(['1945~ russia sovereignty=russia-all']);
    expect(signals(extract(['The dispute dates back to 1945, when Soviet forces annexed the Kuril archipelago.'], '2014-02-18T08:00:00Z'))).toEqual(['1945 russia sovereignty=russia-all']);
  });

  it('dates a proposal by when it was made, not by the deadline it sets ("before the end of this year"), and reads "the only way ... is for Japan to recognize the borders" as a condition', () => {
    const events = extract(['On Wednesday Putin turned to Abe at the forum in Vladivostok with an offer on the Kurils dispute: "Let\'s conclude a peace treaty before the end of this year, without any preconditions."'], '2018-09-13T08:00:00Z');
    expect(signals(events)).toContain('2018-09-12 russia peace-treaty=seeks');
    const condition = extract(['Zakharova said on Tuesday that the only way to resume dialogue on the Kurils is for Japan to recognize the existing borders.'], '2024-12-18T08:00:00Z');
    expect(signals(condition)).toContain('2024-12-17 russia sequencing=recognition-first');
  });

  it('reads no aim in what stands in the way of a treaty, nor a handover in returning to normal life', () => {
    expect(signals(extract(['The Kuril Islands dispute has soured Moscow-Tokyo relations for decades and remains the main stumbling block to signing a permanent peace treaty.'], '2021-03-03T08:00:00Z'))).toEqual([]);
    expect(signals(extract(['Peskov said on Wednesday that contacts on the Kurils were intensive and expressed hope that they would continue after we all return to normal life.'], '2021-03-03T08:00:00Z'))).toEqual([]);
  });

  it('knows the speaker behind an honorific ("According to Mr. Putin, ...", \'... ," said Mr. Lavrov.\')', () => {
    expect(signals(extract(['According to Mr. Putin, Russia does not have a territorial dispute with Japan over the Kurils.'], '2016-12-14T08:00:00Z'))).toEqual(['2016-12-14 russia sovereignty=russia-all']);
    expect(signals(extract(['"The Kurils are ours," said Mr. Lavrov.'], '2016-12-14T08:00:00Z'))).toEqual(['2016-12-14 russia sovereignty=russia-all']);
  });

  it('does not date a position by what it holds happened ("Moscow\'s position that the islands became part of the Soviet Union after World War II")', () => {
    const events = extract(['The Kremlin restated Moscow\'s position that the southern Kurils became part of the Soviet Union after World War II and that Russia\'s sovereignty over them is registered under international law.'], '2016-12-14T08:00:00Z');
    expect(signals(events)).toEqual(['2016-12-14 russia sovereignty=russia-all']);
  });

  it('reads carrying out peace-treaty talks as seeking a treaty, and a withdrawal from the dialogue on a peace agreement as suspending it', () => {
    expect(signals(extract(['In 2018, the two countries reaffirmed they would carry out peace-treaty talks on the Kurils.'], '2022-03-08T08:00:00Z'))).toEqual(['2018 russia peace-treaty=seeks', '2018 japan peace-treaty=seeks']);
    expect(signals(extract(['In March 2022, the Russian Foreign Ministry announced Moscow\'s withdrawal from the dialogue with Tokyo regarding the conclusion of a peace agreement on the Kurils.'], '2023-02-07T08:00:00Z'))).toEqual(['2022-03 russia peace-treaty=suspended']);
  });

  it('takes "he" for the office-holder who was the subject, not the leader named after "with", and counts "the day before" back from the news day', () => {
    const events = extract(
      [
        'Japan will not conclude a peace treaty without settling the Kuril dispute, Prime Minister Fumio Kishida said on Friday.',
        'The day before, the Japanese Prime Minister held talks with Russian President Vladimir Putin over the phone. Following the conversation, he emphasized that a peace treaty between the two countries could be concluded only after resolving the ownership issue of the islands.',
      ],
      '2021-10-08T08:00:00Z',
    );
    expect(signals(events)).toContain('2021-10-07 japan sequencing=territory-first');
    expect(signals(events).filter((s) => s.startsWith('2021-10-07 russia'))).toEqual([]);
  });

  it('reads the ways wire copy tells Japan\'s claim and conditions ("asserts territorial rights", "disputes the ownership", "must be settled before", "as a starting point for talks")', () => {
    expect(signals(extract(['Japan asserts territorial rights to the Kuril islands, which it calls the Northern Territories.'], '2019-01-22T08:00:00Z'))).toEqual(['2019-01-22 japan sovereignty=japan-all-four']);
    expect(signals(extract(['Following the war, the entire Kuril archipelago was made part of the Soviet Union, however, Japan disputes the ownership of Iturup, Kunashir, Shikotan and a group of small uninhabited islands.'], '2021-12-16T08:00:00Z'))).toEqual([
      '1945~ russia sovereignty=russia-all',
      '2021-12-16 japan sovereignty=japan-all-four',
    ]);
    expect(signals(extract(['Under Japan\'s policy, the issue of the islands\' sovereignty must be settled before a peace treaty can be signed, Chief Cabinet Secretary Yoshihide Suga said on the Kurils on Monday.'], '2018-08-07T08:00:00Z'))).toContain('2018-08-06 japan sequencing=territory-first');
    expect(signals(extract(['On Monday Lavrov warned Japan that it must recognize the Kuril islands as part of Russia\'s territory as a starting point for talks.'], '2019-01-15T08:00:00Z'))).toContain('2019-01-14 russia sequencing=recognition-first');
    expect(signals(extract(['In the San Francisco Peace Treaty of 1951, Japan renounced its claim to the Kuril Islands.'], '2019-01-15T08:00:00Z'))).toEqual([]);
  });

  it('does not date a view held now by the past its content tells ("It maintains they ... were illegally occupied after the war")', () => {
    const events = extract(['Japan protested the visit to Kunashir on Friday. It maintains the islands are an inherent part of its territory, and were illegally occupied after the war.'], '2019-08-03T08:00:00Z');
    expect(signals(events).filter((s) => s.startsWith('1945'))).toEqual([]);
  });

  it('gives what a speaker suggests both sides do to the speaker alone ("Putin suggested Russia and Japan sign a peace deal")', () => {
    const events = extract(['President Vladimir Putin suggested on Wednesday Russia and Japan sign a peace deal without any preconditions by the end of the year, a proposal on the Kurils.'], '2018-09-13T08:00:00Z');
    expect(signals(events)).toEqual(['2018-09-12 russia peace-treaty=seeks', '2018-09-12 russia sequencing=treaty-first']);
  });

  it('reads wire copy that never names the islands ("four Russian-held Pacific islands claimed by Japan")', () => {
    const events = extract(['Russia and Japan have negotiated for decades over four Russian-held northwestern Pacific islands claimed by Japan.'], '2020-02-14T08:00:00Z');
    expect(signals(events)).toContain('2020-02-14 japan sovereignty=japan-all-four');
  });

  it('gives an agreement to both sides when one is named as the other\'s partner in talks or in a summit\'s name', () => {
    expect(signals(extract(['On Saturday Prime Minister Shinzo Abe held talks with Russian President Vladimir Putin in Buenos Aires and they agreed on a new framework for peace treaty negotiations over the Kurils.'], '2018-12-04T08:00:00Z'))).toEqual([
      '2018-12-01 japan peace-treaty=seeks',
      '2018-12-01 russia peace-treaty=seeks',
    ]);
    expect(signals(extract(['In November 2018 the Japanese prime minister agreed during a Japan-Russia summit to accelerate negotiations toward a peace treaty over the Kurils.'], '2022-03-08T08:00:00Z'))).toEqual([
      '2018-11 japan peace-treaty=seeks',
      '2018-11 russia peace-treaty=seeks',
    ]);
  });

  it('reads cue words written with an actor\'s name, which the clause stream carries as the actor ("the Japan-Soviet Joint Declaration", "under Russia\'s sovereignty")', () => {
    expect(signals(extract(['Abe and Putin agreed on Monday to conduct the talks on the basis of the Japan-Soviet Joint Declaration on the Kurils.'], '2018-12-04T08:00:00Z'))).toEqual([
      '2018-12-03 japan basis-1956=accepts',
      '2018-12-03 russia basis-1956=accepts',
    ]);
    expect(signals(extract(['Lavrov said on Monday the Kurils are under Russia\'s sovereignty.'], '2019-01-15T08:00:00Z'))).toEqual(['2019-01-14 russia sovereignty=russia-all']);
  });

  it('reads "a peace agreement will not be reached without settling the territorial dispute" as territory first', () => {
    const events = extract(['TOKYO, October 8. /TASS/. A peace agreement with Russia will not be reached without settling the territorial dispute over the Kurils, Japanese Prime Minister Fumio Kishida announced on Friday.'], '2021-10-08T12:00:00Z');
    expect(signals(events)).toEqual(['2021-10-08 japan sequencing=territory-first']);
  });

  it('dates talks "since the mid-20th century" from then, not by the war the treaty is to end', () => {
    const events = extract(['Since the mid-20th century, Moscow and Tokyo have been holding consultations in order to reach a peace treaty following World War II, TASS reported on the Kurils.'], '2021-10-12T08:00:00Z');
    expect(signals(events)).toEqual(['1950~/2021-10-12 russia peace-treaty=seeks', '1950~/2021-10-12 japan peace-treaty=seeks']);
  });

  it('knows the body named before as the subject past an adverb ("The ministry also said ...")', () => {
    const events = extract(['In March, the Russian foreign ministry said Moscow would suspend the visa-free exchanges to the Kurils. The ministry also said it would suspend peace treaty talks with Japan in response to its sanctions.'], '2022-09-06T08:00:00Z');
    expect(signals(events)).toContain('2022-03 russia peace-treaty=suspended');
  });

  it('reads more ways of telling a Soviet claim, a refusal to go on talking, and treaty first', () => {
    expect(signals(extract(['After the end of World War II, all Kuril Islands were incorporated into the Soviet Union.'], '2016-04-13T08:00:00Z'))).toEqual(['1945~ russia sovereignty=russia-all']);
    expect(signals(extract(['"I told him that the Kurils are Russia\'s domestic issue," Medvedev said on Monday.'], '2010-11-02T08:00:00Z'))).toEqual(['2010-11-01 russia sovereignty=russia-all']);
    expect(signals(extract(['On March 21, the Russian government said that it would not continue negotiations with Japan to resolve the territorial row over the Kurils and conclude a peace treaty.'], '2022-03-22T08:00:00Z'))).toEqual(['2022-03-21 russia peace-treaty=suspended']);
    expect(signals(extract(['Russia then responded in March 2022 by unilaterally suspending negotiations with Japan regarding the northern territories.'], '2024-02-08T08:00:00Z'))).toEqual(['2022-03 russia peace-treaty=suspended']);
    expect(signals(extract(['Lavrov said on Friday that under the Declaration, a peace treaty must be concluded before starting any talks about the Kurils.'], '2018-12-08T08:00:00Z'))).toContain('2018-12-07 russia sequencing=treaty-first');
  });

  it('gives what two titled, named leaders reaffirm to both ("Japanese Prime Minister Yoshihiko Noda and Russian President Dmitry Medvedev reaffirmed")', () => {
    const events = extract(['On Saturday, Japanese Prime Minister Yoshihiko Noda and Russian President Dmitry Medvedev reaffirmed the need to solve the territorial issue before signing a peace treaty over the Kurils.'], '2011-11-13T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['2011-11-12 japan sequencing=territory-first', '2011-11-12 russia sequencing=territory-first']));
  });

  it('reads the wish to regain the islands as support for a handover', () => {
    expect(signals(extract(['Kishida said on Thursday that Japan would never stop working to regain the Kuril islands.'], '2023-03-03T08:00:00Z'))).toEqual(['2023-03-02 japan handover=supports']);
  });

  it('reads a warning that ceding territory would break the state as opposing a handover, and "this is Russia" as a claim', () => {
    expect(signals(extract(['Medvedev warned during his visit to the Kurils on Tuesday that ceding territory to Tokyo would lead to the disintegration of the Russian state.'], '2012-07-05T08:00:00Z'))).toEqual(['2012-07-03 russia handover=opposes']);
    expect(signals(extract(['Zakharova said on Tuesday about the Kurils: These are not disputed territories, this is Russia.'], '2024-12-18T08:00:00Z'))).toEqual(['2024-12-17 russia sovereignty=russia-all']);
  });

  it('dates what a document the codebook knows by name provides by the document, named without its year ("the Japan-Soviet Joint Declaration, which specifies ...")', () => {
    const events = extract(['The talks on the Kurils will be conducted on the basis of the Japan-Soviet Joint Declaration, which specifies the transfer of the Habomai group of islets and Shikotan Island.'], '2018-12-04T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('dates what "the declaration says" after a subordinating word by the declaration named before ("Since the declaration says ...")', () => {
    const events = extract(
      ['Abe and Putin agreed last week to speed up talks on the Kurils based on the 1956 joint declaration.', 'Since the declaration says Shikotan and the Habomai group of islets would be handed over to Japan once a peace treaty is signed, the meeting gave way to speculation.'],
      '2018-11-17T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']));
  });

  it('reads the modality of a quoted sentence from its own start, not from an earlier sentence of the quotation', () => {
    const events = extract(['"It is important to use the mechanism. If someone says Russia is putting the peace treaty on the Kurils in the background, that\'s not true. For me, signing a peace treaty is most important," Putin said on Friday.'], '2016-12-17T08:00:00Z');
    expect(signals(events)).toEqual(['2016-12-16 russia peace-treaty=seeks']);
  });

  it('reads no support for a handover in what nobody wants ("nobody on this island wants to be handed over")', () => {
    const events = extract(['"Nobody on this island wants to be handed over to anyone," the Sakhalin governor said of the Kurils on Monday.'], '2021-09-07T08:00:00Z');
    expect(signals(events)).not.toContain('2021-09-06 russia handover=supports');
  });

  it('gives a national rally\'s demand to the public of the state whose leader addresses it, when no organiser is named', () => {
    const events = extract(['On Monday, during his address at a nationwide rally for the return of the Northern Territories, Prime Minister Fumio Kishida said he intended to keep negotiating.'], '2022-02-08T08:00:00Z');
    expect(signals(events)).toContain('2022-02-07 japanese-public handover=supports');
    expect(signals(events).filter((s) => s.includes(' japan '))).toEqual([]);
  });

  it('never reads recognition first as Japan\'s ("Tokyo\'s refusal to recognise Moscow\'s sovereignty")', () => {
    const events = extract(['Tokyo\'s refusal to recognise Moscow\'s sovereignty over the Kurils has been a barrier to peace for seven decades.'], '2019-01-23T08:00:00Z');
    expect(signals(events).filter((s) => s.includes('recognition-first'))).toEqual([]);
  });

  it('takes the subject after "a meeting with then-Prime Minister Yoshiro Mori" for the speaker, and "referred to it as a starting point" as taking the declaration as the basis', () => {
    const events = extract(['Putin values the 1956 declaration on the Kurils. In a meeting with then-Prime Minister Yoshiro Mori in 2001, the Russian president referred to it as a starting point for Japan-Russian negotiations.'], '2018-11-15T08:00:00Z');
    expect(signals(events)).toContain('2001 russia basis-1956=accepts');
    expect(signals(events).filter((s) => s.startsWith('2001 japan'))).toEqual([]);
  });

  it('reads no seeking in what has kept the countries from signing a treaty', () => {
    const events = extract(['The Kurils dispute has kept the countries from signing a peace treaty.'], '2019-01-22T08:00:00Z');
    expect(signals(events)).toEqual([]);
  });

  it('reads a treaty "as required by the 1956 declaration" as taking the declaration as the basis, and "additional impetus" as speeding talks up', () => {
    expect(signals(extract(['"We agreed to make a peace treaty as required by the 1956 declaration," Lavrov said of the Kurils on Friday.'], '2020-07-11T08:00:00Z'))).toContain('2020-07-10 russia basis-1956=accepts');
    expect(signals(extract(['Lavrov said on Friday that the leaders had agreed to give additional impetus to negotiations on a peace treaty over the Kurils.'], '2018-12-08T08:00:00Z'))).toContain('2018-12-07 russia peace-treaty=seeks');
  });

  it('reads a poll majority against handing control of the islands over to Tokyo, however long the object between', () => {
    const events = extract(['Over 70 percent of Russians oppose handing control of the four Moscow-held Kuril islands claimed by Japan over to Tokyo, a survey by a Russian research center showed Friday.'], '2018-12-01T08:00:00Z');
    expect(signals(events)).toContain('2018-11-30 russian-public handover=opposes');
  });

  it('reads "claimed by Japan" said of the islands as Japan\'s standing claim at publication, whatever the clause around it tells', () => {
    const published = '2018-09-12T08:00:00Z';
    // (A plan, a relative clause dated 1945, a past passive: the attribute still stands.)
    expect(signals(extract(['Joint projects on the Kuril islands, controlled by Russia but claimed by Japan, should start next year.'], published))).toContain('2018-09-12 japan sovereignty=japan-all-four');
    expect(signals(extract(['The two leaders discussed the Kurils, which Soviet troops occupied in 1945 but are claimed by Japan.'], published))).toContain('2018-09-12 japan sovereignty=japan-all-four');
    expect(signals(extract(['The Kuril islands were seized by the former Soviet Union from Japan at the end of World War II and have long been claimed by Japan.'], published))).toContain('2018-09-12 japan sovereignty=japan-all-four');
    expect(signals(extract(['Talks on the Russian-held, Japanese-claimed Kuril islands stalled last year.'], published))).toContain('2018-09-12 japan sovereignty=japan-all-four');
    // (Claimed by both: each side's claim.)
    const both = signals(extract(['Japan recalled its envoy over a visit to one of the four Kuril islands claimed by both countries.'], published));
    expect(both).toEqual(expect.arrayContaining(['2018-09-12 japan sovereignty=japan-all-four', '2018-09-12 russia sovereignty=russia-all']));
    // (A claim the text dates is no standing attribute.)
    expect(signals(extract(['The Kuril islands were claimed by Japan in 1855 under a treaty with Russia.'], published)).filter((x) => x.startsWith('2018-09-12'))).toEqual([]);
  });

  it('reads "as a gesture of good will" as no future, and "Under Article 9 of the declaration" by the declaration named before, however it was dated', () => {
    const events = extract(
      [
        'Putin and Abe agreed on Wednesday to speed up the Kuril talks on the basis of the Joint Declaration signed on October 19, 1956.',
        'Under Article 9 of the declaration, the Soviet Union agreed to hand over Shikotan, Habomai and a number of small uninhabited islands as a gesture of good will once a peace treaty is signed.',
      ],
      '2018-11-16T08:00:00Z',
    );
    expect(signals(events)).toEqual(expect.arrayContaining(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']));
  });

  it('reads what suspended talks were for as no one\'s aim, and ", and <Name> <verb>" as a new subject', () => {
    const suspended = signals(extract(["Putin's administration in March last year announced a suspension of the two countries' negotiations to resolve the Kuril dispute and conclude a peace treaty."], '2023-04-22T08:00:00Z'));
    expect(suspended).toEqual(['2022-03 russia peace-treaty=suspended']);
    const both = signals(extract(['Opinion polls show most Russians oppose handing back the Kuril islands to Japan, and Russian nationalists plan to stage a demonstration in Moscow this weekend.'], '2019-01-16T08:00:00Z'));
    expect(both).toContain('2019-01-16 russian-public handover=opposes');
    const subject = signals(extract(['Moscow halted some exchanges last year, and Tokyo still wants a peace treaty to end the Kuril dispute.'], '2023-04-22T08:00:00Z'));
    expect(subject).toContain('2023-04-22 japan peace-treaty=seeks');
    expect(subject.filter((x) => x.includes('russia peace-treaty=seeks'))).toEqual([]);
  });

  it('reads paraphrases of real coverage: galvanizing talks, a settlement called impossible, treaty-after-islands conditions, challenged ownership, legitimacy of possession', () => {
    const at = (text: string, published = '2021-10-14T08:00:00Z') => signals(extract([text], published));
    expect(at('After their meeting in Buenos Aires, Abe and Putin agreed on Saturday to galvanize talks on the Kuril dispute and the peace treaty.', '2018-12-03T08:00:00Z')).toEqual(
      expect.arrayContaining(['2018-12-01 japan peace-treaty=seeks', '2018-12-01 russia peace-treaty=seeks']),
    );
    expect(at('Peskov said on Tuesday that holding contacts with Japan about a peace settlement over the Kurils is impossible.', '2025-04-09T08:00:00Z')).toContain('2025-04-08 russia peace-treaty=suspended');
    expect(at('Kishida said on Thursday that Tokyo will not agree to sign a peace treaty without settling the Kuril issue.')).toContain('2021-10-14 japan sequencing=territory-first');
    expect(at('Tokyo has set the return of the Kuril islands as a condition for concluding a peace treaty.')).toContain('2021-10-14 japan sequencing=territory-first');
    expect(at('Suga said Japan wants to resolve the Kuril dispute with the subsequent signing of a peace treaty.')).toContain('2021-10-14 japan sequencing=territory-first');
    expect(at('Japan challenges the ownership of Iturup, Kunashir, Shikotan and the Habomai islets.')).toContain('2021-10-14 japan sovereignty=japan-all-four');
    expect(at('Zakharova said Japan must accept the legitimacy of Russia\'s possession of the southern Kurils.')).toContain('2021-10-14 russia sovereignty=russia-all');
    expect(at('Kato said the visit to the Kurils "conflicts with Japan\'s consistent position on the Northern Territories."')).toContain('2021-10-14 japan sovereignty=japan-all-four');
  });

  it('reads no stance in what a speaker avoided saying or declined to disclose', () => {
    expect(signals(extract(['Prime Minister Abe avoided describing the four Russian-held islands east of Hokkaido in the Kuril chain as Japan\'s inherent territory on Thursday.'], '2019-02-02T08:00:00Z'))).toEqual([]);
    expect(signals(extract(['Abe declined to disclose the government\'s strategy for settling the Kuril dispute and concluding a peace treaty.'], '2019-02-02T08:00:00Z'))).toEqual([]);
    // (Not what one asks never to stop: "never to stop demanding the return of all four islands".)
    expect(signals(extract(['"We ask the government never to stop demanding the return of all four Kuril islands," the league chairman said on Thursday.'], '2024-01-31T08:00:00Z'))).toContain(
      '2024-01-25 japanese-public sovereignty=japan-all-four',
    );
  });

  it('reads a typographic apostrophe as the plain one', () => {
    expect(signals(extract(['Matsuno said on Monday the drills on the Kurils go against our country’s position regarding those islands.'], '2022-03-29T08:00:00Z'))).toEqual([
      '2022-03-28 japan sovereignty=japan-all-four',
    ]);
  });

  it('reads the 1956 offer told as "agreed to consider (the possibility of) handing over" as Moscow\'s offer, and what one only would consider as none', () => {
    expect(signals(extract(['In 1956 the Soviet Union agreed to consider handing over Habomai and Shikotan to Japan after a peace treaty on the Kurils.'], '2019-02-16T08:00:00Z'))).toEqual(
      expect.arrayContaining(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']),
    );
    expect(
      signals(extract(['Under the 1956 declaration, the Soviet Union agreed to consider the possibility of handing over Shikotan and the Habomai group to Japan once a Kuril peace treaty was concluded.'], '2023-02-07T08:00:00Z')),
    ).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
    expect(signals(extract(['Moscow said on Monday it would consider handing over Habomai and Shikotan to Japan if the Kuril talks moved on.'], '2019-02-16T08:00:00Z'))).toEqual([]);
  });

  it('reads an article that names the islands only as "Russian-held, Japanese-claimed", and sovereignty Japan "possesses"', () => {
    expect(signals(extract(['The vote could complicate Tokyo\'s efforts over the Russian-held, Japanese-claimed northwestern Pacific islands. The Putin administration has repeated claims that Moscow\'s control of the islands is the result of the war.'], '2023-06-21T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2023-06-21 japan sovereignty=japan-all-four', '2023-06-21 russia sovereignty=russia-all']),
    );
    expect(signals(extract(["Last year's bluebook described the Kurils as islands over which Japan possesses sovereignty."], '2022-04-01T08:00:00Z'))).toContain('2021 japan sovereignty=japan-all-four');
  });

  it('gives "X slammed <the prime minister> after he said ..." to the one whose saying drew the reaction', () => {
    const events = extract(["Former Russian President Dmitry Medvedev on Tuesday slammed Japan's prime minister after he said his government remains committed to signing a peace treaty over the Kurils."], '2024-01-31T08:00:00Z');
    expect(signals(events)).toEqual(['2024-01-30 japan peace-treaty=seeks']);
  });

  it('gives the aim of "a Japanese group seeking the return of the islands" to the group\'s public, never to who banned it, and reads no seeking in a treaty the dispute prevented', () => {
    const banned = signals(extract(['Russia on Friday banned a Japanese group seeking the return of four Russian-controlled Kuril islands to Japan.'], '2023-04-22T08:00:00Z'));
    // (The group's aim stands as long as it is that group: at publication, not on the day of the ban.)
    expect(banned).toEqual(expect.arrayContaining(['2023-04-22 japanese-public handover=supports']));
    expect(banned.filter((x) => x.includes(' russia ') && x.includes('supports'))).toEqual([]);
    expect(signals(extract(['The Kuril dispute has prevented the two sides from ever formally signing a peace treaty.'], '2023-04-22T08:00:00Z'))).toEqual([]);
    expect(signals(extract(['Tokyo and Moscow remain unable to conclude a peace treaty because of the Kuril row.'], '2023-04-22T08:00:00Z'))).toEqual([]);
  });

  it('reads "have prevented them ever signing" as no seeking, and "go against our country\'s stance" as Japan\'s claim', () => {
    expect(signals(extract(["Japan and Russia's lingering tensions over the Kurils have prevented them ever signing a peace treaty."], '2016-05-06T08:00:00Z'))).toEqual([]);
    expect(signals(extract(['"Such moves go against our country\'s stance and are extremely regrettable," Chief Cabinet Secretary Suga said of the Kuril names on Tuesday.'], '2017-02-15T08:00:00Z'))).toContain('2017-02-14 japan sovereignty=japan-all-four');
  });

  it('dates what "the document" provides, in the present too, by the declaration named before as signed "in 1956", and reads the Khabomai spelling', () => {
    const events = extract(['In 1956, the USSR and Japan signed the Joint Declaration. According to the document, Moscow delivers Khabomai and Shikotan islands to Japan after the conclusion of a peace treaty.'], '2018-11-16T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('reads "does not recognise Russian sovereignty over them" as Japan\'s claim, "Japan\'s claim to the islands" as Japan\'s, and a state\'s insistence named in a poll as the state\'s', () => {
    expect(signals(extract(['Japan calls the South Kuril islands the Northern Territories and does not recognize Russian sovereignty over them.'], '2020-02-14T08:00:00Z'))).toContain('2020-02-14 japan sovereignty=japan-all-four');
    expect(signals(extract(['Most of the poll\'s participants know about Japan\'s claim to the Kuril islands.'], '2019-01-28T08:00:00Z'))).toContain('2019-01-28 japan sovereignty=japan-all-four');
    const poll = signals(extract(['Some 80% said in a poll released on Monday that they find unacceptable Russia\'s insistence that Japan recognize Russia\'s sovereignty over the four Kuril islands.'], '2019-01-23T08:00:00Z'));
    expect(poll.filter((x) => x.includes('russian-public'))).toEqual([]);
  });

  it('reads a crowd named only by its nationality, rallying where a group rallies, as that group', () => {
    const events = extract(['Russians in Moscow and other cities have protested on Saturday against the prospect of transferring the disputed Kuril Islands to Japan.'], '2019-01-20T08:00:00Z');
    expect(signals(events)).toEqual(['2019-01-19 russian-nationalists handover=opposes']);
  });

  it('reads "Moscow and Tokyo both claim the islands" as each one\'s standing claim, not dated by a relative clause about 1945', () => {
    const events = extract(['Moscow and Tokyo both claim the four small, windswept Kuril islands off Hokkaido that Soviet forces occupied at the end of World War II.'], '2011-02-21T08:00:00Z');
    expect(signals(events).sort()).toEqual(['2011-02-21 japan sovereignty=japan-all-four', '2011-02-21 russia sovereignty=russia-all']);
  });

  it('reads affirming the validity of the declaration, resolving "the peace treaty issue", a treaty not concluded until the dispute is settled, and disputed affiliation', () => {
    const at = (text: string) => signals(extract([text], '2017-01-10T08:00:00Z'));
    expect(at('On the Kuril dispute, Putin has repeatedly affirmed the validity of the 1956 Japan-Soviet Joint Declaration.')).toContain('2017-01-10 russia basis-1956=accepts');
    expect(at('In December, the leaders expressed their sincere determination to resolve the post-World War II peace treaty issue, including settling the Kuril dispute.')).toEqual(
      expect.arrayContaining(['2016-12 russia peace-treaty=seeks', '2016-12 japan peace-treaty=seeks']),
    );
    expect(at('Japan rejected the proposal, saying that the peace treaty would not be concluded until the countries settle the Kuril dispute.')).toContain('2017-01-10 japan sequencing=territory-first');
    expect(at('Japan disputes the affiliation of Iturup, Kunashir, Shikotan and the Habomai islets.')).toContain('2017-01-10 japan sovereignty=japan-all-four');
    expect(at('As the leaders agreed, the two sides will hold the first official round of talks on a peace treaty over the Kurils, Morgulov said on Tuesday.')).toEqual(
      expect.arrayContaining(['2017-01-10 russia peace-treaty=seeks']),
    );
  });

  it('gives a poll answer naming the owner ("should belong to Russia") to the public asked, and reads "an agreement formally ending World War II" as the treaty', () => {
    expect(signals(extract(['In the poll of Russians, more than half (55%) said that the Kuril islands should belong to Russia.'], '2018-11-30T08:00:00Z'))).toEqual(['2018-11-30 russian-public sovereignty=russia-all']);
    expect(signals(extract(['In the poll, 98 percent of Russians knew that Japan claims the Kuril islands.'], '2018-11-30T08:00:00Z'))).toEqual(['2018-11-30 japan sovereignty=japan-all-four']);
    expect(signals(extract(['Kishida said on Tuesday that Tokyo remains committed to negotiations over the Northern Territories and signing an agreement formally ending World War II.'], '2024-01-31T08:00:00Z'))).toContain('2024-01-30 japan peace-treaty=seeks');
  });

  it('dates what "the 1956 declaration that promised ..." promised by the declaration, not by the act that recalls it', () => {
    const events = extract(['In November, Putin and Abe agreed to speed up talks based on the 1956 declaration that promised the return of Shikotan and Habomai to Japan.'], '2019-01-20T08:00:00Z');
    expect(signals(events)).toEqual(
      expect.arrayContaining(['2018-11 russia peace-treaty=seeks', '2018-11 japan basis-1956=accepts', '1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']),
    );
    expect(signals(events).filter((x) => x.includes('japan handover'))).toEqual([]);
  });

  it('gives what "the agreement of the Russian president and the prime minister of Japan" covers, quoted by one side, to both, but not a document "between" them', () => {
    const agreed = signals(extract(['"We are holding this meeting in accordance with the agreement of the Russian president and the prime minister of Japan on the need to step up the work on a peace treaty over the Kurils," Lavrov said on Saturday.'], '2019-02-17T08:00:00Z'));
    expect(agreed).toEqual(expect.arrayContaining(['2019-02-16 russia peace-treaty=seeks', '2019-02-16 japan peace-treaty=seeks']));
    const document = signals(extract(['"The first step regarding the 1956 declaration between Japan and the USSR should be signing a peace treaty," Lavrov said of the Kurils on Saturday.'], '2016-12-04T08:00:00Z'));
    expect(document.filter((x) => x.includes(' japan '))).toEqual([]);
  });

  it('reads "the first step ... should be signing a peace treaty" as treaty first, and never rejecting or standing by the declaration as taking it as the basis', () => {
    expect(signals(extract(['"The first step regarding the 1956 declaration should be signing of a peace treaty," Lavrov said of the Kurils on Saturday.'], '2016-12-04T08:00:00Z'))).toContain('2016-12-03 russia sequencing=treaty-first');
    expect(signals(extract(['"We have never rejected the 1956 Declaration, unlike Japan," Lavrov said of the Kurils on Friday.'], '2019-06-01T08:00:00Z'))).toContain('2019-05-31 russia basis-1956=accepts');
    // (What Russia "has told" Japan stands now.)
    expect(signals(extract(['Russia has told Japan it stands by the 1956 Joint Declaration, sources said of the Kurils on Friday.'], '2019-06-01T08:00:00Z'))).toContain('2019-06-01 russia basis-1956=accepts');
  });

  it('gives a stance to the subject of its subordinate clause ("after Russia withdrew") or to the one caused to act ("causing Moscow to stop")', () => {
    expect(signals(extract(['Japan reacted angrily on Tuesday after Russia withdrew from peace treaty talks over the Kurils.'], '2022-03-23T08:00:00Z')).filter((x) => x.includes('peace-treaty'))).toEqual(['2022-03-22 russia peace-treaty=suspended']);
    const caused = signals(extract(['Japan has placed severe penalties on Russia for the aggression, causing Moscow to stop decades-old peace treaty discussions on the Kurils.'], '2023-02-07T08:00:00Z'));
    expect(caused.filter((x) => x.includes('japan peace-treaty'))).toEqual([]);
    expect(caused.some((x) => x.endsWith('russia peace-treaty=suspended'))).toBe(true);
  });

  it('dates what a dated document provides in a relative clause late in the clause by the document, apart from what the clause tells', () => {
    const events = extract(["The foreign ministers met in Rome on Friday, after the two countries' leaders agreed this month to speed up talks based on a 1956 joint declaration that envisions handing Shikotan and the Habomai islets back to Japanese control."], '2018-11-24T08:00:00Z');
    expect(signals(events)).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports', '2018-11-23 japan peace-treaty=seeks', '2018-11-23 russia basis-1956=accepts']));
    expect(signals(events).filter((x) => x.includes('two-islands') && !x.startsWith('1956'))).toEqual([]);
    // ("the 1956 Joint Declaration between Japan and the Soviet Union that promises ...": past a "between" of the parties.)
    const between = extract(['The leaders took as their basis the 1956 Joint Declaration between Japan and the Soviet Union that envisions the handover of two of the four islands once a treaty is signed.'], '2018-11-24T08:00:00Z');
    expect(signals(between)).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands']));
    // ("two of the four islands" is no claim to all four.)
    expect(signals(between).filter((x) => x.includes('japan-all-four'))).toEqual([]);
  });

  it('reads more wordings of a claim, of sovereignty, of a halt, of territory first and of a ban on ceding land', () => {
    const on = (sentence: string) => signals(extract([sentence], '2022-10-13T08:00:00Z'));
    expect(on('Tokyo contests sovereignty over Kunashir and Iturup as well as Shikotan.')).toContain('2022-10-13 japan sovereignty=japan-all-four');
    expect(on('Japan continues to lay claim to the Kuril islands.')).toContain('2022-10-13 japan sovereignty=japan-all-four');
    expect(on('Japan, which lays claim to the four southern Kurils, lodged a protest on Thursday.')).toContain('2022-10-13 japan sovereignty=japan-all-four');
    expect(on('Russia sent missiles to the Kurils, a Pacific island chain that Tokyo claims as its own.')).toContain('2022-10-13 japan sovereignty=japan-all-four');
    expect(on('Russia sent missiles to the Kuril islands, which Moscow and Tokyo both claim sovereignty over.')).toEqual(
      expect.arrayContaining(['2022-10-13 japan sovereignty=japan-all-four', '2022-10-13 russia sovereignty=russia-all']),
    );
    // (Nationalists who "both claim" them are no states.)
    expect(on('The Kuril islands, which Russian and Japanese nationalists both claim as their own, lie off Hokkaido.').filter((x) => / (japan|russia) sovereignty/.test(x))).toEqual([]);
    expect(on('Tokyo describes the Kuril islands as being under unlawful Russian control.')).toContain('2022-10-13 japan sovereignty=japan-all-four');
    expect(on('Russia maintains full sovereignty over the southern Kurils, Moscow says.')).toContain('2022-10-13 russia sovereignty=russia-all');
    expect(on('Russia is entitled to sovereignty over the whole Kuril chain, Zakharova said on Thursday.')).toContain('2022-10-13 russia sovereignty=russia-all');
    expect(on('"The Kurils are not disputed territories but Russia itself," Medvedev wrote on Thursday.')).toContain('2022-10-13 russia sovereignty=russia-all');
    expect(on('In 1946 the Kuril chain was included in the Soviet Union.')).toContain('1946 russia sovereignty=russia-all');
    expect(on('Peskov said on Thursday that for now, any dialogue with Tokyo about a peace treaty is hardly possible.')).toContain('2022-10-13 russia peace-treaty=suspended');
    // (Impossible without settling the dispute first is a condition, not a halt.)
    expect(on('Kishida said on Thursday that a peace treaty with Russia is impossible without settling the territorial issue.')).not.toContain('2022-10-13 japan peace-treaty=suspended');
    expect(on('Tokyo wants a peace treaty to be signed only after the solution of the territorial dispute, Galuzin said on Thursday.')).toContain('2022-10-13 japan sequencing=territory-first');
    expect(on('Japan, which claims the southern Kurils, sees their return as a precondition for signing any peace treaty.')).toContain('2022-10-13 japan sequencing=territory-first');
    expect(on('Legislation passed since then has made it unconstitutional to cede any Russian territory, the Kurils included.')).toContain('2022-10-13 russia handover=opposes');
    expect(on('"A treaty, yes, but not at the cost of giving up Russian land," Medvedev said of the Kurils on Thursday.')).toContain('2022-10-13 russia handover=opposes');
  });

  it('reads "but Tokyo contests/disputes sovereignty" after a dated past clause as present, held at publication', () => {
    for (const verb of ['contests', 'disputes']) {
      const found = signals(extract([`Soviet troops took the Kurils in 1945 and Moscow incorporated them into the USSR, but Tokyo ${verb} sovereignty over the four southern islands.`], '2026-02-20T08:00:00Z'));
      expect(found).toEqual(expect.arrayContaining(['1945 russia sovereignty=russia-all', '2026-02-20 japan sovereignty=japan-all-four']));
    }
  });

  it('dates a present perfect after a paragraph of history at publication, not by the history', () => {
    const found = signals(extract(['The Soviet army seized the Kurils in the last days of the war. New legislation has effectively made it unconstitutional to cede any Russian territory.'], '2026-02-20T08:00:00Z'));
    expect(found).toContain('2026-02-20 russia handover=opposes');
  });

  it('keeps the longer of two cues that start together ("signing a treaty ... is impossible" is no pursuit of one)', () => {
    const found = signals(extract(['Peskov believes that signing a peace treaty with Tokyo while relations stay this bad is impossible, the Kremlin said of the Kurils on Friday.'], '2026-02-20T08:00:00Z'));
    expect(found.filter((x) => x.includes('peace-treaty'))).toEqual(['2026-02-20 russia peace-treaty=suspended']);
  });

  it('runs a present perfect from the date of its "since" clause up to publication', () => {
    const found = signals(extract(['Tokyo has been demanding the return of the Kurils ever since Soviet forces occupied them at the end of World War II.'], '2019-01-28T08:00:00Z'));
    expect(found).toContain('1945~/2019-01-28 japan handover=supports');
  });

  it('gives a "who" clause after a named person to that person, whoever speaks, but not past the comma that closes it', () => {
    const found = signals(extract(['Medvedev wrote on Tuesday that he was reacting to words of Fumio Kishida who he claimed had come out in favour of a peace treaty on the Kurils.'], '2024-01-31T08:00:00Z'));
    expect(found).toContain('2024-01-30 japan peace-treaty=seeks');
    expect(found).not.toContain('2024-01-30 russia peace-treaty=seeks');
    const aside = signals(extract(['At the forum Putin turned to Abe, who sat beside him, and proposed that they sign a peace treaty by the end of the year, Kurils or no Kurils.'], '2018-09-13T08:00:00Z'));
    expect(aside.filter((x) => x.includes('japan sequencing'))).toEqual([]);
  });

  it('reads a "which" clause on a state in its own tense, whatever the main clause foresees', () => {
    expect(signals(extract(['The remarks are likely to irritate Japan which claims the four southern Kurils.'], '2024-01-30T08:00:00Z'))).toContain('2024-01-30 japan sovereignty=japan-all-four');
    // (Not what the main clause itself foresees: "Japan will claim ..." stays a plan.)
    expect(signals(extract(['Officials expect that Japan will claim the four southern Kurils again next year.'], '2024-01-30T08:00:00Z'))).toEqual([]);
  });

  it('gives a ban on ceding territory in "the Russian Constitution, which prohibits cession of territory" to Russia', () => {
    const found = signals(extract(['The 2020 revision of the Russian Constitution, which prohibits cession of territory, has made any deal on the Kurils harder.'], '2020-09-24T08:00:00Z'));
    expect(found.some((x) => x.endsWith('russia handover=opposes'))).toBe(true);
  });

  it('reads advancing toward a treaty as seeking one, wanting the islands back before a treaty as territory first, and an offer "by" a state as that state\'s', () => {
    const on = (sentence: string) => signals(extract([sentence], '2018-09-14T08:00:00Z'));
    expect(on('Abe told a radio audience he would like to advance as far as he could toward a peace treaty over the Kurils.')).toContain('2018-09-14 japan peace-treaty=seeks');
    expect(on('Tokyo still wants the Kuril islands handed back before signing any peace treaty with Moscow.')).toContain('2018-09-14 japan sequencing=territory-first');
    const offer = on('The ministry said Japanese officials were misreading a 1956 offer by the Soviet Union to end the Kuril dispute by handing back two of the islands.');
    expect(offer).toEqual(expect.arrayContaining(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']));
    expect(offer.filter((x) => x.includes('japan handover'))).toEqual([]);
  });

  it('dates what "that bilateral statement" says by the year it was named with', () => {
    const found = signals(extract(['Yeltsin and Hosokawa signed the Tokyo Declaration in 1993. In that bilateral statement, the two countries confirmed they would conclude a peace treaty after settling the question of the four Kuril islands.'], '2018-09-19T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1993-10-13 japan sequencing=territory-first', '1993-10-13 russia peace-treaty=seeks']));
  });

  it('takes a reporting verb after a possessive or an article as a noun ("in response to Putin\'s comment, Suga said ...")', () => {
    const found = signals(extract(["Replying to Putin's comment on the Kurils, Chief Cabinet Secretary Yoshihide Suga said on Wednesday that the territorial dispute must be resolved before any peace treaty is signed."], '2018-09-13T08:00:00Z'));
    expect(found).toContain('2018-09-12 japan sequencing=territory-first');
    expect(found.filter((x) => x.includes('russia sequencing'))).toEqual([]);
  });

  it('reads "Tokyo\'s declared intent to ..." as Tokyo\'s, and a halt called impossible over the pursuit its words contain', () => {
    const found = signals(extract(["Peskov said on Monday that any dialogue with Japan on a peace agreement was for now unfeasible, and that Tokyo's sanctions contradict Tokyo's declared intent to resolve the peace treaty issue over the Kurils."], '2025-05-06T08:00:00Z'));
    expect(found.filter((x) => x.includes('russia peace-treaty'))).toEqual(['2025-05-05 russia peace-treaty=suspended']);
  });

  it('reads refusing to agree the islands are Russia\'s, and trips "around the country", as claims; the parties\' "step towards the signing of a treaty" as seeking one', () => {
    const on = (sentence: string) => signals(extract([sentence], '2015-08-24T08:00:00Z'));
    expect(on('Tokyo has never accepted that Kunashir, Iturup, Shikotan and the Habomai group belong to Russia.')).toContain('2015-08-24 japan sovereignty=japan-all-four');
    expect(on("Asked about Tokyo's protest over his Kuril trip, Medvedev said he plans his travel around the country himself.")).toContain('2015-08-24 russia sovereignty=russia-all');
    expect(on('Putin and Abe said on Monday they regard joint projects on the Kurils as a step towards the signing of a peace treaty.')).toEqual(
      expect.arrayContaining(['2015-08-24 russia peace-treaty=seeks', '2015-08-24 japan peace-treaty=seeks']),
    );
  });

  it('dates what "Article 9 of the document" or "It says" tells by the declaration named before, but not what a report named first says', () => {
    const article = signals(extract(['The two countries signed a joint declaration in 1956. Article 9 of the document says that Moscow agreed to hand Shikotan and the Habomai islets over to Japan.'], '2018-11-15T08:00:00Z'));
    expect(article).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
    const it = signals(extract(['Putin was asked about the Kurils and the 1956 declaration.', 'PUTIN: Take the declaration. What does it say? It says that the Soviet Union, once a treaty is signed, is ready to give Japan Shikotan and the Habomai islets.'], '2018-11-15T08:00:00Z'));
    expect(it).toEqual(expect.arrayContaining(['1956 russia sovereignty=two-islands']));
    const report = signals(extract(['The report mentions the 1956 declaration. It states that Japan will settle the Kuril territorial issue and then conclude a peace treaty.'], '2019-04-24T08:00:00Z'));
    expect(report.filter((x) => x.startsWith('1956'))).toEqual([]);
  });

  it('gives what poll respondents "know" a state does to the state, and a fronted "Following X\'s surrender" no subject', () => {
    expect(signals(extract(['Seventy-nine percent of those polled said they knew Japan had been asking for the return of the Kuril islands.'], '2019-01-30T08:00:00Z')).filter((x) => x.includes('handover'))).toEqual([
      '2019-01-30 japan handover=supports',
    ]);
    const fronted = signals(extract(["Following Japan's surrender in 1945, the Soviet Union moved onto the Kurils and incorporated them into its territory."], '2025-07-22T08:00:00Z'));
    expect(fronted).toContain('1945 russia sovereignty=russia-all');
    expect(fronted.filter((x) => x.includes('japan-all-four'))).toEqual([]);
  });

  it('reads a dated document\'s provision whatever its modal ("could be concluded after the handover of ..."), and "belong to her" as the claim of whoever insists', () => {
    const provision = signals(extract(['The 1956 declaration stated that a peace treaty could be signed after the handover of Shikotan and the Habomai islets to Japan.'], '2018-12-16T08:00:00Z'));
    expect(provision).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
    const pronoun = signals(extract(['The Japanese side insists that the Kuril islands belong to her.'], '2018-12-16T08:00:00Z'));
    expect(pronoun).toContain('2018-12-16 japan sovereignty=japan-all-four');
    expect(signals(extract(['Moscow maintains that the Kuril islands belong to it.'], '2018-12-16T08:00:00Z'))).toContain('2018-12-16 russia sovereignty=russia-all');
  });

  it('reads refusing to sign as no pursuit (but refusing to give up a claim as holding it), the San Francisco treaty as no peace treaty with Russia, and "islands claimed by Japan, marking the first ..." as no sequencing', () => {
    const refused = signals(extract(['Japan signed the San Francisco Peace Treaty in 1951 and gave up the Kurils. The Soviet Union refused to sign the treaty.'], '2025-07-22T08:00:00Z'));
    expect(refused.filter((x) => x.includes('peace-treaty'))).toEqual([]);
    expect(signals(extract(['Japan has refused to give up its sovereignty claims to all four Kuril islands.'], '2022-12-01T08:00:00Z'))).toContain('2022-12-01 japan sovereignty=japan-all-four');
    const visit = signals(extract(['Mishustin visited Iturup, one of the Russian-held islands claimed by Japan, marking the first trip there by a Russian premier since 2019.'], '2021-08-12T08:00:00Z'));
    expect(visit.filter((x) => x.includes('sequencing'))).toEqual([]);
  });

  it('dates what a dated document stipulates in a reported complement by the document ("Putin recalled that the 1956 Declaration stipulates that ...")', () => {
    const found = signals(extract(['Putin reminded reporters on Thursday that the 1956 Declaration stipulates the Soviet Union would hand two of the islands to Japan after a peace treaty is signed.'], '2018-11-15T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('reads "residents of <a public\'s home place>" as that public, and a document "according to which" the islands "were to be handed over" as its provision', () => {
    const residents = signals(extract(['Most people of Sakhalin regard the Kuril Islands as Russian territory, local officials said on Tuesday.'], '2019-01-31T08:00:00Z'));
    expect(residents).toContain('2019-01-29 russian-public sovereignty=russia-all');
    const provision = signals(extract(['In 1956 the two countries signed a joint declaration, according to which Shikotan and the Habomai islets were to be handed over to Japan once a peace treaty was concluded.'], '2023-02-07T08:00:00Z'));
    expect(provision).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
    // (A supposition stays one: "if they were to be handed over".)
    expect(signals(extract(['Residents of Shikotan asked what would happen to their homes if the Kuril islands were to be handed over to Japan.'], '2023-02-07T08:00:00Z')).filter((x) => x.includes('supports'))).toEqual([]);
  });

  it('reads failing to sign or being yet to conclude a treaty as no pursuit, negotiations "on concluding" a treaty as seeking one, a leaders\' meeting as no rally, and settling where the islands belong and then a treaty as territory first', () => {
    const on = (sentence: string) => signals(extract([sentence], '2019-01-14T18:00:00Z'));
    expect(on('Lavrov said on Monday the consultations were the first round of negotiations on concluding a peace treaty over the Kurils.')).toContain('2019-01-14 russia peace-treaty=seeks');
    expect(on('Japan and Russia have failed to sign a peace treaty because of the Kuril dispute, Kono said on Monday.').filter((x) => x.includes('peace-treaty'))).toEqual([]);
    expect(on('Japan and Russia have yet to conclude a peace treaty because of the Kuril dispute.').filter((x) => x.includes('peace-treaty'))).toEqual([]);
    expect(on("Tokyo's basic stance of seeking a resolution of where the Kuril islands belong and the conclusion of a peace treaty is unchanged, Kono said on Monday.")).toContain('2019-01-14 japan sequencing=territory-first');
    const meeting = on('The leaders of Russia and Japan agreed at their meeting on Monday to intensify negotiations on a peace treaty over the Kurils.');
    expect(meeting.filter((x) => x.includes('public'))).toEqual([]);
  });

  it('dates timeline entries set after an em dash ("— 1956: ...") by their year, and gives "in which they agree" to the signatories', () => {
    const found = signals(
      extract(
        [
          'A timeline of the Kuril dispute:',
          '— 1956: Tokyo and Moscow sign a joint declaration. The Soviet Union agrees to hand over Shikotan and the Habomai islets once a peace treaty is signed.',
          '— 1993: Yeltsin and Hosokawa sign the Tokyo Declaration, in which they agree to continue negotiations toward a peace treaty.',
        ],
        '2016-12-15T08:00:00Z',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1993-10-13 russia peace-treaty=seeks', '1993-10-13 japan peace-treaty=seeks']));
  });

  it('reads setting the recognition of the islands as Russian as a condition for resuming talks as recognition first', () => {
    const found = signals(extract(['Moscow has made the recognition of the Kurils as Russian territory a condition for resuming peace treaty negotiations with Tokyo.'], '2024-01-31T08:00:00Z'));
    expect(found).toContain('2024-01-31 russia sequencing=recognition-first');
    expect(found.filter((x) => x.includes('japan sequencing'))).toEqual([]);
  });

  it('reads "has prevented the two countries signing a treaty" as prevented, and "Tokyo\'s hopes for a return" as Tokyo\'s', () => {
    const prevented = signals(extract(['The Kuril dispute has prevented the two countries signing a peace treaty formally ending the war.'], '2012-07-03T08:00:00Z'));
    expect(prevented.filter((x) => x.includes('peace-treaty'))).toEqual([]);
    const hopes = signals(extract(["Lavrov on Monday poured cold water on Tokyo's hopes for a quick return of the four Kuril islands."], '2019-01-15T08:00:00Z'));
    expect(hopes.filter((x) => x.includes('russia handover=supports'))).toEqual([]);
    expect(hopes).toContain('2019-01-14 japan handover=supports');
  });

  it('reads islands "that both nations claim", "claimed by both Japan and Russia" and "competing claims" as both claims at publication; "which calls them its Northern Territories" and refusing to give up its claim as Japan\'s', () => {
    const on = (sentence: string) => signals(extract([sentence], '2010-11-03T08:00:00Z'));
    for (const sentence of [
      'Medvedev toured one of four Kuril islands that both nations claim.',
      'The boat sank near Kaigara, one of the Kuril islets off Hokkaido claimed by both Japan and Russia.',
      'The neighbours have competing claims over four southern Kuril islands.',
    ]) {
      expect(on(sentence)).toEqual(expect.arrayContaining(['2010-11-03 japan sovereignty=japan-all-four', '2010-11-03 russia sovereignty=russia-all']));
    }
    expect(on('Japan, which calls the four Kuril islands its Northern Territories, protested on Tuesday.')).toContain('2010-11-02 japan sovereignty=japan-all-four');
    expect(on('Tokyo refuses to give up its claim to the southern Kurils.')).toContain('2010-11-03 japan sovereignty=japan-all-four');
  });

  it('reads denying reports that the islands would be handed over as opposing a handover, told in the past', () => {
    expect(signals(extract(['The Kremlin on Monday denied reports that Russia would hand over two of the Kuril islands.'], '2019-01-22T08:00:00Z'))).toContain('2019-01-21 russia handover=opposes');
  });

  it('reads the Russian people never approving of ceding an island as the public opposing a handover, a gerund the tagger leaves unlemmatised too', () => {
    expect(signals(extract(['The Russian people have never approved of ceding even one island of the Kurils to Japan, the pollster said on Friday.'], '2020-09-26T08:00:00Z'))).toContain(
      '2020-09-25 russian-public handover=opposes',
    );
  });

  it('reads what a clause after "since" tells in its own past, not in the main clause\'s future', () => {
    const found = signals(extract(['Next week\'s session in Tokyo will be the first since Abe and Putin agreed in January to speed up work on a peace treaty over the Kuril Islands.'], '2019-03-02T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2019-01 japan peace-treaty=seeks', '2019-01 russia peace-treaty=seeks']));
    // (Where the clause after "since" is a date, the main clause's future stands.)
    expect(signals(extract(['Russia will resume the talks on a peace treaty for the first time since March, the Kremlin said of the Kurils.'], '2023-05-02T08:00:00Z'))).not.toContain('2023-03 russia peace-treaty=seeks');
  });

  it('takes "the leaders" after a fronted phrase naming one of them as both, and "past agreements, including a 1956 declaration" as the basis', () => {
    const found = signals(extract(['Suga spoke with Putin for the first time on Tuesday.', 'During the call, their first since Suga took office, the leaders agreed to keep working toward a peace treaty on the basis of earlier accords, including a 1956 joint declaration on the Kurils.'], '2020-09-30T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2020-09-29 japan peace-treaty=seeks', '2020-09-29 russia peace-treaty=seeks', '2020-09-29 japan basis-1956=accepts', '2020-09-29 russia basis-1956=accepts']));
  });

  it('dates what a dated document provides in a relative clause "under which X is to return" by the document, not as a future event', () => {
    const found = signals(extract(['Both parliaments ratified the 1956 Joint Declaration, under which Moscow is to give Habomai and Shikotan back to Japan once a treaty is signed.'], '2014-04-03T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('reads "two (out) of (the) four Russian-held islands" as the two islands, never as all four', () => {
    const found = signals(extract(['The 1956 declaration obliges Moscow to transfer two out of the four Kuril islands to Japan after a peace treaty is concluded.'], '2014-04-03T08:00:00Z'));
    expect(found).toContain('1956-10-19 russia sovereignty=two-islands');
    const first = signals(extract(['Tokyo now wants two of the four Russian-held islands returned first, a government official in Tokyo said of the Kurils on Monday.'], '2018-11-20T08:00:00Z'));
    expect(first).toContain('2018-11-19 japan handover=supports');
    expect(first).not.toContain('2018-11-19 japan sovereignty=japan-all-four');
  });

  it('reads talks "conditional on" recognising Russian sovereignty as recognition first, and settling sovereignty "before concluding" a treaty as territory first', () => {
    expect(signals(extract(['The Kremlin made any resumption of the dialogue conditional on Tokyo\'s recognition that the southern Kurils are Russian land, Peskov said on Tuesday.'], '2023-02-08T08:00:00Z'))).toContain(
      '2023-02-07 russia sequencing=recognition-first',
    );
    expect(signals(extract(['Kishida restated on Friday the government\'s aim of settling the ownership of the Northern Territories before signing a peace treaty with Moscow.'], '2022-02-12T08:00:00Z'))).toContain(
      '2022-02-11 japan sequencing=territory-first',
    );
    expect(signals(extract(['Tokyo holds that only once the dispute over the four Kuril islands is resolved can it conclude a peace treaty.'], '2017-04-25T08:00:00Z'))).toContain(
      '2017-04-25 japan sequencing=territory-first',
    );
  });

  it('does not let what a speaker recalls a dated document says become the frame of the sentences after it', () => {
    const found = signals(
      extract(['Lavrov recalled that the 1956 declaration provides for the transfer of Shikotan and the Habomai islets once a peace treaty is signed.', 'Any talks on a peace treaty must be based on the 1956 declaration, the minister told reporters.'], '2019-01-15T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports', '2019-01-15 russia basis-1956=accepts']));
  });

  it('reads a settlement impossible "without recognition of the World War II results" as recognition first, and a first step far from its verb as treaty first', () => {
    expect(signals(extract(['Zakharova said on Thursday that no deal on the Kurils can be reached without recognition of the Second World War outcome.'], '2021-06-11T08:00:00Z'))).toContain(
      '2021-06-10 russia sequencing=recognition-first',
    );
    expect(signals(extract(['The first step under the 1956 declaration between Moscow and Tokyo must be the conclusion of a peace treaty, Lavrov said of the Kurils on Thursday.'], '2021-06-11T08:00:00Z'))).toContain(
      '2021-06-10 russia sequencing=treaty-first',
    );
  });

  it('gives "... and Japan has been demanding their return ever since" to Japan, held at publication, not to the clause before it or its date', () => {
    const found = signals(extract(['Soviet forces took the four Kuril islands from Japan in the last days of the war and Tokyo has been seeking their return ever since.'], '2009-07-04T08:00:00Z'));
    expect(found).toContain('2009-07-04 japan handover=supports');
    expect(found.filter((x) => x.includes('russia handover'))).toEqual([]);
    // (Two subjects joined before a verb stay one subject.)
    expect(signals(extract(['Japan and Russia have been negotiating a peace treaty over the Kurils for decades.'], '2009-07-04T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2009-07-04 japan peace-treaty=seeks', '2009-07-04 russia peace-treaty=seeks']),
    );
  });

  it('does not give what a dated document named by a participle provides ("a 1956 text calling for ...") to the parties agreeing now', () => {
    const found = signals(extract(['Koizumi and Putin agreed on Monday to pursue treaty talks on the basis of earlier accords, including a 1956 declaration calling for the return to Japan of Shikotan and the Habomai islets.'], '2003-01-14T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2003-01-13 japan peace-treaty=seeks', '2003-01-13 russia basis-1956=accepts', '1956-10-19 russia handover=supports']));
    expect(found.filter((x) => x.startsWith('2003-01-13') && /handover|two-islands/.test(x))).toEqual([]);
  });

  it('dates an act a speaker recounts in indirect speech by its own day, not the saying\'s ("said Friday that he and Putin had agreed on Thursday ...")', () => {
    expect(signals(extract(['Suga said on Wednesday that he and Putin had agreed on Tuesday to keep up the talks on a peace treaty and the Kuril islands.'], '2020-10-01T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2020-09-29 japan peace-treaty=seeks', '2020-09-29 russia peace-treaty=seeks']),
    );
    expect(signals(extract(['Suga said he talked with Putin by phone on Tuesday and they agreed to keep up the talks on a peace treaty over the Kurils.'], '2020-10-01T08:00:00Z'))).toContain('2020-09-29 japan peace-treaty=seeks');
  });

  it('reads "the vast majority of <a public>" as that public, and its view that the islands "must remain in Russia" or are "Russian territory"', () => {
    expect(signals(extract(['The vast majority of Kuril residents consider the southern Kurils Russian territory, the survey found.'], '2020-06-01T08:00:00Z'))).toContain('2020-06-01 russian-public sovereignty=russia-all');
    expect(signals(extract(['Most residents of Sakhalin believe the Kuril islands should stay with Russia.'], '2020-06-01T08:00:00Z'))).toContain('2020-06-01 russian-public sovereignty=russia-all');
    // (Islands that remain under Russian control are a fact told, no one's stance.)
    expect(signals(extract(['Tokyo says two islands alone would not settle the matter while Iturup and Kunashir remain under Russian control.'], '2020-06-01T08:00:00Z'))).not.toContain('2020-06-01 russia sovereignty=russia-all');
  });

  it('reads a crowd defending "Russia\'s ownership" of the islands, and Japan disputing "Russia\'s sovereignty over them"', () => {
    expect(signals(extract(['Several hundred people rallied in Moscow on Saturday to defend Russia\'s sovereignty over the Kuril Islands.'], '2019-01-21T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-01-19 russian-nationalists sovereignty=russia-all', '2019-01-19 russian-nationalists handover=opposes']),
    );
    expect(signals(extract(['The white paper says Tokyo still disputes Russia\'s sovereignty over the four Kuril islands.'], '2024-04-17T08:00:00Z'))).toContain('2024-04-17 japan sovereignty=japan-all-four');
  });

  it('reads "we regard Kunashir as a part of Japan\'s territory", "the Kurils are our land", islands "not open to negotiation" and "resolving the territorial issue to conclude a treaty"', () => {
    const found = (text: string) => signals(extract([text], '2012-07-04T08:00:00Z'));
    expect(found('"We regard Etorofu as a part of Japan\'s territory," Gemba told reporters on Tuesday.')).toContain('2012-07-03 japan sovereignty=japan-all-four');
    expect(found('Medvedev told reporters on Tuesday that the Kurils are Russian land.')).toContain('2012-07-03 russia sovereignty=russia-all');
    expect(found('A Kremlin aide said on Tuesday that the southern Kurils are not open to negotiation.')).toContain('2012-07-03 russia sovereignty=russia-all');
    expect(found('Noda said on Tuesday that the government would keep to its policy of resolving the Northern Territories issue to conclude a peace treaty.')).toContain(
      '2012-07-03 japan sequencing=territory-first',
    );
  });

  it('does not date a clause in the present by a long-past date after its cue ("a treaty that would end a dispute over islands seized in 1945")', () => {
    expect(signals(extract(['Tokyo is currently making a renewed push for a peace deal with Moscow to settle the row over the Kuril islands seized by Soviet forces in 1945.'], '2019-01-16T08:00:00Z'))).toContain(
      '2019-01-16 japan peace-treaty=seeks',
    );
  });

  it('dates what "a 1956 Soviet proposal to return ..." offers by its year, apart from the agreement that takes it up', () => {
    const found = signals(extract(['Last November the two leaders agreed to speed up talks based on a 1956 Soviet offer to hand back Shikotan and the Habomai islets.'], '2019-01-19T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956 russia handover=supports', '2018-11 japan basis-1956=accepts']));
    expect(found).not.toContain('2018-11 russia handover=supports');
  });

  it('dates what "(The declaration commits Russia to ...)" provides in parentheses by the declaration named before, and "a treaty as soon as possible by resolving" as territory first', () => {
    const found = signals(extract(['In Singapore the two leaders agreed to speed up talks on the basis of the Soviet-Japanese declaration of 1956. (The declaration obliges Moscow to transfer two of the four Kuril islands after a treaty is signed.)'], '2019-01-16T08:00:00Z'));
    expect(found).toContain('1956-10-19 russia sovereignty=two-islands');
    expect(signals(extract(['Tokyo said on Monday it would conclude a peace treaty as quickly as it can by resolving the question of the four Kuril islands.'], '2016-02-09T08:00:00Z'))).toContain(
      '2016-02-08 japan sequencing=territory-first',
    );
  });

  it('dates a present beside a present perfect ("Japan wants all four back and has shown no interest in ...") at publication, not the story\'s last day', () => {
    const found = signals(extract(['Lavrov said on Sunday that Moscow would honour the 1956 declaration.', 'Tokyo wants all four Kuril islands back and has shown no interest in a partial deal.'], '2004-11-22T08:00:00Z'));
    expect(found).toContain('2004-11-22 japan sovereignty=japan-all-four');
  });

  it('starts a clause at "while <Name> has/claims ..." without a comma, so that a date of the clause before does not date it; and reads "use as the basis the 1956 declaration"', () => {
    expect(signals(extract(['The chain passed to the Soviet Union after the war in 1945 while Tokyo has kept up its claim to all four of the Kuril islands.'], '2019-05-10T08:00:00Z'))).toContain(
      '2019-05-10 japan sovereignty=japan-all-four',
    );
    expect(signals(extract(['Lavrov and Kono agreed in January to take as the basis the Joint Declaration of 1956 for the Kuril talks.'], '2019-03-01T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-01 japan basis-1956=accepts', '2019-01 russia basis-1956=accepts']),
    );
  });

  it('reads a holder considering "these islands its own", ownership "challenged by Japan", rejecting "the Soviet Union\'s sovereignty", and "both sides claim"', () => {
    const found = (text: string) => signals(extract([text], '2021-12-03T08:00:00Z'));
    expect(found('Moscow plainly deems the four Kuril islands its own territory.')).toContain('2021-12-03 russia sovereignty=russia-all');
    expect(found('Russian sovereignty over the southern Kurils has long been contested by Tokyo.')).toContain('2021-12-03 japan sovereignty=japan-all-four');
    expect(found('Tokyo rejected Soviet sovereignty over the Kuril islands in 1951.')).toContain('1951 japan sovereignty=japan-all-four');
    expect(found('Because the two countries claim the Kuril islands, no peace treaty has been signed.')).toEqual(
      expect.arrayContaining(['2021-12-03 japan sovereignty=japan-all-four', '2021-12-03 russia sovereignty=russia-all']),
    );
  });

  it('keeps what the islands are called ("islands claimed by Japan") though the clause around them is negated', () => {
    expect(signals(extract(['The minister did not take questions on the four Russian-held Kuril islands claimed by Japan.'], '2018-12-12T08:00:00Z'))).toContain('2018-12-12 japan sovereignty=japan-all-four');
  });

  it('reads "agreed to activate peace talks", talks "on the conclusion of a permanent peace treaty", "the parties" as both sides, and disputing "Russian claims over" the islands', () => {
    const found = (text: string) => signals(extract([text], '2019-01-21T08:00:00Z'));
    expect(found('Abe and Putin agreed last November to activate peace talks on the Kurils.')).toEqual(expect.arrayContaining(['2018-11 japan peace-treaty=seeks', '2018-11 russia peace-treaty=seeks']));
    expect(found('On January 14 the two capitals held a first round of talks on the conclusion of a permanent peace treaty covering the Kurils.')).toEqual(
      expect.arrayContaining(['2019-01-14 japan peace-treaty=seeks', '2019-01-14 russia peace-treaty=seeks']),
    );
    expect(found('After talks with Lavrov, Kono said the parties would work on the basis of the 1956 declaration on the Kurils.')).toEqual(
      expect.arrayContaining(['2019-01-21 japan basis-1956=accepts', '2019-01-21 russia basis-1956=accepts']),
    );
    expect(found('Tokyo rejects Russian claims to Iturup, Kunashir, Shikotan and the Habomai islets.')).toContain('2019-01-21 japan sovereignty=japan-all-four');
  });

  it('dates a view "X\'s position is that the islands became ..." at publication, not by the story\'s last day', () => {
    const found = signals(extract(['Lavrov met Kono in Moscow on Monday.', 'The Kremlin\'s position is that the southern Kurils became Russian as a lawful result of the war.'], '2019-01-18T08:00:00Z'));
    expect(found).toContain('2019-01-18 russia sovereignty=russia-all');
  });

  it('reads progress "possible only after Japan\'s recognition of post-war realities" as recognition first, and islands "not a subject for dialogue" as Russia\'s', () => {
    const found = (text: string) => signals(extract([text], '2015-09-22T08:00:00Z'));
    expect(found('Lavrov said on Monday that a settlement on the Kurils was possible only after Tokyo\'s acceptance of the post-war realities.')).toContain('2015-09-21 russia sequencing=recognition-first');
    expect(found('Lavrov said on Monday that the southern Kurils were not a subject for dialogue with Tokyo.')).toContain('2015-09-21 russia sovereignty=russia-all');
  });

  it('reads "argues the annexation was illegal" and referring to the islands "as its Northern Territories" as Japan\'s claim', () => {
    const found = (text: string) => signals(extract([text], '2020-09-30T08:00:00Z'));
    expect(found('Japan holds that the Soviet seizure of the Kurils in 1945 was unlawful.')).toContain('2020-09-30 japan sovereignty=japan-all-four');
    expect(found('Tokyo still refers to the Kurils as its Northern Territories.')).toContain('2020-09-30 japan sovereignty=japan-all-four');
  });

  it('gives what the subject of reported speech "won\'t agree" to its subject, and considering the islands\' return a precondition as wanting them back', () => {
    const found = (text: string) => signals(extract([text], '2021-10-15T08:00:00Z'));
    expect(found('Zakharova said on Thursday that Tokyo won\'t agree to a peace treaty without settling the Kuril issue first.')).toContain('2021-10-14 japan sequencing=territory-first');
    expect(found('Tokyo regards the return of the Kurils as a precondition for signing a peace treaty.')).toEqual(expect.arrayContaining(['2021-10-15 japan handover=supports', '2021-10-15 japan sequencing=territory-first']));
  });

  it('gives what a document "which serves as the basis ..., specifies" to its party, and reads "the Habomai group and the island of Shikotan" as the two', () => {
    const found = signals(extract(['The 1956 declaration, which both sides call the basis of the Kuril talks, promises the handover of the Habomai islets and the island of Shikotan after a treaty.'], '2018-12-06T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('dates "For decades, Moscow and Tokyo have been negotiating a treaty" at publication, not by the story\'s last date', () => {
    const found = signals(extract(['In December the leaders set up a new format for the Kuril talks.', 'For decades, Russia and Japan have been seeking a peace treaty to close the war.'], '2019-01-18T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2019-01-18 japan peace-treaty=seeks', '2019-01-18 russia peace-treaty=seeks']));
  });

  it('dates "said the day before that ..." a day before the story\'s day, and reads honouring obligations "including those in the 1956 declaration" and clarifying "to which country the islands belong and then" concluding', () => {
    const found = signals(
      extract(['Lavrov spoke on the Kurils on Tuesday.', 'Prime Minister Koizumi said the day before that Tokyo still aimed to clarify to which country the four islands belong and then to conclude a peace treaty.'], '2004-11-17T08:00:00Z'),
    );
    expect(found).toContain('2004-11-15 japan sequencing=territory-first');
    expect(signals(extract(['Putin said on Monday that Russia would honour all the obligations of the Soviet Union, including those in the 1956 declaration on the Kurils.'], '2004-11-16T08:00:00Z'))).toContain(
      '2004-11-15 russia basis-1956=accepts',
    );
  });

  it('reads islands "under Russian occupation" and hoping "to return the islands" as Japan\'s', () => {
    const found = (text: string) => signals(extract([text], '2023-04-12T08:00:00Z'));
    expect(found('The Bluebook says the Kurils remain under illegal Russian occupation.')).toContain('2023-04-12 japan sovereignty=japan-all-four');
    expect(found('Tokyo still hopes to regain the disputed Kuril islands off Hokkaido.')).toContain('2023-04-12 japan handover=supports');
  });

  it('reads sovereignty "over the entire ridge of the Kuril Islands" as unquestionable, and acknowledging "the legal validity" of the 1956 declaration', () => {
    const found = (text: string) => signals(extract([text], '2020-05-23T08:00:00Z'));
    expect(found('Zakharova said on Friday that Russian sovereignty over all the islands of the Kuril chain is beyond any doubt.')).toContain('2020-05-22 russia sovereignty=russia-all');
    expect(found('Putin has acknowledged the legal validity of the 1956 declaration on the Kurils.')).toContain('2020-05-23 russia basis-1956=accepts');
  });

  it('starts a clause at "and <Name> wants/claims/still ..." without a comma after a lower-case word, a year or "WWII", not between two names', () => {
    expect(signals(extract(['The Soviet army took the Kuril islands at the end of WWII and Tokyo wants them back to this day.'], '2016-12-05T08:00:00Z'))).toContain('2016-12-05 japan handover=supports');
    expect(signals(extract(['Japan and Russia still want a peace treaty over the Kurils.'], '2016-12-05T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2016-12-05 japan peace-treaty=seeks', '2016-12-05 russia peace-treaty=seeks']),
    );
  });

  it('reads refusing "a peace treaty ... until the islands are returned" as territory first', () => {
    expect(signals(extract(['Tokyo refuses any peace treaty with Moscow until all four Kuril islands have been handed back.'], '1991-04-14T08:00:00Z'))).toContain('1991-04-14 japan sequencing=territory-first');
  });

  it('reads "the main condition ... must be recognition of the outcome of the war" as recognition first', () => {
    expect(signals(extract(['Lavrov said on Wednesday the main condition for progress on a treaty must be recognition of the outcome of the Second World War by Tokyo, including on the Kurils.'], '2019-01-17T08:00:00Z'))).toContain(
      '2019-01-16 russia sequencing=recognition-first',
    );
  });

  it('does not read the peace treaty a handover waits for ("return ... after the two countries sign a peace treaty") as anyone\'s aim', () => {
    const found = signals(extract(['Under the 1956 declaration, Moscow undertook to give back Shikotan and the Habomai islets once the two countries conclude a peace treaty.'], '2001-03-26T08:00:00Z'));
    expect(found).toContain('1956-10-19 russia handover=supports');
    expect(found.filter((x) => x.includes('peace-treaty'))).toEqual([]);
  });

  it('reads what a deal "would mean" as a consequence weighed, not a demand', () => {
    const found = signals(extract(['While Moscow has floated joint ventures on the Kurils, Tokyo has turned the idea down, noting that such a step would effectively mean acknowledging Russian sovereignty over the islands.'], '2016-11-22T08:00:00Z'));
    expect(found.filter((x) => x.includes('recognition-first'))).toEqual([]);
  });

  it('reads the return of the islands called "the condition for its conclusion" (the treaty named before) as territory first', () => {
    expect(signals(extract(['Kono wants a peace treaty with Moscow. Tokyo sees the return of the four Kuril islands as the precondition for its signing.'], '2019-09-22T08:00:00Z'))).toContain(
      '2019-09-22 japan sequencing=territory-first',
    );
  });

  it('gives what a group is named for ("a group calling for the return of", "advocacy group for the return of") to the group, not to who acts on it', () => {
    const found = signals(extract(['Moscow on Monday banned a Japanese group calling for the return of the Kuril islands.'], '2025-04-08T08:00:00Z'));
    expect(found).not.toContain('2025-04-07 russia handover=supports');
    expect(signals(extract(['The league is Japan\'s main advocacy group for the return of the Kuril islands.'], '2025-04-08T08:00:00Z'))).not.toContain('2025-04-08 japan handover=supports');
  });

  it('reads backing "Japan\'s position" or Japan "regarding the Northern Territories" as the backer\'s view that the islands are Japan\'s', () => {
    expect(signals(extract(['Washington fully backs Japan regarding the Northern Territories, the State Department said on Monday.'], '2010-11-02T08:00:00Z'))).toContain(
      '2010-11-01 united-states sovereignty=japan-all-four',
    );
  });

  it('dates a party\'s own view said in the present ("It says the islands were seized after the war") when it says so, not by the past it tells of', () => {
    const found = signals(extract(['Tokyo protested the deployment of missiles on Kunashir on Tuesday.', 'It says the four islands were illegally occupied after the end of the Second World War.'], '2020-12-08T08:00:00Z'));
    expect(found).toContain('2020-12-08 japan sovereignty=japan-all-four');
    expect(found.filter((x) => x.startsWith('1945'))).toEqual([]);
  });

  it('gives "According to that policy, ..." to whom the story last quoted on the policy', () => {
    const found = signals(
      extract(['Chief Cabinet Secretary Katsunobu Kato said on Tuesday that Tokyo would keep negotiating with Moscow under its basic policy on the Northern Territories.', 'Under that policy, the question of who owns the four islands has to be resolved before a peace treaty is signed.'], '2021-06-16T08:00:00Z'),
    );
    expect(found).toContain('2021-06-16 japan sequencing=territory-first');
  });

  it('dates an offer made "in a 1956 joint declaration" by the declaration, and a "but <Name> never ..." after it is a clause of its own', () => {
    const found = signals(extract(['The Soviet Union offered in a 1956 joint declaration with Japan to return two of the islands but Tokyo never stopped pressing for all four Kurils.'], '2019-12-01T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports', '2019-12-01 japan sovereignty=japan-all-four']));
    expect(found).not.toContain('1956-10-19 russia handover=opposes');
  });

  it('reads a relative clause without its pronoun ("a treaty with Moscow it hopes will settle ...") as no future of the main clause', () => {
    expect(signals(extract(['Tokyo is pursuing a peace treaty with Moscow it believes would settle the quarrel over the Kuril islands.'], '2019-01-16T08:00:00Z'))).toContain('2019-01-16 japan peace-treaty=seeks');
  });

  it('dates a view its holder states in the present ("Moscow, for its part, claims the takeover was lawful") at publication, not on the story\'s last day', () => {
    const found = signals(
      extract(['Putin said on Wednesday that talks with Tokyo on a peace treaty would continue.', 'Moscow, for its part, claims the Soviet takeover of the Kurils was a legitimate outcome of the war.'], '2019-06-07T08:00:00Z'),
    );
    expect(found).toContain('2019-06-07 russia sovereignty=russia-all');
  });

  it('reads accepting "the consequences of the Second World War" as the war\'s results', () => {
    expect(signals(extract(['Lavrov said on Monday that Tokyo must accept the consequences of the Second World War before any treaty on the Kurils.'], '2018-12-12T08:00:00Z'))).toContain(
      '2018-12-10 russia sequencing=recognition-first',
    );
  });

  it('reads resolving the territorial issue "before his term expires" as a deadline, not as the islands first', () => {
    expect(signals(extract(['Suga hopes to settle the territorial issue over the Kurils before his tenure as party leader ends next year.'], '2020-11-17T08:00:00Z'))).not.toContain(
      '2020-11-17 japan sequencing=territory-first',
    );
    expect(signals(extract(['Suga wants the territorial issue over the Kurils settled before a peace treaty is signed.'], '2020-11-17T08:00:00Z'))).toContain('2020-11-17 japan sequencing=territory-first');
  });

  it('dates what a relative clause says of a 1956 declaration named "with the then Soviet Union" or past a dashed aside by the declaration, and gives it to its party', () => {
    const found = signals(
      extract(['Tokyo holds that a 1956 joint declaration with the then Soviet Union that promises Shikotan and the Habomai islets to Japan still stands, the Kuril talks aside.'], '2000-12-02T08:00:00Z'),
    );
    expect(found).toContain('1956-10-19 russia handover=supports');
    expect(found).not.toContain('2000-12-02 japan handover=supports');
    const dashed = signals(
      extract(['The leaders chose the 1956 Joint Declaration between Japan and the Soviet Union -- Moscow\'s predecessor -- that promises two of the four Kuril islands would be handed back once a peace treaty is signed.'], '2018-11-23T08:00:00Z'),
    );
    expect(dashed).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('reads a bid "to secure their eventual return", islands "legitimately acquired", and not a past transfer to the Soviet Union as a demand', () => {
    expect(signals(extract(['Tokyo has pushed joint fisheries near the Kurils as part of its effort to secure their early return.'], '2019-08-02T08:00:00Z'))).toContain('2019-08-02 japan handover=supports');
    expect(signals(extract(['The Kremlin wants Tokyo to accept that the Kuril islands were lawfully acquired at the end of the war.'], '2021-06-05T08:00:00Z'))).toContain('2021-06-05 russia sovereignty=russia-all');
    expect(signals(extract(['The Kremlin insists that the Kuril islands were transferred to the Soviet Union under wartime agreements.'], '2020-09-04T08:00:00Z'))).not.toContain('2020-09-04 russia handover=supports');
  });

  it('reads pressing or pushing the other side "to return" the islands as wanting them handed over', () => {
    expect(signals(extract(['For decades Tokyo has pushed Moscow to return the Kuril islands.'], '2004-11-15T08:00:00Z'))).toContain('2004-11-15 japan handover=supports');
    expect(signals(extract(['Tokyo held a press conference on the Kuril islands, and Moscow said the talks would return to the agenda.'], '2004-11-15T08:00:00Z'))).not.toContain('2004-11-15 japan handover=supports');
  });

  it('reads "Russian-Japanese talks on a peace treaty were held" as both sides pursuing the treaty', () => {
    expect(signals(extract(['Japanese-Russian negotiations on a peace treaty were held in Tokyo on Friday, the Kurils dispute at their centre.'], '2019-02-10T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-02-08 japan peace-treaty=seeks', '2019-02-08 russia peace-treaty=seeks']),
    );
  });

  it('reads rejecting attempts to revise the outcome of the Second World War as holding the islands', () => {
    expect(signals(extract(['Moscow on Thursday condemned any attempts to rewrite the results of World War II, in a statement on the Kurils.'], '2007-02-09T08:00:00Z'))).toContain(
      '2007-02-08 russia sovereignty=russia-all',
    );
  });

  it('gives what "the Japanese government\'s position" is, quoted by the other side\'s spokeswoman, to Japan, and not a position another backs', () => {
    const found = signals(
      extract(['Zakharova said on Friday that ties with Tokyo were strained, "while the Japanese government\'s position stays the same, aiming to resolve the territorial issue and conclude a peace treaty."', 'The Kurils remain the obstacle.'], '2026-02-21T08:00:00Z'),
    );
    expect(found).toContain('2026-02-20 japan peace-treaty=seeks');
    expect(found).not.toContain('2026-02-20 russia peace-treaty=seeks');
  });

  it('gives "For the Japanese side, a peace treaty is tied to the territorial issue" to that side, whoever says it, and not "For Japan, the end of the talks ..."', () => {
    const found = signals(
      extract(['Ambassador Galuzin said on Wednesday: "For the Japanese side, the signing of a peace treaty comes only after the territorial issue of the Kurils is resolved."'], '2022-10-13T08:00:00Z'),
    );
    expect(found).toContain('2022-10-12 japan sequencing=territory-first');
    expect(found).not.toContain('2022-10-12 russia sequencing=territory-first');
  });

  it('reads "progress in Tokyo\'s efforts to settle ... before signing a treaty" as Tokyo\'s aim: a possessive after "in" is the state, not the place', () => {
    expect(signals(extract(['Analysts see little progress in Tokyo\'s efforts to settle the Kuril dispute before signing a peace treaty.'], '2018-09-14T08:00:00Z'))).toContain(
      '2018-09-14 japan sequencing=territory-first',
    );
  });

  it('gives what a speaker says both sides "should" do to the speaker alone, as a proposal', () => {
    const found = signals(extract(['Putin said on Wednesday that Russia and Japan should sign a peace treaty by the end of the year with no preconditions, setting the Kurils aside.'], '2018-09-13T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2018-09-12 russia peace-treaty=seeks', '2018-09-12 russia sequencing=treaty-first']));
    expect(found).not.toContain('2018-09-12 japan sequencing=treaty-first');
  });

  it('reads "our sovereignty extends to" the islands, calling them "our original territories", a move against "Japan\'s consistent stance over the four ... islands", and authority "beyond question"', () => {
    expect(signals(extract(['"Japan\'s sovereignty extends to all four islands," the foreign minister said on Wednesday of the Kurils.'], '2022-01-20T08:00:00Z'))).toContain('2022-01-19 japan sovereignty=japan-all-four');
    expect(signals(extract(['On Monday Kishida called the Kurils our original territories.'], '2022-03-10T08:00:00Z'))).toContain('2022-03-07 japan sovereignty=japan-all-four');
    expect(signals(extract(['Kato said the trip to Iturup ran counter to Japan\'s consistent stance over the four disputed Pacific islands.'], '2021-07-27T08:00:00Z'))).toContain('2021-07-27 japan sovereignty=japan-all-four');
    expect(signals(extract(['Moscow says its authority over the Kuril islands is beyond any doubt.'], '2022-01-20T08:00:00Z'))).toContain('2022-01-20 russia sovereignty=russia-all');
  });

  it('reads the islands "were, are and will stay Russian" past a longer run of verbs as Russia\'s claim', () => {
    expect(signals(extract(['Foreign Minister Sergei Lavrov said on Thursday that the Kuril islands "were, are and will stay Russian."'], '2020-07-04T08:00:00Z'))).toContain(
      '2020-07-02 russia sovereignty=russia-all',
    );
  });

  it('opens a clause at ", and <people> <past verb>" so that its date does not date the clause before it', () => {
    const found = signals(
      extract(['Surveys in Russia late last year found about three in four respondents against handing any of the Kuril islands to Japan, and demonstrators gathered in Moscow in January to protest against any transfer.'], '2019-04-25T08:00:00Z'),
    );
    expect(found).toContain('2018-09/2018-12 russian-public handover=opposes');
  });

  it('does not open a clause at a naming aside (", which it calls Etorofu,"): the sentence goes on with its own date', () => {
    const found = signals(
      extract(['The ministry summoned the Russian ambassador on Monday, telling him the trip ran counter to Japan\'s position that Iturup, which it calls Etorofu, and the other three Kuril islands are Japanese territory.'], '2021-07-27T08:00:00Z'),
    );
    expect(found).toContain('2021-07-26 japan sovereignty=japan-all-four');
  });

  it('reads "there could be no progress ... until Japan acknowledges the results of the war" as a condition, not a possibility', () => {
    expect(signals(extract(['Lavrov said on Tuesday that there could be no progress on the Kurils until Japan acknowledged the results of the war.'], '2019-01-16T08:00:00Z'))).toContain(
      '2019-01-15 russia sequencing=recognition-first',
    );
    expect(signals(extract(['Lavrov said on Tuesday that there could be progress on the Kurils if Japan acknowledged the results of the war.'], '2019-01-16T08:00:00Z'))).toEqual([]);
  });

  it('reads overseeing, joining or opening a round of peace treaty talks as pursuing the treaty', () => {
    expect(signals(extract(['Deputy Foreign Minister Morgulov will lead the peace treaty negotiations with Tokyo, the Kremlin said on Monday, with the Kurils at stake.'], '2019-01-15T08:00:00Z'))).toContain(
      '2019-01-14 russia peace-treaty=seeks',
    );
    expect(signals(extract(['Japan and Russia opened a new round of peace treaty talks in Moscow on Monday, with the Kurils on the agenda.'], '2019-01-15T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-01-14 japan peace-treaty=seeks', '2019-01-14 russia peace-treaty=seeks']),
    );
  });

  it('dates a clause by its own past, not by a comment set after it in apposition (", a promise Putin has repeatedly called binding")', () => {
    const found = signals(
      extract(['Under the 1956 declaration, Moscow agreed to hand over Shikotan and the Habomai islets once a peace treaty was signed, a pledge Putin has repeatedly called binding.'], '2019-01-21T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });

  it('dates a saying after a year given as background by the story\'s last day in that year, not by publication', () => {
    const found = signals(
      extract([
        'Kono met Lavrov in Munich on Saturday to discuss the Kuril islands.',
        'In 2019, both leaders hoped to reach a framework deal.',
        'Lavrov repeated Russia\'s view that the islands are under Russian sovereignty, and said Tokyo must accept the outcome of the Second World War.',
      ], '2019-02-18T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['2019-02-16 russia sequencing=recognition-first', '2019-02-16 russia sovereignty=russia-all']));
  });
  it('goes on from the time last told of when a paragraph opens by counting on from it ("The following day", "That month"), though that was a paragraph about the past', () => {
    const found = signals(
      extract([
        'Suga took office this month, saying he would keep Abe\'s Kuril policy.',
        'On Sept. 12, 2018, Putin suggested the two sides sign a treaty before the year was out, with no preconditions.',
        'Tokyo said no. The following day, Suga told reporters that Japan\'s policy of settling the territorial issue first and then concluding a peace treaty had not changed.',
        'That month, a poll found most Russians opposed giving any of the Kuril islands to Japan.',
      ], '2020-09-30T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['2018-09-13 japan sequencing=territory-first', '2018-09 russian-public handover=opposes']));
    // (Not a date set off later in a sentence: "Moscow had flagged the step six months earlier" counts from the news.)
    const later = signals(
      extract([
        'Russia ended the visa-free visits to the Kurils on Monday. It terminates a 1991 agreement behind the exchange programme launched the following year.',
        'The order gave no reasons. But Moscow had flagged the step six months earlier. On March 21, the Russian Foreign Ministry said it would not continue negotiations on a peace treaty.',
      ], '2022-09-06T08:00:00Z'),
    );
    expect(later).toContain('2022-03-21 russia peace-treaty=suspended');
  });
  it('reads a peace treaty named with the war it would end ("a World War Two peace treaty") as the treaty', () => {
    expect(signals(extract(['In March 2022 Moscow quit its negotiations with Tokyo toward a World War Two peace treaty over the Kurils.'], '2023-02-07T08:00:00Z'))).toEqual([
      '2022-03 russia peace-treaty=suspended',
    ]);
  });

  it('reads calling the seizure unlawful as Tokyo\'s claim, and arguing it lawful as Moscow\'s', () => {
    expect(signals(extract(['Soviet troops seized the Kuril islands in 1945. Tokyo calls the seizure illegal, while Moscow argues it acted lawfully.'], '2022-03-21T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2022-03-21 japan sovereignty=japan-all-four', '2022-03-21 russia sovereignty=russia-all']),
    );
  });
  it('gives talks that took place with no subject to the sides they were between, or to the side they were with and the other party', () => {
    expect(signals(extract(['Peace treaty talks between Japan and Russia over the Kurils were held on Tuesday.'], '2019-01-16T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-01-15 japan peace-treaty=seeks', '2019-01-15 russia peace-treaty=seeks']),
    );
    expect(signals(extract(['A fresh round of peace treaty talks with Moscow, held in Tokyo on Monday, produced little for Japan on the Kurils.'], '2019-01-16T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-01-14 japan peace-treaty=seeks', '2019-01-14 russia peace-treaty=seeks']),
    );
    // (Not talks told as ended: one side ended them.)
    expect(signals(extract(['The end of peace treaty talks with Japan over the Kurils is a symptom, not a cause.'], '2022-03-24T08:00:00Z'))).not.toContain('2022-03-24 japan peace-treaty=suspended');
  });
  it('reads the four islands named in any list order and joining ("X, Y and Z and the W islet group")', () => {
    expect(signals(extract(['Tokyo keeps demanding the return of Kunashiri, Etorofu and Shikotan and the Habomai islets, an official said on Monday.'], '2011-01-18T08:00:00Z'))).toContain(
      '2011-01-17 japan sovereignty=japan-all-four',
    );
    // (Not two named apart from the other two.)
    expect(signals(extract(['Moscow would give back Shikotan and Habomai, but not Iturup and Kunashir, officials said on Monday.'], '2011-01-18T08:00:00Z'))).not.toContain(
      '2011-01-17 russia sovereignty=japan-all-four',
    );
  });

  it('reads recognising "a 1956 Japan-Soviet Union declaration" as accepting it', () => {
    expect(signals(extract(['The Kremlin has recognised a 1956 Japan-Soviet Union declaration on the Kurils.'], '2001-05-19T08:00:00Z'))).toEqual(['2001-05-19 russia basis-1956=accepts']);
  });
  it('gives a rally\'s demand in a long relative clause\'s continuation to the relative clause\'s antecedent, not to a group named nowhere', () => {
    const found = signals(
      extract([
        'Former residents remain unconvinced. The Chishima Habomai Islands Residents League, which speaks for people who left the islands after the war and for their children and grandchildren, adopted a resolution at the rally in February calling for the return of all four islands.',
      ], '2019-05-09T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['2019-02 japanese-public sovereignty=japan-all-four', '2019-02 japanese-public handover=supports']));
  });
  it('reads a crowd noun ("protesters") as who else the clause names it as, and as the codebook\'s crowd only where no one else is named', () => {
    expect(signals(extract(['Protesters, among them former residents of the Kuril islands, marched in Tokyo on Tuesday to demand the return of the territories.'], '2023-02-08T08:00:00Z'))).toContain(
      '2023-02-07 japanese-public handover=supports',
    );
    expect(signals(extract(['Hundreds of protesters rallied in Moscow on Sunday against handing over any of the Kuril islands to Japan.'], '2019-01-21T08:00:00Z'))).toContain(
      '2019-01-20 russian-nationalists handover=opposes',
    );
  });
  it('reads what a dated document "mentions", "includes" or "contains" as its party\'s, dated by the document', () => {
    expect(signals(extract(['Tokyo seeks talks on the Kurils grounded in a 1956 Soviet-Japanese declaration that mentions Moscow handing over the two smaller islands.'], '2019-09-06T08:00:00Z'))).toEqual(
      expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']),
    );
  });
  it('reads a refusal to give the islands to Japan said by the head of a state\'s upper house as the state\'s', () => {
    expect(signals(extract(['Moscow will never give the southern Kurils to Tokyo, the speaker of Russia\'s upper house said on Tuesday.'], '2016-11-01T20:00:00Z'))).toEqual([
      '2016-11-01 russia handover=opposes',
    ]);
  });

  it('reads wanting to end the anomaly of having no peace treaty as seeking one, and not as ending the talks', () => {
    expect(signals(extract(['Putin said on Tuesday that he would like to end this anachronism of two neighbours without a peace treaty over the Kurils.'], '2016-12-14T08:00:00Z'))).toEqual([
      '2016-12-13 russia peace-treaty=seeks',
    ]);
    const found = signals(extract(['"We must end the absence of a peace treaty on the Kurils," Suga said on Friday.'], '2018-11-17T08:00:00Z'));
    expect(found).toContain('2018-11-16 japan peace-treaty=seeks');
    expect(found).not.toContain('2018-11-16 japan peace-treaty=suspended');
  });
  it('reads talks about the territorial dispute as the treaty talks', () => {
    expect(signals(extract(['Motegi held talks on the Kuril territorial dispute with Lavrov on Monday in Tokyo.'], '2019-01-16T08:00:00Z'))).toContain(
      '2019-01-14 japan peace-treaty=seeks',
    );
  });
  it('gives what the foreign ministers "of Russia and Japan" do to both, and reads talks for settling the territorial dispute as the treaty talks', () => {
    expect(signals(extract(['The foreign ministers of Russia and Japan gathered in Tokyo on Thursday to revive talks for settling the Kuril territorial dispute.'], '2019-12-20T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2019-12-19 japan peace-treaty=seeks', '2019-12-19 russia peace-treaty=seeks']),
    );
  });
  it('dates what a known document provides, told with its year only, by the document\'s day', () => {
    expect(signals(extract(['Tokyo and Moscow signed a joint declaration in 1956 in which the Soviet side agreed to hand over Shikotan and the Habomai islets after a peace treaty on the Kurils.'], '2019-02-16T08:00:00Z'))).toEqual(
      expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']),
    );
  });
  it('reads a condition for resuming the treaty talks as no wish to resume them, and "belong under Japanese jurisdiction" as Tokyo\'s claim', () => {
    expect(signals(extract(['Moscow now makes Tokyo\'s recognition of the Kurils as Russian land a condition for resuming the peace treaty talks.'], '2024-01-31T08:00:00Z'))).toEqual([
      '2024-01-31 russia sequencing=recognition-first',
      '2024-01-31 russia sovereignty=russia-all',
    ]);
    expect(signals(extract(['In Tokyo\'s view, all four Kuril islands belong under Japanese jurisdiction.'], '2015-08-31T08:00:00Z'))).toEqual(['2015-08-31 japan sovereignty=japan-all-four']);
  });
  it('counts "N years after the end of World War II" on from the war, not as the war\'s date', () => {
    expect(signals(extract(['Sixty-seven years after the end of World War II, Noda and Putin said in a joint statement that the absence of a peace treaty over the Kurils was abnormal.'], '2012-07-04T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2012 russia peace-treaty=seeks', '2012 japan peace-treaty=seeks']),
    );
  });
  it('reads "insists it owns the islands" by its holder, insisting on following the 1956 declaration as accepting it, and a hurdle to two sides signing a treaty as no one\'s aim', () => {
    expect(signals(extract(['Russia insists it owns the Kuril islands.'], '2018-09-12T08:00:00Z'))).toEqual(['2018-09-12 russia sovereignty=russia-all']);
    expect(signals(extract(['The Kremlin insists on implementing the 1956 Soviet-Japanese declaration in the Kuril talks.'], '2016-12-13T08:00:00Z'))).toContain('2016-12-13 russia basis-1956=accepts');
    expect(signals(extract(['Following the 1956 declaration, ties were restored, but the Kuril dispute went on.'], '2016-12-13T08:00:00Z'))).not.toContain('2016-12-13 russia basis-1956=accepts');
    expect(signals(extract(['The Kuril row is the main obstacle to Moscow and Tokyo concluding a peace treaty.'], '2019-05-10T08:00:00Z'))).toEqual([]);
  });
  it('reads common statements of the parties\' standing positions: a claim maintained, a refusal in the future tense, territory that "became Soviet", handing "back"', () => {
    const day = '2019-01-22T08:00:00Z';
    expect(signals(extract(['Japan maintains its claim to the Kuril islands.'], day))).toEqual(['2019-01-22 japan sovereignty=japan-all-four']);
    expect(signals(extract(['Moscow wants a peace treaty but will not give up the Kuril islands.'], day))).toEqual(['2019-01-22 russia peace-treaty=seeks', '2019-01-22 russia handover=opposes']);
    expect(signals(extract(['Moscow maintains the Kurils legally became Soviet territory as the outcome of the war.'], day))).toEqual(['2019-01-22 russia sovereignty=russia-all']);
    expect(signals(extract(['Russia has ruled out handing the Kuril islands back.'], day))).toEqual(['2019-01-22 russia handover=opposes']);
  });
  it('reads calling Russia\'s control of the islands illegal, or the islands taken illegally, as Tokyo\'s claim', () => {
    expect(signals(extract(['Japan regards Russia\'s control of the Kuril islands as illegal.'], '2019-01-22T08:00:00Z'))).toEqual(['2019-01-22 japan sovereignty=japan-all-four']);
    expect(signals(extract(['Japan says the Kuril islands were taken illegally.'], '2019-01-22T08:00:00Z'))).toEqual(['2019-01-22 japan sovereignty=japan-all-four']);
  });
  it('dates what "That declaration included" by the year the declaration was named with before, not by the story\'s frame', () => {
    const found = signals(
      extract([
        'Former residents of the Kuril islands met officials on June 30.',
        'Tokyo and Moscow restored relations through a joint declaration signed in 1956. That declaration included the Soviet side\'s promise to hand over Shikotan and the Habomai islets to Japan once a peace treaty was signed.',
      ], '2025-07-22T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });
  it('reads a poll\'s population named by a demonym ("A majority of Japanese") as that state\'s public', () => {
    expect(signals(extract(['A majority of Japanese want all four Kuril islands returned, a newspaper poll showed on Monday.'], '2019-01-23T08:00:00Z'))).toEqual([
      '2019-01-21 japanese-public sovereignty=japan-all-four',
      '2019-01-21 japanese-public handover=supports',
    ]);
  });
  it('reads Kremlin-backed outlets and the government daily as state media, not as the state', () => {
    expect(signals(extract(['Kremlin-backed outlets warned on Monday against giving away the Kuril islands.'], '2019-01-23T08:00:00Z'))).toEqual(['2019-01-21 russian-state-media handover=opposes']);
  });
  it('reads "must first accept that the islands became Russian" as a demand of recognition first, and a rejected idea as no one\'s', () => {
    expect(signals(extract(['Lavrov said on Monday that Tokyo must first accept that the Kuril islands became Russian after the war.'], '2019-01-23T08:00:00Z'))).toEqual([
      '2019-01-21 russia sequencing=recognition-first',
      '2019-01-21 russia sovereignty=russia-all',
    ]);
    expect(signals(extract(['Japan rejected the idea of signing a treaty before resolving the Kuril dispute.'], '2019-01-23T08:00:00Z'))).not.toContain('2019-01-23 japan sequencing=treaty-first');
  });
  it('reads shifting toward seeking a return as seeking it (only shifting away or from is a retreat), and "two of the four islands" as no claim to all four', () => {
    const found = signals(extract(['Abe has shifted toward seeking the return of just two of the four Kuril islands.'], '2019-01-23T08:00:00Z'));
    expect(found).toContain('2019-01-23 japan handover=supports');
    expect(found).not.toContain('2019-01-23 japan sovereignty=japan-all-four');
    expect(signals(extract(['Abe has shifted away from the demand for all four Kuril islands.'], '2019-01-23T08:00:00Z'))).toEqual([]);
  });
  it('dates a year-only event by the day of a document its paragraph names, or the paragraph before when the sentence opens on "its" text', () => {
    const found = signals(
      extract(
        [
          'Kuril talks have stalled for decades. The 1956 joint declaration restored diplomatic ties between Tokyo and Moscow.',
          'In its ninth clause, the Soviet Union promised in 1956 to give Shikotan and the Habomai group to Japan after a peace treaty.',
        ],
        '2016-10-19T08:00:00Z',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia sovereignty=two-islands', '1956-10-19 russia handover=supports']));
  });
  it('gives "they agreed" to both sides after one "has held many meetings with" the other', () => {
    expect(signals(extract(['Abe has held more than twenty meetings with Putin to settle the Kuril question, and they agreed in November to speed up the treaty talks.'], '2019-01-10T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2018-11 japan peace-treaty=seeks', '2018-11 russia peace-treaty=seeks']),
    );
  });
  it('reads talks "aimed at signing" or "over issues linked to concluding" a peace treaty as treaty talks, and walking away from them as no wish for the treaty', () => {
    expect(signals(extract(['Moscow said on Tuesday it was walking away from negotiations with Tokyo aimed at concluding a Kuril peace treaty.'], '2022-03-24T08:00:00Z'))).toEqual(['2022-03-22 russia peace-treaty=suspended']);
    expect(signals(extract(['Last spring the Kremlin halted its dialogue with Japan over issues linked to concluding a peace treaty and the Kuril question.'], '2023-01-24T08:00:00Z'))).toEqual(['2022-03/2022-05 russia peace-treaty=suspended']);
  });
  it('dates an undated saying by a speaker quoted earlier on the news day by that occasion, not by a background day told between', () => {
    const found = signals(
      extract(
        [
          'Japan lodged a protest with Moscow on Thursday over new Russian barracks on the Kuril islands, Japanese Foreign Minister Taro Yamada told reporters.',
          'The building work was first spotted by fishermen on Sunday, local media reported.',
          'Yamada said Tokyo would keep negotiating to resolve the territorial issue and then sign a peace treaty.',
        ],
        '2026-03-13T08:00:00Z',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['2026-03-12 japan peace-treaty=seeks', '2026-03-12 japan sequencing=territory-first']));
    const later = signals(
      extract(
        [
          'On March 2, Japanese Foreign Minister Taro Yamada told parliament that the Kuril islands were Japanese land.',
          'Russia ended visa-free visits to the islands on Thursday.',
          'Yamada said Tokyo would keep negotiating to resolve the territorial issue and then sign a peace treaty.',
        ],
        '2026-03-13T08:00:00Z',
      ),
    );
    expect(later).toEqual(expect.arrayContaining(['2026-03-12 japan peace-treaty=seeks']));
  });
  it('dates a refusal said in the past by the date the narrative gives the saying ("In May last year, the ministry said it would not ...")', () => {
    const paragraphs = ['Talks on the Kuril islands remain frozen.', "In May last year, Russia's Foreign Ministry said it would not continue negotiating a peace treaty with a country that had imposed sanctions on it."];
    expect(signals(extract(paragraphs, '2024-02-10T08:00:00Z'))).toEqual(['2023-05 russia peace-treaty=suspended']);
  });
  it('reads islands that "should be handed back" as a demand for their return', () => {
    expect(signals(extract(['Tokyo argues that the Kuril islands should be handed back to Japan.'], '2021-06-08T08:00:00Z'))).toContain('2021-06-08 japan handover=supports');
  });
  it('gives an agreement a clause says it follows to its makers on its date, besides the clause\'s own stance ("in line with an agreement A and B reached in ...")', () => {
    const found = signals(
      extract(['The ministry said on Monday that Tokyo would press on with the Kuril treaty talks, in line with an agreement Prime Minister Abe and President Putin struck in Singapore in November.'], '2019-02-06T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['2019-02-04 japan peace-treaty=seeks', '2018-11 japan peace-treaty=seeks', '2018-11 russia peace-treaty=seeks']));
  });
  it('reads "proceeds from the assumption that" as a view held now, not dated by the past it tells', () => {
    const paragraphs = [
      'Japan protested to the Russian envoy over the Kuril remarks on Friday.',
      'The Kremlin proceeds from the premise that the southern Kurils became Soviet territory after the Second World War and that Russian sovereignty over them is beyond question.',
    ];
    expect(signals(extract(paragraphs, '2015-09-06T08:00:00Z'))).toEqual(['2015-09-06 russia sovereignty=russia-all']);
  });
  it('gives the partner of an agreement told in reported speech its share ("Abe said he had agreed with Putin to ...")', () => {
    expect(signals(extract(['Abe told reporters he had agreed with Russian President Vladimir Putin to speed up the Kuril peace treaty talks.'], '2018-11-15T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2018-11-15 japan peace-treaty=seeks', '2018-11-15 russia peace-treaty=seeks']),
    );
  });
  it('reads "have not yet concluded a treaty" as a denial, not as seeking one', () => {
    expect(signals(extract(['The Kuril row runs so deep that Moscow and Tokyo have not yet concluded a peace treaty.'], '2019-02-19T08:00:00Z'))).toEqual([]);
  });
  it('reads what a document "that states" provides as the document\'s, whoever takes it up', () => {
    const found = signals(
      extract(['The two leaders agreed to keep negotiating on the basis of earlier accords, among them a 1956 joint declaration that states Japan is to get back the Habomai islets and Shikotan once a Kuril peace treaty is signed.'], '2021-10-08T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports']));
    expect(found).not.toContain('1956-10-19 japan handover=supports');
  });
  it('reads what "It states that ..." tells after a sentence naming the 1956 declaration as the declaration\'s provision', () => {
    const found = signals(
      extract(
        ['Negotiators treat the 1956 Japan-Soviet joint declaration as the basis of the Kuril talks. It says that Shikotan and the Habomai group will be given back to Japan when Japan and the Soviet Union conclude a peace treaty.'],
        '2019-02-12T08:00:00Z',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports']));
    expect(found).not.toContain('1956-10-19 japan handover=supports');
  });
  it('reads citing "the" 1956 declaration as the basic document as accepting it', () => {
    expect(signals(extract(['Putin and Mori cited the 1956 Kuril joint declaration as the basic legal document.'], '2001-03-26T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2001-03-26 russia basis-1956=accepts', '2001-03-26 japan basis-1956=accepts']),
    );
  });
  it('gives both of a pair that "met ... and promised" their promise', () => {
    expect(signals(extract(['Abe and Putin met in Sochi and promised to conclude a Kuril peace treaty.'], '2016-05-07T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2016-05-07 japan peace-treaty=seeks', '2016-05-07 russia peace-treaty=seeks']),
    );
  });
  it('dates a pluperfect view "before" a dated event by that event, not by publication', () => {
    expect(signals(extract(['Before the 1991 summit, Moscow had insisted that there was no territorial dispute over the Kuril islands.'], '2022-12-21T08:00:00Z'))).toEqual([
      '1991 russia sovereignty=russia-all',
    ]);
  });
  it('reads "the islands Tokyo claims" and "islands it also claims" (of Japan) as Japan\'s claim', () => {
    expect(signals(extract(['Russian troops exercised on the Kuril islands Tokyo claims.'], '2015-08-22T08:00:00Z'))).toContain('2015-08-22 japan sovereignty=japan-all-four');
    expect(signals(extract(['Japan objected to a Russian minister\'s trip to one of the four Kuril islands it also claims.'], '2015-08-22T08:00:00Z'))).toContain('2015-08-22 japan sovereignty=japan-all-four');
  });
  it('reads restoring the four islands, or the restoration of the Northern Territories, as the claim and the wish for their return', () => {
    expect(signals(extract(['The former islanders\' league vowed on Sunday to keep working for the restoration of the Northern Territories.'], '2006-09-25T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2006-09-24 japanese-public sovereignty=japan-all-four', '2006-09-24 japanese-public handover=supports']),
    );
  });
  it('gives what another party "wrote" inside a speaker\'s answer to that party, dated by the act the answer tells', () => {
    const found = signals(
      extract(
        [
          'Foreign Ministry spokeswoman Maria Zakharova held her weekly briefing on Wednesday.',
          'Maria Zakharova: We will watch what is said, as every year. Last year, in its annual report, Tokyo once again wrote that the Kuril islands are "illegally occupied". We reject this.',
        ],
        '2024-01-31T08:00:00Z',
      ),
    );
    expect(found).toContain('2023 japan sovereignty=japan-all-four');
  });
  it('dates "for the next three decades" in a timeline entry from the entry\'s year, counted up to the article\'s own day', () => {
    const found = signals(
      extract(['Key dates in the Kuril dispute:', '- 1961: Khrushchev told Tokyo the territorial question was closed. For much of the next three decades Moscow denied that any territorial issue existed.'], '2018-12-10T08:00:00Z'),
    );
    expect(found.some((x) => /^19[56]\d\/19[89]\d russia sovereignty=russia-all$/.test(x))).toBe(true);
  });
  it('reads "has been preventing X from concluding a treaty" as no wish stated, like "prevented"', () => {
    expect(signals(extract(['The Kuril row has been preventing Tokyo and Moscow from concluding a peace treaty.'], '2022-12-21T08:00:00Z'))).toEqual([]);
  });
  it('gives the main clause\'s subject what it did after a fronted clause that names it only as an object', () => {
    const found = signals(extract(['After Tokyo joined Western sanctions against Moscow, Russia broke off the peace treaty talks over the Kurils.'], '2023-05-10T08:00:00Z'));
    expect(found).toContain('2023-05-10 russia peace-treaty=suspended');
    expect(found.filter((x) => x.includes('japan'))).toEqual([]);
  });
  it('reads "could not continue" and "cannot engage in" peace treaty talks as talks broken off, not a possibility', () => {
    expect(signals(extract(['The Russian envoy said on Monday that his country could not continue the peace treaty talks with Japan for now.'], '2023-06-07T08:00:00Z'))).toContain(
      '2023-06-05 russia peace-treaty=suspended',
    );
    expect(signals(extract(['Moscow cannot engage in talks with Japan on a peace treaty while sanctions remain in force, a Kremlin aide said.'], '2023-06-07T08:00:00Z'))).toContain(
      '2023-06-07 russia peace-treaty=suspended',
    );
  });
  it('dates a statement the speaker recalls making, with its own date, inside a quotation', () => {
    const found = signals(
      extract(['Russia\'s envoy to Tokyo gave an interview on Thursday.', '"In the spring of 2022 we formally announced that we could not conduct the peace treaty negotiations," the diplomat recalled.'], '2024-10-11T08:00:00Z'),
    );
    expect(found).toContain('2022-03/2022-05 russia peace-treaty=suspended');
  });
  it('reads "are claimed by Japan" as its standing claim when an aside stands between the islands and the verb', () => {
    expect(signals(extract(['The southern Kurils, each of which Russia has run since 1945, are claimed by Japan.'], '2023-04-21T08:00:00Z'))).toContain(
      '2023-04-21 japan sovereignty=japan-all-four',
    );
  });
  it('splits "X but Japan continues to ..." after a name, so what goes on now is read apart from the first conjunct', () => {
    const found = signals(extract(['Once the Soviet Union fell apart, the Kuril chain passed to Russia but Japan continues to claim the four southern islands.'], '2019-01-22T08:00:00Z'));
    expect(found).toContain('2019-01-22 japan sovereignty=japan-all-four');
    expect(found.filter((x) => x.includes('japan') && !x.startsWith('2019-01-22'))).toEqual([]);
  });
  it('reads "its (indisputable) sovereignty over" and "reaffirmed its claim on" the islands as the claim of whoever holds them', () => {
    expect(signals(extract(['Talks in Moscow broke up on Friday after Tokyo restated its claim on the Kuril chain.'], '2011-02-12T08:00:00Z'))).toContain(
      '2011-02-11 japan sovereignty=japan-all-four',
    );
    expect(signals(extract(['The Russian Foreign Ministry has often stressed the country\'s undisputed sovereignty over the southern Kurils.'], '2024-11-29T08:00:00Z'))).toContain(
      '2024-11-29 russia sovereignty=russia-all',
    );
  });
  it('gives "islands annexed by the Soviet Union" to the Soviet Union, even in a sentence about a rally', () => {
    expect(signals(extract(['Japanese activists rallied near the Kuril islets annexed by the USSR in February 1946.'], '2022-02-07T08:00:00Z'))).toEqual(['1946-02 russia sovereignty=russia-all']);
  });
  it('gives a crowd\'s demand outside an embassy to the public that rallies in that city, not to the embassy\'s state', () => {
    const found = signals(extract(['On Tuesday, dozens of protestors stood outside the Russian Embassy in central Tokyo and demanded the return of the Kuril islands.'], '2023-02-08T08:00:00Z'));
    expect(found).toContain('2023-02-07 japanese-public handover=supports');
    expect(found.filter((x) => x.includes(' russia '))).toEqual([]);
  });
  it('dates what an "N days (weeks, months) after" clause tells that long before the date the clause gives', () => {
    expect(signals(extract(['Tokyo lodged a protest on Friday, two days after Moscow said it was breaking off the peace treaty talks over the Kurils.'], '2022-03-26T08:00:00Z'))).toContain(
      '2022-03-23 russia peace-treaty=suspended',
    );
    expect(signals(extract(['Warships sailed past Iturup in April 2022, a month after Russia halted peace treaty negotiations with Japan.'], '2022-05-02T08:00:00Z'))).toContain(
      '2022-03 russia peace-treaty=suspended',
    );
  });
  it('dates "Tokyo signed the declaration while insisting ..." by the declaration named before', () => {
    const found = signals(
      extract(['Sixty years ago this week, Moscow and Tokyo ended their state of war with the 1956 Joint Declaration.', 'Japan\'s delegates had wavered in London. Tokyo signed the declaration while insisting that all four Kuril islands remained Japanese.'], '2016-10-19T08:00:00Z'),
    );
    expect(found).toContain('1956 japan sovereignty=japan-all-four');
  });
  it('dates a saying in the present perfect ("Moscow has said ...") at publication, not on the story\'s last day', () => {
    const found = signals(
      extract(['Several hundred people marched in Moscow on Sunday against any handover of the Kurils.', 'The Kremlin has said that the islands will stay Russian territory whatever the talks bring.'], '2019-01-21T08:00:00Z'),
    );
    expect(found).toContain('2019-01-21 russia sovereignty=russia-all');
    expect(found.filter((x) => x.startsWith('2019-01-20 russia '))).toEqual([]);
  });
  it('reads no majority view from the reasons a minority gives for its answer', () => {
    const found = signals(
      extract(['A national survey of Russians on the Kuril islands was published on Monday.', 'Just 14 percent support a handover, arguing that such a concession would pave the way to a peace treaty with Tokyo.'], '2019-01-28T08:00:00Z'),
    );
    expect(found.filter((x) => x.includes('peace-treaty'))).toEqual([]);
  });
  it('reads changes that "made it illegal to give away national territory" as the state\'s opposition to a handover', () => {
    expect(signals(extract(['In 2020 Moscow adopted constitutional changes that made it illegal to give away national territory, and the Kuril talks have stalled since.'], '2022-08-04T08:00:00Z'))).toContain(
      '2020 russia handover=opposes',
    );
  });
  it('reads signing a treaty "only after clarifying which country owns" the islands as the islands first', () => {
    expect(signals(extract(['"We stick to signing a peace treaty only after clarifying which country owns the Kuril islands," Koizumi said on Tuesday.'], '2004-11-17T08:00:00Z'))).toContain(
      '2004-11-16 japan sequencing=territory-first',
    );
  });
  it('reads a demand that "all four islands, <a description>, be handed back" as support for their return', () => {
    expect(signals(extract(['Koizumi told parliament on Tuesday that Japan would demand that all four Kuril islands occupied by Soviet forces in 1945 be handed back.'], '2004-11-17T08:00:00Z'))).toContain(
      '2004-11-16 japan handover=supports',
    );
  });
  it('reads "are under the sovereignty of" a state as that state\'s claim', () => {
    expect(signals(extract(['"The southern Kurils are under the sovereignty of the Russian Federation, and that is fixed in international law," Putin told viewers on Tuesday.'], '2005-09-28T08:00:00Z'))).toContain(
      '2005-09-27 russia sovereignty=russia-all',
    );
  });
  it('gives a state broadcaster\'s presenter, labelled in its transcript, the broadcaster\'s voice over the paragraphs that follow, but not a soundbite or the news it reads', () => {
    const text = [
      'PRESENTER (Igor Lansky): Good evening. This week the new Basic Law came into force.',
      'For our neighbours across the strait, who still talk of "northern territories", a plain answer. The Kurils belong to Russia, and they will stay Russian.',
      'In Tokyo on Thursday, Foreign Minister Toshimitsu Motegi told parliament that Japan sought a peace treaty.',
      'ISLANDER FROM SHIKOTAN (by telephone, name withheld): We live here. Nobody is going to hand our island over.',
    ].join('\n\n');
    const found = signals(extractNewsEvents({ text, publishedAt: '2020-07-05T19:00:00Z', outlet: 'Example TV Seven, Sunday News', url: 'https://www.example-tv7.ru/programmes/sunday' }, codebook));
    expect(found).toContain('2020-07-05 russian-state-media sovereignty=russia-all');
    expect(found).toContain('2020-07-02 japan peace-treaty=seeks');
    expect(found.filter((x) => x.includes('russian-state-media') && x.includes('peace-treaty'))).toEqual([]);
    // The same transcript on an outlet the codebook names no voice for: no one's.
    const elsewhere = signals(extractNewsEvents({ text, publishedAt: '2020-07-05T19:00:00Z', outlet: 'Example Weekly', url: 'https://www.example-weekly.com/x' }, codebook));
    expect(elsewhere.filter((x) => x.includes('russian-state-media'))).toEqual([]);
  });
  it('reads a demand that its title to the islands be recognised before a treaty as the islands first', () => {
    expect(signals(extract(['Tokyo has always demanded that its title to all four Kuril islands be recognised before any peace treaty is concluded.'], '2018-11-16T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2018-11-16 japan sequencing=territory-first']),
    );
  });
  it('gives what a state announced, recounted inside another speaker\'s quotation, to that state and dates it by the quotation', () => {
    const found = signals(
      extract(['"In the spring of 2022 Moscow unilaterally announced that it would not continue peace treaty talks with us," Foreign Minister Kamikawa told reporters on Tuesday.'], '2023-12-20T08:00:00Z'),
    );
    expect(found).toContain('2022-03/2022-05 russia peace-treaty=suspended');
    expect(found.filter((x) => x.includes('japan peace-treaty=suspended'))).toEqual([]);
  });
  it('reads "talk of a return of the islands has no basis" as opposition to a handover, not support', () => {
    const found = signals(extract(['"Any talk about a return of the southern Kurils is groundless," the Russian Foreign Ministry spokeswoman said on Wednesday.'], '2023-10-19T08:00:00Z'));
    expect(found).toContain('2023-10-18 russia handover=opposes');
    expect(found.filter((x) => x.includes('handover=supports'))).toEqual([]);
  });
  it('reads "The government" opening a sentence after one about a state\'s ministry as that state', () => {
    const found = signals(
      extract(['Japan\'s Foreign Ministry published its yearly report on the Kuril islands on Friday.', 'The government has kept negotiating with Moscow under its policy of concluding a peace treaty.'], '2020-05-23T08:00:00Z'),
    );
    expect(found.some((x) => x.endsWith(' japan peace-treaty=seeks'))).toBe(true);
  });
  it('reads "Soviet territory" said of the islands as the Soviet claim, as "Russian territory" is', () => {
    expect(signals(extract(['In February 1946 Moscow declared the southern Kurils Soviet territory.'], '2021-02-02T08:00:00Z'))).toContain('1946-02 russia sovereignty=russia-all');
  });
  it('dates "At that time" by the year last named, and reads "agreed that the two sides will ..." as the agreement, not a plan', () => {
    const found = signals(
      extract(
        ['Tokyo said on Monday that both leaders had confirmed the understanding from their 2018 meeting.', 'At that time Putin and Abe agreed that the two sides will accelerate peace treaty talks over the Kurils.'],
        '2021-02-16T08:00:00Z',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['2018 russia peace-treaty=seeks', '2018 japan peace-treaty=seeks']));
  });
  it('reads rejecting, or not recognising, Japan\'s claims to the islands as the claim of whoever rejects them', () => {
    expect(signals(extract(['Moscow dismisses Tokyo\'s claims to the southern Kurils.'], '2023-12-26T08:00:00Z'))).toContain('2023-12-26 russia sovereignty=russia-all');
    expect(signals(extract(['Russia has never recognised Japan\'s territorial claims to the Kuril islands.'], '2023-12-26T08:00:00Z'))).toContain('2023-12-26 russia sovereignty=russia-all');
  });
  it('reads "Japan\'s original (historic, ancestral) territories" as the owner\'s claim', () => {
    expect(signals(extract(['Kishida on Monday called the four southern Kurils Japan\'s original territories.'], '2022-03-08T08:00:00Z'))).toContain(
      '2022-03-07 japan sovereignty=japan-all-four',
    );
  });
  it('dates "both leaders have stated that ..." at publication when the story has moved to another day', () => {
    const found = signals(
      extract(['Abe and Putin met in Nagato on December 15 to discuss the Kuril islands.', 'Both leaders have said that concluding a peace treaty remains a priority.'], '2017-03-06T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['2017-03-06 japan peace-treaty=seeks', '2017-03-06 russia peace-treaty=seeks']));
  });

  it('reads reluctance to hand islands back as opposing a handover, but not reluctance to return to talks', () => {
    expect(signals(extract(['The Kremlin remains reluctant to give any of the southern Kurils back to Tokyo.'], '2019-03-04T08:00:00Z'))).toContain('2019-03-04 russia handover=opposes');
    expect(signals(extract(["Moscow's unwillingness to hand over the Kuril islands has not changed."], '2019-03-04T08:00:00Z'))).toContain('2019-03-04 russia handover=opposes');
    expect(signals(extract(['Russia has been reluctant to return to the Kuril talks since March.'], '2022-09-04T08:00:00Z'))).not.toContain('2022-09-04 russia handover=opposes');
  });

  it('reads a naming aside between dashes as part of its clause: the demand goes on after it', () => {
    expect(signals(extract(['Tokyo keeps demanding that the four islands — which Japan names the Northern Territories — be handed back, the Kuril row shows.'], '2011-05-02T08:00:00Z'))).toContain(
      '2011-05-02 japan handover=supports',
    );
  });

  it('reads "says it has sovereignty over the islands" as the sayer\'s claim, for each side that says it', () => {
    expect(signals(extract(['Tokyo holds that it has sovereignty over all the Kuril islands in question.'], '2014-08-01T08:00:00Z'))).toContain('2014-08-01 japan sovereignty=japan-all-four');
    expect(signals(extract(['Both governments insist that they hold sovereignty over the Kuril islands.'], '2014-08-01T08:00:00Z'))).toEqual(
      expect.arrayContaining(['2014-08-01 japan sovereignty=japan-all-four', '2014-08-01 russia sovereignty=russia-all']),
    );
  });

  it('reads a timeline entry headed by a full date and a colon as dated, not as a speaker\'s label', () => {
    const found = signals(extract(['KURILS CHRONOLOGY', 'Dec. 12, 1956: Diplomatic ties resume. Soviets undertake to hand two of the four Kuril islands to Japan after a treaty.'], '1991-04-10T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956-12-12 russia sovereignty=two-islands', '1956-12-12 russia handover=supports']));
  });

  it('reads a paragraph opened by a year and a full stop as a timeline entry of that year', () => {
    const found = signals(extract(['Key dates in the Kuril dispute', '1956. Moscow undertook to give Shikotan and the Habomai islets to Japan after a peace treaty.'], '2009-05-01T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956 russia sovereignty=two-islands', '1956 russia handover=supports']));
  });

  it('reads islands "disputed by Japan" as islands Japan claims, as it reads "claimed by Japan"', () => {
    expect(signals(extract(['Fishermen on the Russian-run Kuril isles disputed by Japan fear a poor season.'], '2015-09-25T08:00:00Z'))).toContain(
      '2015-09-25 japan sovereignty=japan-all-four',
    );
  });

  it('reads "must recognise X as a consequence of the end of the war" as recognition first', () => {
    const found = signals(extract(['Lavrov said on Monday that Tokyo must recognise the transfer of the Kuril islands to Moscow as a consequence of the end of World War Two.'], '2019-02-21T08:00:00Z'));
    expect(found).toContain('2019-02-18 russia sequencing=recognition-first');
  });

  it('reads a bare name quoted right after an unnamed spokesperson as that spokesperson, and a name with an appositive as someone else', () => {
    const same = signals(extract([
      'The Kuril dispute is for Japan and Russia to settle, a spokeswoman for the U.S. State Department said on Tuesday.',
      '"We support Japan\'s position on the Northern Territories," Jane Rowley told a regular briefing.',
    ], '2012-03-07T08:00:00Z'));
    expect(same).toContain('2012-03-06 united-states sovereignty=japan-all-four');
    const other = signals(extract([
      'A State Department spokeswoman declined to comment on the Kuril islands on Tuesday.',
      '"Washington supports Japan\'s position on the Northern Territories," Jane Rowley, a researcher at an example institute, told a seminar.',
    ], '2012-03-07T08:00:00Z'));
    expect(other).not.toContain('2012-03-06 united-states sovereignty=japan-all-four');
  });

  it('gives what a speaker urges two others to do to the speaker, not to the two', () => {
    const found = signals(extract(['"For years we have urged Japan and Russia to negotiate a peace treaty over the Kurils," the U.S. ambassador said on Monday.'], '2013-05-01T08:00:00Z'));
    expect(found).toContain('2013-04-29 united-states peace-treaty=seeks');
    expect(found).not.toContain('2013-04-29 japan peace-treaty=seeks');
  });

  it('dates "Two months later, on 14 November, ..." by the day, not by the month the step gives', () => {
    const found = signals(extract(['Putin made his offer in Vladivostok in September 2018. Two months later, on 14 November, he and Abe agreed in Singapore to speed up peace treaty talks on the Kurils.'], '2019-03-11T08:00:00Z'));
    expect(found).toContain('2018-11-14 japan peace-treaty=seeks');
  });

  it('dates a content-first saying by the full date in its tail, commas and all', () => {
    const found = signals(extract(['Concluding a peace treaty over the Kurils remained "the top priority," Putin told a joint news conference in Tokyo on Dec. 16, 2016.'], '2020-09-30T08:00:00Z'));
    expect(found).toContain('2016-12-16 russia peace-treaty=seeks');
  });

  it('reads "gave up hope to get them back" as a hope held, not as a plan still to come', () => {
    const found = signals(extract(['The talks went nowhere in the 1960s, yet Japan never gave up hope to win all four Kuril islands back.'], '2019-12-02T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/ japan sovereignty=japan-all-four$/)]));
  });

  it('reads a state broadcaster\'s own first-person narration as its voice, and "we are for a peace treaty" as seeking one', () => {
    const text = 'Let us be clear, here in our studio: the Kurils question was settled long ago.\n\nWe are for a peace treaty with Japan, and we have been for decades.';
    const onAir = signals(extractNewsEvents({ text, publishedAt: '2019-01-27T18:00:00Z', outlet: 'Example Channel Nine, The Week', url: 'https://www.example-ch9.ru/week/2019-01-27' }, codebook));
    expect(onAir).toContain('2019-01-27 russian-state-media peace-treaty=seeks');
    const elsewhere = signals(extractNewsEvents({ text, publishedAt: '2019-01-27T18:00:00Z', outlet: 'Example Review', url: 'https://www.example-review.com/kurils' }, codebook));
    expect(elsewhere.filter((x) => x.includes('russian-state-media'))).toEqual([]);
  });

  it('does not date a saying by a relative clause about its speaker (", who took office last month,")', () => {
    const found = signals(extract(['The new envoy, who took up his post in Tokyo last month, said on Monday that Washington supported efforts to conclude a peace treaty over the Kurils.'], '2022-02-09T08:00:00Z'));
    expect(found).toContain('2022-02-07 united-states peace-treaty=seeks');
    expect(signals(extract(['Lavrov, who became foreign minister in 2004, said Moscow wanted a peace treaty over the Kurils.'], '2019-02-09T08:00:00Z'))).not.toContain(
      '2004 russia peace-treaty=seeks',
    );
  });

  it('dates "two days after the meeting" from the day the story gave the meeting', () => {
    const found = signals(extract([
      'Kono and Lavrov met in Moscow on January 14 to discuss the Kurils.',
      'At a news conference two days after the Kono meeting, Lavrov said Moscow was still ready to work toward a peace treaty.',
    ], '2019-01-21T08:00:00Z'));
    expect(found).toContain('2019-01-16 russia peace-treaty=seeks');
  });

  it('dates "Within two months, ..." from the time last told of to two months on, across a paragraph break', () => {
    const found = signals(extract([
      'In Singapore in November 2018, Abe and Putin agreed to speed up talks over the Kurils.',
      'Within two months, Lavrov was insisting that Tokyo must first accept the results of the Second World War.',
    ], '2022-03-24T08:00:00Z'));
    expect(found).toContain('2018-11/2019-01 russia sequencing=recognition-first');
  });

  it('does not take an actor in a fronted participle\'s phrase ("Seated beside Abe ..., Putin proposed") as the subject', () => {
    const found = signals(extract(['Seated beside Abe at the forum on Sept. 12, 2018, Putin proposed signing a peace treaty first and settling the Kuril dispute afterwards.'], '2020-09-30T08:00:00Z'));
    expect(found).toContain('2018-09-12 russia sequencing=treaty-first');
    expect(found).not.toContain('2018-09-12 japan sequencing=treaty-first');
  });

  it('gives a saying coordinated after "X turned to Y" to X, not to Y', () => {
    const found = signals(extract(['At the forum in Vladivostok, Putin turned to Abe on stage and said they should sign a peace treaty first and leave the Kurils for later.'], '2018-09-13T08:00:00Z'));
    expect(found).toContain('2018-09-13 russia sequencing=treaty-first');
    expect(found).not.toContain('2018-09-13 japan sequencing=treaty-first');
  });

  it('does not read signing another treaty (Saint Petersburg 1875, the 1951 one with the Allies) as seeking the peace treaty', () => {
    expect(signals(extract(['In 1875 the Russian empire and Japan concluded the Treaty of St. Petersburg, under which Japan took the whole Kuril chain.'], '2009-05-01T08:00:00Z'))).toEqual([]);
    expect(signals(extract(['In 1951 Japan signed a peace treaty with the United States and 47 other countries, giving up the Kuril islands.'], '2009-05-01T08:00:00Z'))).not.toContain(
      '1951 japan peace-treaty=seeks',
    );
  });

  it('does not take the second of a pair after "between" as the subject of what a speaker says', () => {
    const found = signals(extract(['Kishida said on Monday that, whatever the tension between Tokyo and Moscow, his government still wants a peace treaty that settles the Kuril question.'], '2023-01-24T08:00:00Z'));
    expect(found).toContain('2023-01-23 japan peace-treaty=seeks');
    expect(found).not.toContain('2023-01-23 russia peace-treaty=seeks');
  });

  it('reads "the Japanese and Russian governments" as both states', () => {
    const found = signals(extract(['The Russian and Japanese governments both say they want a peace treaty that settles the Kuril question.'], '2022-02-08T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2022-02-08 japan peace-treaty=seeks', '2022-02-08 russia peace-treaty=seeks']));
  });
  it('does not date a poll by a photo caption\'s "picture taken on", nor by a survey taken years before its own', () => {
    const found = signals(
      extract(
        [
          'The Kuril island of Shikotan is seen in this picture taken on Aug. 4, 2016.',
          'MOSCOW -- In a poll of 1,600 adults conducted on Nov. 23 and 24 by a Moscow pollster, 70 percent said the Kuril islands should stay Russian.',
        ],
        '2018-12-06T08:00:00Z',
      ),
    );
    expect(found).toContain('2018-11-23 russian-public sovereignty=russia-all');
    expect(found.join()).not.toContain('2016-08-04');
  });

  it('gives a claim to whoever lays it, whatever the subject of the clause ("remarks by X angered Japan which claims ...")', () => {
    const found = signals(extract(['The speech by the Russian premier upset Japan which claims four of the Kuril islands nearest Hokkaido.'], '2024-01-30T08:00:00Z'));
    expect(found).toEqual(['2024-01-30 japan sovereignty=japan-all-four']);
  });
  it('does not date a poll\'s answer by the possessive date of what it asked about ("approved of last month\'s agreement")', () => {
    const found = signals(
      extract(
        ['TOKYO -- Some 58 percent of Japanese respondents to a newspaper poll published on Monday said they approved of last month\'s agreement between Abe and Putin to speed up peace treaty talks on the Kuril islands.'],
        '2018-12-10T08:00:00Z',
      ),
    );
    expect(found).toContain('2018-12-10 japanese-public peace-treaty=seeks');
    expect(found).not.toContain('2018-11 japanese-public peace-treaty=seeks');
  });

  it('reads the second of "between X and Russian President Y" as a party after "between", not as a subject', () => {
    const found = signals(
      extract(['In a poll published on Monday, 60 percent of respondents approved of the pact between Abe and Russian President Vladimir Putin on faster Kuril peace treaty negotiations.'], '2018-12-10T08:00:00Z'),
    );
    expect(found).not.toContain('2018-12-10 russian-public peace-treaty=seeks');
  });
  it('reads "X claimed the islands <when>" as an act dated in its object, not as a saying with no date of its own', () => {
    const found = signals(extract(['The quarrel began when the Soviet Union claimed all four Kuril islands at the close of the Second World War, and it has soured ties ever since.'], '2016-12-15T08:00:00Z'));
    expect(found).toContain('1945~ russia sovereignty=russia-all');
  });
  it('does not date a saying by when the islands it refers to were seized ("referring to four islands seized ... at the end of the war")', () => {
    const found = signals(
      extract(
        ['"Holding drills on the Northern Territories runs counter to our country\'s position on those islands," the chief cabinet secretary told a news conference, speaking of four Kuril islands taken by Soviet troops at the close of the Second World War.'],
        '2022-03-29T08:00:00Z',
      ),
    );
    expect(found).toContain('2022-03-29 japan sovereignty=japan-all-four');
    expect(found.join()).not.toContain('1945');
  });
  it('gives a quotation to the one an outlet "quoted as saying", not to the outlet or to no one', () => {
    const found = signals(extract(['"Tokyo has to accept the results of the Second World War in full before any talk of a treaty," the Interfax agency quoted Lavrov as saying during a visit to the Kurils.'], '2023-09-04T08:00:00Z'));
    expect(found).toContain('2023-09-04 russia sequencing=recognition-first');
  });
  it('gives a claim in ", which claims ..." to the actor right before the comma, on its own side', () => {
    const found = signals(extract(['The prime minister has softened his tone toward Russia, which controls and claims all four Kuril islands.'], '2019-02-08T08:00:00Z'));
    expect(found).toContain('2019-02-08 russia sovereignty=russia-all');
    expect(found).not.toContain('2019-02-08 japan sovereignty=japan-all-four');
  });
  it('dates what the Soviet Union did, told without a date of its own, in the Soviet years, not when a later story tells it', () => {
    const found = signals(extract(['The Soviet Union had once been ready to hand two of the four Kuril islands back to Japan, but Tokyo wanted all of them, Putin told reporters on Monday.'], '2016-09-06T08:00:00Z'));
    expect(found).toContain('1945/1991-12 russia handover=supports');
    expect(signals(extract(['In 1956 the Soviet Union promised to hand Shikotan and the Habomai group to Japan after a future peace treaty.'], '2016-09-06T08:00:00Z'))).toContain(
      '1956 russia handover=supports',
    );
  });
  it('reads "Japan would have to drop its claims if it wanted a peace treaty" as the speaker\'s demand that Japan recognise the status quo first', () => {
    const found = signals(extract(['A Kremlin spokesman said on Monday that Tokyo would have to give up its claim to the Kuril islands before any peace treaty could be signed.'], '2024-02-06T08:00:00Z'));
    expect(found).toContain('2024-02-05 russia sequencing=recognition-first');
  });
  it('reads a state\'s office by its demonym ("the Russian Prosecutor-General\'s Office ..., the office said") as the state', () => {
    const found = signals(
      extract(
        ['The Russian Prosecutor-General’s Office banned a Japanese group of former Kuril residents on Friday.', 'The Kuril islands are an inalienable part of Russia, the office said.'],
        '2023-04-22T08:00:00Z',
      ),
    );
    expect(found).toContain('2023-04-21 russia sovereignty=russia-all');
    expect(found.filter((x) => x.includes('japanese-public'))).toEqual([]);
  });
  it('reads "residents" of a public\'s home place named in the sentence as that public, unless another public or group is named', () => {
    const found = signals(extract(['In Nemuro on Sunday, about 300 residents adopted a resolution calling on the government to win back all four Kuril islands.'], '2024-02-05T08:00:00Z'));
    expect(found).toContain('2024-02-04 japanese-public handover=supports');
    const activists = signals(
      extract(['In January 2019, residents came out to a picket in Yuzhno-Sakhalinsk, where activists of patriotic movements held placards saying the Kurils would never be handed over.'], '2022-03-25T08:00:00Z'),
    );
    expect(activists).toContain('2019-01 russian-nationalists handover=opposes');
  });
  it('gives a presenter of the broadcaster the sentence names ("On state television, host X told viewers") the broadcaster\'s voice', () => {
    const found = signals(extract(['On state television on Sunday, host Pavel Ostrov told viewers that the Kuril islands were not for sale.'], '2019-01-21T08:00:00Z'));
    expect(found).toContain('2019-01-20 russian-state-media handover=opposes');
  });
  it('reads "not one of the islands would ever be handed over" as opposing a handover', () => {
    const found = signals(extract(['Not a single one of the Kuril islands will be given to Japan, the Sakhalin governor told reporters on Friday.'], '2019-01-21T08:00:00Z'));
    expect(found).toContain('2019-01-18 russia handover=opposes');
  });
  it('gives a contrasting clause that names its own sayer ("..., while Moscow says ...") to that sayer, held when said', () => {
    const found = signals(
      extract(['Soviet troops took the Kuril islands in 1945. Tokyo maintains that the seizure was unlawful, while Moscow says the islands became Russian as a result of the war.'], '2020-09-30T08:00:00Z'),
    );
    expect(found).toContain('2020-09-30 russia sovereignty=russia-all');
    expect(found.join()).not.toContain('1945 russia');
  });

  it('does not date talks by the end of the war their treaty is to mark', () => {
    const found = signals(extract(['Tokyo and Moscow have been negotiating a formal treaty to mark the close of World War II over the Kurils since the 1950s.'], '2024-10-04T08:00:00Z'));
    expect(found).toContain('1950/2024-10-04 russia peace-treaty=seeks');
    expect(found.join()).not.toContain('1945');
  });
  it('tells a claim in "Tokyo which lays claim to ..." in its own tense, though the sentence around it is in the future', () => {
    const found = signals(extract(['The new base will probably sour relations with Tokyo which still lays claim to the southern Kurils.'], '2015-10-22T08:00:00Z'));
    expect(found).toContain('2015-10-22 japan sovereignty=japan-all-four');
  });
  it('dates what "the day after <clause>" tells a day before the date the sentence gives, and not the day after publication', () => {
    const found = signals(
      extract(['Putin briefed journalists in Singapore on Nov. 16, the day after he and his host Abe agreed to step up work on a Kuril peace treaty.'], '2018-12-04T08:00:00Z'),
    );
    expect(found).toEqual(expect.arrayContaining(['2018-11-15 russia peace-treaty=seeks', '2018-11-15 japan peace-treaty=seeks']));
    expect(found.join()).not.toContain('2018-12-05');
  });

  it('reads "after he and Abe agreed" as the person named before and Abe', () => {
    const found = signals(extract(['Putin sounded cheerful at the Singapore summit after he and Premier Shinzo Abe agreed to step up work on a Kuril peace treaty.'], '2018-11-15T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2018-11-15 russia peace-treaty=seeks', '2018-11-15 japan peace-treaty=seeks']));
  });
  it('reads "ditch the talks, pointing to the impossibility of continuing such negotiations" as suspending them, not seeking them', () => {
    const found = signals(extract(['Russia said on Monday it would ditch the peace treaty talks with Japan over the Kurils, pointing to the impossibility of continuing such negotiations.'], '2022-03-22T08:00:00Z'));
    expect(found).toEqual(['2022-03-21 russia peace-treaty=suspended']);
  });
  it('reads no stance in how others read a meeting ("widely seen as a sign that both are eager to settle ...")', () => {
    const found = signals(extract(['The talks in Moscow were widely seen as a sign that both governments are keen to settle the Kuril quarrel and then sign a peace treaty.'], '2017-04-28T08:00:00Z'));
    expect(found).toEqual([]);
  });
  it('dates a saying by the day after its object phrase ("commented on the move on Monday"), not by a date told before', () => {
    const found = signals(
      extract(
        [
          'Back on March 21 the Russian Foreign Ministry said Moscow saw no point in continuing peace treaty talks with Tokyo.',
          'The Sakhalin governor, Ivan Petrov, commented on the move on Monday in a post online.',
          '"The Kurils are Russian land, and no one will take them from us," the governor wrote.',
        ],
        '2022-09-07T08:00:00Z',
      ),
    );
    expect(found).toContain('2022-09-05 russia sovereignty=russia-all');
    expect(found).not.toContain('2022-03-21 russia sovereignty=russia-all');
  });
  it('reads a titled envoy as the state that sent them, not the state they are posted to ("Japan\'s Ambassador to Russia Kenji Sato")', () => {
    const found = signals(extract(["Japan's Ambassador to Russia Kenji Sato told a Moscow audience on Friday that his government still hoped to sign a peace treaty."], '2019-03-18T08:00:00Z'));
    expect(found).toEqual(['2019-03-15 japan peace-treaty=seeks']);
  });
  it('reads a name after an alias of several words as that actor\'s ("Sakhalin Governor Ivan Petrov"), later by surname too', () => {
    const found = signals(
      extract(['Sakhalin Governor Ivan Petrov met islanders on Tuesday.', '"The Kurils are Russian land, and no one will take them from us," Petrov told them.'], '2021-06-10T08:00:00Z'),
    );
    expect(found).toContain('2021-06-08 russia sovereignty=russia-all');
  });
  it('reads "no reason to discuss any possibility of a treaty" as a refusal held now, not a possibility entertained', () => {
    const found = signals(extract(['Moscow sees no reason to discuss any possibility of a peace treaty with Tokyo while sanctions remain, the Kremlin said on Wednesday.'], '2023-05-11T08:00:00Z'));
    expect(found).toEqual(['2023-05-10 russia peace-treaty=suspended']);
  });
  it('reads talks one will not drop ("did not intend to break off", "will not abandon") as talks sought, not suspended', () => {
    const intend = signals(extract(['Putin told reporters on Friday that he had no intention of breaking off the peace treaty talks with Tokyo.'], '2019-03-18T08:00:00Z'));
    expect(intend).toEqual(['2019-03-15 russia peace-treaty=seeks']);
    const abandon = signals(extract(['Moscow will not abandon the peace treaty negotiations, a Kremlin spokesman said on Friday.'], '2019-03-18T08:00:00Z'));
    expect(abandon).toEqual(['2019-03-15 russia peace-treaty=seeks']);
  });
  it('reads "to speed negotiations toward a peace treaty" as seeking one, "speed" without "up" too', () => {
    const found = signals(extract(['In 2018 Abe and Putin struck a deal to speed negotiations toward a peace treaty.'], '2020-10-01T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2018 japan peace-treaty=seeks', '2018 russia peace-treaty=seeks']));
  });
  it('gives what a relative clause on an actor\'s document says to that actor, not to the one who reacted to it', () => {
    const found = signals(
      extract(['The Kremlin reacted on Thursday to a Japanese government paper which said Tokyo remained committed to a peace treaty over the Kurils.'], '2024-04-14T08:00:00Z'),
    );
    expect(found).toContain('2024-04-11 japan peace-treaty=seeks');
    expect(found.join()).not.toContain('russia peace-treaty=seeks');
  });
  it('keeps a demand or claim named as its holder\'s ("Tokyo\'s demand that ...") where the clause around it denies or doubts something else', () => {
    const demand = signals(extract(['Putin showed no sign on Tuesday that Moscow might bow to Tokyo\'s demand that it give back the four Kuril islands.'], '2019-01-24T08:00:00Z'));
    expect(demand).toEqual(['2019-01-24 japan handover=supports']);
    const claim = signals(extract(['Moscow would never accept Japan\'s claim to the southern Kurils, the paper wrote.'], '2019-01-24T08:00:00Z'));
    expect(claim).toContain('2019-01-24 japan sovereignty=japan-all-four');
  });
  it('reads "the islands are non-negotiable sovereign territory" as the sayer\'s claim', () => {
    const found = signals(extract(['Moscow says the southern Kurils are non-negotiable sovereign territory.'], '2011-02-09T08:00:00Z'));
    expect(found).toEqual(['2011-02-09 russia sovereignty=russia-all']);
  });
  it('gives what a report asked about says ("when asked about a Japanese paper which said Tokyo ...") to the report\'s actor, not to the one asked', () => {
    const found = signals(
      extract(
        ['"There is nothing to talk about now," the Kremlin spokesman told journalists on Monday, when asked about a Japanese government paper which said Tokyo still wanted a peace treaty.'],
        '2024-04-16T08:00:00Z',
      ),
    );
    expect(found).toContain('2024-04-15 japan peace-treaty=seeks');
    expect(found.join()).not.toContain('russia peace-treaty=seeks');
  });
  it('dates what a dated document "notes" by the document, and reads "two of the southern Kuril Islands" as the two islands', () => {
    const found = signals(extract(['The 1956 declaration notes that Moscow stands ready to transfer two of the southern Kuril Islands once a treaty is signed, Putin said on Thursday.'], '2018-11-17T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['1956-10-19 russia handover=supports', '1956-10-19 russia sovereignty=two-islands']));
  });
  it('reads the second holder of a coordinated relative clause ("which Moscow runs, but Tokyo claims as its own")', () => {
    const found = signals(extract(['The Kurils, which Moscow has run since 1945 but Tokyo claims as its own, lie off Hokkaido.'], '2019-03-20T08:00:00Z'));
    expect(found).toContain('2019-03-20 japan sovereignty=japan-all-four');
  });
  it('reads "very difficult to talk about continuing the talks" as suspending them', () => {
    const found = signals(extract(['A Kremlin aide said on Friday it was very difficult to talk about resuming the peace treaty negotiations.'], '2022-04-25T08:00:00Z'));
    expect(found).toEqual(['2022-04-22 russia peace-treaty=suspended']);
  });
  it('dates an undated lead saying by the day a later sentence gives the remarks ("X\'s remarks at a news conference on Tuesday came ...")', () => {
    const found = signals(
      extract(
        [
          'Prime Minister Shinzo Abe said Japan would keep working toward a peace treaty with Russia despite the row over the Kuril Islands.',
          "Abe's remarks to reporters in Lima on Tuesday came as his aides prepared for the December summit.",
        ],
        '2016-11-24T08:00:00Z',
      ),
    );
    expect(found).toContain('2016-11-22 japan peace-treaty=seeks');
    expect(found).not.toContain('2016-11-24 japan peace-treaty=seeks');
  });
  it('dates a cue inside a "who" clause by the date that clause gives ("Abe, who said on Monday that ..., did not reply")', () => {
    const found = signals(extract(['Abe, who said on Monday that his talks with Putin were moving toward a peace treaty, did not reply to the Russian offer.'], '2018-09-13T08:00:00Z'));
    expect(found).toEqual(['2018-09-10 japan peace-treaty=seeks']);
  });
  it('does not read what a speaker says a dated document means ("the 1956 declaration, which also means ...") as what it provides', () => {
    const found = signals(
      extract(['"We are ready to proceed from the 1956 declaration, which also means the recognition by Japan of the results of the war," Lavrov said on Monday.'], '2019-01-15T08:00:00Z'),
    );
    expect(found).toContain('2019-01-14 russia sequencing=recognition-first');
    expect(found.join()).not.toContain('1956-10-19 russia sequencing');
  });
  it('reads what a dated offer provides ("a 1956 Soviet offer to give back two islands") as its maker\'s, also in a clause that only entertains taking it up', () => {
    const could = signals(extract(['Abe said on Friday that Tokyo might revisit a 1956 Soviet proposal to give back two of the four Kuril islands.'], '2018-11-17T08:00:00Z'));
    expect(could).toEqual(expect.arrayContaining(['1956 russia handover=supports', '1956 russia sovereignty=two-islands']));
    expect(could.join()).not.toContain('japan handover');
  });
  it('reads "the islands are Japan\'s" as a claim of the sayer\'s owner, and "sign a treaty this year and later discuss the islands" as the treaty first', () => {
    const owned = signals(extract(['"The four islands are Japan\'s," Japan\'s foreign minister told reporters on Tuesday in Tokyo.'], '2022-03-23T08:00:00Z'));
    expect(owned).toContain('2022-03-22 japan sovereignty=japan-all-four');
    const first = signals(extract(['Putin said on Wednesday that the two sides should sign a peace treaty before this year is over and later discuss the Kurils.'], '2018-09-13T08:00:00Z'));
    expect(first).toContain('2018-09-12 russia sequencing=treaty-first');
  });
  it('reads an agreement to step up efforts on the dispute "based on the 1956 declaration" as both makers seeking a treaty', () => {
    const found = signals(extract(['In Singapore the two leaders agreed to step up efforts to settle the Kuril dispute based on the 1956 joint declaration.'], '2019-12-10T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2019-12-10 japan peace-treaty=seeks', '2019-12-10 russia peace-treaty=seeks']));
  });
  it('keeps a proposal named as its holder\'s ("no sign of budging on Tokyo\'s proposal that two islands be handed over")', () => {
    const found = signals(extract(['Moscow has shown no sign of budging on Tokyo\'s proposal that Shikotan and the Habomai islets be handed over.'], '2019-04-24T08:00:00Z'));
    expect(found).toContain('2019-04-24 japan handover=supports');
  });
  it('gives an agreement the cue names between two parties to both ("an agreement between the heads of Japan and Russia to speed up ...")', () => {
    const found = signals(extract(['The ministry accused Tokyo of twisting the agreement between the heads of Japan and Russia to speed up the peace treaty talks.'], '2019-01-10T08:00:00Z'));
    expect(found).toEqual(expect.arrayContaining(['2019-01-10 russia peace-treaty=seeks', '2019-01-10 japan peace-treaty=seeks']));
  });
  it('reads "no mandate to negotiate any possibility of ceding territory" as opposing a handover, and looking for "a settlement of the question of a peace treaty" as seeking one', () => {
    const right = signals(extract(['"We have no mandate to negotiate any possibility of ceding sovereignty over Russian land," Medvedev said on Monday of the Kurils.'], '2021-02-02T08:00:00Z'));
    expect(right).toContain('2021-02-01 russia handover=opposes');
    const solution = signals(extract(['Lavrov said on Thursday that Moscow would keep looking for a solution to the question of a peace treaty with Tokyo.'], '2021-10-15T08:00:00Z'));
    expect(solution).toContain('2021-10-14 russia peace-treaty=seeks');
  });
  it('does not read what "stopped the two neighbours from ever concluding a treaty" as suspending the talks', () => {
    const found = signals(extract(["Moscow's refusal to give back the Kurils has stopped Tokyo and Moscow from ever concluding a peace treaty."], '2018-06-12T08:00:00Z'));
    expect(found.join()).not.toContain('peace-treaty=suspended');
  });
  it('reads a participle after a comma ("..., insisting that all four come back") without the modality of the clause before it', () => {
    const found = signals(extract(['Tokyo has rebuffed talk that Moscow might give back only two islands, insisting that all four Kurils be handed back.'], '2010-11-03T08:00:00Z'));
    expect(found).toContain('2010-11-03 japan sovereignty=japan-all-four');
  });
  it('dates a claim in a present relative clause in commas at publication, not by the past date of the clause around it', () => {
    const found = signals(extract(['The southern Kurils, which Tokyo regards as its own, were occupied by Soviet troops in 1945.'], '2019-06-29T08:00:00Z'));
    expect(found).toEqual(['2019-06-29 japan sovereignty=japan-all-four']);
  });
  it('dates a claim in a present relative clause coordinated at the end ("... taken in 1945 and which Tokyo still claims") at publication', () => {
    const found = signals(extract(['Moscow placed new radar on a Kuril island that Soviet forces took at the close of the Second World War and which Tokyo still claims as its territory.'], '2020-12-04T08:00:00Z'));
    expect(found).toEqual(['2020-12-04 japan sovereignty=japan-all-four']);
  });
  it('gives a claim "the Japanese side tried to ... press for its claim" to the side that tried, whatever the speaker calls the claim', () => {
    const found = signals(extract(['Zakharova said on Tuesday that the Japanese side had tried to exploit the vote to push its baseless claim to the southern Kurils.'], '2024-03-27T08:00:00Z'));
    expect(found).toContain('2024-03-26 japan sovereignty=japan-all-four');
    expect(found.join()).not.toContain('russia sovereignty=japan-all-four');
  });
  it('reads "will keep negotiating patiently with Moscow over the matter" as seeking the treaty', () => {
    const found = signals(extract(['Tokyo will keep negotiating patiently with Moscow over the matter, the top government spokesman said on Monday of the Kuril row.'], '2018-06-12T08:00:00Z'));
    expect(found).toContain('2018-06-11 japan peace-treaty=seeks');
  });
  it('gives what "He and <name> agreed" to both: the pronoun\'s actor and the one coordinated with it', () => {
    const found = signals(extract(['Putin arrived in Osaka on Saturday for the G20 summit. He and Abe agreed to speed up the peace treaty talks.'], '2019-06-30T08:00:00Z'));
    expect(found).toEqual(['2019-06-29 russia peace-treaty=seeks', '2019-06-29 japan peace-treaty=seeks']);
  });
  it('gives "they" in a clause after the reported speech to the plural subject named before it ("the two ministers had met ..., when they agreed")', () => {
    const found = signals(extract(['Kono said the two foreign ministers had met again in Munich on 16 February, when they agreed to continue the negotiations toward a peace treaty.'], '2019-04-24T08:00:00Z'));
    expect(found).toEqual(['2019-02-16 russia peace-treaty=seeks', '2019-02-16 japan peace-treaty=seeks']);
  });
  it('reads putting ministers in charge of the treaty talks, or handing them the treaty file, as seeking the treaty', () => {
    const inCharge = signals(extract(['Meeting again in Buenos Aires on Saturday, Abe and Putin put their foreign ministers in charge of the peace treaty negotiations.'], '2018-12-03T08:00:00Z'));
    expect(inCharge).toEqual(['2018-12-01 japan peace-treaty=seeks', '2018-12-01 russia peace-treaty=seeks']);
    const file = signals(extract(['Abe and Putin handed the peace treaty file to their foreign ministers last month.'], '2019-01-22T08:00:00Z'));
    expect(file).toEqual(['2018-12 japan peace-treaty=seeks', '2018-12 russia peace-treaty=seeks']);
  });
  it('reads islands "claimed by Moscow" as Russia\'s standing claim, as "claimed by Tokyo" is Japan\'s', () => {
    const found = signals(extract(['A Russian warship called at Kunashir, one of the Kuril islands off Hokkaido claimed by Moscow, on Monday.'], '2021-07-29T08:00:00Z'));
    expect(found).toEqual(['2021-07-29 russia sovereignty=russia-all']);
  });
  it('gives no stance to a plan dated after publication ("diplomats are to sit down next Thursday to negotiate a peace treaty")', () => {
    const events = extract(['Diplomats from both countries are to sit down next Thursday to negotiate a peace treaty covering the Kuril Islands, the ministry said.'], '2016-06-17T08:00:00Z');
    expect(signals(events)).toEqual([]);
    expect(events.every((e) => e.earliest <= '2016-06-17' || e.context.includes('future'))).toBe(true);
  });
  it('reads disputing control of the islands as Japan\'s claim to all four', () => {
    const found = signals(extract(['Tokyo disputes control of the four southernmost Kuril islands, which Soviet troops seized in 1945.'], '2024-01-30T08:00:00Z'));
    expect(found).toEqual(['2024-01-30 japan sovereignty=japan-all-four']);
  });
  it('reads the verb after an appositive that closes the subject as the main verb, with its date ("Abe and the Russian leader, Vladimir Putin, agreed in 2018")', () => {
    const found = signals(extract(['Abe and the Russian leader, Vladimir Putin, agreed in 2018 to accelerate the peace treaty talks.'], '2021-10-08T08:00:00Z'));
    expect(found).toEqual(['2018 japan peace-treaty=seeks', '2018 russia peace-treaty=seeks']);
    expect(signals(extract(['Putin, Russia\'s leader, agreed in 2018 to accelerate the peace treaty talks.'], '2021-10-08T08:00:00Z'))).toEqual(['2018 russia peace-treaty=seeks']);
  });
  it('does not read "still" in an appositive ("Suga, still chief Cabinet secretary, replied at the time") as a position standing to this day', () => {
    const found = signals(
      extract(
        ['In July 2020 Russia amended its constitution to ban giving away any of the Kuril islands.', 'Suga, still chief Cabinet secretary, replied at the time that the change "does not affect our legal position" that the islands are Japanese territory.'],
        '2020-09-30T08:00:00Z',
      ),
    );
    expect(found).toContain('2020-07 japan sovereignty=japan-all-four');
  });
  it('gives an agreement with no agent named ("it was agreed that the consultations would continue") to the two sides', () => {
    const found = signals(extract(['At the talks in Moscow on Monday, it was agreed that consultations on the peace treaty would continue at the level of deputy ministers.'], '2022-03-23T08:00:00Z'));
    expect(found).toEqual(['2022-03-21 russia peace-treaty=seeks', '2022-03-21 japan peace-treaty=seeks']);
  });
  it('reads "legally Japanese" and never recognising Moscow\'s control of the islands as Japan\'s claim to all four', () => {
    expect(signals(extract(['Tokyo says the Northern Territories are legally Japanese.'], '2016-12-16T08:00:00Z'))).toEqual(['2016-12-16 japan sovereignty=japan-all-four']);
    expect(signals(extract(['Japan has never recognised Moscow\'s control of the four islands off Hokkaido.'], '2016-12-16T08:00:00Z'))).toEqual(['2016-12-16 japan sovereignty=japan-all-four']);
  });
  it('reads "does not trade its territory", "would never barter away" and "would not part with" the islands as opposing a handover', () => {
    for (const sentence of [
      'Putin said on Thursday that Russia does not trade its territory, when asked about the Kuril islands.',
      'Lavrov said on Thursday that Moscow would never barter away the Kurils.',
      'Medvedev said on Thursday that Russia would not part with the southern Kurils.',
    ]) {
      expect(signals(extract([sentence], '2016-06-17T08:00:00Z'))).toEqual(['2016-06-16 russia handover=opposes']);
    }
  });
  it('reads a conditional refusal ("will not sign a peace treaty unless the territorial issue is resolved") as the islands first, held now', () => {
    expect(signals(extract(['Japan will not sign a peace treaty unless the Northern Territories issue is resolved, the foreign minister said on Friday.'], '2022-03-23T08:00:00Z'))).toContain(
      '2022-03-18 japan sequencing=territory-first',
    );
    expect(signals(extract(['Tokyo insists the four islands be returned before a peace treaty can be concluded.'], '2022-03-23T08:00:00Z'))).toContain('2022-03-23 japan sequencing=territory-first');
  });
  it('reads "has not given up on a peace treaty" as seeking it, and ruling out territorial concessions as opposing a handover', () => {
    expect(signals(extract(['Japan has not given up on a peace treaty with Russia, the foreign minister said on Friday.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-18 japan peace-treaty=seeks']);
    expect(signals(extract(['Russia has ruled out any territorial concessions on the Kuril islands.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-23 russia handover=opposes']);
  });
  it('reads rejecting the 1956 declaration "as a basis" as rejecting it, not as accepting it or seeking talks', () => {
    expect(signals(extract(['Former islanders reject the 1956 declaration as a basis for negotiations.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-23 japanese-public basis-1956=rejects']);
    expect(signals(extract(['Japan has refused to accept the 1956 declaration as the sole basis for talks.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-23 japan basis-1956=rejects']);
    expect(signals(extract(['Moscow no longer considers the 1956 declaration binding, Lavrov said on Friday.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-18 russia basis-1956=rejects']);
  });
  it('reads "wants a peace treaty signed first, with the territorial question left for later" as the treaty first, and not wanting an island handed to Japan as opposing a handover', () => {
    expect(signals(extract(['Russia wants a peace treaty signed first, with the territorial question left for later.'], '2022-03-23T08:00:00Z'))).toContain('2022-03-23 russia sequencing=treaty-first');
    expect(signals(extract(['Residents of Kunashir said on Friday that they did not want their island handed to Japan.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-18 russian-public handover=opposes']);
  });
  it('gives what "It accused Tokyo of ... and said ..." says to the body "It" is, not to the object named in the first predicate', () => {
    const found = signals(
      extract(
        ['In a statement on its website on Tuesday, the Russian Foreign Ministry said the Kuril islands were Russian territory under international law.', 'It accused Tokyo of an unfriendly course and said peace treaty talks were impossible in the current situation.'],
        '2022-03-23T08:00:00Z',
      ),
    );
    expect(found).toEqual(['2022-03-22 russia sovereignty=russia-all', '2022-03-22 russia peace-treaty=suspended']);
  });
  it('reads being interested in a peace treaty as seeking it, and an occupation with no legal basis as Japan\'s claim', () => {
    expect(signals(extract(['Lavrov said on Monday that Moscow was still interested in a peace treaty with Japan over the Kurils.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-21 russia peace-treaty=seeks']);
    expect(signals(extract(['Kishida, speaking in parliament on Tuesday, said Russia\'s occupation of the Northern Territories had no legal basis.'], '2022-03-23T08:00:00Z'))).toEqual(['2022-03-22 japan sovereignty=japan-all-four']);
  });
  it('reads seeing "no way to continue the dialogue" with the other side as suspending the treaty talks', () => {
    const found = signals(extract(['"Under these conditions we see no way to continue the dialogue with Tokyo," Zakharova told a briefing on the Kuril islands on Wednesday.'], '2024-01-31T18:00:00Z'));
    expect(found).toEqual(['2024-01-31 russia peace-treaty=suspended']);
  });
  it('dates a saying "a day after the summit" by that day, not a day before it', () => {
    const found = signals(extract(['Abe and Putin held a summit in Moscow on Tuesday.', 'The Kremlin said a day after the summit that Russia had no plans to hand over any of the Kuril islands.'], '2019-01-23T08:00:00Z'));
    expect(found).toEqual(['2019-01-23 russia handover=opposes']);
  });
  it('gives "Russia\'s suspension of the treaty talks", named in another\'s saying, to Russia', () => {
    const found = signals(extract(['Kishida vowed on Tuesday to persist with the Northern Territories talks despite Russia\'s suspension of peace treaty negotiations.'], '2022-04-12T08:00:00Z'));
    expect(found.map((x) => x.slice(11))).toContain('russia peace-treaty=suspended');
    expect(found.join()).not.toContain('japan peace-treaty=suspended');
  });
  it('reads "..., but only if Japan recognised the outcome of the war" as the condition set, and "the southern Kurils, which Tokyo claims" as Japan\'s claim', () => {
    expect(signals(extract(['Zakharova said on Thursday that Moscow was open to a dialogue with Tokyo on the Kurils, but only if Japan recognised the outcome of the war in full.'], '2019-02-08T08:00:00Z'))).toContain(
      '2019-02-07 russia sequencing=recognition-first',
    );
    expect(signals(extract(['The main stumbling block is the status of the southern Kurils, which Tokyo claims.'], '2019-02-08T08:00:00Z'))).toEqual(['2019-02-08 japan sovereignty=japan-all-four']);
  });
  it('reads saying one needs a peace treaty as seeking it', () => {
    expect(signals(extract(['Peskov said on Monday that Russia needs a peace treaty with Japan, whatever the state of the Kuril dispute.'], '2019-01-29T08:00:00Z'))).toEqual(['2019-01-28 russia peace-treaty=seeks']);
  });
  it('reads announcing that one "will not continue the negotiations" in a story of the dispute as suspending the treaty talks, but not talks named as other talks', () => {
    expect(signals(extract(['Matsuno said on Tuesday it was regrettable that Russia had announced it would not continue the negotiations on the Northern Territories.'], '2023-02-08T08:00:00Z'))).toEqual([
      '2023-02-07 russia peace-treaty=suspended',
    ]);
    expect(signals(extract(['Moscow said on Tuesday it would not continue the talks on joint economic activities on the Kuril islands.'], '2023-02-08T08:00:00Z'))).toEqual([]);
  });
  it('gives what "Russian officials were insisting" to Russia, and insisting that Japan first acknowledge the islands as Russian is the recognition first', () => {
    const found = signals(extract(['By 2019, Russian officials were insisting that Japan first acknowledge that the Kuril islands became Russian as a result of the war.'], '2024-05-10T08:00:00Z'));
    expect(found).toContain('2019 russia sequencing=recognition-first');
    expect(found.join()).not.toContain('japan');
  });
  it('gives what "a former islander" says to the Japanese public, not to the state named before', () => {
    const found = signals(
      extract(['Abe says he wants to resolve the territorial issue and conclude a peace treaty.', 'In Nemuro, a former islander tells local TV: "We have waited more than 70 years. We want our islands back."'], '2019-01-22T12:00:00Z'),
    );
    expect(found).toContain('2019-01-22 japanese-public handover=supports');
    expect(found).not.toContain('2019-01-22 japan handover=supports');
  });
  it('gives what one resident of a public\'s home place says to that public ("a resident of Yuzhno-Kurilsk told reporters")', () => {
    const found = signals(
      extract(['Putin met Abe in Moscow to discuss the Kuril islands.', 'A resident of Yuzhno-Kurilsk told reporters on Tuesday: "This is Russian land. We will not be handed over to anyone."'], '2019-01-23T08:00:00Z'),
    );
    expect(found).toEqual(['2019-01-22 russian-public sovereignty=russia-all', '2019-01-22 russian-public handover=opposes']);
  });
  it('dates what a document just issued says ("approved the Bluebook on Friday, which describes ...") by its issue, and reads sanctions that make negotiations impossible as suspending them', () => {
    const found = signals(
      extract(
        ['The government on Friday approved the 2024 Diplomatic Bluebook, which again describes the four Northern Territories islands as Japan\'s inherent territory.', 'Moscow said on Monday that Japan\'s sanctions make any negotiations impossible.'],
        '2024-04-16T08:00:00Z',
      ),
    );
    expect(found).toEqual(['2024-04-12 japan sovereignty=japan-all-four', '2024-04-15 russia peace-treaty=suspended']);
  });
  it('gives what a participle after a comma insists to the subject, not to the possessor of a proposal named before it', () => {
    const found = signals(
      extract(
        ["Japan said on Thursday it would not accept Putin's proposal to sign a peace treaty by the end of the year without preconditions, insisting that the dispute over the four islands must be settled first."],
        '2018-09-13T08:00:00Z',
      ),
    );
    expect(found).toContain('2018-09-13 japan sequencing=territory-first');
    expect(found.join()).not.toContain('russia sequencing=territory-first');
  });
  it('gives what "officials from Japan and Russia" or a headline\'s "Japan, Russia" agree to both sides', () => {
    const both = ['2014-01-31 japan peace-treaty=seeks', '2014-01-31 russia peace-treaty=seeks'];
    expect(signals(extract(['Officials from Japan and Russia agreed on Friday to resume consultations on a peace treaty.'], '2014-01-31T12:00:00Z')).sort()).toEqual(both);
    expect(signals(extract(['Senior diplomats from Japan and Russia met in Tokyo on Friday and agreed to resume consultations on a peace treaty, the Foreign Ministry said.'], '2014-01-31T12:00:00Z')).sort()).toEqual(both);
    expect(signals(extract(['Japan, Russia agree to restart peace treaty talks'], '2014-01-31T12:00:00Z')).sort()).toEqual(both);
  });
  it('does not repeat at publication the stances a headline states when the story tells them with their day', () => {
    const found = signals(
      extract(
        ["Putin says Russia won't give up Kurils, but wants peace deal", 'MOSCOW, June 20 - President Vladimir Putin said on Thursday that Russia had no plans to hand over the Kuril islands to Japan, but that he still hoped to sign a peace treaty with Tokyo.'],
        '2019-06-21T08:00:00Z',
      ),
    );
    expect(found).toEqual(['2019-06-20 russia handover=opposes', '2019-06-20 russia peace-treaty=seeks']);
  });
});
