import { loadCodebooks } from '#lib/codebook';
import { compile } from '../codebook/compiled-codebook.js';
import { anaphoricDate, chooseDate, dated, datesIn, documentActed, documentOfCue, documentReferred, SUBORDINATE, storyRelative, yearMentions } from './dating.js';

const cb = compile(loadCodebooks().find((c) => c.id === 'kuril-islands')!);

/** The back-reference in the last sentence of `text`, against the years named before it. */
function backReference(text: string, frame = dated('2024-09-20')): string | null {
  const start = text.lastIndexOf('. ') + 2;
  return anaphoricDate(text, { start, end: text.length }, [], yearMentions(text, cb), frame)?.edtf ?? null;
}

describe('anaphoricDate', () => {
  it('reads "that October" against the year last named, not the publication year', () => {
    expect(backReference('The closest the sides came was in 1956. In the declaration signed that October, Moscow agreed.')).toBe('1956-10');
  });

  it('reads "<month> of that year" and "late <month> of the same year"', () => {
    expect(backReference('In 2016, Russia deployed missiles. Suga told reporters in November of that year that it was regrettable.')).toBe('2016-11');
    expect(backReference('Since 2022, the pace has quickened. In late March of the same year, troops drilled.')).toBe('2022-03');
  });

  it('reads "later that year" as the year, and "the same day" as the story date when it is a day', () => {
    expect(backReference('Putin visited Tokyo in 2016. Later that year, the talks stalled.')).toBe('2016');
    expect(backReference('Lavrov spoke in Moscow. The same day, Tokyo protested.', dated('2019-01-14'))).toBe('2019-01-14');
    expect(backReference('Lavrov spoke in Moscow. The same day, Tokyo protested.', dated('2019-01'))).toBeNull();
  });

  it('skips the year of a named document: "the 1956 declaration" dates nothing after it', () => {
    expect(backReference('In 2018 they agreed to build on the 1956 declaration. That November, talks began.')).toBe('2018-11');
  });

  it('reads no date in a deadline: "sign a treaty by the end of the year"', () => {
    expect(backReference('Putin spoke in 2018. He proposed to sign a treaty by the end of the year.')).toBeNull();
    expect(backReference('Putin spoke in 2018. At the end of the year, the talks stalled.')).toBe('2018');
  });

  it('needs a year before it, and stays out of quotations', () => {
    expect(backReference('The talks went on. That October, nothing moved.')).toBeNull();
    const text = 'It was 1993. "That October we agreed," he said.';
    expect(anaphoricDate(text, { start: 13, end: text.length }, [{ start: 13, end: 35 }], yearMentions(text, cb), null)).toBeNull();
  });
});

describe('documentOfCue', () => {
  it('dates a cue inside a relative clause on a dated document by the document', () => {
    const text = 'In November they agreed to speed up talks on the basis of the 1956 Joint Declaration, in which the Soviet Union promised to transfer two islands.';
    expect(documentOfCue(text, { start: 0, end: text.length }, text.indexOf('promised'), '2018-12-01')?.edtf).toBe('1956');
  });

  it('dates it by a date that ends the antecedent: "the agreement reached in November 2018, under which"', () => {
    const text = 'They confirmed the agreement reached in Singapore in November 2018, under which the leaders decided to accelerate talks.';
    expect(documentOfCue(text, { start: 0, end: text.length }, text.indexOf('accelerate'), '2020-09-30')?.edtf).toBe('2018-11');
  });

  it('leaves a cue outside such a clause to the narrative', () => {
    const text = 'In November they agreed to build on the 1956 Joint Declaration and promised to speed up talks.';
    expect(documentOfCue(text, { start: 0, end: text.length }, text.indexOf('promised'), '2018-12-01')).toBeNull();
  });
});

describe('datesIn', () => {
  const at = (text: string, tense: 'past' | 'present') => datesIn(text, { start: 0, end: text.length }, [], false, '2018-12-17', tense, cb)?.edtf ?? null;

  it("does not date a present clause by a participle aside's date", () => {
    expect(at("Tokyo's position is that all four islands, seized by Soviet forces in 1945, are Japanese territory.", 'present')).toBeNull();
  });

  it('dates a past clause by its aside when it names no other date', () => {
    expect(at('The declaration, signed in Moscow in 1956, ended the state of war.', 'past')).toBe('1956');
  });
});

describe('documentActed', () => {
  it('dates a past clause whose subject is a dated document by it', () => {
    const text = 'The 1956 declaration ended the state of war and restored diplomatic relations.';
    expect(documentActed(text, { start: 0, end: text.length })?.edtf).toBe('1956');
  });

  it('does not date a clause where the document is only an object', () => {
    const text = 'Moscow regards the 1956 declaration as binding.';
    expect(documentActed(text, { start: 0, end: text.length })).toBeNull();
  });
});

describe('storyRelative', () => {
  const relative = (phrase: string, frame = dated('2016-05-06')) => storyRelative(phrase, { start: 0, end: phrase.length }, [], frame)?.edtf ?? null;

  it('counts forward and back from the story date', () => {
    expect(relative('Two days later, Tokyo protested.')).toBe('2016-05-08');
    expect(relative('Two days earlier, Tokyo protested.')).toBe('2016-05-04');
    expect(relative('The previous day, Tokyo protested.')).toBe('2016-05-05');
    expect(relative('A year earlier, Tokyo protested.')).toBe('2015');
  });

  it('counts "the previous day" from publication when the story\'s date is no day and long past (an era told before)', () => {
    const phrase = 'Edano had said the previous day that Japan would keep seeking the return of the islands.';
    const at = (frame: ReturnType<typeof dated>) => storyRelative(phrase, { start: 0, end: phrase.length }, [], frame, '2011-02-11')?.edtf;
    expect(at(dated('1945'))).toBe('2011-02-10');
    expect(at(dated('2011-02-09'))).toBe('2011-02-08');
  });

  it('counts a step finer than a year from a story told by its year over the whole year', () => {
    expect(relative('Two months later, Tokyo protested.', dated('2018'))).toBe('2018-03/2019-02');
    expect(relative('A month later, Tokyo protested.', dated('2019-01-31'))).toBe('2019-02');
  });

  it('leaves "the day before the summit" alone: it counts from the summit, not from the story', () => {
    expect(relative('The day before the summit, Tokyo protested.')).toBeNull();
  });
});

