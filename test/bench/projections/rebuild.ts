import type pg from 'pg';
import { PostgresEventStore, type Queryable, type ReadAllFilter, type ReadAllPage } from '../../../libs/event-store/src/index.js';
import { type ApplyContext, type Projection, rebuildProjection } from '../../../libs/projections/src/index.js';
import type { RecordedEvent } from '../../../libs/event-store/src/index.js';

/** The batch size rebuildProjection uses by default, which `npm run projections:rebuild` keeps. */
export const REBUILD_BATCH = 5_000;

export interface Throughput {
  events: number;
  seconds: number;
  perSecond: number;
}

/** Where a rebuild's time went, in seconds. */
export interface RebuildBreakdown {
  /** In PostgresEventStore.readAll (the page query and turning rows into events). */
  read: number;
  /** In the projection's apply, waiting for its SQL statements. */
  applySql: number;
  /** In the projection's apply otherwise: its own JavaScript (and this process's GC). */
  applyJs: number;
  /** The rest: transactions, locks, checkpoint reads and moves, the swap, dropping the old tables. */
  other: number;
}

export interface RebuildThroughput extends Throughput {
  breakdown: RebuildBreakdown;
}

/** A store whose readAll adds its time to `readMs`; otherwise the store itself. */
class TimedStore extends PostgresEventStore {
  readMs = 0;

  override async readAll(after: string | undefined, limit: number, filter?: ReadAllFilter, client?: Queryable): Promise<ReadAllPage> {
    const started = performance.now();
    try {
      return await super.readAll(after, limit, filter, client);
    } finally {
      this.readMs += performance.now() - started;
    }
  }
}

/** The projection, its apply timed, its statements timed apart (through a client that times query). */
class TimedProjection implements Projection {
  applyMs = 0;
  sqlMs = 0;

  constructor(private readonly inner: Projection) {}

  get name(): string {
    return this.inner.name;
  }

  get tables(): readonly string[] {
    return this.inner.tables;
  }

  async apply(tx: pg.PoolClient, events: readonly RecordedEvent[], context?: ApplyContext): Promise<void> {
    const started = performance.now();
    const timed = new Proxy(tx, {
      get: (target, property) => {
        if (property === 'query') {
          return async (...args: unknown[]) => {
            const sent = performance.now();
            try {
              return await (target.query as (...a: unknown[]) => Promise<unknown>)(...args);
            } finally {
              this.sqlMs += performance.now() - sent;
            }
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    try {
      await this.inner.apply(timed, events, context);
    } finally {
      this.applyMs += performance.now() - started;
    }
  }
}

/**
 * A full rebuild as `npm run projections:rebuild -- <name>` runs it: rebuildProjection with its
 * default batch size, from position 0 into fresh tables, swapped in at the end. Timed around the
 * whole call (scratch schema, batches, swap, dropping the old tables). The store's readAll and the
 * projection's apply are wrapped to say where the time went; the wrappers cost a few timer reads
 * per batch and statement.
 */
export async function timeRebuild(pool: pg.Pool, projection: Projection, log: (line: string) => void): Promise<RebuildThroughput> {
  const store = new TimedStore(pool);
  const timed = new TimedProjection(projection);
  let lastLog = performance.now();
  const started = performance.now();
  const result = await rebuildProjection(pool, store, timed, {
    log: (line) => {
      if (performance.now() - lastLog < 15_000) return;
      lastLog = performance.now();
      const s = (ms: number) => (ms / 1000).toFixed(0);
      log(
        `projections: ${line} (${s(performance.now() - started)} s: read ${s(store.readMs)} s, apply SQL ${s(timed.sqlMs)} s, ` +
          `apply JS ${s(timed.applyMs - timed.sqlMs)} s)`,
      );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const read = store.readMs / 1000;
  const applySql = timed.sqlMs / 1000;
  const applyJs = (timed.applyMs - timed.sqlMs) / 1000;
  return {
    events: result.events,
    seconds,
    perSecond: result.events / seconds,
    breakdown: { read, applySql, applyJs, other: seconds - read - applySql - applyJs },
  };
}

/**
 * The baseline: the raw gap-safe read of the same log, PostgresEventStore.readAll pages of the
 * rebuild's batch size from the start until a page comes back empty: what a rebuild costs before
 * it applies anything.
 */
export async function timeRead(pool: pg.Pool): Promise<Throughput> {
  const store = new PostgresEventStore(pool);
  const started = performance.now();
  let events = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await store.readAll(cursor, REBUILD_BATCH);
    if (page.events.length === 0) break;
    events += page.events.length;
    cursor = page.next;
  }
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, perSecond: events / seconds };
}
