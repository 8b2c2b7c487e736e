import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { quoteIdent } from '#lib/database';
import { type NewEvent, PostgresEventStore } from '#lib/event-store';
import { type Projection, ProjectionRunner, type RunOptions, RunMemory, rebuildProjection } from '#lib/projections';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { catchUpToHead } from '../../../../test/support/projections.js';
import type { NewsEventData } from './news-event-operations.js';
import { type StanceChangeRecord, StanceProjection } from './stance.projection.js';

// A rebuild keeps each key's signals and intervals in memory from batch to batch instead of reading
// them back. Whatever it remembers wrong shows here: a log with many events per key, corrected and
// retracted across batch boundaries, rebuilt in small batches, must give the incremental tables row
// for row, and announce the same changes.

let db: TestSchema;
let store: PostgresEventStore;
const TOPIC = 'memory-test';
const KEYS = [
  ['a', 'q1'],
  ['a', 'q2'],
  ['b', 'q1'],
  ['c', 'q3'],
] as const;
const DATES = ['2001-01-01', '2001-06-01', '2002-01-01', '2002-01-01', '2003-03-03', '2004-07-01', '2005-01-01'];
const POSITIONS = ['p1', 'p2', 'p3'];
const CONFIDENCES = [0.55, 0.7, 0.85];

/** mulberry32: the log is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** A news event with 0 to 2 stances (sometimes two on one key, sometimes on two keys), dated by day, month or year. */
function newsEvent(id: string, articleId: string): NewsEventData {
  const day = pick(DATES);
  const precision = rng();
  const dates =
    precision < 0.7
      ? { date: day, earliest: day, latest: day }
      : precision < 0.9
        ? { date: day.slice(0, 7), earliest: `${day.slice(0, 7)}-01`, latest: `${day.slice(0, 7)}-28` }
        : { date: day.slice(0, 4), earliest: `${day.slice(0, 4)}-01-01`, latest: `${day.slice(0, 4)}-12-31` };
  const count = rng() < 0.1 ? 0 : rng() < 0.8 ? 1 : 2;
  const stances = Array.from({ length: count }, () => {
    const [actor, question] = pick(KEYS);
    return { actor, question, position: pick(POSITIONS), ...(rng() < 0.3 ? { evidence: { quote: `"${actor} on ${question}" (${id.slice(0, 8)})` } } : {}) };
  });
  return {
    id, articleId, topic: TOPIC, type: 'statement', ...dates, context: [], actors: stances.map((s) => s.actor),
    summary: `event ${id.slice(0, 8)}`, stances, confidence: pick(CONFIDENCES),
  };
}

/** Reports, corrections (of events reported or corrected before) and retractions, interleaved; about 60 events a key. */
async function writeLog(): Promise<void> {
  const reported: { id: string; articleId: string }[] = [];
  const metadata = { correlationId: 'memory-test' };
  for (let i = 0; i < 300; i++) {
    const roll = rng();
    let append: { streamId: string; events: NewEvent[] };
    if (reported.length > 5 && roll < 0.15) {
      const { id, articleId } = pick(reported);
      append = { streamId: `article-${articleId}`, events: [{ type: 'NewsEventCorrected', data: { articleId, eventId: id, event: newsEvent(id, articleId) }, metadata }] };
    } else if (reported.length > 5 && roll < 0.25) {
      // sometimes an event already retracted: it withdraws nothing
      const { id, articleId } = pick(reported);
      append = { streamId: `article-${articleId}`, events: [{ type: 'NewsEventRetracted', data: { articleId, eventId: id, reason: 'test' }, metadata }] };
    } else {
      const articleId = randomUUID();
      const ids = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => randomUUID());
      const events: NewEvent[] = ids.map((id) => ({ type: 'NewsEventReported', data: newsEvent(id, articleId), metadata }));
      // now and then an article reports an event and corrects it in the same append
      if (rng() < 0.1) events.push({ type: 'NewsEventCorrected', data: { articleId, eventId: ids[0], event: newsEvent(ids[0], articleId) }, metadata });
      reported.push(...ids.map((id) => ({ id, articleId })));
      append = { streamId: `article-${articleId}`, events };
    }
    await store.appendAll([append]);
  }
}

// Read models compared row for row, without surrogate ids.
const snapshot = async (schema: string) => ({
  intervals: (
    await db.pool.query(`SELECT topic, actor, question, position, since, earliest, latest, valid_from, valid_to, evidence,
      known_from_position, known_from_time, known_to_position, known_to_time FROM ${quoteIdent(schema)}.stance_intervals ORDER BY 1, 2, 3, 8, 11`)
  ).rows,
  signals: (await db.pool.query(`SELECT * FROM ${quoteIdent(schema)}.stance_signals ORDER BY event_id, signal_index, recorded_position`)).rows,
});

