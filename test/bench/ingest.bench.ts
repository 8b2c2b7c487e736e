import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { configureApiApp, createHttpAdapter } from '../../apps/api/src/create-api-app.js';
import { loadConfig } from '../../libs/config/src/index.js';
import { createPool, migrate } from '../../libs/database/src/index.js';
import { prepareArticleText } from '../../libs/extraction/src/index.js';
import { CoreModule } from '../../libs/runtime/src/index.js';
import { type BenchArticle, fiveKilobyteArticles, numberedCopy } from './ingest/articles.js';
import type { ClientJob, ClientMeasurement, IngestTarget } from './ingest/worker.js';
import type { Row } from './report.js';
import { timingFor, type Suite, type SuiteContext } from './suite.js';
import { runInWorker } from './support/in-worker.js';
import { median } from './support/stats.js';

const WORKER = new URL('./ingest/worker.js', import.meta.url);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The one key the bench's API accepts (API_KEYS wants 16 or more characters). */
const BENCH_API_KEY = `bench-${randomBytes(12).toString('hex')}`;
const CONCURRENCY = [1, 8] as const;
const TARGETS: readonly IngestTarget[] = ['ours', 'health'];
const WORKLOAD = 'ingest over HTTP';
const UNIT = 'req/s';

interface Samples {
  perSecond: number[];
  p50Ms: number[];
  p99Ms: number[];
  eventsPerArticle: number[];
}

/**
 * Article ingestion end to end: the real API (ApiModule over CoreModule, as the e2e tests mount it)
 * on a loopback port of this process, in a fresh schema of the bench database, taking POST
 * /v1/articles of distinct ~5 KB articles from 1 and 8 keep-alive clients; every answer must be a
 * 201 (a new article), anything else fails the run. Baseline, same server, same run: GET /health, a
 * bare route that pings PostgreSQL and Redis, at the same concurrency. The clients run in a worker
 * thread; the server has the main thread to itself. Rounds are interleaved, order rotated.
 */
export const ingestSuite: Suite = {
  name: 'ingest',
  async run(context: SuiteContext): Promise<Row[]> {
    const timing = timingFor(context.smoke);
    const articles = fiveKilobyteArticles();
    const sizes = checkArticles(articles);
    const samples = new Map<string, Samples>();
    const schema = context.db.newSchemaName('ingest');
    try {
      await migrate({ connectionString: context.db.url, schema });
      const server = await startApi(context.db.url, schema);
      context.log(`ingest: API on ${server.url}, schema ${schema}; ${articles.length} articles of ${sizes}`);
      try {
        for (let round = 0; round < timing.rounds; round++) {
          for (const clients of CONCURRENCY) {
            for (const target of rotate(TARGETS, round)) {
              const job: ClientJob = {
                target,
                baseUrl: server.url,
                apiKey: BENCH_API_KEY,
                articles,
                tag: `r${round}c${clients}${randomBytes(3).toString('hex')}`,
                clients,
                warmupMs: timing.warmupMs,
                measureMs: timing.measureMs,
              };
              const measured = await runInWorker<ClientJob, ClientMeasurement>(WORKER, job);
              record(samples, key(target, clients), measured);
              context.log(
                `ingest round ${round + 1}/${timing.rounds} ${clients} client${clients === 1 ? '' : 's'} ${target}: ` +
                  `${Math.round(measured.perSecond).toLocaleString('en-US')} ${UNIT} (${measured.requests} requests), ` +
                  `p50 ${round2(measured.p50Ms).toFixed(1)} ms, p99 ${round2(measured.p99Ms).toFixed(1)} ms` +
                  (target === 'ours' ? `, ${round2(measured.eventsPerArticle).toFixed(1)} events/article` : ''),
              );
            }
          }
        }
      } finally {
        await server.close();
      }
    } finally {
      await context.db.dropSchema(schema);
    }
    const rows = CONCURRENCY.flatMap((clients) => rowsOf(clients, samples));
    for (const row of rows.filter((r) => r.target === 'ours' || r.target === 'health')) {
      context.log(`ingest ${row.target} ${row.clients} client${row.clients === 1 ? '' : 's'}: ${row.detail}`);
    }
    return rows;
  },
};

interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/** The API as the e2e tests start it (test/support/api.ts), its pool in `schema`, on a free loopback port. */
async function startApi(databaseUrl: string, schema: string): Promise<RunningApi> {
  // An explicit environment: nothing of the shell's (API_KEYS, PORT) leaks into the measured app.
  const config = loadConfig({ DATABASE_URL: databaseUrl, REDIS_URL, API_KEYS: BENCH_API_KEY, PORT: '0' });
  const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(config), ApiModule] })
    .overrideProvider(pg.Pool)
    .useValue(createPool({ connectionString: databaseUrl, schema }))
    .compile();
  const app = configureApiApp(moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: false }));
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/**
 * Every numbered copy must keep its own sentence through cleaning, or copies would share a text
 * hash and come back as 200 duplicates. Returns the sizes, for the log.
 */
function checkArticles(articles: BenchArticle[]): string {
  let posted = 0;
  let kept = 0;
  for (const article of articles) {
    const copy = numberedCopy(article, 'check', 0);
    const stored = prepareArticleText(copy.text);
    if (!stored.includes('copy check-0 ')) throw new Error(`ingest: cleaning drops the numbering sentence of ${article.url}`);
    posted += Buffer.byteLength(copy.text);
    kept += Buffer.byteLength(stored);
  }
  const kb = (bytes: number) => (bytes / articles.length / 1024).toFixed(1);
  return `${kb(posted)} KB on average (${kb(kept)} KB left after cleaning)`;
}

function key(target: IngestTarget, clients: number): string {
  return `${target}/${clients}`;
}

function record(samples: Map<string, Samples>, at: string, measured: ClientMeasurement): void {
  const entry = samples.get(at) ?? { perSecond: [], p50Ms: [], p99Ms: [], eventsPerArticle: [] };
  entry.perSecond.push(Math.round(measured.perSecond));
  entry.p50Ms.push(round2(measured.p50Ms));
  entry.p99Ms.push(round2(measured.p99Ms));
  entry.eventsPerArticle.push(round2(measured.eventsPerArticle));
  samples.set(at, entry);
}

/**
 * Per concurrency: ours (201s per second, i.e. articles/s; ratio to the baseline) and health, each
 * with its latencies in `detail`; then the latencies as rows of their own, in ms, for the JSON.
 */
function rowsOf(clients: number, samples: Map<string, Samples>): Row[] {
  const ours = samples.get(key('ours', clients))!;
  const health = samples.get(key('health', clients))!;
  const base = { suite: 'ingest', workload: WORKLOAD, clients, eventsPerAppend: 0 };
  const latency = (s: Samples) => `p50 ${median(s.p50Ms).toFixed(1)} ms, p99 ${median(s.p99Ms).toFixed(1)} ms`;
  const value = median(ours.perSecond);
  const rows: Row[] = [
    {
      ...base,
      target: 'ours',
      value,
      unit: UNIT,
      ratios: { health: value / median(health.perSecond) },
      samples: ours.perSecond,
      detail: `POST /v1/articles, 201 each = articles/s; ${latency(ours)}; ${median(ours.eventsPerArticle).toFixed(1)} events/article`,
    },
    {
      ...base,
      target: 'health',
      value: median(health.perSecond),
      unit: UNIT,
      ratios: {},
      samples: health.perSecond,
      detail: `GET /health; ${latency(health)}`,
    },
  ];
  for (const [target, s] of [['ours', ours], ['health', health]] as const) {
    rows.push({ ...base, target: `${target} p50`, value: median(s.p50Ms), unit: 'ms', ratios: {}, samples: s.p50Ms });
    rows.push({ ...base, target: `${target} p99`, value: median(s.p99Ms), unit: 'ms', ratios: {}, samples: s.p99Ms });
  }
  return rows;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
