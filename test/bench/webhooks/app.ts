import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { ApiModule } from '../../../apps/api/src/api.module.js';
import { configureApiApp, createHttpAdapter } from '../../../apps/api/src/create-api-app.js';
import { WorkerModule } from '../../../apps/worker/src/worker.module.js';
import { CodebookRegistry, loadCodebooks } from '../../../libs/codebook/src/index.js';
import { createPool } from '../../../libs/database/src/index.js';
import { CoreModule } from '../../../libs/runtime/src/index.js';
import { OutboxDispatcher } from '../../../libs/webhooks/src/index.js';
import { benchCodebook } from '../projections/events.js';
import { benchConfig, type QueueStore } from '../support/bench-servers.js';

export const BENCH_API_KEY = 'bench-webhooks-key-0123456789';

export interface RunningApp {
  url: string;
  dispatcher: OutboxDispatcher;
  /** POST /v1/subscriptions; returns the new subscription's id. */
  subscribe(url: string, topic: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * API, projection workers and webhook workers in one process, as `npm start` runs them, with the
 * configuration from the environment variables a deployment would set (only WEBHOOK_ALLOW_CIDRS
 * opened to loopback for the receiver); the pool is the shipped one (createPool's default size) in
 * the suite's schema, and the codebook registry also knows the synthetic topic, as in the
 * projections suite. Nothing else is overridden: the queues are on `queue` as configured (Redis,
 * or BullMQ's PostgreSQL backend in embedded mode, through QueueModule as the service does).
 */
export async function startApp(options: { databaseUrl: string; schema: string; queue: QueueStore }): Promise<RunningApp> {
  const config = benchConfig({ databaseUrl: options.databaseUrl, queue: options.queue }, {
    PORT: '0',
    API_KEYS: BENCH_API_KEY,
    WEBHOOK_ALLOW_CIDRS: '127.0.0.0/8',
  });
  const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(config), ApiModule, WorkerModule] })
    .overrideProvider(pg.Pool)
    .useValue(createPool({ connectionString: options.databaseUrl, schema: options.schema }))
    .overrideProvider(CodebookRegistry)
    .useValue(new CodebookRegistry([...loadCodebooks(), benchCodebook()]))
    .compile();
  const app = configureApiApp(moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: false }));
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    dispatcher: app.get(OutboxDispatcher, { strict: false }),
    async subscribe(target, topic) {
      const response = await fetch(`${url}/v1/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_API_KEY}` },
        body: JSON.stringify({ url: target, topic, description: 'webhooks benchmark' }),
      });
      const body = (await response.json()) as { id: string };
      if (response.status !== 201) throw new Error(`POST /v1/subscriptions answered ${response.status}: ${JSON.stringify(body)}`);
      return body.id;
    },
    close: () => app.close(),
  };
}
