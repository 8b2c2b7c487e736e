import { Command } from '@nestjs/cqrs';
import type { OwnerId, SubscriptionView } from '../../subscriptions/subscription.js';

export interface NewSubscriptionInput {
  url: string;
  topic: string;
  actors?: string[];
  questions?: string[];
  description?: string;
}

/** The subscription and its signing secret, which is shown this once. */
export interface CreatedSubscription extends SubscriptionView {
  secret: string;
}

export class CreateSubscription extends Command<CreatedSubscription> {
  constructor(
    readonly owner: OwnerId,
    readonly input: NewSubscriptionInput,
  ) {
    super();
  }
}
