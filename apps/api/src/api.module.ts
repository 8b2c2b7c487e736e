import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetLogPageHandler } from '#lib/event-store';
import { HealthController } from './health/health.controller.js';
import { LogController } from './log/log.controller.js';

/** The HTTP side. Expects ConfigModule, DatabaseModule, EventStoreModule and QueueModule from the root. */
@Module({
  imports: [CqrsModule],
  controllers: [LogController, HealthController],
  providers: [GetLogPageHandler],
})
export class ApiModule {}
