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
