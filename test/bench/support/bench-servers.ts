import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setDefaultBackendFactory } from 'bullmq';
import { loadSettings, type AppConfig, type QueueConnection } from '../../../libs/config/src/index.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../../libs/embedded-postgres/src/index.js';
// Not exported by libs/queue (only its QueueModule uses them); the bench builds BullMQ's options the same way.
import { backendByConnection, bullConnection } from '#lib/queue';
import { redisServer } from '../../support/redis-server.js';
import { BenchDatabase } from './bench-database.js';

/**
 * The service's two modes, as the bench runs them:
 * - external: the PostgreSQL at BENCH_DATABASE_URL, and BullMQ on Redis (a private redis-server,
 *   or the Redis a suite names), as a production deployment with DATABASE_URL and REDIS_URL;
 * - embedded: a PostgreSQL the bench starts itself (libs/embedded-postgres, as `npm start` with
 *   neither variable does) in a temporary folder, for the event store and BullMQ's PostgreSQL
 *   backend alike; stopped and deleted once the suite is done.
 */
export const MODES = ['external', 'embedded'] as const;
export type BenchMode = (typeof MODES)[number];

/** Where a suite's BullMQ queues and workers keep their jobs. */
export interface QueueStore {
  /** As AppConfig.queue carries it; BullMQ's options come from it through bullOptions. */
  readonly connection: QueueConnection;
  /** Stops a redis-server started for the suite; nothing otherwise. */
  close(): Promise<void>;
}

/** The servers one suite runs on in one mode. */
export interface BenchServers {
  readonly mode: BenchMode;
  readonly db: BenchDatabase;
  /**
   * BullMQ's store. External: Redis at `redisUrl` when given, else a private redis-server started
   * now (nothing else takes its jobs). Embedded: the embedded PostgreSQL's bench database (its
   * `bullmq` schema), as the service uses it; `redisUrl` is ignored.
   */
  openQueueStore(options?: { redisUrl?: string }): Promise<QueueStore>;
  /** Embedded: stops the server and deletes its folder (once, however often called). External: nothing (the run closes the database). */
  close(): Promise<void>;
}

/** The external servers: one BenchDatabase for the whole run (the caller opens and closes it). */
export function externalServers(db: BenchDatabase): BenchServers {
  return {
    mode: 'external',
    db,
    async openQueueStore(options = {}) {
      useBackendByConnection();
      if (options.redisUrl !== undefined) return { connection: { backend: 'redis', url: options.redisUrl }, close: async () => {} };
      const redis = await redisServer();
      await redis.start();
      return { connection: { backend: 'redis', url: redis.url }, close: () => redis.kill() };
    },
    close: async () => {},
  };
}

/**
 * A fresh embedded PostgreSQL in a temporary folder, with the bench database in it. Everything is
 * undone by close(), which the caller must reach (try/finally); a process that exits without it
 * still tells the server to stop (startEmbeddedPostgres' exit hook).
 */
export async function startEmbeddedServers(log: (line: string) => void): Promise<BenchServers> {
  const dataDir = await mkdtemp(join(tmpdir(), 'stanceline-bench-'));
  // Run as root, PostgreSQL runs as the `postgres` user, who must be able to reach the folder.
  await chmod(dataDir, 0o755);
  const removeFolder = () => rm(dataDir, { recursive: true, force: true });
  let server: EmbeddedPostgres;
  try {
    server = await startEmbeddedPostgres({ dataDir, database: 'stanceline_bench', log: (line) => log(`embedded: ${line}`) });
  } catch (error) {
    await removeFolder();
    throw error;
  }
  let db: BenchDatabase | undefined;
  let closing: Promise<void> | undefined;
  // Once, whoever asks first: the run's `finally`, or its signal handler.
  const close = () =>
    (closing ??= (async () => {
      try {
        await db?.close();
      } finally {
        await server.stop();
        await removeFolder();
      }
    })());
  try {
    db = await BenchDatabase.open(server.url);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    mode: 'embedded',
    db,
    async openQueueStore() {
      useBackendByConnection();
      return { connection: { backend: 'postgres', url: server.url }, close: async () => {} };
    },
    close,
  };
}

/**
 * The service's configuration on the given servers, from `env` as a deployment would set it
 * (DATABASE_URL and REDIS_URL left out: the servers are given, as libs/runtime gives them).
 */
export function benchConfig(servers: { databaseUrl: string; queue: QueueStore }, env: Record<string, string>): AppConfig {
  return loadSettings(env).configure({ databaseUrl: servers.databaseUrl, queue: servers.queue.connection });
}

/** BullMQ's shared options as QueueModule makes them, for a Queue or Worker of the bench's own. */
export function bullOptions(queue: QueueStore, extra: { prefix?: string } = {}) {
  return { connection: bullConnection(queue.connection), ...extra };
}

/**
 * What QueueModule does before any queue exists: BullMQ picks each queue's backend from its
 * connection. Process-wide, and needed here too since the suites build some queues themselves and
 * replace QueueModule's shared configuration (whose factory makes this call).
 */
function useBackendByConnection(): void {
  setDefaultBackendFactory(backendByConnection);
}
