import { findDateMentions } from './find-date-mentions.js';
import type { DateReference } from './types.js';

// A Monday.
const REFERENCE: DateReference = { date: '2019-01-21', tense: 'present' };

function found(text: string, reference = REFERENCE): Array<[string, string]> {
  return findDateMentions(text, reference).map((m) => [m.text, m.edtf]);
}

describe('findDateMentions: since', () => {
  it.each([
    ['There have been key developments since 1956.', 'since 1956', '1956/2019-01-21'],
    ['He has lived there since September.', 'since September', '2018-09/2019-01-21'],
    ['Protesters have camped there since January 20.', 'since January 20', '2019-01-20/2019-01-21'],
    ['Washington has backed Tokyo ever since October 1956.', 'ever since October 1956', '1956-10/2019-01-21'],
    ['The US has recognised Japan’s claim since the 1950s.', 'since the 1950s', '1950/2019-01-21'],
    ['Nothing has moved since last year.', 'since last year', '2018/2019-01-21'],
    ['Rents have doubled since about 1990.', 'since about 1990', '1990~/2019-01-21'],
    ['The two have negotiated since the mid-20th century.', 'since the mid-20th century', '1950~/2019-01-21'],
    ['The two have negotiated since the middle of the last century.', 'since the middle of the last century', '1950~/2019-01-21'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
    expect(findDateMentions(text, REFERENCE)[0]).toMatchObject({ precision: 'interval', relative: true, latest: '2019-01-21' });
  });

  it('keeps a date after the reference as a plain date', () => {
    expect(found('Nothing will change since 2020 is an election year.')).toEqual([['2020', '2020']]);
  });
});

describe('findDateMentions: ranges', () => {
  it.each([
    ['Between 1945 and 1949 the islanders were deported.', 'Between 1945 and 1949', '1945/1949', false],
    ['The plan runs from 2012 to 2020.', 'from 2012 to 2020', '2012/2020', false],
    ['The talks stalled from September to November.', 'from September to November', '2018-09/2018-11', true],
    ['The talks ran from November to January.', 'from November to January', '2018-11/2019-01', true],
    ['The talks ran from September to November 2018.', 'from September to November 2018', '2018-09/2018-11', false],
    ['Soviet forces occupied them in August and September 1945.', 'August and September 1945', '1945-08/1945-09', false],
    ['The rallies took place between January 13 and January 20.', 'between January 13 and January 20', '2019-01-13/2019-01-20', true],
    ['The 1941-45 war and the 2018–19 season.', '1941-45', '1941/1945', false],
    ['The survey ran from Dec. 9 to 11.', 'Dec. 9 to 11', '2018-12-09/2018-12-11', true],
    ['The forum ran from January 20 to 22.', 'January 20 to 22', '2019-01-20/2019-01-22', true],
    ['Holidays last from Dec 30 - Jan 2.', 'from Dec 30 - Jan 2', '2018-12-30/2019-01-02', true],
    ['Holidays last Dec 30 - Jan 2.', 'Dec 30 - Jan 2', '2018-12-30/2019-01-02', true],
    ['The drills ran March 3 through March 5, 2018.', 'March 3 through March 5, 2018', '2018-03-03/2018-03-05', false],
  ])('%s → %s', (text, mention, edtf, relative) => {
    expect(findDateMentions(text, REFERENCE)).toContainEqual(
      expect.objectContaining({ text: mention, edtf, precision: 'interval', relative }),
    );
  });

  it('does not read a figure after a day range as a two-digit year ("April 9 to 11, 58 percent")', () => {
    expect(found('The poll, taken from April 9 to 11, 58 percent of those asked backed talks.', { date: '2019-04-30', tense: 'past' })).toEqual([
      ['April 9 to 11', '2019-04-09/2019-04-11'],
    ]);
  });

  it('leaves two separate years apart when no range is said', () => {
    expect(found('Treaties followed in 1945 and 1949.')).toEqual([
      ['1945', '1945'],
      ['1949', '1949'],
    ]);
  });
});

describe('findDateMentions: approximate and uncertain dates', () => {
  it.each([
    ['It was built around 1945.', 'around 1945', '1945~'],
    ['It was built circa 1945.', 'circa 1945', '1945~'],
    ['It was built c. 1945.', 'c. 1945', '1945~'],
    ['It was built in about 1945.', 'about 1945', '1945~'],
    ['It was built roughly in 1945.', 'roughly in 1945', '1945~'],
    ['The survey was possibly in November.', 'possibly in November', '2018-11?'],
    ['They met probably around January 20.', 'probably around January 20', '2019-01-20%'],
    ['It was built around the 1950s.', 'around the 1950s', '1950~/1959~'],
    ['It was built in the mid-1950s.', 'mid-1950s', '1954~/1956~'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
    expect(findDateMentions(text, REFERENCE)[0]!.approximate).toBe(true);
  });

  it('keeps the bounds of the unqualified date, as EDTF.js computes them', () => {
    expect(findDateMentions('around 1945', REFERENCE)[0]).toMatchObject({ earliest: '1945-01-01', latest: '1945-12-31', precision: 'year' });
  });

  it('does not qualify a quantity', () => {
    expect(found('About 2000 people came.')).toEqual([]);
  });
});

describe('findDateMentions: chrono-node fallback', () => {
  it.each([
    ['The agreement was dated 1/15/2019.', '1/15/2019', '2019-01-15', false],
    ['The agreement was dated 2019/01/15.', '2019/01/15', '2019-01-15', false],
    ['The deadline is the day before yesterday.', 'the day before yesterday', '2019-01-19', true],
    ['The result comes 2 weeks from now.', '2 weeks from now', '2019-02-04', true],
    ['They met on Jan 22 at 10 a.m.', 'Jan 22', '2018-01-22', true],
  ])('%s → %s', (text, mention, edtf, relative) => {
    expect(findDateMentions(text, REFERENCE)).toEqual([expect.objectContaining({ text: mention, edtf, relative })]);
  });

  it('resolves a year-less chrono match by tense, not by the nearest date', () => {
    expect(found('Protests were held from January 22 to 24.')).toEqual([['January 22 to 24', '2018-01-22/2018-01-24']]);
    expect(found('Talks will be held from January 20 to 22.')).toEqual([['January 20 to 22', '2020-01-20/2020-01-22']]);
  });

  it('ignores what only the narrative can anchor, and times of day', () => {
    expect(found('Three days later, the talks collapsed. The next day they resumed. It is now 0:01:17, at 10:30.')).toEqual([]);
  });
});

describe('findDateMentions: centuries', () => {
  it.each([
    ['The border was drawn in the 19th century.', '19th century', '1800/1899'],
    ['Settlers came in the early twentieth century.', 'early twentieth century', '1900~/1930~'],
    ['The islands were mapped in the late 18th century.', 'late 18th century', '1770~/1799~'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
  });
});
