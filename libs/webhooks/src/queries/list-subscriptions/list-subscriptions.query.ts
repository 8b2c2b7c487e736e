import { Query } from '@nestjs/cqrs';
import type { OwnerId, SubscriptionView } from '../../subscriptions/subscription.js';

export interface SubscriptionsPage {
  items: SubscriptionView[];
  next?: string;
}

/** The caller's subscriptions, newest first. */
export class ListSubscriptions extends Query<SubscriptionsPage> {
  constructor(
    readonly owner: OwnerId,
    readonly limit: number,
    readonly after?: string,
  ) {
    super();
  }
}
