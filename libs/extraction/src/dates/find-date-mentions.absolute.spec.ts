import { findDateMentions } from './find-date-mentions.js';
import type { DateReference } from './types.js';

const REFERENCE: DateReference = { date: '2019-01-21', tense: 'present' };

function found(text: string, reference = REFERENCE): Array<[string, string]> {
  return findDateMentions(text, reference).map((m) => [m.text, m.edtf]);
}

describe('findDateMentions: years', () => {
  it.each([
    ['Japan established sovereignty over the islands in 1855.', '1855', '1855'],
    ['Japan and Russia first drew a border in the area in 1855, placing the islands on the Japanese side.', '1855', '1855'],
    ['By 2020, the plan had failed.', '2020', '2020'],
    ['The islands were seized during 1945.', '1945', '1945'],
    ['The talks began in mid-2018.', '2018', '2018-05/2018-08'],
    ['The ban took effect in early 2020.', '2020', '2020-01/2020-04'],
    ['Ties soured in late 2014.', '2014', '2014-09/2014-12'],
    ['It was the declaration of 1956 that ended the war.', '1956', '1956'],
    ['The problem of the year 2000 was overblown.', '2000', '2000'],
    ['The Tokyo Olympics were postponed to 2021.', '2021', '2021'],
    ['The company expects growth to slow in 2019.', '2019', '2019'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
  });

  it('takes a year used as an adjective after a determiner or possessive', () => {
    expect(found('They agreed to use the 1956 agreement as a foundation.')).toEqual([['1956', '1956']]);
    expect(found("Japan's 1855 treaty with Russia drew the border.")).toEqual([['1855', '1855']]);
    expect(found('Russia’s 2020 constitutional amendments banned it.')).toEqual([['2020', '2020']]);
    expect(found('The 1956 declaration cannot be the basis.')).toEqual([['1956', '1956']]);
  });

  it('takes every year of a list', () => {
    expect(found('Treaties were signed in 1855, 1875 and 1905.')).toEqual([
      ['1855', '1855'],
      ['1875', '1875'],
      ['1905', '1905'],
    ]);
  });

  it.each([
    ['Only 17 percent of Russians support the handover.'],
    ['Some 300 nationalists gathered in central Moscow.'],
    ['0:00 0:01:17 0:00'],
    ['16x9 Image'],
    ['Moscow sent 1,000 troops to the islands.'],
    ['The deal was worth $2019 per person.'],
    ['It costs 2019 dollars.'],
    ['See page 1956 of the report.'],
    ['The index rose to 2019 points.'],
    ['The index rose to 2019.'],
    ['Turnout was close to 2000.'],
    ['The index closed at 2,019.5 points on the day.'],
    ['The measure passed 2019 votes to 1000.'],
    ['Copyright 2019 RFE/RL. All rights reserved.'],
    ['The army sent 2000 soldiers and the 1500 residents left.'],
    ['Of the roughly 17,000 people who lived there, about 5,500 are alive.'],
    ['The 1000-strong force landed.'],
    ['Flight 1945 landed at 20:19.'],
    ['The survey of 1,012 adults found that 54 percent disagreed.'],
    ['It happened in 2000 cases out of 3000.'],
    ['Call 555-2019 for details.'],
  ])('finds no date in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('is not relative and has year precision', () => {
    expect(findDateMentions('It happened in 1855.', REFERENCE)).toEqual([
      {
        text: '1855',
        start: 15,
        end: 19,
        edtf: '1855',
        earliest: '1855-01-01',
        latest: '1855-12-31',
        precision: 'year',
        approximate: false,
        relative: false,
      },
    ]);
  });
});

describe('findDateMentions: months with a year and full dates', () => {
  it.each([
    ['The Soviet-Japanese Joint Declaration of October 1956 ended hostilities.', 'October 1956', '1956-10'],
    ['Abe addressed the forum in September 2018.', 'September 2018', '2018-09'],
    ['Abe addressed the forum in Sept. 2018.', 'Sept. 2018', '2018-09'],
    ['The memorandum came in January 1960, after Tokyo signed the treaty.', 'January 1960', '1960-01'],
    ['It was signed in May 2018.', 'May 2018', '2018-05'],
  ])('%s → %s', (text, mention, edtf) => {
    expect(found(text)).toEqual([[mention, edtf]]);
    expect(findDateMentions(text, REFERENCE)[0]).toMatchObject({ precision: 'month', relative: false });
  });

  it('reads "early October of 1956" as the first ten days of that month', () => {
    expect(found('It was signed in early October of 1956.')).toEqual([['early October of 1956', '1956-10-01/1956-10-10']]);
    expect(findDateMentions('It was signed in early October of 1956.', REFERENCE)[0]).toMatchObject({ precision: 'interval', relative: false });
  });

  it.each([
    ['The talks were held on January 22, 2019.', 'January 22, 2019'],
    ['The talks were held on 22 January 2019.', '22 January 2019'],
    ['The talks were held on Jan. 22, 2019.', 'Jan. 22, 2019'],
    ['The talks were held on 2019-01-22.', '2019-01-22'],
    ['The talks were held on January 22nd, 2019.', 'January 22nd, 2019'],
    ['The talks were held on the 22nd of January, 2019.', '22nd of January, 2019'],
    ['The talks were held on Tuesday, January 22, 2019.', 'Tuesday, January 22, 2019'],
  ])('%s → day precision', (text, mention) => {
    expect(found(text)).toEqual([[mention, '2019-01-22']]);
    expect(findDateMentions(text, REFERENCE)[0]).toMatchObject({ precision: 'day', relative: false, earliest: '2019-01-22', latest: '2019-01-22' });
  });

  it('skips impossible days', () => {
    expect(found('It was dated February 30, 2019 and 2019-02-29.')).toEqual([]);
  });

  it('reads a full date in the past even in a future sentence', () => {
    expect(found('On September 12, 2018, Putin made an offer that Abe will remember.')).toEqual([
      ['September 12, 2018', '2018-09-12'],
    ]);
  });
});

describe('findDateMentions: decades', () => {
  it.each([
    ['In the 1990s the economy collapsed.', '1990s', '199X', 'decade', false],
    ['The 1970’s were calm.', '1970’s', '197X', 'decade', false],
    ["The '90s were hard.", "'90s", '199X', 'decade', true],
    ["The '20s were roaring.", "'20s", '192X', 'decade', true],
    ['It was built in the mid-1950s.', 'mid-1950s', '1954~/1956~', 'interval', false],
    ['In the early 2000s ties improved.', 'early 2000s', '2000~/2003~', 'interval', false],
    ['In the late 1980s the Soviet Union opened up.', 'late 1980s', '1987~/1989~', 'interval', false],
  ])('%s → %s %s', (text, mention, edtf, precision, relative) => {
    expect(findDateMentions(text, REFERENCE)).toMatchObject([{ text: mention, edtf, precision, relative }]);
  });

  it('bounds a decade by its first and last day', () => {
    expect(findDateMentions('in the 1990s', REFERENCE)[0]).toMatchObject({ earliest: '1990-01-01', latest: '1999-12-31', approximate: false });
  });

  it('ignores plain numbers with an s', () => {
    expect(found('Temperatures were in the 90s and he is in his 80s.')).toEqual([]);
  });
});
