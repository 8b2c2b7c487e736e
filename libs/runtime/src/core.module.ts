import { type DynamicModule, Module } from '@nestjs/common';
import { CodebookModule } from '#lib/codebook';
import { type AppConfig, ConfigModule } from '#lib/config';
import { DatabaseModule } from '#lib/database';
import { EventStoreModule } from '#lib/event-store';
import { QueueModule } from '#lib/queue';

/** What every process needs, whichever apps it runs: configuration, codebooks, PostgreSQL, the event store, Redis. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), CodebookModule, DatabaseModule, EventStoreModule, QueueModule],
    };
  }
}
