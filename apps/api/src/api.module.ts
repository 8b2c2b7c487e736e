import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import pg from 'pg';
import { ArticlesModule, Clock, SystemClock } from '#lib/articles';
import { GetTopicHandler, ListTopicsHandler } from '#lib/codebook';
import { GetLogPageHandler } from '#lib/event-store';
import {
  GetProjectionStatusHandler,
  GetStanceHistoryHandler,
  GetStancesAtHandler,
  GetTopicEventsHandler,
  ProjectionLagRepository,
  ProjectionWaiter,
  StancesRepository,
} from '#lib/stances';
import {
  CreateSubscriptionHandler,
  DeleteSubscriptionHandler,
  GetSubscriptionHandler,
  GetWebhookMetricsHandler,
  ListDeliveriesHandler,
  ListSubscriptionsHandler,
  RedeliverMessageHandler,
  RotateSubscriptionSecretHandler,
  SendTestMessageHandler,
} from '#lib/webhooks';
import { ArticlesController } from './articles/articles.controller.js';
import { ApiKeyGuard } from './auth/api-key.guard.js';
import { HealthController } from './health/health.controller.js';
import { LogController } from './log/log.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { ProjectionsController } from './projections/projections.controller.js';
import { StancesController } from './stances/stances.controller.js';
import { DeliveriesController } from './subscriptions/deliveries.controller.js';
import { SubscriptionsController } from './subscriptions/subscriptions.controller.js';
import { TopicEventsController } from './stances/topic-events.controller.js';
import { TopicsController } from './topics/topics.controller.js';

/** The HTTP side. Expects CoreModule (configuration, codebooks, PostgreSQL, event store, Redis) from the root. */
@Module({
  imports: [CqrsModule, ArticlesModule],
  controllers: [
    ArticlesController,
    TopicsController,
    StancesController,
    TopicEventsController,
    SubscriptionsController,
    DeliveriesController,
    LogController,
    ProjectionsController,
    HealthController,
    MetricsController,
  ],
  providers: [
    GetLogPageHandler,
    ListTopicsHandler,
    GetTopicHandler,
    GetStancesAtHandler,
    GetStanceHistoryHandler,
    GetTopicEventsHandler,
    GetProjectionStatusHandler,
    CreateSubscriptionHandler,
    DeleteSubscriptionHandler,
    RotateSubscriptionSecretHandler,
    SendTestMessageHandler,
    RedeliverMessageHandler,
    ListSubscriptionsHandler,
    GetSubscriptionHandler,
    ListDeliveriesHandler,
    GetWebhookMetricsHandler,
    ProjectionWaiter,
    { provide: StancesRepository, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new StancesRepository(pool) },
    { provide: ProjectionLagRepository, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new ProjectionLagRepository(pool) },
    { provide: Clock, useClass: SystemClock },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
})
export class ApiModule {}
