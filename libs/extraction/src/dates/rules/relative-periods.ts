import { dayFromNumber, daysInMonth, monthFromIndex, type ReferenceDay } from '../calendar.js';
import { intervalValue, pointValue, type DatePoint, type DateValue } from '../edtf-value.js';
import { OWN_RULE, textBefore, type Candidate, type Rule } from '../candidate.js';
import { COUNT, TIME_UNIT, parseCount, parseUnit, type TimeUnit } from '../vocabulary.js';

const DAY_WORD = /\b(today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi;
const DAY_OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, last: -1, this: 0 };

// "early next year" is still next year: the hedge is kept in the text, not in the value.
const PERIOD = /\b(?:(earlier|later)\s+|(?:early|late|mid)[-\s]+)?(this|last|next)\s+(week|month|year)\b/gi;

const AGO = new RegExp(
  `\\b(?:(about|around|some|roughly|nearly|almost|more\\s+than|over|less\\s+than|at\\s+least|just|only)\\s+)?(${COUNT})\\s+(${TIME_UNIT})\\s+ago(\\s+today|\\s+this\\s+(?:week|month))?\\b`,
  'gi',
);
// "just"/"only" say the count is exact; every other qualifier makes it approximate.
const EXACT_QUALIFIERS = new Set(['just', 'only']);

// "On this day last year, ...", "this day a year ago": the same calendar day a year back.
const SAME_DAY_LAST_YEAR = /\bthis\s+(?:very\s+)?(?:day|date)\s+(?:last\s+year|a\s+year\s+ago)\b/gi;

