import type { Redis } from 'ioredis';

/** PING; rejects when Redis is unreachable. Connects a lazy client on first use. */
export async function pingRedis(redis: Redis): Promise<void> {
  if (redis.status === 'wait') await redis.connect();
  await redis.ping();
}
