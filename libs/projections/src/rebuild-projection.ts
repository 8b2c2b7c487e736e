import type pg from 'pg';
import { quoteIdent } from '#lib/database';
import { decodeCursor, type PostgresEventStore } from '#lib/event-store';
import { CheckpointRepository } from './checkpoint.repository.js';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { RunMemory } from './run-memory.js';

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
 * Rebuilds a projection from position 0 into fresh copies of its tables, in a schema of their own,
 * while the live tables keep answering. The projection gets a RunMemory: it may keep its state from
 * batch to batch and hold rows back, written out (and the tables indexed) once the bulk is done.
 * Then, holding the projection's lock (the live runner waits for its current batch to end), it
 * applies what arrived meanwhile, swaps the fresh tables in under the live names (indexes keep
 * their names), carries over the checkpoint and drops the old tables. Readers see the old tables
 * until that one transaction commits, the new ones after.
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
    // Without indexes until the projection reads them (see below): one sort at the end costs far less than index upkeep row by row.
    for (const table of projection.tables) {
      await client.query(`CREATE TABLE ${quoteIdent(scratch)}.${quoteIdent(table)} (LIKE ${quoteIdent(live)}.${quoteIdent(table)} INCLUDING ALL EXCLUDING INDEXES)`);
    }
    let indexed = false;
    const addIndexes = async () => {
      for (const table of projection.tables) await copyIndexes(client, live, scratch, table);
      indexed = true;
    };
    // The fresh tables shadow the live ones for this connection; the log and checkpoints are read from the live schema.
    await client.query(`SET search_path TO ${quoteIdent(scratch)}, ${quoteIdent(live)}`);
    await client.query('DELETE FROM projection_checkpoints WHERE name = $1', [checkpoint]);
    let events = 0;
    // Nothing else writes the scratch tables and nobody reads them yet: the projection may keep what
    // it knows of them in memory, and hold back the rows that may still change.
    const memory = new RunMemory({ holdBack: true });
    for (;;) {
      // The live projection announces everything it applies meanwhile; the rebuild announces nothing.
      const applied = await runner.runBatch(projection, { client, checkpoint, batchSize: options.batchSize ?? 5_000, context: { replaying: () => true, memory } });
      if (!applied) break;
      events += applied;
      // A projection that holds rows back only appends until writeOut; any other reads its tables.
      if (!indexed && !memory.holdsRows) await addIndexes();
      log(`${projection.name}: ${events} events rebuilt`);
    }
    await client.query('BEGIN');
    await memory.writeOut(client);
    if (!indexed) await addIndexes();
    await client.query('COMMIT');

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
      applied = await runner.applyNext(client, projection, checkpoint, options.batchSize ?? 5_000, { replaying, memory });
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

/** Gives `scratch.table` the indexes and index-backed constraints of `live.table`, under the same names. */
async function copyIndexes(tx: pg.PoolClient, live: string, scratch: string, table: string): Promise<void> {
  const { rows } = await tx.query<{ name: string; is_unique: boolean; method: string; constraint_name: string | null; constraint_definition: string | null }>(
    `SELECT i.relname AS name, x.indisunique AS is_unique, regexp_replace(pg_get_indexdef(i.oid), '^.* USING ', '') AS method,
            c.conname AS constraint_name, pg_get_constraintdef(c.oid) AS constraint_definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_constraint c ON c.conindid = i.oid AND c.conrelid = t.oid
      WHERE n.nspname = $1 AND t.relname = $2`,
    [live, table],
  );
  const target = `${quoteIdent(scratch)}.${quoteIdent(table)}`;
  for (const index of rows) {
    if (index.constraint_name) {
      await tx.query(`ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(index.constraint_name)} ${index.constraint_definition}`);
    } else {
      await tx.query(`CREATE ${index.is_unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(index.name)} ON ${target} USING ${index.method}`);
    }
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
