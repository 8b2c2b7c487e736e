import { findDateMentions } from './find-date-mentions.js';
import type { DateReference } from './types.js';

// A Monday.
const REFERENCE: DateReference = { date: '2019-01-21', tense: 'present' };

function found(text: string, reference = REFERENCE): Array<[string, string]> {
  return findDateMentions(text, reference).map((m) => [m.text, m.edtf]);
}

describe('findDateMentions: year-less months, by tense', () => {
  it.each([
    ['Putin proposed the treaty in September.', 'September', '2018-09'],
    ['When Putin and Abe followed up with talks in November in Singapore, they agreed.', 'November', '2018-11'],
    ['An opinion survey carried out in November found that only 17 percent support it.', 'November', '2018-11'],
    ['In November, the independent daily Vedomosti wrote in an editorial that much time has been lost.', 'November', '2018-11'],
    ['The weapons were unveiled by Putin during his address in March.', 'March', '2018-03'],
    ['The parliament met in January.', 'January', '2019-01'],
    ['Russia has held exercises in December.', 'December', '2018-12'],
  ])('past: %s → %s', (text, mention, edtf) => {
    expect(found(text)).toContainEqual([mention, edtf]);
  });

  it.each([
    ["My guess is that we'll see no public announcement until Putin's planned visit to Japan in June.", 'June', '2019-06'],
    ["Putin's planned visit to Japan in June", 'June', '2019-06'],
    ['The summit is scheduled for June.', 'June', '2019-06'],
    ['The two-plus-two talks in Tokyo, planned for March, will be the first in years.', 'March', '2019-03'],
    ['Putin will visit Japan in January.', 'January', '2019-01'],
    ['The next round opens in December.', 'December', '2019-12'],
  ])('future: %s → %s', (text, mention, edtf) => {
    expect(found(text)).toContainEqual([mention, edtf]);
  });

  it.each([
    ['Putin and Abe talk on the sidelines of the forum in Vladivostok in September.', 'September', '2018-09'],
    ['The Northern Territories issue stays open in July.', 'July', '2018-07'],
    ['The summit takes place in June.', 'June', '2019-06'],
  ])('present: %s → %s (past unless more than six months back and the future one nearer)', (text, mention, edtf) => {
    expect(found(text)).toContainEqual([mention, edtf]);
  });

  it('marks a year-less month relative, with month precision', () => {
    expect(findDateMentions('They met in September.', REFERENCE)).toEqual([
      expect.objectContaining({ text: 'September', edtf: '2018-09', earliest: '2018-09-01', latest: '2018-09-30', precision: 'month', relative: true, approximate: false }),
    ]);
  });

  it('resolves each month by its own clause', () => {
    expect(found('Putin said in September that he would visit Japan in June.')).toEqual([
      ['September', '2018-09'],
      ['June', '2019-06'],
    ]);
    expect(found('Abe, who met Putin in November, will return to Moscow in May.')).toEqual([
      ['November', '2018-11'],
      ['May', '2019-05'],
    ]);
    expect(found('At a briefing following the meeting in Vladivostok in September, Suga insisted that nothing had changed.')).toEqual([
      ['September', '2018-09'],
    ]);
  });

  it('honours "last" and "next" over the tense', () => {
    expect(found('Last September they met; next June they will meet again.')).toEqual([
      ['Last September', '2018-09'],
      ['next June', '2019-06'],
    ]);
    expect(found('They will review what happened last January.')).toEqual([['last January', '2018-01']]);
  });

  it('reads "April last year" and "March next year" from the reference year', () => {
    expect(found('The wording has been used since April last year.')).toEqual([['since April last year', '2018-04/2019-01-21']]);
    expect(found('The meeting moves to March next year.')).toEqual([['March next year', '2020-03']]);
  });

  it('reads "early", "mid" and "late" as the first, middle and last third of a month', () => {
    expect(found('They met in early September, again in mid-November and once more in late December.')).toEqual([
      ['early September', '2018-09-01/2018-09-10'],
      ['mid-November', '2018-11-11/2018-11-20'],
      ['late December', '2018-12-21/2018-12-31'],
    ]);
  });

  it('takes month names that are also words or names only in a date context', () => {
    expect(found('They may march on Moscow.')).toEqual([]);
    expect(found('Theresa May said so. April Ryan asked. June Carter sang. August Strindberg wrote.')).toEqual([]);
    expect(found('In May the talks stalled.')).toEqual([['May', '2018-05']]);
    expect(found('The vote was held in May’s absence.')).toEqual([]);
    expect(found('The September summit ended without a deal.')).toEqual([['September', '2018-09']]);
    // (An ambiguous month before a meeting it names, after a determiner: "at a May summit".)
    expect(found('They had agreed at a May summit to meet again.')).toEqual([['May', '2018-05']]);
    expect(found('Their June talks went nowhere.')).toEqual([['June', '2018-06']]);
    expect(found('Theresa May summit photos were shown.')).toEqual([]);
  });

  it('uses the reference tense when the sentence has no verb at all', () => {
    expect(found('Talks in June', { date: '2019-01-21', tense: 'past' })).toEqual([['June', '2018-06']]);
    expect(found('Talks in June', { date: '2019-01-21', tense: 'future' })).toEqual([['June', '2019-06']]);
  });
});

