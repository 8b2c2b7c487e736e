import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import pg from 'pg';
import { ArticleRepository, IngestArticle, type IngestArticleInput, SystemClock } from '#lib/articles';
import { CodebookRegistry, loadCodebooks } from '#lib/codebook';
import { createPool, migrate, quoteIdent } from '#lib/database';
import { MAX_READ_LIMIT, PostgresEventStore } from '#lib/event-store';
import { ProjectionNudger, ProjectionRunner } from '#lib/projections';
import { QUEUES } from '#lib/queue';
import { StanceProjection, WorldEventsProjection } from '#lib/stances';
import { IngestArticleHandler } from '../../libs/articles/src/commands/ingest-article/ingest-article.handler.js';
import { type E2eDatabase, e2eDatabase } from '../support/e2e-database.js';
import { corpusArticles, seedArticle } from '../support/fixtures.js';
import { type AppProcess, startProcess } from '../support/process.js';
import { type RedisServer, redisServer } from '../support/redis-server.js';

// Reliability of the projection workers, as processes (npm test builds first) over real PostgreSQL
// and Redis: SIGKILLs mid-batch, two workers at once, a Redis restart. Each test has a database and
// a redis-server of its own (a shared Redis would let other test files' workers take our jobs).
// Articles are ingested by this process, as the API would: the append nudges the workers through
// BullMQ, and the workers' 2 s schedule is the safety net.

const PROJECTIONS = ['stances', 'world-events'];
const READ_MODEL_TABLES = ['stance_signals', 'stance_intervals', 'world_events'];
const UNIQUE_VIOLATION = /duplicate key value|violates unique constraint|23505/;

/** The kill points are seeded (the seed is in the describe name): RELIABILITY_SEED=<seed> repeats them. */
const SEED = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
let state = SEED;
const random = () => {
  state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
  return state / 2 ** 32;
};
const between = (min: number, max: number) => Math.round(min + random() * (max - min));

const FIXTURES = [seedArticle(), ...corpusArticles().map((c) => c.article)];

