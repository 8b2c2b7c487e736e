import { ValidationError } from '#lib/errors';

/** A day of the proleptic Gregorian calendar; `month` is 1–12. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The reference day with the derived numbers every rule needs, computed once per call. */
export interface ReferenceDay extends CalendarDay {
  /** Days since 1970-01-01. */
  readonly dayNumber: number;
  /** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
  readonly weekday: number;
  /** `year * 12 + month - 1`: month arithmetic becomes integer arithmetic. */
  readonly monthIndex: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999, so those go through setUTCFullYear.
  if (year >= 100) return Date.UTC(year, month - 1, day) / MS_PER_DAY;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

export function dayFromNumber(dayNumber: number): CalendarDay {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function monthIndexOf(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthFromIndex(monthIndex: number): { year: number; month: number } {
  const year = Math.floor(monthIndex / 12);
  return { year, month: monthIndex - year * 12 + 1 };
}

/** `YYYY-MM-DD`; years outside 0–9999 use the expanded ISO form that `Date#toISOString` uses. */
export function formatDay(day: CalendarDay): string {
  const year =
    day.year >= 0 && day.year <= 9999
      ? String(day.year).padStart(4, '0')
      : (day.year < 0 ? '-' : '+') + String(Math.abs(day.year)).padStart(6, '0');
  return `${year}-${pad2(day.month)}-${pad2(day.day)}`;
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Parses a `YYYY-MM-DD` reference date; anything else is the caller's mistake. */
export function parseReferenceDay(value: string): ReferenceDay {
  const match = ISO_DAY.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || !isValidDay(year, month, day)) {
    throw new ValidationError(`reference date must be a calendar day as YYYY-MM-DD (got ${JSON.stringify(value)})`, 'date');
  }
  const dayNumber = dayNumberOf(year, month, day);
  return { year, month, day, dayNumber, weekday: weekdayOf(dayNumber), monthIndex: monthIndexOf(year, month) };
}
