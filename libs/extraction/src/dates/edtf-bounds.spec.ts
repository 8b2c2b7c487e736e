import edtf from 'edtf';
import { ValidationError } from '#lib/errors';
import { boundsOfValue, edtfBounds } from './edtf-bounds.js';
import { formatValue, type DateValue } from './edtf-value.js';

describe('edtfBounds', () => {
  it.each([
    ['1855', '1855-01-01', '1855-12-31'],
    ['2018-09', '2018-09-01', '2018-09-30'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2019-01-20', '2019-01-20', '2019-01-20'],
    ['2020-02-29', '2020-02-29', '2020-02-29'],
    ['199X', '1990-01-01', '1999-12-31'],
    ['19XX', '1900-01-01', '1999-12-31'],
    ['1945-08~', '1945-08-01', '1945-08-31'],
    ['2018-11?', '2018-11-01', '2018-11-30'],
    ['2018-11%', '2018-11-01', '2018-11-30'],
    ['1945/1949', '1945-01-01', '1949-12-31'],
    ['1949~/2019-01-21', '1949-01-01', '2019-01-21'],
    ['2019-01-01/2019-01-21', '2019-01-01', '2019-01-21'],
    ['1954~/1956~', '1954-01-01', '1956-12-31'],
    ['2018-09/2019-01-21', '2018-09-01', '2019-01-21'],
    ['2019-01-21T10:00:00Z', '2019-01-21', '2019-01-21'],
  ])('%s covers %s … %s', (value, earliest, latest) => {
    expect(edtfBounds(value)).toEqual({ earliest, latest });
  });

  it('gives a qualified date the bounds of the plain one, as EDTF.js does', () => {
    expect(edtfBounds('1945~')).toEqual(edtfBounds('1945'));
    expect(edtfBounds('1945?')).toEqual({ earliest: '1945-01-01', latest: '1945-12-31' });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'not a date'],
    ['2019-13', 'no month 13'],
    ['2019-00-10', 'no month 0'],
    ['2019-02-29', 'not a leap year (EDTF.js alone would roll it over to March 1)'],
    ['2019-04-31', 'April has 30 days'],
    ['2019-02-30/2019-03-01', 'an impossible interval end'],
    ['2019/2018', 'an interval running backwards'],
    ['2019-01-21/2019-01-21', 'an interval of one day'],
    ['1985/..', 'an open end'],
    ['../1985', 'an open start'],
    ['1985/', 'an unknown end'],
    ['{1945,1949}', 'level 2'],
    ['195X~', 'a qualified unspecified digit'],
    ['1950s', 'prose'],
  ])('refuses %j (%s)', (value) => {
    expect(() => edtfBounds(value)).toThrow(ValidationError);
  });

  it('names the field and the value it refuses', () => {
    try {
      edtfBounds('2019-02-29');
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('edtf');
      expect((error as ValidationError).message).toContain('"2019-02-29"');
    }
  });
});

describe('boundsOfValue', () => {
  const values: DateValue[] = [
    { kind: 'point', point: { year: 1855 } },
    { kind: 'point', point: { year: 2018, month: 9 } },
    { kind: 'point', point: { year: 2019, month: 1, day: 7, approximate: true } },
    { kind: 'point', point: { year: 2018, month: 11, uncertain: true } },
    { kind: 'point', point: { year: 2018, month: 11, uncertain: true, approximate: true } },
    { kind: 'point', point: { year: 1990, decade: true } },
    { kind: 'interval', lower: { year: 1949, approximate: true }, upper: { year: 2019, month: 1, day: 21 } },
    { kind: 'interval', lower: { year: 1954, approximate: true }, upper: { year: 1956, approximate: true } },
  ];

  it.each(values.map((value) => [formatValue(value), value] as const))(
    'builds %s in canonical EDTF.js form, with the bounds EDTF.js gives the string',
    (text, value) => {
      // Straight from the package, bypassing the resolver's cache.
      const parsed = edtf(text);
      const day = (ms: number | null) => new Date(ms!).toISOString().slice(0, 10);
      expect(parsed.edtf).toBe(text);
      expect(boundsOfValue(value, text)).toEqual({ earliest: day(parsed.min), latest: day(parsed.max) });
    },
  );
});
