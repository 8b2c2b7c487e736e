import type pg from 'pg';
import { quoteIdent } from '#lib/database';
import { decodeCursor, type PostgresEventStore } from '#lib/event-store';
import { CheckpointRepository } from './checkpoint.repository.js';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';

export interface RebuildOptions {
  /** Events per transaction while rebuilding. */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface RebuildResult {
  events: number;
  seconds: number;
}

/**
 * Rebuilds a projection from position 0 into fresh copies of its tables, in a schema of its own,
 * while the live tables keep answering. Then, holding the projection's lock (the live runner waits
 * for its current batch to end), it applies what arrived meanwhile, swaps the fresh tables in under
 * the live names (indexes keep their names), carries over the checkpoint and drops the old tables.
 * Readers see the old tables until that one transaction commits, the new ones after.
 */
export async function rebuildProjection(
  pool: pg.Pool,
  store: PostgresEventStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const checkpoints = new CheckpointRepository();
  const runner = new ProjectionRunner(pool, store);
  const client = await pool.connect();
  const live = (await client.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0].schema;
  const scratch = `rebuild_${projection.name.replace(/\W/g, '_')}_${Date.now()}`;
  const checkpoint = `${projection.name}:rebuild`;
  try {
    await client.query(`CREATE SCHEMA ${quoteIdent(scratch)}`);
    for (const table of projection.tables) {
      await client.query(`CREATE TABLE ${quoteIdent(scratch)}.${quoteIdent(table)} (LIKE ${quoteIdent(live)}.${quoteIdent(table)} INCLUDING ALL)`);
    }
    // The fresh tables shadow the live ones for this connection; the log and checkpoints are read from the live schema.
    await client.query(`SET search_path TO ${quoteIdent(scratch)}, ${quoteIdent(live)}`);
    await client.query('DELETE FROM projection_checkpoints WHERE name = $1', [checkpoint]);
    let events = 0;
    for (;;) {
      // The live projection announces everything it applies meanwhile; the rebuild announces nothing.
      const applied = await runner.runBatch(projection, { client, checkpoint, batchSize: options.batchSize ?? 5_000, context: { replaying: () => true } });
      if (!applied) break;
      events += applied;
      log(`${projection.name}: ${events} events rebuilt`);
    }

    await client.query('BEGIN');
    await checkpoints.lock(client, projection.name);
    // What the live projection has not applied yet it never will (its checkpoint is replaced): the
    // rebuild announces those events, and only those.
    const liveCheckpoint = await checkpoints.read(client, projection.name);
    const liveAt = decodeCursor(liveCheckpoint.cursor);
    const replaying = (e: { transactionId: string; position: number }) => {
      const xid = BigInt(e.transactionId);
      return xid < liveAt.transactionId || (xid === liveAt.transactionId && BigInt(e.position) <= liveAt.position);
    };
    for (let applied = -1; applied !== 0; ) {
      applied = await runner.applyNext(client, projection, checkpoint, options.batchSize ?? 5_000, { replaying });
      events += applied;
    }
    for (const table of projection.tables) await swap(client, live, scratch, table);
    await client.query(`SET LOCAL search_path TO ${quoteIdent(live)}`);
    await checkpoints.copy(client, checkpoint, projection.name);
    await client.query('COMMIT');
    log(`${projection.name}: swapped in after ${events} events`);
    return { events, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(scratch)} CASCADE`).catch(() => {});
    await client.query('RESET search_path').catch(() => {});
    client.release();
  }
}

/** Moves `scratch.table` in place of `live.table`, giving its indexes and constraints the live names. */
async function swap(tx: pg.PoolClient, live: string, scratch: string, table: string): Promise<void> {
  const names = async (schema: string) =>
    (
      await tx.query<{ name: string; definition: string; constraint_name: string | null }>(
        `SELECT i.relname AS name, regexp_replace(pg_get_indexdef(i.oid), '^.* USING ', '') AS definition, c.conname AS constraint_name
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_constraint c ON c.conindid = i.oid
          WHERE n.nspname = $1 AND t.relname = $2`,
        [schema, table],
      )
    ).rows;
  const old = await names(live);
  const fresh = await names(scratch);
  await tx.query(`DROP TABLE ${quoteIdent(live)}.${quoteIdent(table)}`);
  await tx.query(`ALTER TABLE ${quoteIdent(scratch)}.${quoteIdent(table)} SET SCHEMA ${quoteIdent(live)}`);
  for (const index of fresh) {
    const match = old.find((o) => o.definition === index.definition);
    if (!match || match.name === index.name) continue;
    if (index.constraint_name) {
      await tx.query(`ALTER TABLE ${quoteIdent(live)}.${quoteIdent(table)} RENAME CONSTRAINT ${quoteIdent(index.constraint_name)} TO ${quoteIdent(match.constraint_name ?? match.name)}`);
    } else {
      await tx.query(`ALTER INDEX ${quoteIdent(live)}.${quoteIdent(index.name)} RENAME TO ${quoteIdent(match.name)}`);
    }
  }
}
