import type pg from 'pg';
import type { AfterFailure, AttemptRecord, ClaimedMessage, DeliveryView, MessageStatus } from './message.js';

export const LATENCY_BUCKETS_MS = [50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 15_000] as const;
/** Counter rows per (outcome, bucket): concurrent deliveries rarely meet on one. */
const METRIC_SHARDS = 64;

const UPSERT_METRIC = 'INSERT INTO webhook_delivery_metrics (outcome, bucket_ms, shard, count, latency_ms)';
const ON_METRIC_CONFLICT = `ON CONFLICT (outcome, bucket_ms, shard) DO UPDATE
  SET count = webhook_delivery_metrics.count + 1, latency_ms = webhook_delivery_metrics.latency_ms + excluded.latency_ms`;
const bucketOf = (latencyMs: number) => LATENCY_BUCKETS_MS.find((b) => latencyMs <= b) ?? -1;
const shard = () => Math.floor(Math.random() * METRIC_SHARDS);
/** PostgreSQL text cannot hold NUL. */
const clean = (text: string) => text.replace(/\u0000/g, '');

/** A message owed a job; `enqueuedAt` (ms) tells this hand-over from an earlier one of the same attempt. */
export type DueMessage = { id: string; attempts: number; enqueuedAt: number };

/** Messages (the outbox), their attempts and the delivery counters. */
export class MessagesRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** A message for one subscription (a test ping); undefined when the owner has no such subscription. */
  async writeOne(owner: string, subscriptionId: string, message: { id: string; type: string; body: string }): Promise<{ id: string; enabled: boolean } | undefined> {
    const { rows } = await this.pool.query<{ id: string; enabled: boolean }>(
      `INSERT INTO webhook_messages (id, subscription_id, event_type, body, status)
       SELECT $3, s.id, $4, $5, CASE WHEN s.enabled THEN 'pending' ELSE 'cancelled' END
         FROM webhook_subscriptions s WHERE s.owner = $1 AND s.id = $2
       RETURNING id, status = 'pending' AS enabled`,
      [owner, subscriptionId, message.id, message.type, message.body],
    );
    return rows[0];
  }

  /** New messages (and redeliveries) no job was made for yet. Marks them enqueued now. */
  async takeFresh(limit: number): Promise<DueMessage[]> {
    return this.take(`status = 'pending' AND enqueued_at IS NULL AND next_attempt_at <= now()`, [limit]);
  }

  /**
   * Messages whose job seems lost: queued `lostAfterMs` ago and still not attempted (Redis lost its
   * data, say), and attempts whose worker died (lease over). Marks them enqueued now.
   */
  async takeOverdue(lostAfterMs: number, limit: number): Promise<DueMessage[]> {
    return this.take(
      `(status = 'pending' AND next_attempt_at <= now() AND greatest(enqueued_at, next_attempt_at) < now() - $2 * interval '1 millisecond')
        OR (status = 'delivering' AND lease_until < now())`,
      [limit, lostAfterMs],
    );
  }

  private async take(condition: string, params: unknown[]): Promise<DueMessage[]> {
    const { rows } = await this.pool.query<{ id: string; attempts: number; enqueued_at: Date }>(
      `WITH due AS (
         SELECT id FROM webhook_messages WHERE ${condition} ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE webhook_messages m SET status = 'pending', lease_until = NULL, enqueued_at = now()
         FROM due WHERE m.id = due.id
       RETURNING m.id, m.attempts, m.enqueued_at`,
      params,
    );
    return rows.map((r) => ({ id: r.id, attempts: r.attempts, enqueuedAt: r.enqueued_at.getTime() }));
  }

  /**
   * Takes a message for an attempt when it is due (or its last attempt's worker is gone), holding
   * it for `leaseMs`. undefined when it is not there to take: delivered, taken, or not yet due.
   */
  async claim(id: string, leaseMs: number): Promise<ClaimedMessage | undefined> {
    const { rows } = await this.pool.query<{
      id: string; body: string; attempts: number; round_attempts: number; subscription_id: string; url: string; enabled: boolean;
      secret: string; previous_secret: string | null;
    }>(
      `UPDATE webhook_messages m SET status = 'delivering', lease_until = now() + $2 * interval '1 millisecond'
         FROM webhook_subscriptions s
        WHERE m.id = $1 AND s.id = m.subscription_id
          AND ((m.status = 'pending' AND m.next_attempt_at <= now() + interval '50 milliseconds')
               OR (m.status = 'delivering' AND m.lease_until < now()))
       RETURNING m.id, m.body, m.attempts, m.round_attempts, s.id AS subscription_id, s.url, s.enabled, s.secret,
                 CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END AS previous_secret`,
      [id, leaseMs],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      id: r.id, body: r.body, attempts: r.attempts, roundAttempts: r.round_attempts, subscriptionId: r.subscription_id, url: r.url,
      enabled: r.enabled, secrets: r.previous_secret ? [r.secret, r.previous_secret] : [r.secret],
    };
  }

  /** A claimed message whose subscription was disabled meanwhile: no attempt. */
  async cancel(id: string): Promise<void> {
    await this.pool.query(`UPDATE webhook_messages SET status = 'cancelled', lease_until = NULL WHERE id = $1`, [id]);
  }

  /**
   * Records a successful attempt: the message is delivered and its subscription no longer failing.
   * One statement (one round trip, no lock held past it); nothing when the message was deleted
   * with its subscription meanwhile.
   */
  async recordSuccess(message: ClaimedMessage, a: AttemptRecord): Promise<void> {
    await this.pool.query(
      `WITH m AS (
         UPDATE webhook_messages SET status = 'succeeded', attempts = attempts + 1, round_attempts = round_attempts + 1,
                last_attempt_at = $2, succeeded_at = $2, lease_until = NULL
          WHERE id = $1 RETURNING id, subscription_id),
       attempt AS (
         INSERT INTO webhook_attempts (message_id, attempted_at, status_code, latency_ms, response_body, error, succeeded)
         SELECT m.id, $2, $3, $4, $5, NULL, true FROM m),
       subscription AS (
         UPDATE webhook_subscriptions s SET failing_since = NULL FROM m WHERE s.id = m.subscription_id AND s.failing_since IS NOT NULL)
       ${UPSERT_METRIC} SELECT 'succeeded', $6, $7, 1, $4 FROM m ${ON_METRIC_CONFLICT}`,
      [message.id, a.attemptedAt, a.statusCode, Math.round(a.latencyMs), clean(a.responseBody), bucketOf(a.latencyMs), shard()],
    );
  }

  /**
   * Records a failed attempt and what follows: a retry after a delay, giving up on the message, or
   * disabling the subscription (its pending messages are cancelled). Returns the decision, which
   * may have become `disable` because the subscription has been failing for `disableAfterMs`.
   */
  async recordFailure(message: ClaimedMessage, attempt: AttemptRecord, next: AfterFailure, disableAfterMs: number): Promise<AfterFailure> {
    return this.transaction(async (tx) => {
      if (!(await this.lock(tx, message.id))) return { kind: 'gone' };
      const { rows } = await tx.query<{ failing_since: Date }>(
        `UPDATE webhook_subscriptions SET failing_since = coalesce(failing_since, $2) WHERE id = $1 RETURNING failing_since`,
        [message.subscriptionId, attempt.attemptedAt],
      );
      const failingSince = rows[0]?.failing_since;
      let decision = next;
      if (decision.kind !== 'disable' && failingSince && attempt.attemptedAt.getTime() - failingSince.getTime() >= disableAfterMs) {
        decision = { kind: 'disable', reason: `every delivery has failed since ${failingSince.toISOString()}` };
      }
      const status: MessageStatus = decision.kind === 'retry' ? 'pending' : 'failed';
      await tx.query(
        `UPDATE webhook_messages SET status = $2, attempts = attempts + 1, round_attempts = round_attempts + 1, last_attempt_at = $3,
                next_attempt_at = $3::timestamptz + $4 * interval '1 millisecond', enqueued_at = CASE WHEN $2 = 'pending' THEN now() END,
                lease_until = NULL
          WHERE id = $1`,
        [message.id, status, attempt.attemptedAt, decision.kind === 'retry' ? decision.delayMs : 0],
      );
      if (decision.kind === 'disable') {
        await tx.query(
          `UPDATE webhook_subscriptions SET enabled = false, disabled_at = now(), disabled_reason = $2 WHERE id = $1 AND enabled`,
          [message.subscriptionId, decision.reason],
        );
        await tx.query(
          `UPDATE webhook_messages SET status = 'cancelled', lease_until = NULL WHERE subscription_id = $1 AND status IN ('pending', 'delivering') AND id <> $2`,
          [message.subscriptionId, message.id],
        );
      }
      // Last: the counter row it updates stays locked only until the commit that follows.
      await this.insertAttempt(tx, message.id, attempt);
      return decision;
    });
  }

  /** Queues a message again from the start of the schedule, unless it is queued already or its subscription is disabled. */
  async redeliver(owner: string, id: string): Promise<'requeued' | 'busy' | 'disabled' | undefined> {
    return this.transaction(async (tx) => {
      const { rows } = await tx.query<{ status: MessageStatus; enabled: boolean }>(
        `SELECT m.status, s.enabled FROM webhook_messages m JOIN webhook_subscriptions s ON s.id = m.subscription_id
          WHERE m.id = $2 AND s.owner = $1 FOR UPDATE OF m`,
        [owner, id],
      );
      const found = rows[0];
      if (!found) return undefined;
      if (!found.enabled) return 'disabled';
      if (found.status === 'pending' || found.status === 'delivering') return 'busy';
      await tx.query(
        `UPDATE webhook_messages SET status = 'pending', round_attempts = 0, next_attempt_at = now(), enqueued_at = NULL, lease_until = NULL WHERE id = $1`,
        [id],
      );
      return 'requeued';
    });
  }

  /** The subscription's messages, newest first, each with its attempts. */
  async deliveries(subscriptionId: string, limit: number, before?: { createdAt: string; id: string }): Promise<DeliveryView[]> {
    const { rows } = await this.pool.query<{
      id: string; subscription_id: string; event_type: string; body: string; log_position: string | null; status: MessageStatus;
      next_attempt_at: Date; created_at: Date; succeeded_at: Date | null; attempts: AttemptRow[] | null;
    }>(
      `SELECT m.id, m.subscription_id, m.event_type, m.body, m.log_position, m.status, m.next_attempt_at, m.created_at, m.succeeded_at,
              (SELECT jsonb_agg(jsonb_build_object('attempted_at', a.attempted_at, 'status_code', a.status_code, 'latency_ms', a.latency_ms,
                                                   'response_body', a.response_body, 'error', a.error, 'succeeded', a.succeeded) ORDER BY a.id)
                 FROM webhook_attempts a WHERE a.message_id = m.id) AS attempts
         FROM webhook_messages m
        WHERE m.subscription_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) < ($2::timestamptz, $3::text))
        ORDER BY m.created_at DESC, m.id DESC LIMIT $4`,
      [subscriptionId, before?.createdAt ?? null, before?.id ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      type: r.event_type,
      payload: JSON.parse(r.body),
      position: r.log_position === null ? null : Number(r.log_position),
      status: r.status,
      attempts: (r.attempts ?? []).map((a) => ({
        attemptedAt: new Date(a.attempted_at).toISOString(),
        statusCode: a.status_code,
        latencyMs: a.latency_ms,
        response: a.response_body,
        error: a.error,
        succeeded: a.succeeded,
      })),
      nextAttemptAt: r.status === 'pending' || r.status === 'delivering' ? r.next_attempt_at.toISOString() : null,
      createdAt: r.created_at.toISOString(),
      succeededAt: r.succeeded_at?.toISOString() ?? null,
    }));
  }

  /** Counters and the latency histogram, by outcome. */
  async metrics(): Promise<{ outcome: 'succeeded' | 'failed'; bucketMs: number; count: number; latencyMs: number }[]> {
    const { rows } = await this.pool.query<{ outcome: 'succeeded' | 'failed'; bucket_ms: number; count: string; latency_ms: string }>(
      `SELECT outcome, bucket_ms, sum(count) AS count, sum(latency_ms) AS latency_ms FROM webhook_delivery_metrics GROUP BY outcome, bucket_ms`,
    );
    return rows.map((r) => ({ outcome: r.outcome, bucketMs: r.bucket_ms, count: Number(r.count), latencyMs: Number(r.latency_ms) }));
  }

  /** Locks the message row for the attempt's record; false when it was deleted (with its subscription) meanwhile. */
  private async lock(tx: pg.PoolClient, id: string): Promise<boolean> {
    const { rowCount } = await tx.query('SELECT 1 FROM webhook_messages WHERE id = $1 FOR UPDATE', [id]);
    return rowCount === 1;
  }

  private async insertAttempt(tx: pg.PoolClient, messageId: string, a: AttemptRecord): Promise<void> {
    await tx.query(
      `WITH attempt AS (
         INSERT INTO webhook_attempts (message_id, attempted_at, status_code, latency_ms, response_body, error, succeeded)
         VALUES ($1, $2, $3, $4, $5, $6, $7))
       ${UPSERT_METRIC} VALUES ($8, $9, $10, 1, $4) ${ON_METRIC_CONFLICT}`,
      [messageId, a.attemptedAt, a.statusCode, Math.round(a.latencyMs), clean(a.responseBody), a.error, a.succeeded, a.succeeded ? 'succeeded' : 'failed', bucketOf(a.latencyMs), shard()],
    );
  }

  private async transaction<T>(work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
    const tx = await this.pool.connect();
    try {
      await tx.query('BEGIN');
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      tx.release();
    }
  }
}

interface AttemptRow {
  attempted_at: string;
  status_code: number | null;
  latency_ms: number;
  response_body: string;
  error: string | null;
  succeeded: boolean;
}
