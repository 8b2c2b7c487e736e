import { type Codebook, CONTEXTS, EVENT_TYPES, type EventContext, type EventType } from '#lib/codebook';
import { ValidationError } from '#lib/errors';
import { edtfBounds } from '#lib/extraction';
import type { Evidence, NewsEventInput, StanceSignal } from './news-event.js';

const NO_STANCE_CONTEXTS: EventContext[] = ['future', 'hypothetical', 'negation'];

/**
 * Checks a curated event against the codebook and returns it normalised, with its date bounds.
 * Every error names its field, e.g. `events[2].stances[0].position`.
 */
export function validateNewsEvent(
  raw: unknown,
  codebook: Codebook,
  field: string,
  text?: string,
): NewsEventInput & { earliest: string; latest: string } {
  const e = object(raw, field);
  const type = oneOf(e.type, EVENT_TYPES, `${field}.type`) as EventType;
  const date = string(e.date, `${field}.date`);
  let bounds: { earliest: string; latest: string };
  try {
    bounds = edtfBounds(date);
  } catch {
    throw new ValidationError(`${field}.date: ${JSON.stringify(date)} is not an EDTF date (e.g. 2018-09, 1945~, 2019-01-01/2019-01-21)`, `${field}.date`);
  }
  const context = list(e.context ?? [], `${field}.context`).map((c, i) => oneOf(c, CONTEXTS, `${field}.context[${i}]`) as EventContext);
  const actors = list(e.actors, `${field}.actors`).map((a, i) => actor(a, codebook, `${field}.actors[${i}]`));
  if (actors.length === 0) throw new ValidationError(`${field}.actors: at least one actor is required`, `${field}.actors`);
  const stances = list(e.stances ?? [], `${field}.stances`).map((s, i) => stance(s, codebook, `${field}.stances[${i}]`, text));
  const blocking = context.find((c) => NO_STANCE_CONTEXTS.includes(c));
  if (blocking && stances.length > 0) {
    throw new ValidationError(`${field}.stances: a ${blocking} event carries no stance signals`, `${field}.stances`);
  }
  const confidence = e.confidence === undefined ? 1 : e.confidence;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
    throw new ValidationError(`${field}.confidence: must be a number from 0 to 1`, `${field}.confidence`);
  }
  const summary = string(e.summary, `${field}.summary`);
  if (summary.length > 500) throw new ValidationError(`${field}.summary: at most 500 characters`, `${field}.summary`);
  const place = e.place === undefined || e.place === null ? undefined : string(e.place, `${field}.place`);
  const evidence = e.evidence === undefined || e.evidence === null ? undefined : evidenceOf(e.evidence, `${field}.evidence`, text);
  const known = new Set(['type', 'date', 'context', 'place', 'actors', 'summary', 'stances', 'evidence', 'confidence']);
  const unknown = Object.keys(e).find((k) => !known.has(k));
  if (unknown) throw new ValidationError(`${field}.${unknown}: unknown field`, `${field}.${unknown}`);
  return { type, date, context, place, actors: [...new Set(actors)], summary, stances, evidence, confidence, ...bounds };
}

function stance(raw: unknown, codebook: Codebook, field: string, text?: string): StanceSignal {
  const s = object(raw, field);
  const actorId = actor(s.actor, codebook, `${field}.actor`);
  const question = string(s.question, `${field}.question`);
  const q = codebook.question(question);
  if (!q) {
    throw new ValidationError(
      `${field}.question: unknown question ${JSON.stringify(question)} in topic ${codebook.id}; known: ${codebook.document.questions.map((x) => x.id).join(', ')}`,
      `${field}.question`,
    );
  }
  const position = string(s.position, `${field}.position`);
  if (!codebook.hasPosition(question, position)) {
    throw new ValidationError(
      `${field}.position: ${JSON.stringify(position)} is not a position of ${question}; positions: ${q.positions.map((p) => p.id).join(', ')}`,
      `${field}.position`,
    );
  }
  const evidence = s.evidence === undefined ? undefined : evidenceOf(s.evidence, `${field}.evidence`, text);
  return { actor: actorId, question, position, ...(evidence ? { evidence } : {}) };
}

function evidenceOf(raw: unknown, field: string, text?: string): Evidence {
  const e = object(raw, field);
  const quote = string(e.quote, `${field}.quote`);
  const start = e.start;
  const end = e.end;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
    throw new ValidationError(`${field}: start and end must be integers with 0 <= start <= end`, field);
  }
  if (text !== undefined && text.slice(start as number, end as number) !== quote) {
    throw new ValidationError(`${field}: the quote is not the article text between start and end`, field);
  }
  return { quote, start: start as number, end: end as number };
}

function actor(raw: unknown, codebook: Codebook, field: string): string {
  const id = string(raw, field);
  if (!codebook.actor(id)) {
    throw new ValidationError(
      `${field}: unknown actor ${JSON.stringify(id)} in topic ${codebook.id}; known: ${codebook.document.actors.map((a) => a.id).join(', ')}`,
      field,
    );
  }
  return id;
}

function object(raw: unknown, field: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ValidationError(`${field}: must be an object`, field);
  return raw as Record<string, unknown>;
}

function list(raw: unknown, field: string): unknown[] {
  if (!Array.isArray(raw)) throw new ValidationError(`${field}: must be a list`, field);
  return raw;
}

function string(raw: unknown, field: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new ValidationError(`${field}: must be a non-empty string`, field);
  return raw;
}

function oneOf(raw: unknown, allowed: readonly string[], field: string): string {
  if (typeof raw !== 'string' || !allowed.includes(raw)) {
    throw new ValidationError(`${field}: must be one of ${allowed.join(', ')}`, field);
  }
  return raw;
}
