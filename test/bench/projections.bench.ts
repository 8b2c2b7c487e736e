import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import type pg from 'pg';
import { migrate, createPool } from '../../libs/database/src/index.js';
import { QUEUES } from '../../libs/queue/src/index.js';
import { StanceProjection, WorldEventsProjection } from '../../libs/stances/src/index.js';
import { bullConfig, type RunningStanceline, startStanceline } from './projections/api.js';
import type { HttpJob, HttpMeasurement } from './projections/http-client.js';
import { type LagMeasurement, type LagMode, measureLag } from './projections/lag.js';
import { loadLog } from './projections/load.js';
import { measureQueries, type QueryMeasurement, type QueryTarget } from './projections/query.js';
import { REBUILD_BATCH, type RebuildBreakdown, type Throughput, timeRead, timeRebuild } from './projections/rebuild.js';
import { percentile } from './projections/percentile.js';
import { BARE_ROUTE, type RouteKind } from './projections/routes.js';
import type { Row } from './report.js';
import { timingFor, type Suite, type SuiteContext, type Timing } from './suite.js';
import { type BenchMode, MODES, type QueueStore } from './support/bench-servers.js';
import { runInWorker } from './support/in-worker.js';
import { median } from './support/stats.js';

const HTTP_CLIENT = new URL('./projections/http-client.js', import.meta.url);
/**
 * External mode: a Redis database of its own (the e2e tests use database 0), and BullMQ keys under
 * a prefix of the run's own (see startStanceline): no other worker takes this run's nudges, nor
 * this run's worker theirs, even with two bench runs at once. The run's queue is emptied at the
 * end. Embedded mode: BullMQ's tables in the bench's own embedded PostgreSQL.
 */
const REDIS_URL = process.env.BENCH_PROJECTIONS_REDIS_URL ?? 'redis://127.0.0.1:6379/14';
const SUITE = 'projections';
/** 50 connections is the figure; 1 shows the latency of a request that waits for nothing. */
const HTTP_CLIENTS = [1, 50] as const;
const QUERY_CLIENTS = [1, 10] as const;
const APPENDS_PER_SECOND = 200;
const TARGETS = { rebuildPerSecond: 20_000, serverP99Ms: 10, lagP99Ms: 250 };

interface Size {
  events: number;
  keys: number;
}

/**
 * The log per mode. Smoke: the same small log in both. Full: a million events in external mode;
 * in embedded mode a quarter of that over a quarter of the keys, so each key's timeline has the
 * same ~100 signals and the per-event rates and per-query times stay comparable, in a quarter of
 * the load and rebuild time.
 */
function sizeOf(smoke: boolean, mode: BenchMode): Size {
  if (smoke) return { events: 50_000, keys: 10_000 };
  return mode === 'external' ? { events: 1_000_000, keys: 10_000 } : { events: 250_000, keys: 2_500 };
}

/**
 * Projections: rebuild throughput, stance-at latency (in process and over HTTP) and
 * append-to-queryable lag, each against a baseline measured in the same run and mode, on one log
 * generated into a fresh schema of the bench database (full: 1,000,000 events over 10,000 (actor,
 * question) keys, ~100 signals and dozens of intervals per key; embedded mode 250,000 over 2,500,
 * see sizeOf; smoke: 50,000 events over 10,000 keys, so timelines are short and the numbers only
 * say that everything runs).
 *
 * 1. Rebuild: rebuildProjection('stances') from position 0, events/s; baseline: readAll of the same
 *    log in pages of the same size, read once before and once after the rebuild (median). One round
 *    even in the full run: a rebuild of a million events is itself a long window. 'world-events' is
 *    rebuilt once too (the lag measurement needs it caught up), and reported.
 * 2. Stance-at in process: StancesRepository.stancesAt, 1 and 10 clients; baseline SELECT 1.
 * 3. Stance-at over HTTP: the real API (with the workers, as `npm start` runs) at 50 connections,
 *    and at 1 for the latency of a request that waits for no other; server-side times from a
 *    Fastify onResponse hook (reply.elapsedTime); baselines GET /health (same Nest pipeline, a
 *    PostgreSQL ping and one of the queues' store — Redis, or in embedded mode the PostgreSQL
 *    again: 'baseline') and a bare Fastify route (the HTTP floor: 'floor').
 * 4. Lag at 200 appends/s with the BullMQ worker applying; baseline: a runner polling in a loop
 *    (see projections/lag.ts for why).
 */
