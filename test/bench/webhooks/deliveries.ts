import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { WebhookOutbox } from '../../../libs/webhooks/src/index.js';
import type { RunningApp } from './app.js';
import { changeRecord } from './changes.js';
import type { Harness } from './harness.js';

export interface DeliveryRate {
  deliveries: number;
  /** (deliveries − 1) ÷ the time from the first arrival at the receiver to the last. */
  perSecond: number;
  /** From the dispatch call to the last arrival: the burst, hand-over to BullMQ included. */
  totalSeconds: number;
  duplicates: number;
  failedAttempts: number;
}

const SEED_PAGE = 500;
const TIMEOUT_MS = 180_000;

/**
 * Sustained delivery rate: `changes` stance changes written to the outbox through the product's
 * WebhookOutbox (what the stance projection calls in its transaction: one message per enabled
 * subscription of the topic), committed, then OutboxDispatcher.dispatch() (what the projection's
 * commit listener calls), and the app's WebhooksProcessor delivers to the receiver. Timed at the
 * receiver from the first arrival to the last. Returns once every message is recorded as
 * succeeded, so nothing of this run overlaps the next.
 */
export async function measureDeliveries(
  pool: pg.Pool,
  app: RunningApp,
  harness: Harness,
  changes: { first: number; count: number },
  subscriptions: number,
): Promise<DeliveryRate> {
  const expected = changes.count * subscriptions;
  const outbox = new WebhookOutbox();
  const records = Array.from({ length: changes.count }, (_, i) => changeRecord(changes.first + i));
  const positions = records.map((r) => r.logPosition);
  await harness.call('arm', undefined);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (let from = 0; from < records.length; from += SEED_PAGE) await outbox.write(client, records.slice(from, from + SEED_PAGE));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  // The sweeper may get there first; either way the dispatcher hands them over.
  const dispatchedAt = performance.timeOrigin + performance.now();
  await app.dispatcher.dispatch();
  const count = await harness.call('awaitCount', { expected, timeoutMs: TIMEOUT_MS });
  const outcome = await settled(pool, positions, expected);
  return {
    deliveries: count.deliveries,
    perSecond: (count.deliveries - 1) / ((count.lastAt - count.firstAt) / 1000),
    totalSeconds: (count.lastAt - dispatchedAt) / 1000,
    duplicates: count.duplicates,
    failedAttempts: outcome.failedAttempts,
  };
}

/** Waits until every message of `positions` is recorded as succeeded; counts failed attempts. */
async function settled(pool: pg.Pool, positions: number[], expected: number): Promise<{ failedAttempts: number }> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const { rows } = await pool.query<{ succeeded: number; other: number; failed_attempts: number }>(
      `SELECT count(*) FILTER (WHERE m.status = 'succeeded')::int AS succeeded,
              count(*) FILTER (WHERE m.status <> 'succeeded')::int AS other,
              coalesce(sum((SELECT count(*) FROM webhook_attempts a WHERE a.message_id = m.id AND NOT a.succeeded)), 0)::int AS failed_attempts
         FROM webhook_messages m WHERE m.log_position = ANY($1::bigint[])`,
      [positions],
    );
    const { succeeded, other, failed_attempts: failedAttempts } = rows[0];
    if (succeeded + other !== expected) throw new Error(`outbox: ${succeeded + other} messages written, ${expected} expected`);
    if (other === 0) return { failedAttempts };
    if (Date.now() > deadline) throw new Error(`outbox: ${other} of ${expected} messages not succeeded ${TIMEOUT_MS} ms after dispatch`);
    await sleep(20);
  }
}
