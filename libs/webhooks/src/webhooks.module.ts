import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Logger, Module, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '#lib/config';
import { ProjectionRunner } from '#lib/projections';
import { QUEUES } from '#lib/queue';
import { AddressPolicy } from './delivery/address-policy.js';
import { OutboxDispatcher } from './delivery/outbox-dispatcher.js';
import { MessagesRepository } from './messages/messages.repository.js';
import { WebhookOutbox } from './outbox/webhook-outbox.js';
import { SubscriptionsRepository } from './subscriptions/subscriptions.repository.js';

/**
 * Subscriptions, the outbox and its dispatcher, for every process: the API writes subscriptions
 * and test pings, the workers deliver. The outbox is the one the stance projection writes to.
 */
@Global()
@Module({})
export class WebhooksModule implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly outbox: WebhookOutbox,
    private readonly dispatcher: OutboxDispatcher,
    private readonly config: AppConfig,
  ) {}

  static forRoot(outbox: WebhookOutbox): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [BullModule.registerQueue({ name: QUEUES.webhooks })],
      providers: [
        { provide: WebhookOutbox, useValue: outbox },
        { provide: MessagesRepository, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new MessagesRepository(pool) },
        { provide: SubscriptionsRepository, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new SubscriptionsRepository(pool) },
        { provide: AddressPolicy, inject: [AppConfig], useFactory: (config: AppConfig) => new AddressPolicy(config.webhooks.allowCidrs) },
        OutboxDispatcher,
      ],
      exports: [WebhookOutbox, MessagesRepository, SubscriptionsRepository, AddressPolicy, OutboxDispatcher, BullModule],
    };
  }

  onModuleInit(): void {
    const allowed = this.config.webhooks.allowCidrs;
    this.logger.log(`WEBHOOK_ALLOW_CIDRS: ${allowed.length ? allowed.join(', ') : '(none: private, loopback and link-local targets are refused)'}`);
    // Messages the stance projection wrote are queued as soon as its batch commits.
    this.runner.addCommitListener(() => {
      if (this.outbox.takeWritten()) void this.dispatcher.dispatch();
    });
  }
}
