import type pg from 'pg';

/** A message to write for every enabled subscription of `topic` whose filters match (actor, question). */
export interface OutboxEntry {
  topic: string;
  actor: string;
  question: string;
  type: string;
  body: string;
  position: number;
  /** The change it reports: the same change written again (a replay) makes no second message. */
  dedupKey: string;
}

/** Writes the outbox inside the caller's transaction (the stance projection's). */
export class OutboxRepository {
  /** One message per matching enabled subscription; returns how many. */
  async write(tx: pg.PoolClient, entries: readonly OutboxEntry[]): Promise<number> {
    const { rowCount } = await tx.query(
      `INSERT INTO webhook_messages (id, subscription_id, event_type, body, log_position, dedup_key)
       SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), s.id, e.type, e.body, e.position, e.dedup_key
         FROM jsonb_to_recordset($1::jsonb) AS e(topic text, actor text, question text, type text, body text, position bigint, dedup_key text, ord bigint)
         JOIN webhook_subscriptions s ON s.topic = e.topic AND s.enabled
              AND (s.actors IS NULL OR e.actor = ANY (s.actors)) AND (s.questions IS NULL OR e.question = ANY (s.questions))
        ORDER BY e.ord, s.id
       ON CONFLICT (subscription_id, dedup_key) DO NOTHING`,
      [JSON.stringify(entries.map(({ dedupKey, ...e }, ord) => ({ ...e, dedup_key: dedupKey, ord })))],
    );
    return rowCount ?? 0;
  }
}
