import type pg from 'pg';

/** Round trip to PostgreSQL; rejects when it is unreachable. */
export async function pingDatabase(pool: pg.Pool): Promise<void> {
  await pool.query('SELECT 1');
}
