import type pg from 'pg';
import { percentile } from '../projections/percentile.js';
import { BENCH_API_KEY, type RunningApp } from './app.js';
import type { Harness, LatencyJob } from './harness.js';

export interface LatencyMeasurement {
  /** Changes posted inside the window, and their achieved rate. */
  changes: number;
  perSecond: number;
  deliveries: number;
  /** POST /v1/articles sent → the webhook received, per delivery. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** POST /v1/articles sent → its 201 (the append committed), per change. */
  ingestP50Ms: number;
  ingestP99Ms: number;
  /** Where the time goes: each stage's time since the POST was sent, per delivery (cumulative). */
  stages: { stage: string; p50Ms: number; p99Ms: number }[];
}

export type LatencyOptions = Pick<LatencyJob, 'rate' | 'warmupMs' | 'measureMs' | 'firstChange' | 'subscriptions'>;

const DRAIN_TIMEOUT_MS = 60_000;

/**
 * Append-to-receiver latency, end to end: the harness thread posts one curated article (one stance
 * change) per tick to POST /v1/articles, open loop at `rate`; the ingest handler appends, the
 * append nudges the projection worker, the stance projection writes the outbox in its batch's
 * transaction, the commit listener dispatches to BullMQ, the webhook worker claims, signs and
 * POSTs, and the receiver (same thread as the client, same clock) notes the arrival. Changes
 * posted during the warm-up are delivered but not counted.
 *
 * The stages come from the outbox rows of the counted changes: created_at (the projection batch's
 * transaction began: now() is its start), enqueued_at (the dispatcher handed the message to
 * BullMQ) and the attempt's attempted_at (the worker had claimed it and was about to sign and POST).
 */
export async function measureLatency(pool: pg.Pool, app: RunningApp, harness: Harness, options: LatencyOptions): Promise<LatencyMeasurement> {
  const run = await harness.call('latency', { ...options, baseUrl: app.url, apiKey: BENCH_API_KEY, drainTimeoutMs: DRAIN_TIMEOUT_MS });
  if (run.changes.length === 0) throw new Error('latency run: no change posted inside the window');
  const sentAt = new Map(run.changes.map((c) => [c.articleId, c.sentAt]));
  const received = run.changes.flatMap((c) => c.arrivals.map((at) => at - c.sentAt));
  const answered = run.changes.map((c) => c.answeredAt - c.sentAt);

  const { rows } = await pool.query<{ article_id: string; outbox_ms: string; enqueued_ms: string; attempt_ms: string }>(
    `SELECT m.body::jsonb #>> '{data,articleId}' AS article_id,
            extract(epoch FROM m.created_at) * 1000 AS outbox_ms,
            extract(epoch FROM m.enqueued_at) * 1000 AS enqueued_ms,
            (SELECT extract(epoch FROM min(a.attempted_at)) * 1000 FROM webhook_attempts a WHERE a.message_id = m.id) AS attempt_ms
       FROM webhook_messages m
      WHERE m.log_position IS NOT NULL AND m.log_position < 1000000000 AND m.body::jsonb #>> '{data,articleId}' = ANY($1::text[])`,
    [[...sentAt.keys()]],
  );
  if (rows.length !== received.length) throw new Error(`latency run: ${received.length} deliveries received, ${rows.length} outbox rows`);
  const since = (column: 'outbox_ms' | 'enqueued_ms' | 'attempt_ms') => rows.map((r) => Number(r[column]) - sentAt.get(r.article_id)!);
  const stage = (name: string, values: number[]) => ({ stage: name, p50Ms: percentile(values, 0.5), p99Ms: percentile(values, 0.99) });
  return {
    changes: run.changes.length,
    perSecond: run.changes.length / run.seconds,
    deliveries: received.length,
    p50Ms: percentile(received, 0.5),
    p99Ms: percentile(received, 0.99),
    maxMs: Math.max(...received),
    ingestP50Ms: percentile(answered, 0.5),
    ingestP99Ms: percentile(answered, 0.99),
    stages: [
      stage('201 answered', answered),
      stage('projection batch began', since('outbox_ms')),
      stage('handed to BullMQ', since('enqueued_ms')),
      stage('attempt began', since('attempt_ms')),
      stage('received', received),
    ],
  };
}
