import type pg from 'pg';
import { createPool, migrate } from '../../../libs/database/src/index.js';
import { PostgresEventStore } from '../../../libs/event-store/src/index.js';
import type { Appender, TargetSetup } from './target.js';

/**
 * One store shared by all writers over a pool of `writers` connections: how one service process
 * uses it, so concurrent appends coalesce into shared transactions (group commit).
 */
export async function openSharedStore(setup: TargetSetup): Promise<Appender> {
  await migrate({ connectionString: setup.databaseUrl, schema: setup.schema });
  const pool = poolOf(setup, setup.writers);
  const store = new PostgresEventStore(pool);
  return {
    async append(_writer, streamId, version, events) {
      await store.append(streamId, events, version);
    },
    close: () => pool.end(),
  };
}

/** A store and a one-connection pool per writer: like separate processes, nothing to coalesce. */
export async function openStorePerWriter(setup: TargetSetup): Promise<Appender> {
  await migrate({ connectionString: setup.databaseUrl, schema: setup.schema });
  const pools = Array.from({ length: setup.writers }, () => poolOf(setup, 1));
  const stores = pools.map((pool) => new PostgresEventStore(pool));
  return {
    async append(writer, streamId, version, events) {
      await stores[writer].append(streamId, events, version);
    },
    async close() {
      await Promise.all(pools.map((pool) => pool.end()));
    },
  };
}

function poolOf(setup: TargetSetup, max: number): pg.Pool {
  const { databaseUrl: connectionString, schema } = setup;
  return createPool({ connectionString, schema, max, applicationName: 'stanceline-bench' });
}
