import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IllegalStateError, NotFoundError } from '#lib/errors';
import { OutboxDispatcher } from '../../delivery/outbox-dispatcher.js';
import { MessagesRepository } from '../../messages/messages.repository.js';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { type QueuedMessage, SendTestMessage } from './send-test-message.command.js';

export const SUBSCRIPTION_TEST = 'subscription.test';

@CommandHandler(SendTestMessage)
export class SendTestMessageHandler implements ICommandHandler<SendTestMessage> {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly messages: MessagesRepository,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async execute({ owner, subscriptionId }: SendTestMessage): Promise<QueuedMessage> {
    const subscription = await this.subscriptions.find(owner, subscriptionId);
    if (!subscription) throw new NotFoundError(`subscription ${subscriptionId} not found`);
    if (!subscription.enabled) throw new IllegalStateError(`subscription ${subscriptionId} is disabled: ${subscription.disabledReason}`);
    const id = `msg_${randomUUID().replaceAll('-', '')}`;
    const body = JSON.stringify({ type: SUBSCRIPTION_TEST, timestamp: new Date().toISOString(), data: { subscriptionId, topic: subscription.topic } });
    await this.messages.writeOne(owner, subscriptionId, { id, type: SUBSCRIPTION_TEST, body });
    await this.dispatcher.dispatch();
    return { id, status: 'pending' };
  }
}
