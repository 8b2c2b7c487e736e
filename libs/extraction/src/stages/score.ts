import type { CompiledCodebook } from '../codebook/compiled-codebook.js';
import type { Draft } from '../events/merge-drafts.js';
import { summarize } from '../events/summarize.js';
import type { ExtractedEvent } from '../extracted-event.js';
import type { Span } from '../text/segment.js';
import { HISTORICAL_AFTER_DAYS, daysBetween } from './dating.js';

// The score stage: an event's final form, its place and its confidence.

export function placeOf(text: string, sentence: Span, cb: CompiledCodebook, wanted: (place: string) => boolean = () => true): string | undefined {
  if (!cb.places) return undefined;
  const slice = text.slice(sentence.start, sentence.end);
  cb.places.lastIndex = 0;
  for (let m = cb.places.exec(slice); m; m = cb.places.exec(slice)) {
    if (wanted(m[1]) && /\b(in|at|from|near|to)\s+(?:central\s+|the\s+(?:city|port|town)\s+of\s+)?$/i.test(slice.slice(Math.max(0, m.index - 30), m.index))) return m[1];
  }
  return undefined;
}

export function finish(draft: Draft, text: string, published: string): ExtractedEvent {
  // A "future" event whose date is already past at publication was a plan then, not now.
  const context = draft.context.filter((c) => c !== 'future' || draft.date.latest >= published);
  // One dated wholly after publication is still to come: a plan, which shows no stance held yet
  // ("Diplomats are to sit down next Thursday to negotiate a peace treaty").
  const ahead = draft.date.earliest > published;
  if (ahead && !context.includes('future')) context.push('future');
  const stances = ahead ? [] : draft.stances;
  if (daysBetween(draft.date.latest, published) > HISTORICAL_AFTER_DAYS && !context.includes('historical')) context.unshift('historical');
  const quote = text.slice(draft.sentence.start, draft.sentence.end);
  let confidence = 0.45;
  if (draft.ownDate) confidence += 0.2;
  if (draft.attributed) confidence += 0.1;
  if (draft.type !== 'statement') confidence += 0.1;
  if (stances.length > 0) confidence += 0.1;
  return {
    type: draft.type,
    date: draft.date.edtf,
    earliest: draft.date.earliest,
    latest: draft.date.latest,
    context,
    place: draft.place,
    actors: draft.actors,
    summary: summarize(quote),
    stances,
    evidence: { quote, start: draft.sentence.start, end: draft.sentence.end },
    confidence: Math.round(Math.min(confidence, 0.95) * 100) / 100,
  };
}
