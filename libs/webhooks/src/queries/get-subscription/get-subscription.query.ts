import { Query } from '@nestjs/cqrs';
import type { OwnerId, SubscriptionView } from '../../subscriptions/subscription.js';

export class GetSubscription extends Query<SubscriptionView> {
  constructor(
    readonly owner: OwnerId,
    readonly id: string,
  ) {
    super();
  }
}
