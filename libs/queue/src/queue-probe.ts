import { Redis } from 'ioredis';
import pg from 'pg';
import type { QueueConnection } from '#lib/config';

/** Whether the store of the queues answers, for GET /health. */
export abstract class QueueProbe {
  /** The name of the check: `redis`, or `queue` for BullMQ's tables in PostgreSQL. */
  abstract readonly name: string;
  /** Rejects when the store does not answer. */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;

  static for(queue: QueueConnection): QueueProbe {
    return queue.backend === 'redis' ? new RedisProbe(queue.url) : new PostgresQueueProbe(queue.url);
  }
}

/**
 * A Redis client of its own (BullMQ's queues and workers open theirs). It never reconnects in the
 * background: a ping connects on demand, and fails fast while Redis is down instead of queueing.
 */
class RedisProbe extends QueueProbe {
  readonly name = 'redis';
  private readonly redis: Redis;
  /** The connection being opened: pings that arrive meanwhile wait for it rather than fail. */
  private connecting?: Promise<void>;

  constructor(url: string) {
    super();
    this.redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: () => null });
    this.redis.on('error', () => {}); // failures surface through the command that met them
  }

  async ping(): Promise<void> {
    if (!this.connecting && (this.redis.status === 'wait' || this.redis.status === 'end')) {
      this.connecting = this.redis.connect().finally(() => (this.connecting = undefined));
    }
    if (this.connecting) await this.connecting;
    await this.redis.ping();
  }

  async close(): Promise<void> {
    // Disconnecting a client whose socket already closed would leave a 2 s timer behind.
    if (this.redis.status !== 'end') this.redis.disconnect();
  }
}

/** A round trip to the PostgreSQL that holds the queues, over one connection kept for the purpose. */
class PostgresQueueProbe extends QueueProbe {
  readonly name = 'queue';
  private readonly pool: pg.Pool;

  constructor(url: string) {
    super();
    this.pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 30_000, application_name: 'stanceline-health' });
    this.pool.on('error', () => {}); // an idle connection that drops; the next ping opens another
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
