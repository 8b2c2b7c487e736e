import { isValidDay } from '../calendar.js';
import { pointCandidate, type Candidate, type Rule } from '../candidate.js';
import { MONTH_WORD, WEEKDAY_NAME, monthNumber } from '../vocabulary.js';

// A four-digit year that is not part of a longer number ("2019,000", "2019.5").
const YEAR_END = '(\\d{4})(?!\\d|[.,]\\d)';
const ORDINAL = '(?:st|nd|rd|th)?';
const OPTIONAL_WEEKDAY = `(?:${WEEKDAY_NAME},?\\s+)?`;

const ISO_DAY = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const MONTH_DAY_YEAR = new RegExp(`${OPTIONAL_WEEKDAY}\\b(${MONTH_WORD})\\s*(\\d{1,2})${ORDINAL}(?:\\s*,\\s*|\\s+)${YEAR_END}`, 'g');
const DAY_MONTH_YEAR = new RegExp(`${OPTIONAL_WEEKDAY}(?<![\\d,.])\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})\\s*,?\\s+${YEAR_END}`, 'g');
const MONTH_YEAR = new RegExp(`(?:\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?\\b(${MONTH_WORD})\\s*,?\\s+(?:of\\s+)?${YEAR_END}`, 'g');

/** "2019-01-22", "January 22, 2019", "Tuesday, Jan. 22 2019", "22 January 2019", "the 22nd of January, 2019". */
export const fullDates: Rule = (context, out) => {
  const { text } = context;
  ISO_DAY.lastIndex = 0;
  for (let m = ISO_DAY.exec(text); m; m = ISO_DAY.exec(text)) {
    addDay(out, m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  MONTH_DAY_YEAR.lastIndex = 0;
  for (let m = MONTH_DAY_YEAR.exec(text); m; m = MONTH_DAY_YEAR.exec(text)) {
    addDay(out, m.index, m.index + m[0].length, Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  }
  DAY_MONTH_YEAR.lastIndex = 0;
  for (let m = DAY_MONTH_YEAR.exec(text); m; m = DAY_MONTH_YEAR.exec(text)) {
    addDay(out, m.index, m.index + m[0].length, Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  }
};

/** "October 1956", "in September 2018", "Sept. 2018", "early October of 1956". */
export const monthsWithYear: Rule = (context, out) => {
  const { text } = context;
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) {
    out.push(pointCandidate(m.index, m.index + m[0].length, { year: Number(m[2]), month: monthNumber(m[1]!) }, false));
  }
};

function addDay(out: Candidate[], start: number, end: number, year: number, month: number, day: number): void {
  if (isValidDay(year, month, day)) out.push(pointCandidate(start, end, { year, month, day }, false));
}
