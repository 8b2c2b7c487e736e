import { intervalValue, type DatePoint } from '../edtf-value.js';
import { OWN_RULE, pointCandidate, type Rule } from '../candidate.js';

const DECADE = /(?<![\w'’$])(?:\b(early|mid|late)[-\s]+)?(?:(1\d|20)(\d)0|['’](\d)0)['’]?s(?![\w'’])/gi;

// Which years of a decade "early", "mid" and "late" cover.
const PART_OF_DECADE: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
};

/**
 * "the 1990s" → `199X`; "the '90s" takes the latest century that puts the decade on or before
 * the reference. "the early/mid-/late 1950s" are approximate spans of years (`1954~/1956~`),
 * since EDTF level 1 cannot qualify an unspecified digit (`195X~` does not parse).
 */
export const decades: Rule = (context, out) => {
  const { text } = context;
  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(text); m; m = DECADE.exec(text)) {
    const part = m[1]?.toLowerCase();
    const shortDigit = m[4];
    const start = decadeStart(m[2], m[3], shortDigit, context.reference.year);
    const end = m.index + m[0].length;
    const relative = shortDigit !== undefined;
    if (!part) {
      out.push(pointCandidate(m.index, end, { year: start, decade: true }, relative));
      continue;
    }
    const [from, to] = PART_OF_DECADE[part]!;
    const lower: DatePoint = { year: start + from, approximate: true };
    const upper: DatePoint = { year: start + to, approximate: true };
    out.push({ start: m.index, end, value: intervalValue(lower, upper)!, relative, priority: OWN_RULE });
  }
};

function decadeStart(century: string | undefined, digit: string | undefined, shortDigit: string | undefined, referenceYear: number): number {
  if (century !== undefined) return Number(century) * 100 + Number(digit) * 10;
  const offset = Number(shortDigit) * 10;
  let start = Math.floor(referenceYear / 100) * 100 + offset;
  if (start > referenceYear) start -= 100;
  return start;
}

const ORDINALS: Readonly<Record<string, number>> = {
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const CENTURY =
  /\b(?:(early|mid|middle\s+of\s+the|late|end\s+of\s+the|beginning\s+of\s+the|start\s+of\s+the)[-\s]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty-first)|(last|previous))[-\s]+century\b/gi;

/**
 * "the 20th century" → `1900/1999`; "the mid-20th century", "the middle of the last century" →
 * `1950~`; "the early/late 19th century" → the first or last decades of it. ("The last century"
 * alone is left to the periods counted back from now.)
 */
export const centuries: Rule = (context, out) => {
  const { text } = context;
  CENTURY.lastIndex = 0;
  for (let m = CENTURY.exec(text); m; m = CENTURY.exec(text)) {
    const part = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const relative = m[4] !== undefined;
    if (relative && part === undefined) continue;
    const ordinal = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? ORDINALS[m[3].toLowerCase()] : Math.floor((context.reference.year - 1) / 100);
    if (!ordinal || ordinal < 10 || ordinal > 21) continue;
    const first = (ordinal - 1) * 100;
    const end = m.index + m[0].length;
    if (part === 'mid' || part === 'middle of the') {
      out.push(pointCandidate(m.index, end, { year: first + 50, approximate: true }, relative));
      continue;
    }
    const [from, to] = part === undefined ? [0, 99] : part === 'early' || part.startsWith('beginning') || part.startsWith('start') ? [0, 30] : [70, 99];
    const approximate = part !== undefined;
    out.push({ start: m.index, end, value: intervalValue({ year: first + from, approximate }, { year: first + to, approximate })!, relative, priority: OWN_RULE });
  }
};