describe('datesIn', () => {
  const own = (clause: string, published = '2017-09-30') => datesIn(clause, { start: 0, end: clause.length }, [], false, published, 'past', cb)?.edtf ?? null;

  it('prefers a date inside the one first named, which says it more precisely', () => {
    expect(own('Earlier this month, meeting in Vladivostok on September 7, the two leaders named five areas.')).toBe('2017-09-07');
  });

  it('reads a year that names a document as the document\'s when the clause has another date', () => {
    expect(own('The upper house on Friday approved a revision of a 1982 law on the islands.')).toBe('2017-09-29');
    expect(own('Yeltsin promised in 1997 to conclude a treaty by 2000.')).toBe('1997');
  });
});

describe('documentReferred', () => {
  const refer = (text: string) => documentReferred(text, { start: text.lastIndexOf('. ') + 2, end: text.length })?.edtf ?? null;

  it('finds the year the document referred back to was named with', () => {
    expect(refer('In 1993 they signed the Tokyo Declaration in the capital. Its second article lists the four islands.')).toBe('1993');
    expect(refer('The 2001 Irkutsk statement was signed in March. That document calls the 1956 text a starting point.')).toBe('2001');
  });

  it('takes the year the naming carries when its sentence names more than one ("On Nov. 14, 2018, they agreed to build on the 1956 Joint Declaration")', () => {
    expect(refer('On Nov. 14, 2018, the two leaders agreed to build on the 1956 Joint Declaration. That document states that the Soviet Union would hand over two islands.')).toBe('1956');
  });

  it('reads "That document mentions ..." as the document speaking', () => {
    expect(refer('In 1956 the two countries signed a joint declaration. That document mentions only the two smaller islands.')).toBe('1956');
  });

  it('needs one year in the sentence that named it, and a reference to open the clause', () => {
    expect(refer('A treaty was discussed in 1998 and 2000. That treaty says nothing of the islands.')).toBeNull();
    expect(refer('In 1993 they signed the Tokyo Declaration. Officials said it was a start.')).toBeNull();
  });
});

describe('SUBORDINATE', () => {
  it('takes "before" as a conjunction, but not "before dawn"', () => {
    expect(SUBORDINATE.test('before Tokyo signed the treaty in 1956')).toBe(true);
    expect(SUBORDINATE.test('Before dawn on Wednesday, August 16')).toBe(false);
  });

  it('takes a pluperfect after the clause\'s own past as what came before, but not a pluperfect main clause', () => {
    expect(SUBORDINATE.test('when Lavrov hosted Kono for the talks the two leaders had ordered at the G20 ')).toBe(true);
    expect(SUBORDINATE.test('Kan had told a parliamentary committee on ')).toBe(false);
  });
});

describe('chooseDate', () => {
  const facts = {
    ofDocument: null, document: null, own: null, narrativeDate: null, frame: dated('2019-01-14'), entryDate: null, issuedWith: null, saying: null, sayingFrame: dated('2019-01-14'),
    published: '2019-01-21', tense: 'past' as const, isFuture: false, isHypothetical: false, hasStances: true, quotedSpeech: false, quotedText: false,
    standing: false, saidThen: false, answer: false, reportedInPast: false, continuesPast: false, perfect: false,
  };
  it('dates a document\'s provision by the document, an own date first, and nothing that did not happen', () => {
    expect(chooseDate({ ...facts, document: dated('1956') })?.edtf).toBe('1956');
    expect(chooseDate({ ...facts, document: dated('1956'), own: dated('2018-11') })?.edtf).toBe('2018-11');
    expect(chooseDate({ ...facts, isHypothetical: true })).toBeNull();
  });
  it('dates a standing position at publication, a past saying by the story, and an intention reported in the past when it was said', () => {
    expect(chooseDate({ ...facts, tense: 'present' })?.edtf).toBe('2019-01-21');
    expect(chooseDate({ ...facts, tense: 'present', issuedWith: dated('2019-01-18') })?.edtf).toBe('2019-01-18');
    expect(chooseDate(facts)?.edtf).toBe('2019-01-14');
    expect(chooseDate({ ...facts, isFuture: true, reportedInPast: true })?.edtf).toBe('2019-01-14');
    expect(chooseDate({ ...facts, isFuture: true })?.edtf).toBe('2019-01-21');
  });
  it('dates a "that" clause going on from a past clause of its sentence by the story ("proposed ... that they sign a treaty")', () => {
    expect(chooseDate({ ...facts, tense: 'present', continuesPast: true })?.edtf).toBe('2019-01-14');
    expect(chooseDate({ ...facts, isFuture: true, continuesPast: true })?.edtf).toBe('2019-01-14');
  });
  it('dates a present perfect at publication rather than by a historical frame, and by a recent one as before', () => {
    expect(chooseDate({ ...facts, perfect: true, frame: dated('1945~'), saying: dated('1945~') })?.edtf).toBe('2019-01-21');
    expect(chooseDate({ ...facts, perfect: true })?.edtf).toBe('2019-01-14');
  });
});