/** The n-th distinct article: a fixture under another url, with one more sentence (a text of its own). */
function variant(n: number): IngestArticleInput {
  const article = FIXTURES[n % FIXTURES.length];
  const copy = Math.floor(n / FIXTURES.length);
  const url = new URL(article.url);
  url.searchParams.set('copy', String(copy));
  const tag = [...copy.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
  return { ...article, url: url.toString(), text: `${article.text}\n\nThis syndicated copy was filed by the archive desk as item q${tag}x.\n` };
}

interface Harness {
  name: string;
  db: E2eDatabase;
  pool: pg.Pool;
  redis: RedisServer;
  /** The queue the nudges go to, as the API's. */
  queue: Queue;
  /** Ingests with a nudge after each append, as the API does. */
  ingest: IngestArticleHandler;
  /** Ingests without a nudge: an append whose nudge was lost. */
  ingestUnnudged: IngestArticleHandler;
  workers: AppProcess[];
  next: number;
}

const harnesses: Harness[] = [];

afterAll(async () => {
  for (const h of harnesses) {
    for (const worker of h.workers) if (alive(worker)) worker.child.kill('SIGKILL');
    await Promise.all(h.workers.map((worker) => worker.exited));
    if (h.queue) await bounded(h.queue.close(), 5_000);
    await h.redis.kill();
    if (h.pool) await bounded(h.pool.end(), 5_000);
    await h.db.drop();
  }
}, 60_000);

async function harness(name: string): Promise<Harness> {
  const db = e2eDatabase(`rel_${name}`);
  const redis = await redisServer();
  const h: Harness = { name, db, redis, workers: [], next: 0 } as unknown as Harness;
  harnesses.push(h);
  await migrate({ connectionString: db.url }); // creates the database
  h.pool = createPool({ connectionString: db.url, applicationName: 'reliability-test', max: 6 });
  h.pool.on('error', () => {});
  await redis.start();
  // As the API's queue (QueueModule): commands wait for Redis rather than fail.
  h.queue = new Queue(QUEUES.projections, { connection: { url: redis.url, maxRetriesPerRequest: null } });
  h.queue.on('error', () => {}); // Redis goes away on purpose in one test
  const nudger = new ProjectionNudger(h.queue);
  const codebooks = new CodebookRegistry(loadCodebooks());
  const store = new PostgresEventStore(h.pool);
  store.addAppendListener(() => nudger.nudge());
  h.ingest = new IngestArticleHandler(new ArticleRepository(store), codebooks, new SystemClock());
  h.ingestUnnudged = new IngestArticleHandler(new ArticleRepository(new PostgresEventStore(h.pool)), codebooks, new SystemClock());
  return h;
}

function startWorker(h: Harness): AppProcess {
  const worker = startProcess('worker', { DATABASE_URL: h.db.url, REDIS_URL: h.redis.url });
  h.workers.push(worker);
  return worker;
}

const started = (worker: AppProcess) => worker.waitForOutput(/workers started/, 20_000);

async function ingestArticles(h: Harness, count: number, handler = h.ingest): Promise<void> {
  for (let i = 0; i < count; i++) {
    const result = await handler.execute(new IngestArticle(variant(h.next++)));
    expect(result.duplicate).toBe(false);
  }
}

/** Articles keep arriving on `lanes` concurrent writers (so commits interleave) until stopped. */
function articleFeed(h: Harness, lanes = 2, pauseMs = 250) {
  let stopped = false;
  let articles = 0;
  const lane = async () => {
    while (!stopped) {
      const result = await h.ingest.execute(new IngestArticle(variant(h.next++)));
      if (result.duplicate) throw new Error(`article ${result.id} was taken for a duplicate`);
      articles++;
      await sleep(pauseMs);
    }
  };
  const running = Array.from({ length: lanes }, () => lane().then(() => undefined, (error: Error) => error));
  return {
    articles: () => articles,
    async stop() {
      stopped = true;
      for (const error of await Promise.all(running)) if (error) throw error;
    },
  };
}

async function logSize(h: Harness): Promise<number> {
  return (await h.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;
}

/** Whether a worker is inside a projection transaction now (it holds the projection's advisory lock). */
async function workerMidBatch(h: Harness): Promise<boolean> {
  const { rows } = await h.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database() AND a.application_name = 'stanceline'`,
  );
  return rows[0].n > 0;
}

/** Whether every checkpoint stands on the last event of the log (in log order: transaction, position). */
async function caughtUp(h: Harness): Promise<boolean> {
  const { rows } = await h.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n
       FROM projection_checkpoints c,
            (SELECT transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1) head
      WHERE c.name = ANY($1) AND (c.transaction_id, c.position) = (head.transaction_id, head.position)`,
    [PROJECTIONS],
  );
  return rows[0].n === PROJECTIONS.length;
}

/** Waits (bounded) until the projections have applied the whole log; returns how long it took. */
async function waitCaughtUp(h: Harness, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (!(await caughtUp(h))) {
    if (Date.now() - start > timeoutMs) {
      const { rows } = await h.pool.query('SELECT name, position, events_applied FROM projection_checkpoints ORDER BY name');
      throw new Error(
        `projections did not reach the head of the log (${await logSize(h)} events) within ${timeoutMs} ms: ${JSON.stringify(rows)}\n` +
          h.workers.map((w, i) => `--- worker ${i} (exit ${w.child.exitCode ?? w.child.signalCode}):\n${w.output().slice(-3000)}`).join('\n'),
      );
    }
    await sleep(50);
  }
  return Date.now() - start;
}

type ReadModels = Record<string, Record<string, unknown>[]>;

/** The read models of a schema, row for row (stance_intervals without its surrogate id), in a total order. */
async function readModels(pool: pg.Pool, schema: string): Promise<ReadModels> {
  const s = quoteIdent(schema);
  const rows = async (sql: string) => (await pool.query(sql)).rows;
  return {
    stance_signals: await rows(`SELECT * FROM ${s}.stance_signals ORDER BY event_id, signal_index, recorded_position`),
    stance_intervals: await rows(
      `SELECT topic, actor, question, position, since, earliest, latest, valid_from, valid_to, evidence,
              known_from_position, known_from_time, known_to_position, known_to_time
         FROM ${s}.stance_intervals
        ORDER BY topic, actor, question, valid_from, known_from_position, known_to_position NULLS LAST, position, evidence::text`,
    ),
    world_events: await rows(`SELECT * FROM ${s}.world_events ORDER BY event_id, known_from_position`),
  };
}

/**
 * A clean rebuild of the same log: fresh projection tables (and checkpoints) in a schema of their
 * own, which shadow the live ones on a connection whose search_path falls back to the live schema
 * for the events. One batch per projection, from position 0.
 */
async function cleanRebuild(h: Harness): Promise<{ models: ReadModels; applied: Record<string, number> }> {
  const schema = `clean_${randomBytes(4).toString('hex')}`;
  await h.pool.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
  for (const table of ['projection_checkpoints', ...READ_MODEL_TABLES]) {
    await h.pool.query(`CREATE TABLE ${quoteIdent(schema)}.${quoteIdent(table)} (LIKE public.${quoteIdent(table)} INCLUDING ALL)`);
  }
  const pool = new pg.Pool({ connectionString: h.db.url, max: 1, options: `-c search_path=${quoteIdent(schema)},public` });
  try {
    const runner = new ProjectionRunner(pool, new PostgresEventStore(pool));
    const applied: Record<string, number> = {};
    for (const projection of [new StanceProjection(), new WorldEventsProjection()]) {
      applied[projection.name] = await runner.catchUp(projection, { batchSize: MAX_READ_LIMIT, waitForLock: true });
    }
    return { models: await readModels(h.pool, schema), applied };
  } finally {
    await pool.end();
  }
}

/** Rows only one side has (as JSON), the first few of each table: a readable diff when they differ. */
function difference(live: ReadModels, clean: ReadModels) {
  const diff: Record<string, { onlyLive: string[]; onlyClean: string[] }> = {};
  for (const table of READ_MODEL_TABLES) {
    const a = live[table].map((row) => JSON.stringify(row));
    const b = clean[table].map((row) => JSON.stringify(row));
    const onlyLive = a.filter((row) => !b.includes(row)).slice(0, 3);
    const onlyClean = b.filter((row) => !a.includes(row)).slice(0, 3);
    if (onlyLive.length || onlyClean.length) diff[table] = { onlyLive, onlyClean };
  }
  return diff;
}

/**
 * Every event applied exactly once: both checkpoints count as many events as the log holds, the
 * read models equal a clean rebuild row for row, and no apply job failed (a double application
 * would fail on a primary key: the projections insert without ON CONFLICT).
 */
async function expectAppliedExactlyOnce(h: Harness, options: { compareWithRebuild: boolean } = { compareWithRebuild: true }): Promise<{ events: number }> {
  const events = await logSize(h);
  const { rows: checkpoints } = await h.pool.query<{ name: string; events_applied: number }>(
    'SELECT name, events_applied FROM projection_checkpoints ORDER BY name',
  );
  expect(checkpoints).toEqual(PROJECTIONS.map((name) => ({ name, events_applied: events })));

  const failed = await h.queue.getFailed();
  // A job whose worker was SIGKILLed may be given up as stalled; that is not a failure to apply.
  expect(failed.map((job) => job.failedReason).filter((reason) => !/stalled/i.test(reason))).toEqual([]);
  for (const worker of h.workers) expect(worker.output()).not.toMatch(UNIQUE_VIOLATION);
  if (!options.compareWithRebuild) return { events };

  const live = await readModels(h.pool, 'public');
  const clean = await cleanRebuild(h);
  expect(clean.applied).toEqual(Object.fromEntries(PROJECTIONS.map((name) => [name, events])));
  const counts = (models: ReadModels) => Object.fromEntries(READ_MODEL_TABLES.map((t) => [t, models[t].length]));
  expect(counts(live)).toEqual(counts(clean.models));
  expect(live.stance_intervals.length).toBeGreaterThan(0);
  expect(live.world_events.length).toBeGreaterThan(0);
  expect(difference(live, clean.models)).toEqual({});
  expect(live).toEqual(clean.models);
  return { events };
}

const alive = (worker: AppProcess) => worker.child.exitCode === null && worker.child.signalCode === null;

/** SIGTERM, then SIGKILL for a worker that has not drained within 10 s. */
async function stopWorkers(h: Harness): Promise<void> {
  for (const worker of h.workers) if (alive(worker)) worker.child.kill('SIGTERM');
  const timer = setTimeout(() => h.workers.filter(alive).forEach((worker) => worker.child.kill('SIGKILL')), 10_000);
  await Promise.all(h.workers.map((worker) => worker.exited));
  clearTimeout(timer);
}

/** Resolves with `promise`, or after `ms` whatever became of it (cleanup must not hang on a dead server). */
const bounded = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.catch(() => {}), sleep(ms, undefined, { ref: false })]);

