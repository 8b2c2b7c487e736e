import { type DynamicModule, Module } from '@nestjs/common';
import { CodebookModule } from '#lib/codebook';
import { type AppConfig, ConfigModule } from '#lib/config';
import { DatabaseModule } from '#lib/database';
import { EventStoreModule } from '#lib/event-store';
import { ProjectionsModule } from '#lib/projections';
import { QueueModule } from '#lib/queue';
import { WebhookOutbox, WebhooksModule } from '#lib/webhooks';
import { stancelineProjections } from './stanceline-projections.js';

/** What every process needs, whichever apps it runs: configuration, codebooks, PostgreSQL, the event store, Redis, projections, webhooks. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    const outbox = new WebhookOutbox();
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        CodebookModule,
        DatabaseModule,
        EventStoreModule,
        QueueModule,
        ProjectionsModule.forRoot(stancelineProjections(outbox)),
        WebhooksModule.forRoot(outbox),
      ],
    };
  }
}
