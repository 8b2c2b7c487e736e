import * as chrono from 'chrono-node';
import { isValidDay } from '../calendar.js';
import { firstDayOf, intervalValue, pointValue, type DatePoint, type DateValue } from '../edtf-value.js';
import { FALLBACK_RULE, type Rule } from '../candidate.js';
import { resolveDay } from '../resolve-by-tense.js';
import type { ScanContext } from '../scan-context.js';

// Parsers whose ground the own rules cover with tense-aware resolution (months, weekdays, ISO
// dates), or that only find times of day or vague spans ("within three years"). The "ago"
// parser stays: chrono merges its "the day before" with "yesterday".
const DROPPED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENMonthNameParser',
  'ENWeekdayParser',
  'ISOFormatParser',
  'ENTimeUnitWithinFormatParser',
  // "this/last/next <unit>" are own rules (as periods, not single days); chrono would also read
  // "the last days of the war" as yesterday and "the next day" as tomorrow.
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

const parser = (() => {
  const casual = chrono.casual.clone();
  casual.parsers = casual.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  return casual;
})();

// What each kept parser's pattern cannot match without (case-insensitive, as the patterns are).
// chrono runs its parsers one by one and concatenates their results before refining them, so a
// parser whose pattern cannot match the text may be left out without changing the result; with
// none left there is nothing to refine. A parser not listed here always runs.
const MONTH_NAME = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DAY_RANGE = new RegExp(
  `\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|—|to|and|through|until|till)\\s*(?:(?:${MONTH_NAME})[a-z]*\\.?\\s*)?\\d|(?:${MONTH_NAME})[a-z]*\\.?[\\s-]*\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|—|to|and|through|until|till)\\s*(?:${MONTH_NAME})`,
  'i',
);
const UNIT = '(?:second|minute|hour|day|week|fortnight|month|year|decade)s?';
const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  // A year, then a month (number or name), then a day: "2019-01-22", "2019/1/22", "2019 Jan 22".
  ENYearMonthDayParser: new RegExp(`\\d{4}[-./\\s](?:\\d{1,2}|(?:${MONTH_NAME})[a-z]*)[-./\\s]\\d`, 'i'),
  SlashDateFormatParser: /\d[-./]\d/,
  // A month's name next to a number: "20 January", "January 20 to 22".
  // (A single month-and-day the own rules read; chrono adds day ranges: "January 20 to 22", "20-22 January".)
  ENMonthNameLittleEndianParser: DAY_RANGE,
  ENMonthNameMiddleEndianParser: DAY_RANGE,
  ENSlashMonthFormatParser: /\d\/\d/,
  ENTimeUnitAgoFormatParser: new RegExp(`${UNIT}\\s+(?:ago|before|earlier)`, 'i'),
  ENTimeUnitLaterFormatParser: new RegExp(`${UNIT}\\s+(?:later|after|from now|henceforth|forward|out)`, 'i'),
  // ("September 2018" the own rules read; chrono's reading of it adds only a month range's other end.)
  ENYearMonthNameParser: DAY_RANGE,
  // ("now", "today", "tonight", "tomorrow", "yesterday" and "last night" it reads are not taken.)
  ENCasualDateParser: /day after tomorrow|day before yesterday|overmorrow|tmr/i,
  ENEndOfCurrentMonthParser: /end of (?:the |this )?month/i,
};

const byParsers = new Map<number, chrono.Chrono>();

/**
 * The kept parsers by need, as bits of their places in `parser.parsers` (grouped once, not per
 * text): a need several parsers share (`DAY_RANGE`) is tested once; parsers without one always run.
 */
const { ALWAYS, BY_NEED } = (() => {
  let always = 0;
  const byNeed = new Map<RegExp, number>();
  parser.parsers.forEach((p, i) => {
    const need = PARSER_NEEDS[p.constructor.name];
    if (need) byNeed.set(need, (byNeed.get(need) ?? 0) | (1 << i));
    else always |= 1 << i;
  });
  return { ALWAYS: always, BY_NEED: [...byNeed] };
})();

/** chrono with only the kept parsers that might match `text`, or null when none might. */
function parserFor(text: string): chrono.Chrono | null {
  let mask = ALWAYS;
  for (const [need, parsers] of BY_NEED) if (need.test(text)) mask |= parsers;
  if (mask === 0) return null;
  let found = byParsers.get(mask);
  if (!found) {
    found = new chrono.Chrono({ parsers: parser.parsers.filter((_, i) => mask & (1 << i)), refiners: parser.refiners });
    byParsers.set(mask, found);
  }
  return found;
}

