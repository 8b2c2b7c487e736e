import type pg from 'pg';
import type { OwnerId, SubscriptionView } from './subscription.js';

export interface NewSubscription {
  id: string;
  owner: OwnerId;
  url: string;
  topic: string;
  actors: string[] | null;
  questions: string[] | null;
  description: string | null;
  secret: string;
}

interface SubscriptionRow {
  id: string;
  url: string;
  topic: string;
  actors: string[] | null;
  questions: string[] | null;
  description: string | null;
  enabled: boolean;
  disabled_at: Date | null;
  disabled_reason: string | null;
  failing_since: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, url, topic, actors, questions, description, enabled, disabled_at, disabled_reason, failing_since, created_at';

const toView = (r: SubscriptionRow): SubscriptionView => ({
  id: r.id,
  url: r.url,
  topic: r.topic,
  actors: r.actors,
  questions: r.questions,
  description: r.description,
  enabled: r.enabled,
  disabledAt: r.disabled_at?.toISOString() ?? null,
  disabledReason: r.disabled_reason,
  failingSince: r.failing_since?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

/** Subscriptions, always read through their owner: another key's subscription is not found. */
export class SubscriptionsRepository {
  constructor(private readonly pool: pg.Pool) {}

  async create(s: NewSubscription): Promise<SubscriptionView> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      `INSERT INTO webhook_subscriptions (id, owner, url, topic, actors, questions, description, secret)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [s.id, s.owner, s.url, s.topic, s.actors, s.questions, s.description, s.secret],
    );
    return toView(rows[0]);
  }

  async find(owner: OwnerId, id: string): Promise<SubscriptionView | undefined> {
    const { rows } = await this.pool.query<SubscriptionRow>(`SELECT ${COLUMNS} FROM webhook_subscriptions WHERE owner = $1 AND id = $2`, [owner, id]);
    return rows[0] && toView(rows[0]);
  }

  /** Newest first; `before` is the last (created_at, id) of the previous page. */
  async list(owner: OwnerId, limit: number, before?: { createdAt: string; id: string }): Promise<SubscriptionView[]> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      `SELECT ${COLUMNS} FROM webhook_subscriptions
        WHERE owner = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::text))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [owner, before?.createdAt ?? null, before?.id ?? null, limit],
    );
    return rows.map(toView);
  }

  /** Deletes it with its delivery log; false when the owner has no such subscription. */
  async delete(owner: OwnerId, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM webhook_subscriptions WHERE owner = $1 AND id = $2', [owner, id]);
    return rowCount === 1;
  }

  /** The new secret signs from now on; the one it replaces keeps signing until `overlapMs` from now. */
  async rotateSecret(owner: OwnerId, id: string, secret: string, overlapMs: number): Promise<{ previousSecretUntil: string } | undefined> {
    const { rows } = await this.pool.query<{ previous_secret_until: Date }>(
      `UPDATE webhook_subscriptions
          SET previous_secret = secret, previous_secret_until = now() + $4 * interval '1 millisecond', secret = $3
        WHERE owner = $1 AND id = $2 RETURNING previous_secret_until`,
      [owner, id, secret, overlapMs],
    );
    return rows[0] && { previousSecretUntil: rows[0].previous_secret_until.toISOString() };
  }
}