describe(`projection workers (seed ${SEED})`, () => {
  it('SIGKILLed again and again mid-batch while articles arrive, a restarted worker leaves read models equal to a clean rebuild', async () => {
    const h = await harness('kill');
    const feed = articleFeed(h);
    let worker = startWorker(h);
    const kills = { total: 0, midBatch: 0, bootMs: [] as number[] };
    for (let i = 0; i < 10; i++) {
      const t0 = Date.now();
      await started(worker);
      kills.bootMs.push(Date.now() - t0);
      await sleep(between(100, 700));
      // If no batch is open at that moment, kill at the next one that opens (within 1 s): the worker's
      // batch size is fixed, and between nudges and its 2 s schedule it is idle most of the time.
      const deadline = Date.now() + 1_000;
      let midBatch = await workerMidBatch(h);
      while (!midBatch && Date.now() < deadline) midBatch = await workerMidBatch(h);
      if (midBatch) kills.midBatch++;
      worker.child.kill('SIGKILL');
      const exit = await worker.exited;
      expect(exit.signal).toBe('SIGKILL'); // it was alive until then
      kills.total++;
      worker = startWorker(h);
    }
    await feed.stop();
    await started(worker);
    const catchUpMs = await waitCaughtUp(h, 30_000);
    await stopWorkers(h);
    console.log(`kill test: ${kills.total} kills (${kills.midBatch} mid-batch), boot ${kills.bootMs.join(',')} ms, ${feed.articles()} articles, ${await logSize(h)} events, caught up ${catchUpMs} ms after the last restart`);

    const { events } = await expectAppliedExactlyOnce(h);
    expect(events).toBeGreaterThan(300);
    // Some kills must have cut a batch off (a projection transaction open).
    expect(kills.midBatch).toBeGreaterThan(0);
  }, 90_000);

  it('two workers at once apply every event exactly once', async () => {
    const h = await harness('pair');
    const workers = [startWorker(h), startWorker(h)];
    await Promise.all(workers.map(started));
    const feed = articleFeed(h, 2, 100);
    await sleep(6_000);
    await feed.stop();
    await waitCaughtUp(h, 30_000);
    await stopWorkers(h);

    const { events } = await expectAppliedExactlyOnce(h);
    expect(events).toBeGreaterThan(300);
    // Both took jobs (each logs "applied {...}" for a job that found events).
    const applying = workers.map((w) => (w.output().match(/applied \{/g) ?? []).length);
    console.log(`two workers: ${events} events, jobs that applied something per worker: ${applying.join(', ')}`);
    expect(applying.every((n) => n > 0)).toBe(true);
  }, 60_000);

  describe('Redis restarted (empty: no persistence) while events arrive', () => {
    let h: Harness;
    let worker: AppProcess;

    beforeAll(async () => {
      h = await harness('redis');
      worker = startWorker(h);
      await started(worker);
    }, 30_000);

    it('the projections catch up afterwards without a manual step', async () => {
      await ingestArticles(h, FIXTURES.length);
      await waitCaughtUp(h, 15_000);

      await h.redis.kill();
      await ingestArticles(h, FIXTURES.length); // their nudges cannot reach Redis
      await sleep(1_500);
      expect(await caughtUp(h)).toBe(false);
      await h.redis.start(); // same port, no data: no queued job, no schedule

      const catchUpMs = await waitCaughtUp(h, 30_000);
      expect(worker.child.exitCode).toBeNull(); // the worker rode it out
      console.log(`redis restart: caught up ${catchUpMs} ms after Redis came back`);
      await expectAppliedExactlyOnce(h, { compareWithRebuild: false }); // the other tests compare read models
    }, 60_000);

    it('and the safety net is back: events whose nudge was lost are still applied', async () => {
      // An append whose nudge never reached Redis (a crash between commit and enqueue): only the
      // 2 s schedule can pick it up, and it must exist again after the restart.
      await ingestArticles(h, 3, h.ingestUnnudged);
      try {
        await waitCaughtUp(h, 15_000);
      } catch (error) {
        const schedulers = (await h.queue.getJobSchedulers()).map((s) => ({ key: s.key, every: s.every, next: s.next }));
        throw new Error(`${(error as Error).message.split('\n')[0]}\njob schedulers in Redis now: ${JSON.stringify(schedulers)}`);
      }
      await expectAppliedExactlyOnce(h, { compareWithRebuild: false });
    }, 30_000);
  });
});
