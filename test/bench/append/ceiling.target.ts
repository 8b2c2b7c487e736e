import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { quoteIdent, schemaPool } from '../support/bench-database.js';
import type { BenchEvent } from './events.js';
import type { Appender, TargetSetup } from './target.js';

/**
 * The ceiling: one plain INSERT statement per append (autocommit, so one transaction) into a table
 * shaped like our `events` table (columns, keys and indexes copied from the CreateEventStore
 * migration), with no streams table and no version check. Several statement forms are candidates;
 * the suite keeps the fastest.
 */
const EVENTS_TABLE = `
  CREATE TABLE events (
    position       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id xid8        NOT NULL,
    stream_id      text        NOT NULL,
    version        bigint      NOT NULL CHECK (version >= 1),
    event_id       uuid        NOT NULL,
    type           text        NOT NULL,
    data           jsonb       NOT NULL,
    metadata       jsonb       NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_event_id_key UNIQUE (event_id),
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, version)
  );
  CREATE INDEX events_log_order_idx ON events (transaction_id, position);`;

const COLUMNS = 'transaction_id, stream_id, version, event_id, type, data, metadata';

/** One row, VALUES with parameters: the commit floor for single-event appends. */
export async function openSingleRowInsert(setup: TargetSetup): Promise<Appender> {
  return openInsert(setup, (pool, streamId, version, events) => {
    if (events.length !== 1) throw new Error('the single-row ceiling takes one event per append');
    const [event] = events;
    return pool.query(`INSERT INTO events (${COLUMNS}) VALUES (pg_current_xact_id(), $1, $2, $3, $4, $5, $6)`, [
      streamId,
      version + 1,
      randomUUID(),
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
    ]);
  });
}

/** The events as one JSON array parameter, expanded with jsonb_array_elements (as our append does). */
export async function openJsonbInsert(setup: TargetSetup): Promise<Appender> {
  return openInsert(setup, (pool, streamId, version, events) =>
    pool.query(
      `INSERT INTO events (${COLUMNS})
       SELECT pg_current_xact_id(), $1, $2 + e.ord, (e.value->>'id')::uuid, e.value->>'type',
              e.value->'data', e.value->'metadata'
         FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(value, ord)`,
      [streamId, version, JSON.stringify(events.map((event) => ({ id: randomUUID(), ...event })))],
    ),
  );
}

/** One array parameter per column, zipped with unnest. */
export async function openUnnestInsert(setup: TargetSetup): Promise<Appender> {
  return openInsert(setup, (pool, streamId, version, events) =>
    pool.query(
      `INSERT INTO events (${COLUMNS})
       SELECT pg_current_xact_id(), $1, $2 + e.ord, e.id, e.type, e.data, e.metadata
         FROM unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])
              WITH ORDINALITY AS e(id, type, data, metadata, ord)`,
      [
        streamId,
        version,
        events.map(() => randomUUID()),
        events.map((event) => event.type),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => JSON.stringify(event.metadata)),
      ],
    ),
  );
}

type Insert = (pool: pg.Pool, streamId: string, version: number, events: readonly BenchEvent[]) => Promise<unknown>;

async function openInsert(setup: TargetSetup, insert: Insert): Promise<Appender> {
  const pool = schemaPool(setup.databaseUrl, setup.schema, setup.writers);
  await pool.query(`CREATE SCHEMA ${quoteIdent(setup.schema)}`);
  await pool.query(EVENTS_TABLE);
  return {
    async append(_writer, streamId, version, events) {
      await insert(pool, streamId, version, events);
    },
    close: () => pool.end(),
  };
}