/** A projection that records the changes it announces. */
const recording = () => {
  const changes: StanceChangeRecord[] = [];
  const projection = new StanceProjection({ changes: { write: async (_tx, batch) => void changes.push(...batch) }, today: () => '2004-01-01' });
  return { projection, changes };
};

/** Fresh, empty stance tables in a schema of their own that shadow the live ones, and a client that sees them. */
async function scratch(name: string): Promise<{ client: pg.Client; schema: string }> {
  const schema = `${db.schema}_${name}`;
  await db.pool.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
  for (const table of ['projection_checkpoints', 'stance_signals', 'stance_intervals']) {
    await db.pool.query(`CREATE TABLE ${quoteIdent(schema)}.${table} (LIKE ${quoteIdent(db.schema)}.${table} INCLUDING ALL)`);
  }
  const client = new pg.Client({ connectionString: db.connectionString, options: `-c search_path=${quoteIdent(schema)},${quoteIdent(db.schema)}` });
  await client.connect();
  return { client, schema };
}

/**
 * Catches up to the log's head as it is now, under a checkpoint (and so a lock) of this file's own:
 * other test files run projections named 'stances' meanwhile. Repeats while another file's open
 * transaction holds the gap-safe read back.
 */
function catchUp(projection: Projection, checkpoint: string, options: RunOptions = {}): Promise<void> {
  return catchUpToHead(new ProjectionRunner(db.pool, store), store, db.pool, projection, { ...options, checkpoint, waitForLock: true });
}

let incremental: Awaited<ReturnType<typeof snapshot>>;
let announced: StanceChangeRecord[];

beforeAll(async () => {
  db = await createTestSchema();
  store = new PostgresEventStore(db.pool);
  await writeLog();
  // Incremental: one event per batch, every key's state read back from the tables each time.
  const { projection, changes } = recording();
  await catchUp(projection, 'memory-spec:incremental', { batchSize: 1 });
  incremental = await snapshot(db.schema);
  announced = changes;
});
afterAll(() => db.drop());

describe('StanceProjection with memory', () => {
  it('has a log that exercises it: many signals a key, rows closed, signals withdrawn, changes announced', () => {
    expect(incremental.signals.length).toBeGreaterThan(200);
    expect(incremental.signals.filter((s) => s.withdrawn_position !== null).length).toBeGreaterThan(30);
    expect(incremental.intervals.filter((r) => r.known_to_position !== null).length).toBeGreaterThan(100);
    expect(announced.length).toBeGreaterThan(50);
  });

  it.each([3, 5, 7])('rebuilt in batches of %i, gives the incremental tables row for row', async (batchSize) => {
    const rebuilt = await rebuildProjection(db.pool, store, new StanceProjection(), { batchSize });
    expect(rebuilt.events).toBeGreaterThan(300);
    const after = await snapshot(db.schema);
    expect({ intervals: after.intervals.length, signals: after.signals.length }).toEqual({
      intervals: incremental.intervals.length, signals: incremental.signals.length,
    });
    expect(after).toEqual(incremental);
  });

  it.each([
    ['writing as it goes', false],
    ['holding rows back, written out halfway, then writing as it goes', true],
  ])('with memory, %s, announces the same changes as the incremental run and gives its tables', async (_, holdBack) => {
    const { client, schema } = await scratch(holdBack ? 'held' : 'announced');
    try {
      const { projection, changes } = recording();
      const memory = new RunMemory({ holdBack });
      const pinned = client as unknown as pg.PoolClient;
      const options = { client: pinned, batchSize: 4, context: { memory } };
      const runner = new ProjectionRunner(db.pool, store);
      for (let i = 0; i < 60; i++) await runner.runBatch(projection, { ...options, checkpoint: 'memory-spec:memory', waitForLock: true });
      expect(memory.holdsRows).toBe(holdBack);
      await pinned.query('BEGIN');
      await memory.writeOut(pinned);
      await pinned.query('COMMIT');
      // the rows written out are closed by key from here on
      await catchUp(projection, 'memory-spec:memory', options);
      expect(changes).toEqual(announced);
      expect(await snapshot(schema)).toEqual(incremental);
    } finally {
      await client.end();
      await db.pool.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    }
  });

  it('taking over tables that already hold rows, reads back the keys it has not seen and holds nothing back', async () => {
    const { client, schema } = await scratch('takeover');
    try {
      const runner = new ProjectionRunner(db.pool, store);
      const options = { client: client as unknown as pg.PoolClient, batchSize: 6, checkpoint: 'memory-spec:takeover' };
      for (let i = 0; i < 20; i++) await runner.runBatch(new StanceProjection(), { ...options, waitForLock: true });
      const memory = new RunMemory({ holdBack: true });
      await catchUp(new StanceProjection(), options.checkpoint, { ...options, context: { memory } });
      expect(memory.holdsRows).toBe(false);
      expect(await snapshot(schema)).toEqual(incremental);
    } finally {
      await client.end();
      await db.pool.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    }
  });
});
