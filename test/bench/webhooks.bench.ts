import 'reflect-metadata';
import type pg from 'pg';
import { WEBHOOK_CONCURRENCY } from '../../apps/worker/src/webhooks.processor.js';
import { createPool, migrate } from '../../libs/database/src/index.js';
import { BENCH_TOPIC } from './projections/events.js';
import type { Row } from './report.js';
import { timingFor, type Suite, type SuiteContext, type Timing } from './suite.js';
import { MODES, type QueueStore } from './support/bench-servers.js';
import { median } from './support/stats.js';
import { type RunningApp, startApp } from './webhooks/app.js';
import { type DeliveryRate, measureDeliveries } from './webhooks/deliveries.js';
import { Harness } from './webhooks/harness.js';
import { type JobBaseline, type JobRate, measureJobs } from './webhooks/job-baselines.js';
import { type LatencyMeasurement, measureLatency } from './webhooks/latency.js';

const SUITE = 'webhooks';
const SUBSCRIPTIONS = 10;
const CHANGES_PER_SECOND = 50;
const TARGETS = { deliveriesPerSecond: 500, latencyP99Ms: 500 };

/**
 * Webhooks (issue 5): delivery throughput and append-to-receiver latency of the app as `npm start`
 * runs it (API, projection and webhook workers in one process), in a fresh schema, with its queues
 * on a private redis-server (external mode: nothing else takes its jobs) or on BullMQ's PostgreSQL
 * backend in the embedded PostgreSQL (embedded mode), delivering to a node:http receiver on
 * loopback that answers 200 (webhooks/harness.ts: a worker thread, with the latency runs' client).
 *
 * 1. Deliveries/s to 10 subscriptions: stance changes seeded into the outbox through the product's
 *    WebhookOutbox (full: 400 changes = 4,000 messages per round; smoke: 100 = 1,000), then
 *    dispatched; first to last arrival. Baselines on the same queue store (that Redis, or that
 *    PostgreSQL), the same job count, pages and concurrency: BullMQ no-op jobs ('ceiling') and
 *    BullMQ jobs that sign and POST the same kind of body with the product's sender but touch none
 *    of our tables ('no-db': no claim, no attempt recorded; in embedded mode BullMQ's own
 *    bookkeeping is in PostgreSQL all the same). Rounds interleaved.
 * 2. Append-to-receiver latency at 50 stance changes/s, open loop through POST /v1/articles
 *    (curated events, one stance change each), with 1 subscription and then with 10 (500
 *    deliveries/s); baseline: the same requests' own 201 (ingest), so the ratio says how much longer
 *    the webhook takes than the write that caused it. The log breaks the time down by stage.
 */
export const webhooksSuite: Suite = {
  name: SUITE,
  modes: MODES,
  async run(context: SuiteContext): Promise<Row[]> {
    const timing = timingFor(context.smoke);
    // Full: 4,000 deliveries a round, well under the sweeper's grace (WEBHOOK_TIMEOUT + 10 s) at the
    // rates seen here: the sweeper queues the tail of a longer backlog a second time (MessagesRepository.takeDue).
    const seeded = context.smoke ? 100 : 400;
    const schema = context.db.newSchemaName('webhooks');
    const queue = await context.openQueueStore();
    let harness: Harness | undefined;
    const rows: Row[] = [];
    try {
      harness = await Harness.start();
      await migrate({ connectionString: context.db.url, schema });
      const app = await startApp({ databaseUrl: context.db.url, schema, queue });
      // The suite's own connection for seeding the outbox and reading it back; the app's pool is as shipped.
      const pool = createPool({ connectionString: context.db.url, schema, max: 2, applicationName: 'stanceline-bench-webhooks' });
      context.log(`webhooks: app on ${app.url}, receiver on ${harness.url('/')}, queues on ${queue.connection.backend} (${redact(queue.connection.url)}), schema ${schema}`);
      const run: Run = { context, timing, app, harness, pool, queue, nextChange: 0 };
      try {
        await app.subscribe(harness.url('/sub-0'), BENCH_TOPIC);
        // Unmeasured: the first requests, jobs and projection batches after start-up pay for JIT and caches.
        const warmup = { warmupMs: 1_000, measureMs: 1_000 };
        await measureLatency(pool, app, harness, { rate: CHANGES_PER_SECOND, ...warmup, ...changesFor(run, warmup), subscriptions: 1 });
        rows.push(...(await latency(run, 1)));
        for (let i = 1; i < SUBSCRIPTIONS; i++) await app.subscribe(harness.url(`/sub-${i}`), BENCH_TOPIC);
        rows.push(...(await throughput(run, seeded)));
        rows.push(...(await latency(run, SUBSCRIPTIONS)));
      } finally {
        await pool.end();
        await app.close();
      }
    } finally {
      await harness?.close();
      await queue.close();
      await context.db.dropSchema(schema);
    }
    return rows;
  },
};

