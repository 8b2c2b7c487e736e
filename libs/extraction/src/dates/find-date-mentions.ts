import { daysInMonth, parseReferenceDay, type ReferenceDay } from './calendar.js';
import type { Candidate, CompoundRule, Rule } from './candidate.js';
import { boundsOfValue } from './edtf-bounds.js';
import { formatValue, intervalValue, isApproximate, precisionOf, type DateValue } from './edtf-value.js';
import { fullDates, monthsWithYear } from './rules/absolute-dates.js';
import { chronoFallback } from './rules/chrono-fallback.js';
import { centuries, decades } from './rules/decades.js';
import { deadlines } from './rules/deadlines.js';
import { qualifiedDates } from './rules/qualifiers.js';
import { dateRanges } from './rules/ranges.js';
import { agoExpressions, dayWords, relativePeriods, vagueDecadesAgo } from './rules/relative-periods.js';
import { seasons } from './rules/seasons.js';
import { sinceSpans } from './rules/since.js';
import { spansToReference } from './rules/spans.js';
import { weekdays } from './rules/weekdays.js';
import { bareYears, yearSpans } from './rules/years.js';
import { monthsOfRelativeYear, yearlessDays, yearlessMonths } from './rules/yearless-dates.js';
import { ScanContext } from './scan-context.js';
import { selectMentions } from './select-mentions.js';
import type { DateMention, DateReference } from './types.js';

/**
 * What a text must show for a rule to find anything in it: its digits, and its words in lower
 * case (a rule reads month and weekday names capitalised, and the rest in any case, so a word it
 * reads is always there in lower case).
 */
class Clues {
  readonly digit: boolean;
  private readonly lower: string;
  private monthName?: boolean;

  constructor(text: string) {
    this.digit = DIGIT.test(text);
    this.lower = text.toLowerCase();
  }

  /** A month's name or abbreviation: each holds one of these stems. */
  get month(): boolean {
    return (this.monthName ??= MONTH_STEM.test(this.lower));
  }

  has(...words: string[]): boolean {
    // (A plain loop: this runs for every rule of every scan.)
    for (let k = 0; k < words.length; k++) if (this.lower.includes(words[k])) return true;
    return false;
  }
}

const DIGIT = /\d/;
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;

/** Each rule with what it cannot match without: a rule whose clue is missing finds nothing and is skipped. */
const SIMPLE_RULES: readonly (readonly [Rule, (clues: Clues) => boolean])[] = [
  [fullDates, (c) => c.digit],
  [monthsWithYear, (c) => c.digit && c.month],
  [yearlessDays, (c) => c.digit && c.month],
  [yearlessMonths, (c) => c.month],
  [monthsOfRelativeYear, (c) => c.month && c.has('year')],
  [bareYears, (c) => c.digit],
  [yearSpans, (c) => c.digit],
  [decades, (c) => c.digit],
  [centuries, (c) => c.has('centur')],
  // "today", "yesterday", "tonight", "last night", "this morning".
  [dayWords, (c) => c.has('day', 'night', 'tomorrow', 'morning', 'afternoon', 'evening')],
  [relativePeriods, (c) => c.has('week', 'month', 'year')],
  [agoExpressions, (c) => c.has('ago')],
  [vagueDecadesAgo, (c) => c.has('ago')],
  [weekdays, (c) => c.has('day')],
  [seasons, (c) => c.has('spring', 'summer', 'autumn', 'fall', 'winter')],
  [spansToReference, (c) => c.has('day', 'week', 'month', 'year', 'decade', 'centur')],
  // "by the end of 2019" names neither unit.
  [deadlines, (c) => c.digit || c.has('year', 'month')],
];

/**
 * Every simple rule, and chrono's gate (`CHRONO_CAN_READ`), needs a digit or one of these words
 * (month names, seasons, "day" for weekdays and day words, units, "night", "ago", "now"), and the compound
 * rules build on what they find: text without any has no date mention. Most clauses have none.
 * A rule that reads other words must add them here.
 */
/** Whether `text` may hold a date mention at all (a cheap test before a scan). */
export function mayHoldADate(text: string): boolean {
  return MAY_HOLD_A_DATE.test(text);
}

const MAY_HOLD_A_DATE = /\d|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|decade|centur|ago|tomorrow|night|morning|afternoon|evening|fortnight|now/i;

/**
 * All date mentions in `text`, in text order and non-overlapping (the longest match wins),
 * resolved against `reference`.
 *
 * Year-less and relative expressions are resolved by the tense of the clause they sit in, never
 * by nearest date: "proposed in September" in a January 2019 article is `2018-09`, "will meet in
 * June" is `2019-06`, "earlier this month" is `2019-01-01/2019-01-21`. Numbers that are not dates
 * ("17 percent", "some 300 nationalists", "0:01:17", "16x9", "1,000 troops", "$2019") are skipped.
 * Plain prepositions ("in", "on") are left out of the mention text; words that change the
 * meaning ("since", "about", "possibly", "by the end of", "for the past") are part of it.
 *
 * @throws ValidationError when `reference.date` is not a `YYYY-MM-DD` calendar day.
 */
