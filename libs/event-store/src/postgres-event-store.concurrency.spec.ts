import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ConcurrencyError } from '#lib/errors';
import { createPool } from '#lib/database';
import { createTestSchema, type TestSchema } from '../../../test/support/database.js';
import type { RecordedEvent } from './event.js';
import { PostgresEventStore } from './postgres-event-store.js';

let db: TestSchema;

beforeAll(async () => {
  db = await createTestSchema();
});
afterAll(() => db.drop());

/** Tails the global log until `done()` says to stop and a final read comes back empty. */
async function tail(store: PostgresEventStore, done: () => boolean, seen: RecordedEvent[], from?: string): Promise<string | undefined> {
  let cursor = from;
  for (;;) {
    const finished = done(); // read the flag before the page, so the last page is read after the writers ended
    const page = await store.readAll(cursor, 500);
    seen.push(...page.events);
    cursor = page.next;
    if (page.events.length === 0) {
      if (finished) return cursor;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

describe('PostgresEventStore under concurrency', () => {
  it('8 writers x 2,000 events over 50 streams, retrying on conflicts: the tailing reader sees every event exactly once, in stream order, with no holes', async () => {
    const WRITERS = 8;
    const EVENTS_PER_WRITER = 2_000;
    const streams = Array.from({ length: 50 }, (_, i) => `conc-${i}-${randomUUID()}`);
    const pools = Array.from({ length: WRITERS }, () => createPool({ connectionString: db.connectionString, schema: db.schema, max: 2 }));
    const reader = new PostgresEventStore(db.pool);
    const written = new Set<string>();
    let conflicts = 0;

    const writer = async (w: number) => {
      // Each writer is its own store with its own connections, as separate processes would be.
      const store = new PostgresEventStore(pools[w]);
      let left = EVENTS_PER_WRITER;
      let i = 0;
      while (left > 0) {
        const stream = streams[(w * 7 + i++ * 13) % streams.length];
        const size = Math.min(left, 1 + (i % 4));
        const events = Array.from({ length: size }, (_, k) => ({ id: randomUUID(), type: 'Tick', data: { w, k } }));
        for (;;) {
          const version = await store.streamVersion(stream);
          try {
            await store.append(stream, events, version === 0 ? 'no-stream' : version);
            break;
          } catch (error) {
            if (!(error instanceof ConcurrencyError)) throw error;
            conflicts++;
          }
        }
        events.forEach((e) => written.add(e.id));
        left -= size;
      }
    };

    let writersDone = false;
    const seen: RecordedEvent[] = [];
    // Stop once every written event was seen (or after a deadline): an empty page alone does not
    // mean the end, since another test file's open transaction can hold the horizon back.
    const deadline = () => Date.now() > finishedAt + 30_000;
    let finishedAt = Number.POSITIVE_INFINITY;
    const reading = tail(reader, () => writersDone && (seen.filter((e) => e.streamId.startsWith('conc-')).length >= written.size || deadline()), seen);
    try {
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    } finally {
      finishedAt = Date.now();
      writersDone = true;
      await reading;
      await Promise.all(pools.map((p) => p.end()));
    }

    expect(written.size).toBe(WRITERS * EVENTS_PER_WRITER);
    expect(conflicts).toBeGreaterThan(0); // the test did exercise optimistic concurrency
    const ours = seen.filter((e) => e.streamId.startsWith('conc-'));
    expect(ours).toHaveLength(written.size);
    expect(new Set(ours.map((e) => e.id))).toEqual(written);

    const versionsByStream = new Map<string, number[]>();
    for (const e of ours) versionsByStream.set(e.streamId, [...(versionsByStream.get(e.streamId) ?? []), e.version]);
    for (const [stream, versions] of versionsByStream) {
      expect({ stream, versions }).toEqual({ stream, versions: versions.map((_, i) => i + 1) });
    }
    const { rows } = await db.pool.query<{ stream_id: string; version: number }>(
      "SELECT stream_id, version FROM streams WHERE stream_id LIKE 'conc-%'",
    );
    for (const row of rows) expect(versionsByStream.get(row.stream_id)?.length).toBe(row.version);
  });

  it('a transaction that commits late is not skipped: the reader waits at it, then delivers it once', async () => {
    const store = new PostgresEventStore(db.pool);
    const start = await tail(store, () => true, []);
    await expect(store.readAll(start, 10)).resolves.toMatchObject({ events: [] });

    const held = new pg.Client({ connectionString: db.connectionString, options: `-c search_path=${db.schema}` });
    await held.connect();
    const lateId = randomUUID();
    try {
      await held.query('BEGIN');
      await held.query('SELECT append_events($1::jsonb)', [
        JSON.stringify([{ s: `late-${randomUUID()}`, x: 'any', e: [{ id: lateId, type: 'Late', data: {}, metadata: {} }] }]),
      ]);
      // Later appends commit while the first transaction stays open; their positions are higher.
      await Promise.all([1, 2, 3].map(() => store.append(`after-${randomUUID()}`, [{ type: 'Later', data: {} }])));
      const { rows } = await db.pool.query('SELECT 1 FROM events WHERE type = $1', ['Later']);
      expect(rows).toHaveLength(3); // committed and visible to plain reads, but not yet to the log reader

      for (let i = 0; i < 3; i++) {
        const page = await store.readAll(start, 10);
        expect(page.events).toEqual([]);
        expect(page.next).toBe(start);
      }
      await held.query('COMMIT');
    } finally {
      await held.end();
    }

    // Once it commits the reader moves on, as soon as no older transaction anywhere on the server
    // (another test file's, say) is still open.
    const seen: RecordedEvent[] = [];
    let cursor: string | undefined = start;
    for (const deadline = Date.now() + 30_000; seen.length < 4 && Date.now() < deadline; ) {
      const page = await store.readAll(cursor, 10);
      seen.push(...page.events);
      cursor = page.next;
      if (page.events.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await store.readAll(cursor, 10)).events).toEqual([]);
    expect(seen.map((e) => e.type)).toEqual(['Late', 'Later', 'Later', 'Later']);
    expect(seen[0].id).toBe(lateId);
    expect(seen[0].position).toBeLessThan(seen[1].position);
  });
});
