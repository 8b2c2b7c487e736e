export { edtfBounds, type DateBounds } from './edtf-bounds.js';
export { findDateMentions, forgetDateScans, mayHoldADate } from './find-date-mentions.js';
export { presentPerfect, tenseMarkers, tenseOf } from './tense.js';
export type { DateMention, DatePrecision, DateReference, Tense } from './types.js';
