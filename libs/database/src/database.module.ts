import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
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
      useFactory: (config: AppConfig) => {
        const pool = createPool({ connectionString: config.databaseUrl });
        // An idle connection the server drops (a restart, a failover, terminate_backend) is replaced
        // on the next checkout; without a listener its error would end the process.
        const logger = new Logger('Database');
        pool.on('error', (error) => logger.warn(`an idle PostgreSQL connection failed: ${error.message}`));
        return pool;
      },
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
