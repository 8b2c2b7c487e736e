import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { quoteIdent, schemaPool } from '../support/bench-database.js';
import type { Appender, TargetSetup } from './target.js';

/**
 * The peer: Emmett's PostgreSQL event store, sharing one pool of `writers` connections (Emmett has
 * no group commit, so a store per writer would behave the same).
 *
 * Emmett has no schema option and names its tables and functions unqualified, so handing it a pool
 * whose search_path is a schema of its own keeps it apart from ours. But its migrations skip creating
 * a function when one of that name exists in ANY schema (`pg_proc` is checked without the namespace),
 * so a second Emmett schema in one database fails to migrate ("function emt_add_partition(unknown)
 * does not exist"). Hence the suite drops each measurement's schema before the next one starts.
 */
export async function openEmmett(setup: TargetSetup): Promise<Appender> {
  const pool = schemaPool(setup.databaseUrl, setup.schema, setup.writers);
  await pool.query(`CREATE SCHEMA ${quoteIdent(setup.schema)}`);
  const store = getPostgreSQLEventStore(setup.databaseUrl, { connectionOptions: { pool } });
  // Emmett migrates on first use; do it now so the warm-up and the window measure appends only.
  await store.schema.migrate();
  return {
    async append(_writer, streamId, version, events) {
      await store.appendToStream(streamId, [...events], { expectedStreamVersion: BigInt(version) });
    },
    async close() {
      // With an ambient pool, Emmett's close() leaves the pool alone: it is ours to end.
      await store.close();
      await pool.end();
    },
  };
}