export function findDateMentions(text: string, reference: DateReference): DateMention[] {
  const day = referenceDay(reference.date);
  // (About half the texts asked hold no date: they are answered before a key is built for them.)
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  // The extractor reads a sentence's dates for its clauses, narrative and saying in turn: the same
  // text against the same reference is scanned once. (Mentions are frozen: callers copy them.)
  // (Keyed by the reference, then by the text itself: no key string is joined and hashed per call.)
  const referenceKey = `${reference.date}|${reference.tense ?? ''}`;
  let byText = SCANNED.get(referenceKey);
  if (!byText) SCANNED.set(referenceKey, (byText = new Map()));
  const known = byText.get(text);
  if (known) return known.slice();
  const found = scanDateMentions(text, day, reference.tense).map((m) => Object.freeze(m));
  if (scanned >= SCANNED_MAX) forgetDateScans();
  byText.set(text, found);
  scanned++;
  return found.slice();
}

const SCANNED = new Map<string, Map<string, DateMention[]>>();
const SCANNED_MAX = 4096;
let scanned = 0;

/** Forgets the scans kept so far: the extractor calls it per article, so no article reuses another's. */
export function forgetDateScans(): void {
  SCANNED.clear();
  scanned = 0;
}

function scanDateMentions(text: string, day: ReferenceDay, tense: DateReference['tense']): DateMention[] {
  const context = new ScanContext(text, day, tense);
  const clues = new Clues(text);
  const simple: Candidate[] = [];
  for (const [rule, clue] of SIMPLE_RULES) if (clue(clues)) rule(context, simple);

  // Qualifiers first, so "since about 1945" and "between about 1945 and 1949" see them.
  const qualified: Candidate[] = [];
  qualifiedDates(context, simple, qualified);
  const found = simple.concat(qualified);
  const compound: Candidate[] = [];
  for (const rule of COMPOUND_RULES) rule(context, found, compound);

  const all = found.concat(compound);
  chronoFallback(context, all);
  return selectMentions(all).map((candidate) => toMention(text, candidate));
}

/**
 * The parsed reference day, kept for the last date asked: an article's scans are against one or
 * two dates, and the rules only read the day (it is never changed).
 */
function referenceDay(date: string): ReferenceDay {
  if (lastReference?.date !== date) lastReference = { date, day: parseReferenceDay(date) };
  return lastReference.day;
}

let lastReference: { date: string; day: ReferenceDay } | null = null;

const COMPOUND_RULES: readonly CompoundRule[] = [sinceSpans, dateRanges];

function toMention(text: string, candidate: Candidate): DateMention {
  const value = partOfPeriod(text, candidate) ?? candidate.value;
  const edtf = formatValue(value);
  const { earliest, latest } = boundsOfValue(value, edtf);
  return {
    text: text.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    edtf,
    earliest,
    latest,
    precision: precisionOf(value),
    approximate: isApproximate(value),
    relative: candidate.relative,
  };
}

// "early", "mid-" or "late" before a month or a year: the text holds it ("late November") or it
// stands just before the year ("in early 2019", "mid-2018").
const PART_IN_TEXT = /^(early|mid|late)[-\s]+/i;
const PART_BEFORE = /\b(early|mid|late)[-\s]+(?:in\s+)?$/i;

/**
 * The part of a month or a year that "early", "mid-" or "late" names: "late November" is its
 * last third (the 21st to the end), "mid-December" the 11th to the 20th, "early 2019" January to
 * April, "late last year" September to December. Undefined when the mention is not so qualified.
 */
function partOfPeriod(text: string, candidate: Candidate): DateValue | undefined {
  if (candidate.value.kind !== 'point') return undefined;
  const { point } = candidate.value;
  if (point.day !== undefined || point.decade) return undefined;
  const part = (PART_IN_TEXT.exec(text.slice(candidate.start, candidate.end)) ?? PART_BEFORE.exec(text.slice(Math.max(0, candidate.start - 10), candidate.start)))?.[1];
  if (!part) return undefined;
  const third = ['early', 'mid', 'late'].indexOf(part.toLowerCase());
  if (point.month !== undefined) {
    const last = [10, 20, daysInMonth(point.year, point.month)][third];
    return intervalValue({ ...point, day: third * 10 + 1 }, { ...point, day: last });
  }
  return intervalValue({ ...point, month: third * 4 + 1 }, { ...point, month: third * 4 + 4 });
}
