import { intervalValue } from '../edtf-value.js';
import { asIntervalEnd, lowerOf, textBefore, type CompoundRule } from '../candidate.js';

const SINCE_BEFORE = /\b(?:[Ee]ver\s+)?[Ss]ince\s+(?:the\s+)?$/;

/**
 * "since 1956" → `1956/2019-01-21`, "since September" → `2018-09/2019-01-21`: a span from the
 * date to the reference, so always relative. A date after the reference stays a plain date.
 */
export const sinceSpans: CompoundRule = (context, found, out) => {
  const { text, reference } = context;
  const today = { year: reference.year, month: reference.month, day: reference.day };
  for (const candidate of found) {
    const before = textBefore(text, candidate.start, 24);
    const match = SINCE_BEFORE.exec(before);
    if (!match) continue;
    const value = intervalValue(asIntervalEnd(lowerOf(candidate), 'lower'), today);
    if (!value) continue;
    out.push({ ...candidate, start: candidate.start - before.length + match.index, value, relative: true, yearless: false });
  }
};