export const projectionsSuite: Suite = {
  name: SUITE,
  modes: MODES,
  async run(context: SuiteContext): Promise<Row[]> {
    const timing = timingFor(context.smoke);
    const size = sizeOf(context.smoke, context.mode);
    context.note(`log of ${size.events.toLocaleString('en-US')} events over ${size.keys.toLocaleString('en-US')} keys`);
    const schema = context.db.newSchemaName('projections');
    const queuePrefix = `bench-${randomBytes(4).toString('hex')}`;
    const queue = await context.openQueueStore({ redisUrl: REDIS_URL });
    const rows: Row[] = [];
    try {
      await migrate({ connectionString: context.db.url, schema });
      const loaded = await loadLog({ connectionString: context.db.url, schema }, size.events, size.keys, context.log);
      context.log(
        `projections: loaded ${loaded.events.toLocaleString('en-US')} events (${loaded.reported} reported, ${loaded.retracted} retracted, ` +
          `${loaded.corrected} corrected) over ${size.keys} keys in ${loaded.seconds.toFixed(1)} s, schema ${schema}`,
      );
      const pool = createPool({ connectionString: context.db.url, schema, applicationName: 'stanceline-bench' });
      try {
        // What autovacuum would have done by now on a log written over time: statistics for the
        // planner, hint bits and the visibility map set, so the first reader does not pay for them.
        await pool.query('VACUUM ANALYZE events');
        rows.push(...(await rebuilds(context, pool, size)));
        // Fresh tables from the swap have no statistics until autovacuum comes by; give them theirs.
        await pool.query('ANALYZE stance_intervals, stance_signals, world_events');
        rows.push(...(await inProcessQueries(context, pool, size, timing)));
      } finally {
        await pool.end();
      }
      const stanceline = await startStanceline({ databaseUrl: context.db.url, schema, queue, queuePrefix });
      context.log(`projections: API and workers on ${stanceline.url}`);
      try {
        rows.push(...(await httpQueries(context, stanceline, size, timing)));
        rows.push(...(await lag(context, stanceline, schema, size, timing)));
      } finally {
        await stanceline.close();
      }
    } finally {
      await context.db.dropSchema(schema);
      await clearQueue(queue, queuePrefix).catch((error: unknown) => context.log(`projections: could not empty the queue: ${(error as Error).message}`));
      await queue.close();
    }
    return rows;
  },
};

// ---------------------------------------------------------------------------------------------
// 1. Rebuild

