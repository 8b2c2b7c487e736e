import { findDateMentions } from './find-date-mentions.js';
import type { DateReference } from './types.js';

// A Monday.
const REFERENCE: DateReference = { date: '2019-01-21', tense: 'present' };

function found(text: string, reference = REFERENCE): Array<[string, string]> {
  return findDateMentions(text, reference).map((m) => [m.text, m.edtf]);
}

describe('findDateMentions: days relative to the reference', () => {
  it.each([
    ['It happened yesterday.', 'yesterday', '2019-01-20'],
    ['The vote is today.', 'today', '2019-01-21'],
    ['Today they are referred to by Moscow as the Southern Kuriles.', 'Today', '2019-01-21'],
    ['The result comes tomorrow.', 'tomorrow', '2019-01-22'],
    ['They meet tonight.', 'tonight', '2019-01-21'],
    ['Protesters gathered last night.', 'last night', '2019-01-20'],
    ['The minister spoke this morning.', 'this morning', '2019-01-21'],
    ['The deadline is the day after tomorrow.', 'the day after tomorrow', '2019-01-23'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
    expect(findDateMentions(text, REFERENCE)[0]).toMatchObject({ precision: 'day', relative: true });
  });

  it('reads no date in a weekday used as a kind ("a Sunday television programme", "every Friday"), but "late on a Wednesday night" is a day', () => {
    expect(found("Abe's remark on a Sunday television programme on January 6.", { date: '2019-01-15', tense: 'past' })).toEqual([['January 6', '2019-01-06']]);
    expect(found('Protesters gather every Friday.')).toEqual([]);
    expect(found('They met late on a Wednesday night.', { date: '2019-01-21', tense: 'past' })).toEqual([['Wednesday', '2019-01-16']]);
  });

  it('leaves the newspaper alone', () => {
    expect(found('USA Today reported it.')).toEqual([]);
  });
});

describe('findDateMentions: this, last and next period', () => {
  it.each([
    ['Prices rose this month.', 'this month', '2019-01'],
    ['Prices rose last month.', 'last month', '2018-12'],
    ['Prices will rise next month.', 'next month', '2019-02'],
    ['This year is different.', 'This year', '2019'],
    ['Talks collapsed last year.', 'last year', '2018'],
    ['Talks resume next year.', 'next year', '2020'],
    ['Working groups begin early next year.', 'early next year', '2020-01/2020-04'],
    ['A survey late last year found the same.', 'late last year', '2018-09/2018-12'],
    ['The ministers met last week.', 'last week', '2019-01-14/2019-01-20'],
    ['The ministers meet this week.', 'this week', '2019-01-21/2019-01-27'],
    ['The ministry protested this week.', 'this week', '2019-01-21'],
    ['The ministers meet next week.', 'next week', '2019-01-28/2019-02-03'],
    ['After talks in Moscow earlier this month, Moscow made clear its position.', 'earlier this month', '2019-01-01/2019-01-21'],
    ['Kishida said earlier this year that nothing had changed.', 'earlier this year', '2019-01-01/2019-01-21'],
    ['A decision is due later this month.', 'later this month', '2019-01-21/2019-01-31'],
    ['A decision is due later this year.', 'later this year', '2019-01-21/2019-12-31'],
    ['The two ministers met earlier this week.', 'earlier this week', '2019-01-21'],
  ])('%s → %s %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
  });

  it('ends "this week" told in the past on the reference day', () => {
    expect(found('The ministry protested this week.', { date: '2019-01-24', tense: 'present' })).toEqual([['this week', '2019-01-21/2019-01-24']]);
  });

  it('gives "earlier this month" on the 1st the day itself, since EDTF has no one-day interval', () => {
    expect(found('They met earlier this month.', { date: '2019-02-01', tense: 'present' })).toEqual([['earlier this month', '2019-02-01']]);
  });

  it('marks periods relative, with the precision of their value', () => {
    expect(findDateMentions('last month and last week', REFERENCE)).toEqual([
      expect.objectContaining({ precision: 'month', relative: true, earliest: '2018-12-01', latest: '2018-12-31' }),
      expect.objectContaining({ precision: 'interval', relative: true, earliest: '2019-01-14', latest: '2019-01-20' }),
    ]);
  });
});

describe('findDateMentions: ago', () => {
  it.each([
    ['The Crimean takeover five years ago changed everything.', 'five years ago', '2014~', 'year'],
    ['It began 5 years ago.', '5 years ago', '2014~', 'year'],
    ['A decade ago it was calm.', 'A decade ago', '2009~', 'year'],
    ['The declaration, signed in Moscow 63 years ago, ended the war.', '63 years ago', '1956~', 'year'],
    ['Two years ago, Putin and Abe agreed.', 'Two years ago', '2017~', 'year'],
    ['The deal was signed three months ago.', 'three months ago', '2018-10~', 'month'],
    ['They met two weeks ago.', 'two weeks ago', '2019-01-07~', 'day'],
    ['They met three days ago.', 'three days ago', '2019-01-18', 'day'],
    ['They met about three days ago.', 'about three days ago', '2019-01-18~', 'day'],
    ['They met a few years ago.', 'a few years ago', '2016~', 'year'],
    ['It ended more than a decade ago.', 'more than a decade ago', '2009~', 'year'],
    ['It ended twenty-five years ago.', 'twenty-five years ago', '1994~', 'year'],
    ['A century ago the islands were Japanese.', 'A century ago', '1919~', 'year'],
    ['Sixty years ago today, the two premiers signed.', 'Sixty years ago today', '1959-01-21', 'day'],
    ['Three months ago today they met.', 'Three months ago today', '2018-10-21', 'day'],
    // (Uncounted decades: between twenty and seventy years back.)
    ['Decades ago, Moscow offered two islands.', 'Decades ago', '1949~/1999~', 'interval'],
  ])('%s → %s', (text, mention, edtf, precision) => {
    expect(findDateMentions(text, REFERENCE)).toEqual([
      expect.objectContaining({ text: mention, edtf, precision, relative: true, approximate: edtf.endsWith('~') }),
    ]);
  });
});

