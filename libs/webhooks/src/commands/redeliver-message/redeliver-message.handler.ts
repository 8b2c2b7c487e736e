import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IllegalStateError, NotFoundError } from '#lib/errors';
import { OutboxDispatcher } from '../../delivery/outbox-dispatcher.js';
import { MessagesRepository } from '../../messages/messages.repository.js';
import type { QueuedMessage } from '../send-test-message/send-test-message.command.js';
import { RedeliverMessage } from './redeliver-message.command.js';

@CommandHandler(RedeliverMessage)
export class RedeliverMessageHandler implements ICommandHandler<RedeliverMessage> {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async execute({ owner, messageId }: RedeliverMessage): Promise<QueuedMessage> {
    const outcome = await this.messages.redeliver(owner, messageId);
    if (!outcome) throw new NotFoundError(`delivery ${messageId} not found`);
    if (outcome === 'disabled') throw new IllegalStateError(`delivery ${messageId}: its subscription is disabled`);
    if (outcome === 'busy') throw new IllegalStateError(`delivery ${messageId} is already queued for delivery`);
    await this.dispatcher.dispatch();
    return { id: messageId, status: 'pending' };
  }
}