async function rebuilds(context: SuiteContext, pool: pg.Pool, size: Size): Promise<Row[]> {
  const reads: Throughput[] = [];
  const logThroughput = (what: string, t: Throughput) =>
    context.log(`projections: ${what}: ${t.events.toLocaleString('en-US')} events in ${t.seconds.toFixed(1)} s = ${Math.round(t.perSecond).toLocaleString('en-US')} ev/s`);
  reads.push(await timeRead(pool));
  logThroughput('readAll', reads[0]);
  const stances = await timeRebuild(pool, new StanceProjection(), context.log);
  logThroughput('rebuild stances', stances);
  const split = (b: RebuildBreakdown) =>
    `readAll ${b.read.toFixed(1)} s, apply SQL ${b.applySql.toFixed(1)} s, apply JS ${b.applyJs.toFixed(1)} s, other ${b.other.toFixed(1)} s`;
  context.log(`projections: rebuild stances took ${split(stances.breakdown)}`);
  reads.push(await timeRead(pool));
  logThroughput('readAll', reads[1]);
  const world = await timeRebuild(pool, new WorldEventsProjection(), context.log);
  logThroughput('rebuild world-events', world);
  context.log(`projections: rebuild world-events took ${split(world.breakdown)}`);
  const { rows: counts } = await pool.query<{ intervals: number; current: number; signals: number }>(
    `SELECT (SELECT count(*) FROM stance_intervals)::int AS intervals,
            (SELECT count(*) FROM stance_intervals WHERE known_to_position IS NULL)::int AS current,
            (SELECT count(*) FROM stance_signals)::int AS signals`,
  );
  const shape = `${counts[0].signals.toLocaleString('en-US')} signals, ${counts[0].current.toLocaleString('en-US')} current intervals (${(counts[0].current / size.keys).toFixed(1)}/key), ${counts[0].intervals.toLocaleString('en-US')} interval rows`;
  context.log(`projections: stances read model: ${shape}`);

  const read = reads.map((r) => Math.round(r.perSecond));
  const readValue = median(read);
  const base = { suite: SUITE, clients: 1, eventsPerAppend: 0, unit: 'ev/s' };
  // No size in the names: rates per event line up across modes whose logs differ in size (sizeOf).
  const workloadStances = `rebuild stances (target ≥ ${TARGETS.rebuildPerSecond.toLocaleString('en-US')})`;
  const workloadWorld = 'rebuild world-events';
  const baseline = (workload: string): Row => ({
    ...base,
    workload,
    target: 'baseline',
    value: readValue,
    ratios: {},
    samples: read,
    detail: `readAll, pages of ${REBUILD_BATCH.toLocaleString('en-US')}`,
  });
  return [
    {
      ...base,
      workload: workloadStances,
      target: 'ours',
      value: Math.round(stances.perSecond),
      ratios: { baseline: stances.perSecond / readValue },
      samples: [Math.round(stances.perSecond)],
      detail: `${size.events} events over ${size.keys} keys in ${stances.seconds.toFixed(1)} s (${split(stances.breakdown)}); ${shape}`,
    },
    baseline(workloadStances),
    // Where the rebuild's time went, as rows of their own so that the table shows it; per event,
    // so that logs of different sizes compare.
    ...(
      [
        ['in readAll', stances.breakdown.read, 'PostgresEventStore.readAll: the page query and rows to events'],
        ['in apply, SQL', stances.breakdown.applySql, "StanceProjection.apply waiting for its statements"],
        ['in apply, JS', stances.breakdown.applyJs, "StanceProjection.apply's own JavaScript (and GC)"],
        ['other', stances.breakdown.other, 'transactions, checkpoints, swap, dropping the old tables'],
      ] as const
    ).map(([part, seconds, detail]): Row => {
      const perEvent = Math.round((seconds / stances.events) * 1e7) / 10;
      return { ...base, workload: `rebuild stances, time per event ${part}`, target: 'ours', unit: 'µs', value: perEvent, ratios: {}, samples: [perEvent], detail };
    }),
    {
      ...base,
      workload: workloadWorld,
      target: 'ours',
      value: Math.round(world.perSecond),
      ratios: { baseline: world.perSecond / readValue },
      samples: [Math.round(world.perSecond)],
      detail: `${size.events} events in ${world.seconds.toFixed(1)} s (${split(world.breakdown)})`,
    },
    baseline(workloadWorld),
  ];
}

// ---------------------------------------------------------------------------------------------
// 2. Stance-at in process