describe('findDateMentions: ago, limits', () => {
  it('drops what four-digit EDTF cannot write', () => {
    expect(found('Life began 500 centuries ago.')).toEqual([]);
  });
});

describe('findDateMentions: spans up to the reference', () => {
  it.each([
    ['For the past 70 years, Japan has waged a dogged campaign.', 'For the past 70 years', '1949~/2019-01-21'],
    ['Over the past decade the fleet grew.', 'Over the past decade', '2009~/2019-01-21'],
    ['In the past two years, ties improved.', 'In the past two years', '2017~/2019-01-21'],
    ['Japan has sought the islands for more than 60 years.', 'for more than 60 years', '1959~/2019-01-21'],
    ['Tokyo has demanded their return for 73 years.', 'for 73 years', '1946~/2019-01-21'],
    ['Tensions rose over the last three months.', 'over the last three months', '2018-10~/2019-01-21'],
    ['Prices fell during the past week.', 'during the past week', '2019-01-14~/2019-01-21'],
    ['Ten rallies took place in the past five days.', 'in the past five days', '2019-01-16/2019-01-21'],
    ['Rallies have grown in the past year.', 'in the past year', '2018~/2019-01-21'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
    expect(findDateMentions(text, REFERENCE)[0]).toMatchObject({ precision: 'interval', relative: true, latest: '2019-01-21' });
  });

  it('bounds "for the past 70 years" from the first day of 1949 to the reference', () => {
    expect(findDateMentions('for the past 70 years', REFERENCE)[0]).toMatchObject({ earliest: '1949-01-01', latest: '2019-01-21', approximate: true });
  });

  it('does not end a duration at the reference under a simple past or a future', () => {
    expect(found('He ruled for 30 years.')).toEqual([]);
    expect(found('The lease will run for 50 years.')).toEqual([]);
  });

  it('does not read "the last days of the war" or "the last year of his term" as a span', () => {
    expect(found('Soviet forces seized them in the last days of the war.')).toEqual([]);
    expect(found('It happened in the last year of his term.')).toEqual([]);
  });
});

describe('findDateMentions: deadlines and period edges', () => {
  it.each([
    ["\"Let's sign a peace agreement by the end of the year,\" he told Abe.", 'by the end of the year', '2019-12'],
    ['A deal is possible by year-end.', 'by year-end', '2019-12'],
    ['The review is due before the end of this year.', 'before the end of this year', '2019-12'],
    ['The treaty could be signed by the end of next year.', 'by the end of next year', '2020-12'],
    ['Talks stalled at the end of last year.', 'at the end of last year', '2018-12'],
    ['Talks resume at the beginning of next year.', 'at the beginning of next year', '2020-01'],
    ['The report is due by the end of the month.', 'by the end of the month', '2019-01-31'],
    ['The report was due at the start of the month.', 'at the start of the month', '2019-01-01'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
    expect(findDateMentions(text, REFERENCE)[0]).toMatchObject({ relative: true });
  });

  it('reads "by the end of 2019" without the reference', () => {
    expect(findDateMentions('They aim to finish by the end of 2019.', REFERENCE)).toEqual([
      expect.objectContaining({ text: 'by the end of 2019', edtf: '2019-12', relative: false, precision: 'month' }),
    ]);
  });

  it("takes the year of an anchor reference: Putin's September 2018 offer", () => {
    const anchor: DateReference = { date: '2018-09-05', tense: 'past' };
    expect(found("\"Let's sign a peace agreement by the end of the year,\" he told Abe.", anchor)).toEqual([
      ['by the end of the year', '2018-12'],
    ]);
  });

  it('reads a capitalised day word after a capitalised word as part of a name ("The World Tonight")', () => {
    expect(findDateMentions('She spoke to The World Tonight on Thursday.', { date: '2024-11-08', tense: 'past' }).map((m) => m.text)).toEqual(['Thursday']);
  });
});

describe('findDateMentions: seasons', () => {
  const past: DateReference = { date: '2021-01-31', tense: 'past' };
  it.each([
    ['Last summer Moscow wrote a ban into its constitution.', 'Last summer', '2020-06/2020-08'],
    ['They met in the summer of 2019.', 'summer of 2019', '2019-06/2019-08'],
    ['The law came into force in summer 2020.', 'summer 2020', '2020-06/2020-08'],
    ['Talks stalled in the autumn.', 'autumn', '2020-09/2020-11'],
    ['Protests were held last winter.', 'last winter', '2019-12/2020-02'],
    ['They will meet next spring.', 'next spring', '2021-03/2021-05'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text, past)).toEqual([[mention, edtf]]);
  });

  it('reads no season in a name or a verb ("the Arab Spring", "the Winter Olympics", "prices fall in")', () => {
    expect(found('The Arab Spring came after the Winter Olympics, and prices fall in the end.', past)).toEqual([]);
  });
});

describe('findDateMentions: the same day a year back', () => {
  it('reads "this day last year" and "this day a year ago" as the reference day a year back', () => {
    expect(found('On this day last year, the prime minister spoke.')).toEqual([['this day last year', '2018-01-21']]);
    expect(found('This day a year ago, talks began.')).toEqual([['This day a year ago', '2018-01-21']]);
  });
});