/** "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "this day last year". */
export const dayWords: Rule = (context, out) => {
  const { text, reference } = context;
  SAME_DAY_LAST_YEAR.lastIndex = 0;
  for (let m = SAME_DAY_LAST_YEAR.exec(text); m; m = SAME_DAY_LAST_YEAR.exec(text)) {
    const point = sameDayBack(reference, 1, 'year');
    if (point) push(out, m.index, m.index + m[0].length, pointValue(point));
  }
  DAY_WORD.lastIndex = 0;
  for (let m = DAY_WORD.exec(text); m; m = DAY_WORD.exec(text)) {
    // The newspaper, not the day.
    if (m[1]!.toLowerCase() === 'today' && /USA\s+$/.test(textBefore(text, m.index, 8))) continue;
    // "The World Tonight", "Good Morning America": a capitalised day word after a capitalised word is part of a name.
    if (/^[A-Z]/.test(m[0]) && /\b[A-Z][\p{L}'’-]*\s+$/u.test(textBefore(text, m.index, 24))) continue;
    const offset = DAY_OFFSET[m[1]!.toLowerCase().split(/\s+/)[0]!]!;
    push(out, m.index, m.index + m[0].length, pointValue(dayFromNumber(reference.dayNumber + offset)));
  }
};

/**
 * "this/last/next week|month|year" and "earlier/later this week|month|year". Weeks run Monday to
 * Sunday (ISO); "this week" told in the past runs up to the reference day, as "earlier this week"
 * does. "earlier this month" is the interval from the 1st to the reference day, "later
 * this month" from the reference day to the month's end; when that interval would be a single
 * day (the reference is the 1st), the day itself.
 */
export const relativePeriods: Rule = (context, out) => {
  const { text, reference } = context;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const side = m[1]?.toLowerCase() as 'earlier' | 'later' | undefined;
    const which = m[2]!.toLowerCase() as 'this' | 'last' | 'next';
    const unit = m[3]!.toLowerCase() as 'week' | 'month' | 'year';
    // "the last year of his term" is an ordinal; "the last year" alone is a span (see spans.ts).
    if ((side && which !== 'this') || (which === 'last' && /\bthe\s+$/i.test(textBefore(text, m.index, 8)))) continue;
    // ("The ministry said this week that ...": what is told as done this week was done by the reference day.)
    const past = !side && which === 'this' && unit === 'week' && context.tenseAt(m.index, m.index + m[0].length) === 'past';
    const value = side || past ? partOfCurrent(reference, unit, side ?? 'earlier') : period(reference, unit, which === 'last' ? -1 : which === 'next' ? 1 : 0);
    push(out, m.index, m.index + m[0].length, value);
  }
};

/**
 * "five years ago" → `2014~`, "a decade ago" → `2009~`, "three months ago" → `2018-10~`,
 * "two weeks ago" → the day 14 days back, approximate (`2019-01-07~`): a week count is rarely
 * meant to the day. "three days ago" is exact unless qualified ("about three days ago").
 */
export const agoExpressions: Rule = (context, out) => {
  const { text, reference } = context;
  AGO.lastIndex = 0;
  for (let m = AGO.exec(text); m; m = AGO.exec(text)) {
    const qualifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const count = parseCount(m[2]!);
    const unit = parseUnit(m[3]!);
    // "Sixty years ago today": the anniversary, to the day.
    const anniversary = m[4] !== undefined && /today/i.test(m[4]) && !count.vague && qualifier === undefined;
    const approximate = !anniversary && (count.vague || (qualifier !== undefined && !EXACT_QUALIFIERS.has(qualifier)) || unit !== 'day');
    const point = anniversary ? sameDayBack(reference, count.value, unit) : pointBack(reference, count.value, unit, approximate);
    if (point) push(out, m.index, m.index + m[0].length, pointValue(point));
  }
};

/** "Decades ago", "many decades ago": uncounted, so no single year; between twenty and seventy years back. */
const DECADES_AGO = /\b(?:(?:many|several|some|a\s+few)\s+)?decades\s+ago\b/gi;
const COUNTED_BEFORE = new RegExp(`\\b(?:${COUNT})\\s+$`, 'i');

export const vagueDecadesAgo: Rule = (context, out) => {
  const { text, reference } = context;
  DECADES_AGO.lastIndex = 0;
  for (let m = DECADES_AGO.exec(text); m; m = DECADES_AGO.exec(text)) {
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const value = intervalValue({ year: reference.year - 70, approximate: true }, { year: reference.year - 20, approximate: true });
    if (value) push(out, m.index, m.index + m[0].length, value);
  }
};

/** The same calendar day `count` units back ("sixty years ago today"), clamped to the month's length. */
function sameDayBack(reference: ReferenceDay, count: number, unit: TimeUnit): DatePoint | undefined {
  if (unit === 'day' || unit === 'week') return pointBack(reference, count, unit, false);
  const months = unit === 'month' ? count : unit === 'year' ? 12 * count : unit === 'decade' ? 120 * count : 1200 * count;
  const month = monthFromIndex(reference.monthIndex - months);
  if (month.year < 1) return undefined;
  return { ...month, day: Math.min(reference.day, daysInMonth(month.year, month.month!)) };
}

/**
 * The point `count` units before the reference, at the precision the unit implies; undefined
 * before year 1, which four-digit EDTF cannot write ("500 centuries ago").
 */
export function pointBack(reference: ReferenceDay, count: number, unit: TimeUnit, approximate: boolean): DatePoint | undefined {
  const point = unitsBack(reference, count, unit, approximate || undefined);
  return point.year >= 1 ? point : undefined;
}

function unitsBack(reference: ReferenceDay, count: number, unit: TimeUnit, flag: true | undefined): DatePoint {
  switch (unit) {
    case 'day':
      return { ...dayFromNumber(reference.dayNumber - count), approximate: flag };
    case 'week':
      return { ...dayFromNumber(reference.dayNumber - 7 * count), approximate: flag };
    case 'month':
      return { ...monthFromIndex(reference.monthIndex - count), approximate: flag };
    case 'year':
      return { year: reference.year - count, approximate: flag };
    case 'decade':
      return { year: reference.year - 10 * count, approximate: flag };
    case 'century':
      return { year: reference.year - 100 * count, approximate: flag };
  }
}

function period(reference: ReferenceDay, unit: 'week' | 'month' | 'year', shift: number): DateValue {
  switch (unit) {
    case 'week': {
      const monday = reference.dayNumber - ((reference.weekday + 6) % 7) + 7 * shift;
      return intervalValue(dayFromNumber(monday), dayFromNumber(monday + 6))!;
    }
    case 'month':
      return pointValue(monthFromIndex(reference.monthIndex + shift));
    case 'year':
      return pointValue({ year: reference.year + shift });
  }
}

function partOfCurrent(reference: ReferenceDay, unit: 'week' | 'month' | 'year', side: 'earlier' | 'later'): DateValue {
  const today: DatePoint = { year: reference.year, month: reference.month, day: reference.day };
  let first: DatePoint;
  let last: DatePoint;
  switch (unit) {
    case 'week': {
      const monday = reference.dayNumber - ((reference.weekday + 6) % 7);
      first = dayFromNumber(monday);
      last = dayFromNumber(monday + 6);
      break;
    }
    case 'month':
      first = { year: reference.year, month: reference.month, day: 1 };
      last = { year: reference.year, month: reference.month, day: daysInMonth(reference.year, reference.month) };
      break;
    case 'year':
      first = { year: reference.year, month: 1, day: 1 };
      last = { year: reference.year, month: 12, day: 31 };
      break;
  }
  const value = side === 'earlier' ? intervalValue(first, today) : intervalValue(today, last);
  return value ?? pointValue(today);
}

function push(out: Candidate[], start: number, end: number, value: DateValue): void {
  out.push({ start, end, value, relative: true, priority: OWN_RULE });
}
