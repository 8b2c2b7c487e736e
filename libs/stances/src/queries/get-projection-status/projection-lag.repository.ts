import type pg from 'pg';
import type { LogPosition } from '#lib/event-store';

export interface LogBehind {
  /** Events in the log after the cursor. */
  events: number;
  /** When the first of them was recorded; null when there is none. */
  firstRecordedAt: Date | null;
}

/** How far the log runs past given cursors, counted in PostgreSQL on the log-order index. */
export class ProjectionLagRepository {
  constructor(private readonly pool: Pick<pg.Pool, 'query'>) {}

  /** For each cursor, in order, what the log holds after it. */
  async behind(cursors: readonly LogPosition[]): Promise<LogBehind[]> {
    if (cursors.length === 0) return [];
    const { rows } = await this.pool.query<{ events: number; first_recorded_at: Date | null }>(
      `SELECT (SELECT count(*) FROM events e WHERE (e.transaction_id, e.position) > (c.transaction_id, c.position)) AS events,
              (SELECT e.recorded_at FROM events e WHERE (e.transaction_id, e.position) > (c.transaction_id, c.position)
                ORDER BY e.transaction_id, e.position LIMIT 1) AS first_recorded_at
         FROM unnest($1::xid8[], $2::bigint[]) WITH ORDINALITY AS c(transaction_id, position, n)
        ORDER BY c.n`,
      [cursors.map((c) => c.transactionId.toString()), cursors.map((c) => c.position.toString())],
    );
    return rows.map((row) => ({ events: row.events, firstRecordedAt: row.first_recorded_at }));
  }
}
