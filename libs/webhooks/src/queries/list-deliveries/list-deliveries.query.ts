import { Query } from '@nestjs/cqrs';
import type { DeliveryView } from '../../messages/message.js';
import type { OwnerId } from '../../subscriptions/subscription.js';

export interface DeliveriesPage {
  items: DeliveryView[];
  next?: string;
}

/** The delivery log of one of the caller's subscriptions: messages newest first, each with its attempts. */
export class ListDeliveries extends Query<DeliveriesPage> {
  constructor(
    readonly owner: OwnerId,
    readonly subscriptionId: string,
    readonly limit: number,
    readonly after?: string,
  ) {
    super();
  }
}
