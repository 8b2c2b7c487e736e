import type pg from 'pg';
import { encodeCursor } from '#lib/event-store';

export interface Checkpoint {
  name: string;
  cursor: string;
  maxPosition: number;
  eventsApplied: number;
  lastRecordedAt: Date | null;
  updatedAt: Date;
}

interface CheckpointRow {
  name: string;
  transaction_id: string;
  position: number;
  max_position: number;
  events_applied: number;
  last_recorded_at: Date | null;
  updated_at: Date;
}

const toCheckpoint = (row: CheckpointRow): Checkpoint => ({
  name: row.name,
  cursor: encodeCursor({ transactionId: BigInt(row.transaction_id), position: BigInt(row.position) }),
  maxPosition: row.max_position,
  eventsApplied: row.events_applied,
  lastRecordedAt: row.last_recorded_at,
  updatedAt: row.updated_at,
});

/**
 * A projection's advisory lock, keyed by the checkpoint table as well as the name: runners in
 * schemas of their own (test files, bench runs) share a database but not their projections.
 */
const LOCK_KEY = `'projection_checkpoints'::regclass::oid::int, hashtext($1)`;

/** Checkpoint rows: one per projection (and one per rebuild in progress). */
export class CheckpointRepository {
  /** Takes the projection's lock for this transaction; false when another runner holds it. */
  async tryLock(tx: pg.PoolClient, name: string): Promise<boolean> {
    const { rows } = await tx.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`, [`projection:${name}`]);
    return rows[0].locked;
  }

  /** Waits for the projection's lock (a rebuild's swap waits for the live runner's batch to end). */
  async lock(tx: pg.PoolClient, name: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`, [`projection:${name}`]);
  }

  async read(tx: Pick<pg.PoolClient, 'query'>, name: string): Promise<Checkpoint> {
    await tx.query('INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    const { rows } = await tx.query<CheckpointRow>(
      'SELECT name, transaction_id::text, position, max_position, events_applied, last_recorded_at, updated_at FROM projection_checkpoints WHERE name = $1',
      [name],
    );
    return toCheckpoint(rows[0]);
  }

  async advance(
    tx: pg.PoolClient,
    name: string,
    to: { transactionId: string; position: number; maxPosition: number; applied: number; lastRecordedAt: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE projection_checkpoints
          SET transaction_id = $2::xid8, position = $3, max_position = GREATEST(max_position, $4),
              events_applied = events_applied + $5, last_recorded_at = $6, updated_at = now()
        WHERE name = $1`,
      [name, to.transactionId, to.position, to.maxPosition, to.applied, to.lastRecordedAt],
    );
  }

  /** Copies one checkpoint onto another (a finished rebuild becomes the live one). */
  async copy(tx: pg.PoolClient, from: string, to: string): Promise<void> {
    await tx.query(
      `INSERT INTO projection_checkpoints (name, transaction_id, position, max_position, events_applied, last_recorded_at)
       SELECT $2, transaction_id, position, max_position, events_applied, last_recorded_at FROM projection_checkpoints WHERE name = $1
       ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position,
         max_position = EXCLUDED.max_position, events_applied = EXCLUDED.events_applied,
         last_recorded_at = EXCLUDED.last_recorded_at, updated_at = now()`,
      [from, to],
    );
    await tx.query('DELETE FROM projection_checkpoints WHERE name = $1', [from]);
  }

  async list(pool: Pick<pg.Pool, 'query'>): Promise<Checkpoint[]> {
    const { rows } = await pool.query<CheckpointRow>(
      "SELECT name, transaction_id::text, position, max_position, events_applied, last_recorded_at, updated_at FROM projection_checkpoints WHERE name NOT LIKE '%:rebuild' ORDER BY name",
    );
    return rows.map(toCheckpoint);
  }

  /**
   * Whether every named projection has applied the event at global position `position`: the event
   * is at or before each checkpoint in log order (transaction, position). A position with no event
   * (never drawn, or rolled back) counts as applied once a checkpoint has passed it.
   */
  async applied(pool: Pick<pg.Pool, 'query'>, names: readonly string[], position: number): Promise<boolean> {
    const { rows } = await pool.query<{ ok: boolean }>(
      // A projection with no checkpoint row yet has applied nothing: coalesce, or bool_and would skip its NULL.
      `SELECT bool_and(coalesce(CASE WHEN e.position IS NULL THEN c.max_position >= $2
                                    ELSE (e.transaction_id, e.position) <= (c.transaction_id, c.position) END, false)) AS ok
         FROM unnest($1::text[]) AS n(name)
         LEFT JOIN projection_checkpoints c ON c.name = n.name
         LEFT JOIN events e ON e.position = $2`,
      [names, position],
    );
    return rows[0]?.ok === true;
  }
}
