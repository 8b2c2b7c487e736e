import edtf, { Date as EdtfDate, Interval as EdtfInterval, parse, type ExtDateTime, type ParsedDate } from 'edtf';
import { ValidationError } from '#lib/errors';
import { formatDay } from './calendar.js';
import type { DatePoint, DateValue } from './edtf-value.js';

export interface DateBounds {
  earliest: string;
  latest: string;
}

// EDTF.js parses with a nearley grammar (~0.3 ms a string), while building its objects from
// values costs ~0.01 ms; either way the answers repeat (same years, same reference-relative
// days), so a small memo keyed by the EDTF string covers most calls. It is cleared, not
// evicted entry by entry, when full: simple, bounded, and still warm for a stream of articles.
const CACHE_LIMIT = 4096;
const cache = new Map<string, DateBounds>();

function remember(key: string, bounds: DateBounds): DateBounds {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, bounds);
  return bounds;
}

/**
 * The first and last day (inclusive, `YYYY-MM-DD`) an EDTF level 0–1 string covers, as the
 * `edtf` package computes them.
 *
 * EDTF.js ignores qualifiers when computing bounds: `1945~` and `1945?` cover exactly 1945, and
 * `1949~/2019-01-21` runs from 1949-01-01 to 2019-01-21. Unspecified digits widen: `199X` is
 * 1990-01-01 … 1999-12-31.
 *
 * @throws ValidationError when the string is not EDTF level 0–1, names a day that does not exist
 *   (EDTF.js would silently roll `2019-02-29` over to March), or has an open or unknown end.
 */
export function edtfBounds(value: string): DateBounds {
  const cached = cache.get(value);
  if (cached) return cached;
  let parsed: ParsedDate;
  let date: ExtDateTime;
  try {
    parsed = parse(value, { level: 1 });
    date = edtf(parsed);
  } catch (error) {
    throw new ValidationError(`not an EDTF level 0-1 date: ${JSON.stringify(value)} (${firstLine(error)})`, 'edtf');
  }
  if (!sameCalendarValues(parsed, date)) {
    throw new ValidationError(`not a calendar date: ${JSON.stringify(value)}`, 'edtf');
  }
  return remember(value, boundsOf(date, value));
}

/** Bounds of a value the resolver built; `key` is its EDTF string. Skips the string parser. */
export function boundsOfValue(value: DateValue, key: string): DateBounds {
  const cached = cache.get(key);
  if (cached) return cached;
  const date =
    value.kind === 'point'
      ? new EdtfDate(toParsed(value.point))
      : new EdtfInterval({ values: [toParsed(value.lower), toParsed(value.upper)] });
  return remember(key, boundsOf(date, key));
}

function toParsed(point: DatePoint): ParsedDate {
  const values = [point.year];
  if (point.month !== undefined) values.push(point.month - 1);
  if (point.day !== undefined) values.push(point.day);
  return {
    type: 'Date',
    values,
    approximate: point.approximate ?? false,
    uncertain: point.uncertain ?? false,
    // 8 is EDTF.js's bitmask for an unspecified last year digit (`199X`).
    unspecified: point.decade ? 8 : 0,
  };
}

function boundsOf(date: ExtDateTime, label: string): DateBounds {
  const { min, max } = date;
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max)) {
    throw new ValidationError(`EDTF date has no finite bounds: ${JSON.stringify(label)}`, 'edtf');
  }
  return { earliest: formatDay(utcDay(min)), latest: formatDay(utcDay(max)) };
}

function utcDay(ms: number) {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

// EDTF.js builds its dates with Date.UTC, which rolls impossible days over instead of failing.
function sameCalendarValues(parsed: ParsedDate, date: ExtDateTime): boolean {
  // A time with a UTC offset is legitimately moved, possibly to another day.
  if (parsed.offset !== undefined) return true;
  if (date instanceof EdtfDate) return sameValues(parsed.values, date.values);
  if (date instanceof EdtfInterval) {
    const ends = [date.lower, date.upper];
    return ends.every((end, i) => {
      const source = parsed.values[i];
      return !(end instanceof EdtfDate) || typeof source !== 'object' || source === null || sameValues(source.values, end.values);
    });
  }
  return true;
}

function sameValues(expected: ParsedDate['values'], actual: number[]): boolean {
  return expected.every((part, i) => typeof part !== 'number' || part === actual[i]);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!;
}