interface Run {
  context: SuiteContext;
  timing: Timing;
  app: RunningApp;
  harness: Harness;
  pool: pg.Pool;
  queue: QueueStore;
  /** Change numbers (webhooks/changes.ts) are never reused within the run. */
  nextChange: number;
}

// ---------------------------------------------------------------------------------------------
// 1. Deliveries/s

type ThroughputTarget = 'ours' | JobBaseline;

async function throughput(run: Run, changes: number): Promise<Row[]> {
  const { context, timing } = run;
  const jobs = changes * SUBSCRIPTIONS;
  const measure = async (target: ThroughputTarget, count: number): Promise<DeliveryRate | JobRate> => {
    if (target !== 'ours') return measureJobs(target, run.queue, count * SUBSCRIPTIONS, run.harness);
    const first = run.nextChange;
    run.nextChange += count;
    return measureDeliveries(run.pool, run.app, run.harness, { first, count }, SUBSCRIPTIONS);
  };
  // Unmeasured: JIT, keep-alive sockets, BullMQ's scripts loaded, PostgreSQL's plans and caches.
  for (const target of ['ours', 'noop', 'post'] as const) await measure(target, Math.ceil(changes / 5));
  const targets: ThroughputTarget[] = ['ours', 'noop', 'post'];
  const samples = new Map<ThroughputTarget, number[]>();
  const details: string[] = [];
  for (let round = 0; round < timing.rounds; round++) {
    for (const target of rotate(targets, round)) {
      const measured = await measure(target, changes);
      push(samples, target, Math.round(measured.perSecond));
      const extra =
        'failedAttempts' in measured
          ? `; ${measured.duplicates} duplicate arrivals, ${measured.failedAttempts} failed attempts`
          : '';
      const line = `${jobs.toLocaleString('en-US')} in ${measured.totalSeconds.toFixed(2)} s from hand-over to the last`;
      if (target === 'ours') details.push(line);
      context.log(
        `webhooks round ${round + 1}/${timing.rounds} ${NAMES[target]}: ${Math.round(measured.perSecond).toLocaleString('en-US')}/s first to last; ${line}${extra}`,
      );
    }
  }
  const workload = `deliveries/s to ${SUBSCRIPTIONS} subscriptions, outbox seeded (target ≥ ${TARGETS.deliveriesPerSecond})`;
  const ours = samples.get('ours')!;
  const noop = samples.get('noop')!;
  const post = samples.get('post')!;
  const base = { suite: SUITE, workload, clients: WEBHOOK_CONCURRENCY, eventsPerAppend: 0, unit: '/s' };
  return [
    {
      ...base,
      target: 'ours',
      value: median(ours),
      ratios: { ceiling: median(ours) / median(noop), 'no-db': median(ours) / median(post) },
      samples: ours,
      detail: `per round: ${details.join('; ')}`,
    },
    { ...base, target: 'ceiling', value: median(noop), ratios: {}, samples: noop, detail: 'BullMQ no-op jobs' },
    { ...base, target: 'no-db', value: median(post), ratios: {}, samples: post, detail: 'BullMQ jobs that sign and POST, no claim or attempt recorded' },
  ];
}

