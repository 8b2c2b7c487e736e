import type { Redis } from 'ioredis';

/** PING; rejects when Redis is unreachable. (Re)connects a client that is not connected. */
export async function pingRedis(redis: Redis): Promise<void> {
  if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
  await redis.ping();
}