describe('findDateMentions: year-less days, by tense', () => {
  it.each([
    ['But as Putin and Abe prepare for talks in Moscow on January 22, analysts say little will change.', 'January 22', '2019-01-22'],
    ['A coalition of parties protested on January 20 in Moscow.', 'January 20', '2019-01-20'],
    ['On January 20, some 300 nationalists and members of the far right gathered in central Moscow.', 'January 20', '2019-01-20'],
    ['On January 13, flagship news program Vesti Nedeli dismissed the suggestion.', 'January 13', '2019-01-13'],
    ['On Jan. 13, the program dismissed it.', 'Jan. 13', '2019-01-13'],
    ['The rally on 13 January was small.', '13 January', '2019-01-13'],
    ['The talks on the 13th of January were short.', '13th of January', '2019-01-13'],
    ["Lukin says of the January 22 talks that nothing will come of them.", 'January 22', '2019-01-22'],
    ['The talks were held on January 22.', 'January 22', '2018-01-22'],
    ['The talks will be held on January 20.', 'January 20', '2020-01-20'],
    ['The overhaul took effect on July 4.', 'July 4', '2018-07-04'],
    ['Victory Day falls on May 9.', 'May 9', '2019-05-09'],
    ['Japan marks the surrender on August 15.', 'August 15', '2018-08-15'],
    ['MOSCOW, January 21 (Example Wire) - Russia said on Monday it was pulling out.', 'January 21', '2019-01-21'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toContainEqual([mention, edtf]);
  });

  it('is a relative day', () => {
    expect(findDateMentions('They protested on January 20.', REFERENCE)[0]).toMatchObject({ precision: 'day', relative: true, approximate: false });
  });

  it('moves February 29 to a leap year', () => {
    expect(found('They met on February 29.')).toEqual([['February 29', '2016-02-29']]);
    expect(found('They will meet on February 29.')).toEqual([['February 29', '2020-02-29']]);
  });
});

describe('findDateMentions: weekdays', () => {
  it.each([
    ['Putin spoke on Tuesday.', 'Tuesday', '2019-01-15'],
    ['Putin spoke on Monday.', 'Monday', '2019-01-21'],
    ['Nationalists rallied on Sunday.', 'Sunday', '2019-01-20'],
    ['Putin will speak on Tuesday.', 'Tuesday', '2019-01-22'],
    ['Putin will speak on Monday.', 'Monday', '2019-01-28'],
    ['Putin and Abe meet in Moscow on Tuesday.', 'Tuesday', '2019-01-22'],
    ['Putin and Abe meet in Moscow on Friday.', 'Friday', '2019-01-18'],
    ["Tuesday's talks are the first this year.", 'Tuesday', '2019-01-22'],
    ["Friday's rally drew thousands.", 'Friday', '2019-01-18'],
    ['Last Monday the ministers met.', 'Last Monday', '2019-01-14'],
    ['The ministers meet next Monday.', 'next Monday', '2019-01-28'],
    ['The ministers met this Sunday.', 'this Sunday', '2019-01-20'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toContainEqual([mention, edtf]);
  });

  it('resolves each weekday by its own clause', () => {
    expect(found('The government announced on Tuesday that talks would resume on Thursday.')).toEqual([
      ['Tuesday', '2019-01-15'],
      ['Thursday', '2019-01-24'],
    ]);
  });

  it('counts from an anchor reference as from a publication date', () => {
    // Published Wednesday 2010-11-03.
    const reference: DateReference = { date: '2010-11-03', tense: 'present' };
    expect(found('Japan said on Tuesday it was recalling its ambassador. Medvedev on Monday became the first leader to visit.', reference)).toEqual([
      ['Tuesday', '2010-11-02'],
      ['Monday', '2010-11-01'],
    ]);
  });

  it('skips habits, named days and newspapers', () => {
    expect(found('He fasts on Mondays. Good Friday and Bloody Sunday are remembered. The Sunday Times reported it.')).toEqual([]);
  });

  it('reads a day of last or next year ("July 1 last year")', () => {
    expect(findDateMentions('the vote of July 1 last year', { date: '2021-07-29', tense: 'past' }).map((m) => [m.text, m.edtf])).toEqual([['July 1 last year', '2020-07-01']]);
  });
});
