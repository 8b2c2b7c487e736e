import type { DatePoint, DateValue } from './edtf-value.js';
import type { ScanContext } from './scan-context.js';

/** A possible mention; overlapping candidates compete and the longest wins. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  readonly relative: boolean;
  /** Breaks ties between equally long candidates: lower wins. */
  readonly priority: number;
  /** Its year came from the reference, so a range may move it by a year to stay ordered. */
  readonly yearless?: boolean;
}

/** Priority of the resolver's own rules. */
export const OWN_RULE = 0;
/** Priority of chrono-node's fallback matches: they lose a tie against the own rules. */
export const FALLBACK_RULE = 1;

/** A rule appends the candidates it finds in `context.text`. */
export type Rule = (context: ScanContext, out: Candidate[]) => void;

export function pointCandidate(
  start: number,
  end: number,
  point: DatePoint,
  relative: boolean,
  yearless = false,
): Candidate {
  return { start, end, value: { kind: 'point', point }, relative, priority: OWN_RULE, yearless };
}

/** Lower end of a candidate's value (the point itself for a point). */
export function lowerOf(candidate: Candidate): DatePoint {
  return candidate.value.kind === 'point' ? candidate.value.point : candidate.value.lower;
}

/** Upper end of a candidate's value (the point itself for a point). */
export function upperOf(candidate: Candidate): DatePoint {
  return candidate.value.kind === 'point' ? candidate.value.point : candidate.value.upper;
}

/**
 * The text just before `offset`, enough for the look-behind checks of the rules (which end in
 * `$`). A bounded slice keeps those regexes from scanning back over the whole article.
 */
export function textBefore(text: string, offset: number, length = 48): string {
  return text.slice(Math.max(0, offset - length), offset);
}

/** The text just after `offset`, for look-ahead checks that start with `^`. */
export function textAfter(text: string, offset: number, length = 40): string {
  return text.slice(offset, offset + length);
}

/** A rule that builds longer mentions out of candidates already found ("since 1956"). */
export type CompoundRule = (context: ScanContext, found: readonly Candidate[], out: Candidate[]) => void;

/**
 * A point usable as an interval end. EDTF level 1 allows no unspecified digits in an interval,
 * so a decade becomes its first year at the lower end and its last year at the upper end.
 */
export function asIntervalEnd(point: DatePoint, end: 'lower' | 'upper'): DatePoint {
  if (!point.decade) return point;
  const { decade: _decade, ...rest } = point;
  return { ...rest, year: end === 'lower' ? point.year : point.year + 9 };
}
