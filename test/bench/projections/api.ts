import type { AddressInfo } from 'node:net';
import { getSharedConfigToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { ApiModule } from '../../../apps/api/src/api.module.js';
import { configureApiApp, createHttpAdapter } from '../../../apps/api/src/create-api-app.js';
import { ProjectionsProcessor } from '../../../apps/worker/src/projections.processor.js';
import { WorkerModule } from '../../../apps/worker/src/worker.module.js';
import { CodebookRegistry, loadCodebooks } from '../../../libs/codebook/src/index.js';
import { createPool } from '../../../libs/database/src/index.js';
import { PostgresEventStore } from '../../../libs/event-store/src/index.js';
import { PROJECTIONS, type Projection, ProjectionRunner } from '../../../libs/projections/src/index.js';
import { CoreModule } from '../../../libs/runtime/src/index.js';
import { benchConfig, bullOptions, type QueueStore } from '../support/bench-servers.js';
import { benchCodebook } from './events.js';
import { BARE_ROUTE, type RouteKind } from './routes.js';

/** Server-side durations (Fastify's reply.elapsedTime: request received → response sent), while recording. */
export class ServerTimings {
  private recording = false;
  private readonly samples: { kind: RouteKind; at: number; ms: number }[] = [];

  start(): void {
    this.samples.length = 0;
    this.recording = true;
  }

  stop(): void {
    this.recording = false;
  }

  record(kind: RouteKind, ms: number): void {
    // Absolute time (ms since the epoch, sub-ms precision), comparable with a worker thread's.
    if (this.recording) this.samples.push({ kind, at: performance.timeOrigin + performance.now(), ms });
  }

  /** Durations of `kind` answered inside [from, to] (absolute ms). */
  between(kind: RouteKind, from: number, to: number): number[] {
    return this.samples.filter((s) => s.kind === kind && s.at >= from && s.at <= to).map((s) => s.ms);
  }
}

export interface RunningStanceline {
  url: string;
  app: NestFastifyApplication;
  timings: ServerTimings;
  /** The app's store: its appends nudge the projection workers, as the API's do. */
  store: PostgresEventStore;
  runner: ProjectionRunner;
  projections: Projection[];
  processor: ProjectionsProcessor;
  close(): Promise<void>;
}

/** BullMQ's shared configuration as QueueModule makes it, with `queuePrefix` for the keys (Redis; PostgreSQL ignores it). */
export function bullConfig(options: { queue: QueueStore; queuePrefix: string }) {
  return bullOptions(options.queue, { prefix: options.queuePrefix });
}

/**
 * API and projection workers in one process, as `npm start` runs them (apps/stanceline's
 * start-stanceline: CoreModule, ApiModule, WorkerModule), mounted the way the e2e tests and the
 * ingest suite mount the API: its pool in `schema`, on a free loopback port, with an explicit
 * environment. Additions for the bench only: the codebook registry also knows the synthetic topic
 * (so the stance endpoint accepts its actors and questions), BullMQ keys carry a prefix of the
 * run's own (on Redis), and Fastify hooks time each answer server-side plus serve BARE_ROUTE. The
 * queues are on `queue`: Redis, or the embedded PostgreSQL in embedded mode.
 */
export async function startStanceline(options: { databaseUrl: string; schema: string; queue: QueueStore; queuePrefix: string }): Promise<RunningStanceline> {
  const config = benchConfig({ databaseUrl: options.databaseUrl, queue: options.queue }, { PORT: '0' });
  const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(config), ApiModule, WorkerModule] })
    .overrideProvider(pg.Pool)
    .useValue(createPool({ connectionString: options.databaseUrl, schema: options.schema }))
    .overrideProvider(CodebookRegistry)
    .useValue(new CodebookRegistry([...loadCodebooks(), benchCodebook()]))
    // QueueModule's BullMQ configuration, plus a key prefix of this run's own: two runs at once (or
    // a test's worker on the same Redis) never take each other's nudges.
    .overrideProvider(getSharedConfigToken())
    .useValue(bullConfig(options))
    .compile();
  const app = configureApiApp(moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: false }));
  const timings = new ServerTimings();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (request, reply) => {
    const url = request.url;
    const kind: RouteKind | undefined = url.startsWith('/v1/topics/') ? 'stances' : url === BARE_ROUTE ? 'bare' : url === '/health' ? 'health' : undefined;
    if (kind !== undefined) timings.record(kind, reply.elapsedTime);
  });
  fastify.get(BARE_ROUTE, async () => ({ ok: true }));
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // One request first: /health connects its Redis client on demand (in external mode), and
  // concurrent first requests would find it still connecting (503, "Stream isn't writeable").
  const health = await fetch(`${url}/health`);
  if (health.status !== 200) {
    const body = await health.text();
    await app.close();
    throw new Error(`GET /health answered ${health.status} at start: ${body.slice(0, 300)}`);
  }
  await health.text();
  return {
    url,
    app,
    timings,
    store: app.get(PostgresEventStore, { strict: false }),
    runner: app.get(ProjectionRunner, { strict: false }),
    projections: app.get<Projection[]>(PROJECTIONS, { strict: false }),
    processor: app.get(ProjectionsProcessor, { strict: false }),
    close: () => app.close(),
  };
}