const NAMES: Record<ThroughputTarget, string> = {
  ours: 'ours (outbox → WebhooksProcessor → receiver)',
  noop: 'ceiling (BullMQ no-op jobs)',
  post: 'no-db (BullMQ jobs that sign and POST)',
};

// ---------------------------------------------------------------------------------------------
// 2. Append-to-receiver latency

async function latency(run: Run, subscriptions: number): Promise<Row[]> {
  const { context, timing } = run;
  const measurements: LatencyMeasurement[] = [];
  for (let round = 0; round < timing.rounds; round++) {
    const m = await measureLatency(run.pool, run.app, run.harness, {
      rate: CHANGES_PER_SECOND,
      warmupMs: timing.warmupMs,
      measureMs: timing.measureMs,
      ...changesFor(run, timing),
      subscriptions,
    });
    measurements.push(m);
    context.log(
      `webhooks round ${round + 1}/${timing.rounds} latency, ${subscriptions} subscription${subscriptions === 1 ? '' : 's'}: ` +
        `${m.changes} changes at ${m.perSecond.toFixed(0)}/s, ${m.deliveries} deliveries; append→receiver p50 ${m.p50Ms.toFixed(1)} ms, ` +
        `p99 ${m.p99Ms.toFixed(1)} ms, max ${m.maxMs.toFixed(1)} ms; 201 p50 ${m.ingestP50Ms.toFixed(1)} ms, p99 ${m.ingestP99Ms.toFixed(1)} ms`,
    );
    context.log(`webhooks   since POST sent (p50 / p99): ${stages(m)}`);
  }
  const workload = (name: string) => `append→receiver at ${CHANGES_PER_SECOND} changes/s, ${subscriptions} subscription${subscriptions === 1 ? '' : 's'}, ${name}`;
  const metric = (name: string, ours: (m: LatencyMeasurement) => number, ingest: (m: LatencyMeasurement) => number, detail?: string): Row[] => {
    const o = measurements.map((m) => round1(ours(m)));
    const b = measurements.map((m) => round1(ingest(m)));
    const base = { suite: SUITE, workload: workload(name), clients: 1, eventsPerAppend: 0, unit: 'ms' };
    return [
      { ...base, target: 'ours', value: median(o), ratios: { ingest: median(o) / median(b) }, samples: o, ...(detail === undefined ? {} : { detail }) },
      { ...base, target: 'ingest', value: median(b), ratios: {}, samples: b, detail: 'POST /v1/articles answered 201' },
    ];
  };
  const breakdown = `since POST sent, p50 / p99 per round: ${measurements.map(stages).join(' | ')}`;
  return [
    ...metric(`p99 (target ≤ ${TARGETS.latencyP99Ms} ms)`, (m) => m.p99Ms, (m) => m.ingestP99Ms, breakdown),
    ...metric('p50', (m) => m.p50Ms, (m) => m.ingestP50Ms),
  ];
}

/** Reserves the change numbers a latency run of `timing` posts. */
function changesFor(run: Run, timing: Pick<Timing, 'warmupMs' | 'measureMs'>): { firstChange: number } {
  const firstChange = run.nextChange;
  run.nextChange += Math.ceil(((timing.warmupMs + timing.measureMs) / 1000) * CHANGES_PER_SECOND);
  return { firstChange };
}

function stages(m: LatencyMeasurement): string {
  return m.stages.map((s) => `${s.stage} ${s.p50Ms.toFixed(0)} / ${s.p99Ms.toFixed(0)} ms`).join(', ');
}

// ---------------------------------------------------------------------------------------------

/** A URL without its password, for the log. */
function redact(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
