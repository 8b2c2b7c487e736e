import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateSubscription,
  type CreatedSubscription,
  type DeliveriesPage,
  DeleteSubscription,
  GetSubscription,
  ListDeliveries,
  ListSubscriptions,
  type OwnerId,
  type QueuedMessage,
  RotateSubscriptionSecret,
  type RotatedSecret,
  SendTestMessage,
  type SubscriptionView,
  type SubscriptionsPage,
} from '#lib/webhooks';
import { Caller, Private } from '../auth/api-key.guard.js';
import { ValidBody, ValidQuery } from '../http/validated.js';
import { type CreateSubscriptionBody, createSubscriptionSchema } from './create-subscription.dto.js';
import { type ListPageQuery, listPageQuerySchema } from './list-page.dto.js';
import {
  CreateSubscriptionDocs,
  DeleteSubscriptionDocs,
  GetSubscriptionDocs,
  ListDeliveriesDocs,
  ListSubscriptionsDocs,
  RotateSecretDocs,
  TestSubscriptionDocs,
} from './subscriptions.openapi.js';

/** Webhook subscriptions; each belongs to the API key that created it, and other keys never see it. */
@ApiTags('webhooks')
@Private()
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @CreateSubscriptionDocs()
  create(@Caller() owner: OwnerId, @ValidBody(createSubscriptionSchema) body: CreateSubscriptionBody): Promise<CreatedSubscription> {
    return this.commandBus.execute(new CreateSubscription(owner, body));
  }

  @Get()
  @ListSubscriptionsDocs()
  list(@Caller() owner: OwnerId, @ValidQuery(listPageQuerySchema) query: ListPageQuery): Promise<SubscriptionsPage> {
    return this.queryBus.execute(new ListSubscriptions(owner, query.limit, query.after));
  }

  @Get(':id')
  @GetSubscriptionDocs()
  get(@Caller() owner: OwnerId, @Param('id') id: string): Promise<SubscriptionView> {
    return this.queryBus.execute(new GetSubscription(owner, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteSubscriptionDocs()
  delete(@Caller() owner: OwnerId, @Param('id') id: string): Promise<void> {
    return this.commandBus.execute(new DeleteSubscription(owner, id));
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RotateSecretDocs()
  rotate(@Caller() owner: OwnerId, @Param('id') id: string): Promise<RotatedSecret> {
    return this.commandBus.execute(new RotateSubscriptionSecret(owner, id));
  }

  @Post(':id/test')
  @HttpCode(202)
  @TestSubscriptionDocs()
  test(@Caller() owner: OwnerId, @Param('id') id: string): Promise<QueuedMessage> {
    return this.commandBus.execute(new SendTestMessage(owner, id));
  }

  @Get(':id/deliveries')
  @ListDeliveriesDocs()
  deliveries(@Caller() owner: OwnerId, @Param('id') id: string, @ValidQuery(listPageQuerySchema) query: ListPageQuery): Promise<DeliveriesPage> {
    return this.queryBus.execute(new ListDeliveries(owner, id, query.limit, query.after));
  }
}
