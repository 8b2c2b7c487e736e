/// <reference types="jest" />
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import { loadConfig } from '#lib/config';
import { createPool } from '#lib/database';
import { CoreModule } from '#lib/runtime';
import { configureApiApp, createHttpAdapter } from '../../apps/api/src/create-api-app.js';
import { createTestSchema, type TestSchema } from './database.js';
import { TEST_REDIS_URL } from './env.js';

/** The key startTestApi accepts unless told otherwise. */
export const TEST_API_KEY = 'test-key-0123456789abcdef';

export interface TestResponse {
  status: number;
  body: any;
  headers: Headers;
}

export interface TestApi {
  app: NestFastifyApplication;
  url: string;
  get(path: string, init?: RequestInit): Promise<TestResponse>;
  /** POSTs `body` as JSON with `Authorization: Bearer <key>`; `key` null sends no Authorization header. */
  post(path: string, body: unknown, key?: string | null): Promise<TestResponse>;
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
  /** API_KEYS of the app; [TEST_API_KEY] unless given. */
  apiKeys?: string[];
  /** More configuration (e.g. WEBHOOK_* variables). */
  env?: Record<string, string>;
}): Promise<TestApi> {
  // Both servers named: the external mode, on the test PostgreSQL and Redis.
  const config = loadConfig({
    DATABASE_URL: options.db.connectionString,
    REDIS_URL: options.redisUrl ?? TEST_REDIS_URL,
    API_KEYS: (options.apiKeys ?? [TEST_API_KEY]).join(','),
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(config), ...options.modules] })
    .overrideProvider(pg.Pool)
    .useValue(options.pool ?? createPool({ connectionString: options.db.connectionString, schema: options.db.schema }))
    .compile();
  const app = configureApiApp(moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: false }));
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const request = async (path: string, init?: RequestInit): Promise<TestResponse> => {
    const response = await fetch(url + path, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  return {
    app,
    url,
    get: request,
    post: (path, body, key = TEST_API_KEY) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }) },
        body: JSON.stringify(body),
      }),
    close: () => app.close(),
  };
}

/**
 * A spec file's API over a schema of its own: started before its tests, closed after them. Read
 * `given.api` and `given.db` inside tests and hooks.
 */
export function givenApi(options: Omit<Parameters<typeof startTestApi>[0], 'db'>): { readonly api: TestApi; readonly db: TestSchema } {
  const given = {} as { api: TestApi; db: TestSchema };
  beforeAll(async () => {
    given.db = await createTestSchema();
    given.api = await startTestApi({ ...options, db: given.db });
  });
  afterAll(async () => {
    await given.api?.close();
    await given.db?.drop();
  });
  return given;
}
