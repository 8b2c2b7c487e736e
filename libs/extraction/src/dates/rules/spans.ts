import { intervalValue, type DatePoint } from '../edtf-value.js';
import { OWN_RULE, type Candidate, type Rule } from '../candidate.js';
import { COUNT, TIME_UNIT, parseCount, parseUnit } from '../vocabulary.js';
import { pointBack } from './relative-periods.js';

// Without a count the unit is singular ("the past year"): "the last days of the war" is no span,
// and neither is "the last year of his term".
const PAST_SPAN = new RegExp(
  `\\b(?:(?:for|over|in|during|throughout|within)\\s+)?the\\s+(?:past|last|previous)\\s+(?:(${COUNT})\\s+(${TIME_UNIT})|(day|week|month|year|decade|century)(?![A-Za-z]))(?!\\s+of\\b)`,
  'gi',
);
const FOR_SPAN = new RegExp(
  `\\bfor\\s+(?:(more\\s+than|over|nearly|almost|about|around|some|roughly|at\\s+least|close\\s+to|upwards\\s+of|the\\s+better\\s+part\\s+of)\\s+)?(${COUNT})\\s+(${TIME_UNIT})`,
  'gi',
);

/**
 * Spans reaching up to the reference. "for/over/in the past 70 years" → `1949~/2019-01-21`,
 * "over the past decade" → `2009~/2019-01-21`: the start is approximate for weeks and longer
 * units, exact for days. "for more than 60 years" counts only under a perfect or present verb
 * ("Japan has sought … for more than 60 years"); "he ruled for 30 years" ends who knows when.
 */
export const spansToReference: Rule = (context, out) => {
  const { text, reference } = context;
  const today: DatePoint = { year: reference.year, month: reference.month, day: reference.day };
  const span = (start: number, end: number, count: number, unitWord: string, vague: boolean): Candidate | undefined => {
    const unit = parseUnit(unitWord);
    const from = pointBack(reference, count, unit, vague || unit !== 'day');
    const value = from && intervalValue(from, today);
    return value && { start, end, value, relative: true, priority: OWN_RULE };
  };

  PAST_SPAN.lastIndex = 0;
  for (let m = PAST_SPAN.exec(text); m; m = PAST_SPAN.exec(text)) {
    const count = m[1] ? parseCount(m[1]) : { value: 1, vague: false };
    const candidate = span(m.index, m.index + m[0].length, count.value, m[2] ?? m[3]!, count.vague);
    if (candidate) out.push(candidate);
  }

  FOR_SPAN.lastIndex = 0;
  for (let m = FOR_SPAN.exec(text); m; m = FOR_SPAN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const tense = context.tenseAt(start, end);
    if (tense !== 'perfect' && tense !== 'present') continue;
    const count = parseCount(m[2]!);
    const candidate = span(start, end, count.value, m[3]!, count.vague || m[1] !== undefined);
    if (candidate) out.push(candidate);
  }
};
