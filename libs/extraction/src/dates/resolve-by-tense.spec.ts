import { dayFromNumber, formatDay, parseReferenceDay } from './calendar.js';
import { resolveDay, resolveMonth, resolveWeekday, type Direction } from './resolve-by-tense.js';

// A Monday.
const reference = parseReferenceDay('2019-01-21');

describe('resolveMonth', () => {
  it.each<[number, Direction, string]>([
    [9, 'past', '2018-09'],
    [9, 'perfect', '2018-09'],
    [1, 'past', '2019-01'],
    [12, 'past', '2018-12'],
    [6, 'future', '2019-06'],
    [1, 'future', '2019-01'],
    [12, 'future', '2019-12'],
    [9, 'present', '2018-09'],
    [7, 'present', '2018-07'],
    [6, 'present', '2019-06'],
    [2, 'present', '2019-02'],
    [1, 'last', '2018-01'],
    [9, 'last', '2018-09'],
    [1, 'next', '2020-01'],
    [6, 'next', '2019-06'],
  ])('month %i, %s → %s', (month, direction, expected) => {
    const { year, month: resolved } = resolveMonth(month, reference, direction);
    expect(`${year}-${String(resolved).padStart(2, '0')}`).toBe(expected);
  });

  it('in present tense keeps the past reading up to six months back', () => {
    // July is six months before January: still the past one; June (seven back, five ahead) flips.
    expect(resolveMonth(7, reference, 'present')).toEqual({ year: 2018, month: 7 });
    expect(resolveMonth(6, reference, 'present')).toEqual({ year: 2019, month: 6 });
  });
});

describe('resolveDay', () => {
  it.each<[number, number, Direction, string]>([
    [1, 22, 'past', '2018-01-22'],
    [1, 22, 'future', '2019-01-22'],
    [1, 22, 'present', '2019-01-22'],
    [1, 21, 'past', '2019-01-21'],
    [1, 21, 'future', '2019-01-21'],
    [1, 20, 'past', '2019-01-20'],
    [1, 20, 'present', '2019-01-20'],
    [1, 20, 'future', '2020-01-20'],
    [1, 13, 'past', '2019-01-13'],
    [12, 25, 'past', '2018-12-25'],
    [3, 3, 'present', '2019-03-03'],
    [8, 15, 'present', '2018-08-15'],
    [2, 29, 'past', '2016-02-29'],
    [2, 29, 'future', '2020-02-29'],
    [1, 21, 'last', '2018-01-21'],
    [1, 21, 'next', '2020-01-21'],
  ])('%i/%i, %s → %s', (month, day, direction, expected) => {
    expect(formatDay(resolveDay(month, day, reference, direction))).toBe(expected);
  });
});

describe('resolveWeekday', () => {
  const weekday = (n: number, direction: Direction) => formatDay(dayFromNumber(resolveWeekday(n, reference, direction)));

  it.each<[string, number, Direction, string]>([
    ['Tuesday', 2, 'past', '2019-01-15'],
    ['Monday', 1, 'past', '2019-01-21'],
    ['Sunday', 0, 'past', '2019-01-20'],
    ['Tuesday', 2, 'future', '2019-01-22'],
    ['Monday', 1, 'future', '2019-01-28'],
    ['Tuesday', 2, 'present', '2019-01-22'],
    ['Sunday', 0, 'present', '2019-01-20'],
    ['Friday', 5, 'present', '2019-01-18'],
    ['Thursday', 4, 'present', '2019-01-24'],
    ['Monday', 1, 'present', '2019-01-21'],
    ['Monday', 1, 'last', '2019-01-14'],
    ['Sunday', 0, 'last', '2019-01-20'],
    ['Monday', 1, 'next', '2019-01-28'],
  ])('%s, %s → %s', (_name, n, direction, expected) => {
    expect(weekday(n, direction)).toBe(expected);
  });
});
