import { dayFromNumber, dayNumberOf, isValidDay, monthFromIndex, type CalendarDay, type ReferenceDay } from './calendar.js';
import type { MarkerKind } from './tense.js';

/**
 * How a year-less expression is tied to the reference: by the tense of its clause, or by an
 * explicit "last"/"next" that overrides the tense ("last September", "next Tuesday").
 */
export type Direction = MarkerKind | 'last' | 'next';

// In present tense the past reading wins unless it is more than half a year back and the future
// one is nearer: "Abe visits Moscow in June" (written in January) is this June, "talks in
// September" is last September. The same window applies to days ("Lukin says of the January 22
// talks", written January 21, is tomorrow, not a year ago).
const PRESENT_WINDOW_MONTHS = 6;
const PRESENT_WINDOW_DAYS = 183;

/**
 * Year of a year-less month. Past: the latest occurrence starting on or before the reference
 * ("in January" in a January article is this January). Future: the earliest occurrence ending on
 * or after it. `last`/`next`: strictly before/after the reference's month.
 */
export function resolveMonth(month: number, reference: ReferenceDay, direction: Direction): { year: number; month: number } {
  const back = (reference.month - month + 12) % 12;
  const ahead = (month - reference.month + 12) % 12;
  let index: number;
  switch (direction) {
    case 'last':
      index = reference.monthIndex - (back || 12);
      break;
    case 'next':
      index = reference.monthIndex + (ahead || 12);
      break;
    case 'future':
      index = reference.monthIndex + ahead;
      break;
    case 'present':
      index = back > PRESENT_WINDOW_MONTHS && ahead < back ? reference.monthIndex + ahead : reference.monthIndex - back;
      break;
    default:
      index = reference.monthIndex - back;
  }
  return monthFromIndex(index);
}

/**
 * A year-less day. Past: the most recent occurrence on or before the reference; future: the next
 * on or after it; present: past unless more than half a year back and the future one is nearer.
 * February 29 moves to the nearest leap year in the chosen direction.
 */
export function resolveDay(month: number, day: number, reference: ReferenceDay, direction: Direction): CalendarDay {
  const past = occurrence(month, day, reference, -1, direction === 'last');
  const future = occurrence(month, day, reference, 1, direction === 'next');
  let chosen: number;
  switch (direction) {
    case 'future':
    case 'next':
      chosen = future;
      break;
    case 'present': {
      const back = reference.dayNumber - past;
      chosen = back > PRESENT_WINDOW_DAYS && future - reference.dayNumber < back ? future : past;
      break;
    }
    default:
      chosen = past;
  }
  return dayFromNumber(chosen);
}

function occurrence(month: number, day: number, reference: ReferenceDay, step: 1 | -1, strict: boolean): number {
  for (let year = reference.year, tries = 0; tries < 9; year += step, tries++) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = dayNumberOf(year, month, day);
    const delta = (candidate - reference.dayNumber) * step;
    if (delta > 0 || (delta === 0 && !strict)) return candidate;
  }
  throw new RangeError(`no ${month}-${day} near ${reference.year}`);
}

/**
 * Day number of a weekday as news uses it. Past: the most recent one on or before the reference
 * ("on Monday" in a Monday article is that day). Future: the next one strictly after it.
 * Present: whichever is nearer, the past one on a tie. `last`/`next`: strictly before/after.
 */
export function resolveWeekday(weekday: number, reference: ReferenceDay, direction: Direction): number {
  const back = (reference.weekday - weekday + 7) % 7;
  const ahead = (weekday - reference.weekday + 7) % 7 || 7;
  switch (direction) {
    case 'last':
      return reference.dayNumber - (back || 7);
    case 'future':
    case 'next':
      return reference.dayNumber + ahead;
    case 'present':
      return back <= ahead ? reference.dayNumber - back : reference.dayNumber + ahead;
    default:
      return reference.dayNumber - back;
  }
}
