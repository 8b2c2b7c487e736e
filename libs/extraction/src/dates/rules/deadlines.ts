import { daysInMonth, monthFromIndex } from '../calendar.js';
import { pointValue, type DatePoint } from '../edtf-value.js';
import { OWN_RULE, type Rule } from '../candidate.js';

const EDGE_OF_PERIOD =
  /\b(?:(?:by|before|until|till|at|towards?|near|around)\s+)?(?:the\s+)?(end|beginning|start)\s+of\s+(?:(the|this|next|last)\s+)?(year|month)\b/gi;
const END_OF_YEAR = /\b(?:(?:by|before|until|till|at|towards?|near|around)\s+)?(?:the\s+)?(?:(year-end|year['’]s\s+end)|end\s+of\s+(\d{4})(?![\d-]))/gi;

/**
 * Deadlines and period edges relative to the reference: "by the end of the year" is the
 * reference year's December (`2019-12` for 2019-01-21, `2018-12` when anchored to 2018-09-05),
 * "the beginning of next year" its January; "by the end of the month" is the month's last day,
 * "the start of the month" its first. "by the end of 2019" is `2019-12` and not relative.
 */
export const deadlines: Rule = (context, out) => {
  const { text, reference } = context;
  EDGE_OF_PERIOD.lastIndex = 0;
  for (let m = EDGE_OF_PERIOD.exec(text); m; m = EDGE_OF_PERIOD.exec(text)) {
    const edge = m[1]!.toLowerCase() === 'end' ? 'end' : 'start';
    const which = m[2]?.toLowerCase();
    const shift = which === 'next' ? 1 : which === 'last' ? -1 : 0;
    let point: DatePoint;
    if (m[3]!.toLowerCase() === 'year') {
      point = { year: reference.year + shift, month: edge === 'end' ? 12 : 1 };
    } else {
      const { year, month } = monthFromIndex(reference.monthIndex + shift);
      point = { year, month, day: edge === 'end' ? daysInMonth(year, month) : 1 };
    }
    out.push({ start: m.index, end: m.index + m[0].length, value: pointValue(point), relative: true, priority: OWN_RULE });
  }

  END_OF_YEAR.lastIndex = 0;
  for (let m = END_OF_YEAR.exec(text); m; m = END_OF_YEAR.exec(text)) {
    const year = m[2] ? Number(m[2]) : reference.year;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: pointValue({ year, month: 12 }),
      relative: m[2] === undefined,
      priority: OWN_RULE,
    });
  }
};
