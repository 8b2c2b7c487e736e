import { Command } from '@nestjs/cqrs';
import type { OwnerId } from '../../subscriptions/subscription.js';

/** Deletes the subscription and its delivery log; nothing more is sent to it. */
export class DeleteSubscription extends Command<void> {
  constructor(
    readonly owner: OwnerId,
    readonly id: string,
  ) {
    super();
  }
}
