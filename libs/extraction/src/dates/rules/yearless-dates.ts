import { isValidDay } from '../calendar.js';
import { pointCandidate, textBefore, type Candidate, type Rule } from '../candidate.js';
import { resolveDay, resolveMonth, type Direction } from '../resolve-by-tense.js';
import type { ScanContext } from '../scan-context.js';
import { AMBIGUOUS_MONTHS, MONTH_NAME, MONTH_WORD, WEEKDAY_NAME, monthNumber } from '../vocabulary.js';

const ORDINAL = '(?:st|nd|rd|th)?';
// A day number that does not run on into a time, a decimal or a longer number.
const DAY_END = '(?![\\d:]|[.,]\\d)';

const MONTH_DAY = new RegExp(`(?:${WEEKDAY_NAME},?\\s+)?\\b(${MONTH_WORD})\\s*(\\d{1,2})${ORDINAL}${DAY_END}`, 'g');
const DAY_MONTH = new RegExp(`(?:${WEEKDAY_NAME},?\\s+)?(?<![\\d,.$])\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})`, 'g');
const MONTH_ALONE = new RegExp(`(?:\\b([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?:\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?\\b(${MONTH_NAME})(?!\\s*\\d)`, 'g');

// Words before a month name that make it a date: "in May", "since March", "by June", "mid-August".
const MONTH_CONTEXT =
  /(?:\b(?:in|on|for|since|by|until|till|through|throughout|during|before|after|from|to|of|last|next|this|early|mid|late|between|every|each|around|about|circa|and|or)[\s-]+|,\s*)$/i;

const MONTH_BEFORE_EVENT = /^\s+(?:summit|meeting|talks|visit|trip|election|elections|vote|referendum|poll|survey|session|round|conference|agreement|declaration|statement)\b/;

const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(${MONTH_WORD})(?:\\s*(\\d{1,2})${ORDINAL})?,?\\s+(?:of\\s+)?([Ll]ast|[Tt]his|[Nn]ext)\\s+year\\b`, 'g');

/** "April last year", "March of next year", "July 1 last year": the year is spelled out relatively. */
export const monthsOfRelativeYear: Rule = (context, out) => {
  const { text, reference } = context;
  MONTH_OF_RELATIVE_YEAR.lastIndex = 0;
  for (let m = MONTH_OF_RELATIVE_YEAR.exec(text); m; m = MONTH_OF_RELATIVE_YEAR.exec(text)) {
    const which = m[3]!.toLowerCase();
    const year = reference.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    const month = monthNumber(m[1]!);
    const day = m[2] ? Number(m[2]) : undefined;
    if (day !== undefined && !isValidDay(year, month, day)) continue;
    out.push(pointCandidate(m.index, m.index + m[0].length, day === undefined ? { year, month } : { year, month, day }, true));
  }
};

/**
 * Year-less days ("January 22", "on January 20", "Jan. 13", "13 January", "the 13th of January"):
 * the year comes from the reference and the tense of the clause (see `resolveDay`).
 */
export const yearlessDays: Rule = (context, out) => {
  const { text } = context;
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(text); m; m = MONTH_DAY.exec(text)) {
    add(context, out, m.index, m.index + m[0].length, monthNumber(m[1]!), Number(m[2]));
  }
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m; m = DAY_MONTH.exec(text)) {
    add(context, out, m.index, m.index + m[0].length, monthNumber(m[2]!), Number(m[1]));
  }
};

/**
 * Year-less months ("in September", "possibly in November", "last September", "mid-June"). Names
 * that are also ordinary words or given names (March, April, May, June, August) count only after
 * a date-like word; the others count anywhere, adjectives included ("the September summit").
 */
export const yearlessMonths: Rule = (context, out) => {
  const { text } = context;
  MONTH_ALONE.lastIndex = 0;
  for (let m = MONTH_ALONE.exec(text); m; m = MONTH_ALONE.exec(text)) {
    const modifier = m[1]?.toLowerCase();
    const name = m[2]!;
    if (AMBIGUOUS_MONTHS.has(name) && !modifier && m[0] === name) {
      const possessive = /^['’]s\b/.test(text.slice(m.index + name.length, m.index + name.length + 3));
      // "in May's absence" is Theresa May; "in May" is the month.
      // ("at a May summit", "their June talks": the month names the meeting it stands before.)
      const attributive = /\b(?:a|the|their|his|her|its|that)\s+$/i.test(textBefore(text, m.index, 8)) && MONTH_BEFORE_EVENT.test(text.slice(m.index + name.length, m.index + name.length + 16));
      if (possessive || (!MONTH_CONTEXT.test(textBefore(text, m.index, 24)) && !attributive)) continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const direction: Direction = modifier === 'last' || modifier === 'next' ? modifier : context.tenseAt(start, end);
    const { year, month } = resolveMonth(monthNumber(name), context.reference, direction);
    out.push(pointCandidate(start, end, { year, month }, true, true));
  }
};

function add(context: ScanContext, out: Candidate[], start: number, end: number, month: number, day: number): void {
  // Checked against a leap year: February 29 is a date, just not in every year.
  if (!isValidDay(2000, month, day)) return;
  const resolved = resolveDay(month, day, context.reference, context.tenseAt(start, end));
  out.push(pointCandidate(start, end, resolved, true, true));
}
