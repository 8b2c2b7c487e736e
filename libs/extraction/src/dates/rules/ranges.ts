import { daysInMonth, isValidDay } from '../calendar.js';
import { firstDayOf, intervalValue, lastDayOf, type DatePoint } from '../edtf-value.js';
import { asIntervalEnd, lowerOf, textBefore, upperOf, type Candidate, type CompoundRule } from '../candidate.js';

const OPENER_BEFORE = /\b([Bb]etween|[Ff]rom)\s+(?:the\s+)?$/;
const JOINER = /^\s*(and|to|until|till|through|-|–|—)\s*(?:the\s+)?$/;
const JOINER_AFTER: Readonly<Record<string, (joiner: string) => boolean>> = {
  between: (joiner) => joiner === 'and',
  from: (joiner) => joiner !== 'and',
  // No opener: only a year-less date joined to one with a year ("August and September 1945").
  none: () => true,
};
const MAX_JOINER_LENGTH = 16;

/**
 * "between 1945 and 1949" → `1945/1949`, "from 2012 to 2020" → `2012/2020`, "from September to
 * November" → `2018-09/2018-11`. A year-less end is moved by a year when needed to keep the range
 * in order ("from November to February"), or takes the other end's year ("from September to
 * November 2018"). Without "between"/"from", a year-less date joined to a dated one becomes the
 * span of both: "in August and September 1945" → `1945-08/1945-09`.
 */
export const dateRanges: CompoundRule = (context, found, out) => {
  const { text } = context;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    const before = textBefore(text, first.start, 16);
    const opener = OPENER_BEFORE.exec(before);
    if (!opener && !first.yearless) continue;
    const accepts = JOINER_AFTER[opener ? opener[1]!.toLowerCase() : 'none']!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start <= first.end + MAX_JOINER_LENGTH; j++) {
      const second = sorted[j]!;
      if (second.start < first.end || (!opener && (second.yearless || second.relative))) continue;
      const joiner = JOINER.exec(text.slice(first.end, second.start));
      if (!joiner || !accepts(joiner[1]!)) continue;
      const range = ordered(first, second);
      const value = intervalValue(range[0], range[1]);
      if (!value) continue;
      out.push({
        start: opener ? first.start - before.length + opener.index : first.start,
        end: second.end,
        value,
        // A year-less start that took the end's year did not need the reference.
        relative: (first.relative && !(first.yearless && !second.yearless)) || second.relative,
        priority: first.priority,
      });
    }
  }
};

function ordered(first: Candidate, second: Candidate): [DatePoint, DatePoint] {
  let lower = asIntervalEnd(lowerOf(first), 'lower');
  let upper = asIntervalEnd(upperOf(second), 'upper');
  if (first.yearless && !second.yearless) {
    lower = withYear(lower, upper.year);
    if (firstDayOf(lower) > lastDayOf(upper)) lower = withYear(lower, upper.year - 1);
  } else if (second.yearless && lastDayOf(upper) < firstDayOf(lower)) {
    upper = withYear(upper, upper.year + 1);
  }
  return [lower, upper];
}

function withYear(point: DatePoint, year: number): DatePoint {
  if (point.day !== undefined && !isValidDay(year, point.month!, point.day)) {
    return { ...point, year, day: daysInMonth(year, point.month!) };
  }
  return { ...point, year };
}
