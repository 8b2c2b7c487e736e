import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '#lib/config';
import { createPool } from './pool.js';

/** One pg pool per process, closed after everything that uses it has shut down. */
@Global()
@Module({
  providers: [
    {
      provide: pg.Pool,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createPool({ connectionString: config.databaseUrl }),
    },
  ],
  exports: [pg.Pool],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(pg.Pool) private readonly pool: pg.Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
