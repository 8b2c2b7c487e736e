import {
  type BackendFactory,
  type ConnectionOptions,
  createPostgresBackend,
  createRedisBackend,
  type IQueueBackend,
  type PostgresPoolConfig,
  type QueueBaseOptions,
} from 'bullmq';
import pg from 'pg';
import type { QueueConnection } from '#lib/config';

// BullMQ reads 64-bit integers as pg returns them by default, as strings; the service's own pool
// reads them as numbers (libs/database), a process-wide pg setting that BullMQ's pools are spared.
const bigintAsString = (value: string) => value;
const BULLMQ_PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? bigintAsString : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The `connection` option of every queue and worker: Redis (ioredis) options, or PostgreSQL settings. */
export function bullConnection(queue: QueueConnection): ConnectionOptions | PostgresPoolConfig {
  if (queue.backend === 'redis') return { url: queue.url, maxRetriesPerRequest: null };
  // BullMQ creates its tables (schema `bullmq`) on first use, under its own migration lock.
  return { connectionString: queue.url, migrate: true, max: 4, application_name: 'stanceline-queue', types: BULLMQ_PG_TYPES };
}

const isPostgresSettings = (connection: unknown): boolean =>
  typeof connection === 'object' && connection !== null && 'connectionString' in connection;

/**
 * BullMQ's backend for a queue, worker or QueueEvents, by the connection it was given: PostgreSQL
 * settings (see bullConnection) go to BullMQ's PostgreSQL backend, anything else to Redis. It is
 * BullMQ's process-wide default, so @nestjs/bullmq's queues and @Processor workers need no factory
 * of their own; a Redis connection gets what BullMQ's own default would have given it.
 */
export const backendByConnection = ((name: string, opts: QueueBaseOptions<unknown>, options?: { blocking?: boolean; withBlockingConnection?: boolean }) =>
  isPostgresSettings(opts.connection)
    ? createPostgresBackend(name, opts as Parameters<typeof createPostgresBackend>[1], options)
    : createRedisBackend(name, opts as Parameters<typeof createRedisBackend>[1], options)) as BackendFactory<IQueueBackend, unknown>;
