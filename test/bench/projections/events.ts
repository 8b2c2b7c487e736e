import { Codebook, loadLanguage, type CodebookDocument } from '../../../libs/codebook/src/index.js';
import type { NewEvent } from '../../../libs/event-store/src/index.js';

/**
 * The synthetic world the projections suite measures: one topic, ACTORS × QUESTIONS (actor,
 * question) keys, news events that each carry one stance signal, dated anywhere from 1945 to 2024
 * (so a key's timeline has many intervals), plus retractions and corrections of earlier events.
 * Every event is a pure function of its index, so the log can be generated chunk by chunk.
 */

export const BENCH_TOPIC = 'bench-world';
export const ACTORS = 100;
export const QUESTIONS = 100;
export const POSITIONS = ['holds-a', 'holds-b', 'holds-c', 'holds-d'] as const;
const FIRST_DAY = Date.UTC(1945, 0, 1);
const DAYS = Math.floor((Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000);

export const actorId = (n: number) => `actor-${String(n).padStart(2, '0')}`;
export const questionId = (n: number) => `question-${String(n).padStart(2, '0')}`;

/** Key k of `keys`: actors vary fastest, so a smaller key space still spans every actor. */
export function keyOf(k: number): { actor: string; question: string } {
  return { actor: actorId(k % ACTORS), question: questionId(Math.floor(k / ACTORS)) };
}

/** A codebook for the synthetic topic, so the stance endpoint accepts its actors and questions. */
export function benchCodebook(): Codebook {
  const document: CodebookDocument = {
    id: BENCH_TOPIC,
    title: 'Synthetic topic of the projections benchmark',
    language: 'en',
    synonyms: {},
    keywords: ['benchmark'],
    actors: Array.from({ length: ACTORS }, (_, i) => ({
      id: actorId(i),
      name: `Actor ${i}`,
      kind: 'state' as const,
      aliases: [`Actor ${i}`],
      demonyms: [],
      rallyPlaces: [],
      homePlaces: [],
      outlets: [],
    })),
    roleNouns: [],
    questions: Array.from({ length: QUESTIONS }, (_, i) => ({
      id: questionId(i),
      text: `Question ${i}?`,
      positions: POSITIONS.map((id) => ({ id, notHeldBy: [], implies: [], cues: [] })),
      slotCues: [],
    })),
    eventTypes: [{ type: 'statement', cues: ['says'] }],
    eras: [],
    annualDays: [],
    documents: [],
    places: [],
  };
  return new Codebook(document, loadLanguage('en'));
}

/** mulberry32: small, fast, good enough to spread dates and keys. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid UUID (version 4 layout) made from a kind and a number: no randomness, no hashing. */
export function numberedUuid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

const EVENT_KIND = 0xe1;
const ARTICLE_KIND = 0xa1;
export const EVENTS_PER_ARTICLE = 4;

export const eventIdOf = (report: number) => numberedUuid(EVENT_KIND, report);
export const articleIdOf = (report: number) => numberedUuid(ARTICLE_KIND, Math.floor(report / EVENTS_PER_ARTICLE));
export const streamOf = (articleId: string) => `article-${articleId}`;

export interface BenchNewsEvent {
  id: string;
  articleId: string;
  topic: string;
  type: 'statement';
  date: string;
  earliest: string;
  latest: string;
  context: string[];
  actors: string[];
  summary: string;
  stances: { actor: string; question: string; position: string }[];
  evidence: { quote: string; start: number; end: number };
  confidence: number;
}

/** An EDTF date: mostly a day, sometimes a month or a year (so same-day ties and wide bounds occur). */
function datesOf(rng: () => number): { date: string; earliest: string; latest: string } {
  const day = new Date(FIRST_DAY + Math.floor(rng() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const precision = rng();
  if (precision < 0.8) return { date: day, earliest: day, latest: day };
  const [year, month] = day.split('-');
  if (precision < 0.95) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
    return { date: `${year}-${month}`, earliest: `${year}-${month}-01`, latest: last };
  }
  return { date: year, earliest: `${year}-01-01`, latest: `${year}-12-31` };
}

/**
 * The news event of report number `report` over `keys` keys (as an article of the ingestion would
 * record it); `version` > 0 gives the corrected version of the same event (same id and key, another
 * position and date).
 */
export function newsEvent(report: number, keys: number, version = 0, articleId = articleIdOf(report), id = eventIdOf(report)): BenchNewsEvent {
  const rng = random(Math.imul(report + 1, 0x9e3779b1) ^ 0x5bd1e995);
  const { actor, question } = keyOf(Math.floor(rng() * keys));
  let slot = Math.floor(rng() * POSITIONS.length);
  let dates = datesOf(rng);
  const confidence = Math.round((0.5 + rng() * 0.45) * 100) / 100;
  if (version > 0) {
    const again = random(Math.imul(report + 1, 0x85ebca6b) ^ version);
    slot = (slot + 1 + Math.floor(again() * (POSITIONS.length - 1))) % POSITIONS.length;
    if (again() < 0.5) dates = datesOf(again);
  }
  const position = POSITIONS[slot];
  const quote = `"${actor} holds ${position} on ${question}", a spokesperson said in a statement (report ${report}).`;
  return {
    id,
    articleId,
    topic: BENCH_TOPIC,
    type: 'statement',
    ...dates,
    context: [],
    actors: [actor],
    summary: `${actor} takes position ${position} on ${question}`,
    stances: [{ actor, question, position }],
    evidence: { quote, start: 120, end: 120 + quote.length },
    confidence,
  };
}

/** One append of the generated log: a stream and its events. */
export interface GeneratedAppend {
  streamId: string;
  events: NewEvent[];
}

/** Share of the log's events that retract or correct an earlier one (half each). */
export const WITHDRAWN_SHARE = 0.04;

/**
 * The log, in order: articles of EVENTS_PER_ARTICLE NewsEventReported each, with retractions and
 * corrections of random earlier events (never twice the same) mixed in at WITHDRAWN_SHARE of all
 * events. Yields chunks of about `chunkEvents` events; counts what it produced in `counts`.
 */
export function* generateLog(
  totalEvents: number,
  keys: number,
  chunkEvents: number,
  counts = { reported: 0, retracted: 0, corrected: 0 },
): Generator<GeneratedAppend[]> {
  const plan = random(0x51ce);
  // An article adds EVENTS_PER_ARTICLE events, a withdrawal one; p per step gives the share.
  const p = (WITHDRAWN_SHARE * EVENTS_PER_ARTICLE) / (1 + WITHDRAWN_SHARE * (EVENTS_PER_ARTICLE - 1));
  const withdrawn = new Set<number>();
  let emitted = 0;
  let reports = 0;
  let chunk: GeneratedAppend[] = [];
  let chunkSize = 0;
  const metadata = { correlationId: 'bench' };
  while (emitted < totalEvents) {
    const left = totalEvents - emitted;
    let append: GeneratedAppend;
    if (reports >= 100 && (plan() < p || left < EVENTS_PER_ARTICLE)) {
      let target = Math.floor(plan() * reports);
      while (withdrawn.has(target)) target = Math.floor(plan() * reports);
      withdrawn.add(target);
      const articleId = articleIdOf(target);
      const eventId = eventIdOf(target);
      if (plan() < 0.5) {
        append = { streamId: streamOf(articleId), events: [{ type: 'NewsEventRetracted', data: { articleId, eventId, reason: 'bench: retracted' }, metadata }] };
        counts.retracted++;
      } else {
        const event = newsEvent(target, keys, 1);
        append = { streamId: streamOf(articleId), events: [{ type: 'NewsEventCorrected', data: { articleId, eventId, event }, metadata }] };
        counts.corrected++;
      }
    } else {
      const n = Math.min(EVENTS_PER_ARTICLE, left);
      const events: NewEvent[] = [];
      for (let i = 0; i < n; i++) events.push({ type: 'NewsEventReported', data: newsEvent(reports + i, keys), metadata });
      append = { streamId: streamOf(articleIdOf(reports)), events };
      reports += EVENTS_PER_ARTICLE;
      counts.reported += n;
    }
    chunk.push(append);
    chunkSize += append.events.length;
    emitted += append.events.length;
    if (chunkSize >= chunkEvents) {
      yield chunk;
      chunk = [];
      chunkSize = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
