import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '#lib/config';

/**
 * The Redis connection of this process for its own checks (BullMQ queues and workers open their
 * own). It never reconnects in the background: a probe connects on demand (see pingRedis), and
 * commands fail fast while Redis is down instead of queueing.
 */
@Global()
@Module({
  imports: [
    // BullMQ's connection for every queue and worker of the process.
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ connection: { url: config.redisUrl, maxRetriesPerRequest: null } }),
    }),
  ],
  providers: [
    {
      provide: Redis,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const redis = new Redis(config.redisUrl, {
          lazyConnect: true,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          retryStrategy: () => null,
        });
        redis.on('error', () => {}); // failures surface through the command that met them
        return redis;
      },
    },
  ],
  exports: [Redis, BullModule],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(Redis) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // Disconnecting a client whose socket already closed would leave a 2 s timer behind.
    if (this.redis.status !== 'end') this.redis.disconnect();
  }
}
