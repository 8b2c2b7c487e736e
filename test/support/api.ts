import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { loadConfig } from '#lib/config';
import { createPool } from '#lib/database';
import { CoreModule } from '#lib/runtime';
import { configureApiApp, createHttpAdapter } from '../../apps/api/src/create-api-app.js';
import type { TestSchema } from './database.js';
import { TEST_REDIS_URL } from './env.js';

export interface TestApi {
  app: NestFastifyApplication;
  url: string;
  get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/**
 * The API on a real port, over the real PostgreSQL (in the test file's schema, through a pool of
 * its own that the app closes on shutdown) and Redis. `modules` are the app modules to mount.
 */
export async function startTestApi(options: {
  db: TestSchema;
  modules: (Type | DynamicModule)[];
  redisUrl?: string;
  pool?: pg.Pool;
}): Promise<TestApi> {
  const config = loadConfig({ REDIS_URL: options.redisUrl ?? TEST_REDIS_URL });
  const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(config), ...options.modules] })
    .overrideProvider(pg.Pool)
    .useValue(options.pool ?? createPool({ connectionString: options.db.connectionString, schema: options.db.schema }))
    .compile();
  const app = configureApiApp(moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: false }));
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    async get(path, init) {
      const response = await fetch(url + path, init);
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    },
    close: () => app.close(),
  };
}
