import { dayNumberOf, daysInMonth, pad2 } from './calendar.js';
import type { DatePrecision } from './types.js';

/**
 * One EDTF level-1 date before it is turned into a string: a year, a month of it or a day of it,
 * or a whole decade (`decade: true`, `year` is its first year, written `199X`).
 */
export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly decade?: boolean;
  readonly approximate?: boolean;
  readonly uncertain?: boolean;
}

export type DateValue =
  | { readonly kind: 'point'; readonly point: DatePoint }
  | { readonly kind: 'interval'; readonly lower: DatePoint; readonly upper: DatePoint };

export function pointValue(point: DatePoint): DateValue {
  return { kind: 'point', point };
}

/**
 * An interval, or undefined when EDTF.js would refuse it: it requires the lower bound to start
 * strictly before the upper one (so `2019-01-01/2019-01-01` is invalid).
 */
export function intervalValue(lower: DatePoint, upper: DatePoint): DateValue | undefined {
  return firstDayOf(lower) < firstDayOf(upper) ? { kind: 'interval', lower, upper } : undefined;
}

/** Day number of the first day a point covers. */
export function firstDayOf(point: DatePoint): number {
  return dayNumberOf(point.year, point.month ?? 1, point.day ?? 1);
}

/** Day number of the last day a point covers. */
export function lastDayOf(point: DatePoint): number {
  if (point.day !== undefined) return dayNumberOf(point.year, point.month!, point.day);
  if (point.month !== undefined) return dayNumberOf(point.year, point.month, daysInMonth(point.year, point.month));
  return dayNumberOf(point.decade ? point.year + 9 : point.year, 12, 31);
}

function formatPoint(point: DatePoint): string {
  let text = point.decade
    ? `${String(Math.floor(point.year / 10)).padStart(3, '0')}X`
    : String(point.year).padStart(4, '0');
  if (point.month !== undefined) text += `-${pad2(point.month)}`;
  if (point.day !== undefined) text += `-${pad2(point.day)}`;
  if (point.approximate && point.uncertain) return `${text}%`;
  if (point.approximate) return `${text}~`;
  if (point.uncertain) return `${text}?`;
  return text;
}

export function formatValue(value: DateValue): string {
  return value.kind === 'point' ? formatPoint(value.point) : `${formatPoint(value.lower)}/${formatPoint(value.upper)}`;
}

export function precisionOf(value: DateValue): DatePrecision {
  if (value.kind === 'interval') return 'interval';
  const { point } = value;
  if (point.decade) return 'decade';
  if (point.day !== undefined) return 'day';
  return point.month !== undefined ? 'month' : 'year';
}

export function isApproximate(value: DateValue): boolean {
  const qualified = (point: DatePoint) => Boolean(point.approximate || point.uncertain);
  return value.kind === 'point' ? qualified(value.point) : qualified(value.lower) || qualified(value.upper);
}

export function withQualifiers(point: DatePoint, approximate: boolean, uncertain: boolean): DatePoint {
  return {
    ...point,
    approximate: point.approximate || approximate || undefined,
    uncertain: point.uncertain || uncertain || undefined,
  };
}
