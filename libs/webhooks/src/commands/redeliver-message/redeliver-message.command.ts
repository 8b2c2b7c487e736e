import { Command } from '@nestjs/cqrs';
import type { QueuedMessage } from '../send-test-message/send-test-message.command.js';
import type { OwnerId } from '../../subscriptions/subscription.js';

/** Sends a delivered, failed or cancelled message again (same webhook-id), from the start of the retry schedule. */
export class RedeliverMessage extends Command<QueuedMessage> {
  constructor(
    readonly owner: OwnerId,
    readonly messageId: string,
  ) {
    super();
  }
}