// "now", "3 days later", "the day after": chrono counts them from the reference, but news uses
// them for the narrated moment, which only the caller knows. Bare day words belong to the own
// rules, which also know when "Today" is a newspaper.
const NOT_TAKEN =
  /^(?:right\s+)?now$|\b(?:later|after|before|earlier|ago)$|^(?:the\s+)?(?:next|following)\s+day$|^(?:today|tonight|tomorrow|yesterday|last\s+night)$/i;
const LEADING_PREPOSITION = /^(?:on|in|at)\s+/i;
const TRAILING_SHORT_YEAR = /,\s*\d{2}\s*$/;
const CHRONO_CAN_READ = /\d|tomorrow|yesterday|tonight|last night|from now|ago\b|fortnight/i;

/**
 * chrono-node as a fallback for day-level expressions the own rules do not cover: day ranges
 * ("January 20 to 22", "Dec 30 - Jan 2"), slash dates ("1/22/2019", month first unless the first
 * number exceeds 12), "the day after tomorrow", "last night", "2 weeks from now". Only the
 * components chrono read from the text are kept; a missing year is resolved by tense like any
 * other year-less day, not by chrono's nearest-date guess.
 */
export const chronoFallback: Rule = (context, out) => {
  const { reference } = context;
  // Every expression the kept parsers read has a digit or one of these words; most clauses have neither.
  if (!CHRONO_CAN_READ.test(context.text)) return;
  const chosen = parserFor(context.text);
  if (!chosen) return;
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  for (let result of chosen.parse(context.text, { instant, timezone: 0 })) {
    if (NOT_TAKEN.test(result.text.trim())) continue;
    // "from April 19 to 21, 63 percent of respondents": a number after the comma is no two-digit year.
    const twoDigitYear = TRAILING_SHORT_YEAR.exec(result.text);
    if (twoDigitYear) {
      const cut = result.index + twoDigitYear.index;
      const reread = chosen.parse(context.text.slice(0, cut), { instant, timezone: 0 }).find((r) => r.index === result.index);
      if (!reread) continue;
      result = reread;
    }
    const end = result.index + result.text.trimEnd().length;
    const value = valueOf(context, result, end);
    if (!value) continue;
    // Some chrono patterns take a leading "on"/"in"; the own rules leave prepositions out.
    const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
    out.push({
      start: result.index + lead,
      end,
      value,
      relative: !result.start.isCertain('year') || !/\d{4}/.test(result.text),
      priority: FALLBACK_RULE,
    });
  }
};

function valueOf(context: ScanContext, result: chrono.ParsedResult, end: number): DateValue | undefined {
  const first = knownDay(result.start);
  if (!first) return undefined;
  const last = result.end ? knownDay(result.end) : undefined;
  const tense = () => context.tenseAt(result.index, end);
  let lower: DatePoint | undefined;
  let upper: DatePoint | undefined;
  if (first.year !== undefined) lower = { year: first.year, month: first.month, day: first.day };
  if (last?.year !== undefined) upper = { year: last.year, month: last.month, day: last.day };
  if (!lower) {
    // "March 3 through March 5, 2018": the start shares the end's year, or the one before.
    lower = upper
      ? sameOrEarlierYear(first.month, first.day, upper)
      : resolveDay(first.month, first.day, context.reference, tense());
  }
  if (!last) return isValidDay(lower.year, lower.month!, lower.day!) ? pointValue(lower) : undefined;
  if (!upper) {
    upper = { year: lower.year, month: last.month, day: last.day };
    if (firstDayOf(upper) < firstDayOf(lower)) upper = { ...upper, year: lower.year + 1 };
  }
  if (!isValidDay(lower.year, lower.month!, lower.day!) || !isValidDay(upper.year, upper.month!, upper.day!)) return undefined;
  return intervalValue(lower, upper) ?? pointValue(lower);
}

function knownDay(components: chrono.ParsedComponents): { year?: number; month: number; day: number } | undefined {
  if (!components.isCertain('month') || !components.isCertain('day')) return undefined;
  const month = components.get('month')!;
  const day = components.get('day')!;
  return components.isCertain('year') ? { year: components.get('year')!, month, day } : { month, day };
}

function sameOrEarlierYear(month: number, day: number, upper: DatePoint): DatePoint {
  const candidate = { year: upper.year, month, day };
  return firstDayOf(candidate) <= firstDayOf(upper) ? candidate : { year: upper.year - 1, month, day };
}
