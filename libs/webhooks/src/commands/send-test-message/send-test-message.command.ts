import { Command } from '@nestjs/cqrs';
import type { OwnerId } from '../../subscriptions/subscription.js';

export interface QueuedMessage {
  /** The message id: the webhook-id the receiver sees, and the id to redeliver. */
  id: string;
  status: 'pending';
}

/** A `subscription.test` message, delivered like any other (signed, retried, logged). */
export class SendTestMessage extends Command<QueuedMessage> {
  constructor(
    readonly owner: OwnerId,
    readonly subscriptionId: string,
  ) {
    super();
  }
}