async function inProcessQueries(context: SuiteContext, pool: pg.Pool, size: Size, timing: Timing): Promise<Row[]> {
  const targets: QueryTarget[] = ['stancesAt', 'select1'];
  const samples = new Map<string, QueryMeasurement[]>();
  for (let round = 0; round < timing.rounds; round++) {
    for (const clients of QUERY_CLIENTS) {
      for (const target of rotate(targets, round)) {
        const measured = await measureQueries(pool, target, { clients, keys: size.keys, warmupMs: timing.warmupMs, measureMs: timing.measureMs });
        push(samples, `${target}/${clients}`, measured);
        context.log(
          `projections round ${round + 1}/${timing.rounds} in process ${target} ${clients} client${clients === 1 ? '' : 's'}: ` +
            `${Math.round(measured.perSecond).toLocaleString('en-US')} q/s, p50 ${measured.p50Ms.toFixed(2)} ms, p99 ${measured.p99Ms.toFixed(2)} ms` +
            (target === 'stancesAt' ? `, ${(measured.answeredShare * 100).toFixed(0)}% with a position` : ''),
        );
      }
    }
  }
  return QUERY_CLIENTS.flatMap((clients) => {
    const ours = samples.get(`stancesAt/${clients}`)!;
    const select1 = samples.get(`select1/${clients}`)!;
    return [
      ...compared('stance-at in process, q/s', clients, 'q/s', ours.map((m) => m.perSecond), select1.map((m) => m.perSecond), 'SELECT 1', 0),
      ...compared('stance-at in process, p50', clients, 'ms', ours.map((m) => m.p50Ms), select1.map((m) => m.p50Ms), 'SELECT 1', 2),
      ...compared('stance-at in process, p99', clients, 'ms', ours.map((m) => m.p99Ms), select1.map((m) => m.p99Ms), 'SELECT 1', 2),
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Stance-at over HTTP

interface HttpSample extends HttpMeasurement {
  serverP50Ms: number;
  serverP99Ms: number;
}

async function httpQueries(
  context: SuiteContext,
  stanceline: RunningStanceline,
  size: Size,
  timing: Timing,
): Promise<Row[]> {
  const targets: RouteKind[] = ['stances', 'health', 'bare'];
  const samples = new Map<string, HttpSample[]>();
  for (let round = 0; round < timing.rounds; round++) {
    for (const clients of HTTP_CLIENTS) {
      for (const target of rotate(targets, round)) {
        const job: HttpJob = { target, baseUrl: stanceline.url, keys: size.keys, clients, warmupMs: timing.warmupMs, measureMs: timing.measureMs };
        stanceline.timings.start();
        let measured: HttpMeasurement;
        try {
          measured = await runInWorker<HttpJob, HttpMeasurement>(HTTP_CLIENT, job);
        } finally {
          stanceline.timings.stop();
        }
        const server = stanceline.timings.between(target, measured.windowFrom, measured.windowTo);
        if (server.length === 0) throw new Error(`projections: no server-side timing of ${target} inside the window`);
        const sample = { ...measured, serverP50Ms: percentile(server, 0.5), serverP99Ms: percentile(server, 0.99) };
        push(samples, `${target}/${clients}`, sample);
        context.log(
          `projections round ${round + 1}/${timing.rounds} HTTP ${target} ${clients} connection${clients === 1 ? '' : 's'}: ` +
            `${Math.round(sample.perSecond).toLocaleString('en-US')} req/s; client p50 ${sample.p50Ms.toFixed(1)} ms, p99 ${sample.p99Ms.toFixed(1)} ms; ` +
            `server p50 ${sample.serverP50Ms.toFixed(2)} ms, p99 ${sample.serverP99Ms.toFixed(2)} ms` +
            (target === 'stances' ? `; ${(sample.answeredShare * 100).toFixed(0)}% with a position` : ''),
        );
      }
    }
  }
  return HTTP_CLIENTS.flatMap((clients) => {
    const ours = samples.get(`stances/${clients}`)!;
    const health = samples.get(`health/${clients}`)!;
    const bare = samples.get(`bare/${clients}`)!;
    const metric = (name: string, unit: string, pick: (s: HttpSample) => number, digits: number): Row[] => {
      const workload = `GET stances over HTTP, ${name}`;
      const values = (list: HttpSample[]) => list.map((s) => round(pick(s), digits));
      const rows = compared(workload, clients, unit, values(ours), values(health), 'GET /health', digits);
      const floor = values(bare);
      rows[0].ratios.floor = rows[0].value / median(floor);
      rows.push(row(workload, clients, 'floor', unit, floor, {}, `bare Fastify route ${BARE_ROUTE}`));
      return rows;
    };
    return [
      ...metric('req/s', 'req/s', (s) => s.perSecond, 0),
      ...metric(`server p99 (target ≤ ${TARGETS.serverP99Ms} ms)`, 'ms', (s) => s.serverP99Ms, 2),
      ...metric('server p50', 'ms', (s) => s.serverP50Ms, 2),
      ...metric('client p99', 'ms', (s) => s.p99Ms, 2),
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Append-to-queryable lag

async function lag(
  context: SuiteContext,
  stanceline: RunningStanceline,
  schema: string,
  size: Size,
  timing: Timing,
): Promise<Row[]> {
  const modes: LagMode[] = ['bullmq', 'polling'];
  const samples = new Map<LagMode, LagMeasurement[]>();
  // The watcher's own connection: it is the reader asking "is it there yet", not part of the app.
  const watcherPool = createPool({ connectionString: context.db.url, schema, max: 1, applicationName: 'stanceline-bench-watcher' });
  // Anything the load left unapplied (nothing, after the rebuilds) is applied before the clock runs.
  for (const projection of stanceline.projections) await stanceline.runner.catchUp(projection, { waitForLock: true });
  let firstReport = size.events * 2;
  try {
    for (let round = 0; round < timing.rounds; round++) {
      for (const mode of rotate(modes, round)) {
        const measured = await measureLag(stanceline, watcherPool, mode, {
          rate: APPENDS_PER_SECOND,
          warmupMs: timing.warmupMs,
          measureMs: timing.measureMs,
          keys: size.keys,
          firstReport,
        });
        firstReport += 1_000_000;
        push(samples, mode, measured);
        context.log(
          `projections round ${round + 1}/${timing.rounds} lag ${mode}: ${measured.appends} appends at ${measured.perSecond.toFixed(0)}/s; ` +
            `lag p50 ${measured.lagP50Ms.toFixed(1)} ms, p99 ${measured.lagP99Ms.toFixed(1)} ms, max ${measured.lagMaxMs.toFixed(1)} ms; ` +
            `append p50 ${measured.appendP50Ms.toFixed(1)} ms, p99 ${measured.appendP99Ms.toFixed(1)} ms` +
            (mode === 'bullmq'
              ? `; ${measured.jobsPerSecond.toFixed(1)} BullMQ jobs/s, run p50 ${measured.jobRunP50Ms} ms, max ${measured.jobRunMaxMs} ms`
              : `; ${measured.polls} catch-up passes`),
        );
      }
    }
  } finally {
    await watcherPool.end();
  }
  const ours = samples.get('bullmq')!;
  const polling = samples.get('polling')!;
  const workload = (name: string) => `append→queryable at ${APPENDS_PER_SECOND}/s, ${name}`;
  const pick = (list: LagMeasurement[], f: (m: LagMeasurement) => number) => list.map((m) => round(f(m), 2));
  // No rows for the BullMQ jobs themselves: under a steady 200 appends/s one job's catch-up loop
  // rarely finds an empty batch, so a job runs for seconds and "jobs/s" says nothing; the log has them.
  const jobs = ours.map((m) => `${m.jobsPerSecond.toFixed(1)} jobs/s, run p50 ${m.jobRunP50Ms} ms, max ${m.jobRunMaxMs} ms`).join('; ');
  const [p99Ours, p99Polling] = compared(
    workload(`lag p99 (target ≤ ${TARGETS.lagP99Ms} ms)`),
    1,
    'ms',
    pick(ours, (m) => m.lagP99Ms),
    pick(polling, (m) => m.lagP99Ms),
    'polling runner',
    2,
  );
  p99Ours.detail = `BullMQ jobs per round: ${jobs}`;
  return [
    p99Ours,
    p99Polling,
    ...compared(workload('lag p50'), 1, 'ms', pick(ours, (m) => m.lagP50Ms), pick(polling, (m) => m.lagP50Ms), 'polling runner', 2),
    ...compared(workload('append itself p99'), 1, 'ms', pick(ours, (m) => m.appendP99Ms), pick(polling, (m) => m.appendP99Ms), 'polling runner', 2),
  ];
}

// ---------------------------------------------------------------------------------------------

/** Ours and a baseline of the same workload; the ratio is ours ÷ baseline (for ms rows, > 1 is slower). */
function compared(workload: string, clients: number, unit: string, ours: number[], baseline: number[], baselineName: string, digits: number): Row[] {
  const o = ours.map((v) => round(v, digits));
  const b = baseline.map((v) => round(v, digits));
  return [row(workload, clients, 'ours', unit, o, { baseline: median(o) / median(b) }), row(workload, clients, 'baseline', unit, b, {}, baselineName)];
}

function row(workload: string, clients: number, target: string, unit: string, samples: number[], ratios: Record<string, number>, detail?: string): Row {
  return { suite: SUITE, workload, target, clients, eventsPerAppend: 0, unit, value: median(samples), ratios, samples, ...(detail === undefined ? {} : { detail }) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** Removes the run's queue from its store: jobs, the safety-net schedule, deduplication keys. */
async function clearQueue(store: QueueStore, queuePrefix: string): Promise<void> {
  const queue = new Queue(QUEUES.projections, bullConfig({ queue: store, queuePrefix }));
  try {
    await queue.removeJobScheduler('projections-safety-net');
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
}
