import { intervalValue, pointValue, withQualifiers, type DatePoint, type DateValue } from '../edtf-value.js';
import { textBefore, type CompoundRule } from '../candidate.js';

// Hedges before a date, optionally around a preposition: "possibly in November", "in about 1945",
// "circa 1945", "around January 20". The groups are the uncertain and the approximate word.
const QUALIFIER_BEFORE =
  /(?:\b(possibly|probably|perhaps|maybe|reportedly|apparently|presumably)\s+)?(?:(?:in|on|at|during|by)\s+)?(?:(?<![\w.])(around|about|circa|approximately|roughly|c\.|ca\.)\s+)?(?:(?:in|on|during|the)\s+)?$/id;

/**
 * Qualified dates: "around/about/circa 1945" → `1945~`, "possibly in November" → `2018-11?`,
 * both → `%`. The mention starts at the qualifier. A qualified decade ("around the 1950s")
 * becomes `1950~/1959~`, since `195X~` is not level-1 EDTF.
 */
export const qualifiedDates: CompoundRule = (context, found, out) => {
  for (const candidate of found) {
    if (candidate.value.kind !== 'point') continue;
    const before = textBefore(context.text, candidate.start, 40);
    const match = QUALIFIER_BEFORE.exec(before);
    const uncertain = match?.indices?.[1];
    const approximate = match?.indices?.[2];
    if (!uncertain && !approximate) continue;
    const start = candidate.start - before.length + (uncertain ?? approximate)![0];
    out.push({ ...candidate, start, value: qualify(candidate.value.point, Boolean(approximate), Boolean(uncertain)) });
  }
};

function qualify(point: DatePoint, approximate: boolean, uncertain: boolean): DateValue {
  if (!point.decade) return pointValue(withQualifiers(point, approximate, uncertain));
  const lower = withQualifiers({ year: point.year }, approximate, uncertain);
  const upper = withQualifiers({ year: point.year + 9 }, approximate, uncertain);
  return intervalValue(lower, upper)!;
}
