import { randomUUID } from 'node:crypto';
import type { StanceChangeRecord } from '../../../libs/stances/src/index.js';
import { ACTORS, actorId, BENCH_TOPIC, POSITIONS, QUESTIONS, questionId } from '../projections/events.js';

/**
 * Stance changes for the webhooks suite, on the projections suite's synthetic topic (its codebook
 * has ACTORS × QUESTIONS keys). Change n is on key n mod KEYS; the r-th time a key comes round
 * (r = n div KEYS) it is dated r days after FIRST_DAY with the next position, so every change n
 * does change a stance: exactly one `stance.changed` per subscription of the topic.
 */

const KEYS = ACTORS * QUESTIONS;
const FIRST_DAY = Date.UTC(1950, 0, 1);

export interface BenchChange {
  actor: string;
  question: string;
  position: string;
  /** ISO day. */
  date: string;
}

export function changeOf(n: number): BenchChange {
  const key = n % KEYS;
  const round = Math.floor(n / KEYS);
  return {
    actor: actorId(key % ACTORS),
    question: questionId(Math.floor(key / ACTORS)),
    position: POSITIONS[round % POSITIONS.length],
    date: new Date(FIRST_DAY + round * 86_400_000).toISOString().slice(0, 10),
  };
}

/** An article as POST /v1/articles takes it: curated, one event carrying change n's stance signal. */
export function curatedArticle(n: number): Record<string, unknown> {
  const { actor, question, position, date } = changeOf(n);
  return {
    url: `https://bench.example/webhooks/${n}`,
    title: `Webhook benchmark article ${n}`,
    publishedAt: '2024-01-01T00:00:00Z',
    topic: BENCH_TOPIC,
    events: [
      {
        type: 'statement',
        date,
        actors: [actor],
        summary: `${actor} takes position ${position} on ${question}`,
        stances: [{ actor, question, position }],
        confidence: 0.9,
      },
    ],
  };
}

/** Seeded changes' log positions start here, far above the real log's, so no dedup key meets an ingested change's. */
const SEEDED_POSITIONS = 1_000_000_000;

/**
 * Change n as the stance projection hands it to its sink (the webhook outbox), for seeding the
 * outbox directly; its log position (SEEDED_POSITIONS + n) keeps the outbox's dedup keys distinct.
 */
export function changeRecord(n: number): StanceChangeRecord {
  const { actor, question, position, date } = changeOf(n);
  return {
    topic: BENCH_TOPIC,
    actor,
    question,
    from: date,
    previous: null,
    current: { position, since: date },
    affectsCurrent: true,
    eventId: randomUUID(),
    articleId: randomUUID(),
    logPosition: SEEDED_POSITIONS + n,
    recordedAt: new Date().toISOString(),
  };
}
