import { type DynamicModule, Module } from '@nestjs/common';
import { CodebookModule } from '#lib/codebook';
import { type AppConfig, ConfigModule } from '#lib/config';
import { DatabaseModule } from '#lib/database';
import { EventStoreModule } from '#lib/event-store';
import { ProjectionsModule } from '#lib/projections';
import { QueueModule } from '#lib/queue';
import { StanceProjection, WorldEventsProjection } from '#lib/stances';

/** What every process needs, whichever apps it runs: configuration, codebooks, PostgreSQL, the event store, Redis, projections. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        CodebookModule,
        DatabaseModule,
        EventStoreModule,
        QueueModule,
        ProjectionsModule.forRoot([new StanceProjection(), new WorldEventsProjection()]),
      ],
    };
  }
}
