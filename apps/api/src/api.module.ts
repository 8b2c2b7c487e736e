import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ArticlesModule } from '#lib/articles';
import { GetTopicHandler, ListTopicsHandler } from '#lib/codebook';
import { GetLogPageHandler } from '#lib/event-store';
import { ArticlesController } from './articles/articles.controller.js';
import { ApiKeyGuard } from './auth/api-key.guard.js';
import { HealthController } from './health/health.controller.js';
import { LogController } from './log/log.controller.js';
import { TopicsController } from './topics/topics.controller.js';

/** The HTTP side. Expects CoreModule (configuration, codebooks, PostgreSQL, event store, Redis) from the root. */
@Module({
  imports: [CqrsModule, ArticlesModule],
  controllers: [ArticlesController, TopicsController, LogController, HealthController],
  providers: [GetLogPageHandler, ListTopicsHandler, GetTopicHandler, { provide: APP_GUARD, useClass: ApiKeyGuard }],
})
export class ApiModule {}
