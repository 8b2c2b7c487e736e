import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '#lib/errors';
import { MessagesRepository } from '../../messages/messages.repository.js';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { decodePageCursor, page } from '../page-cursor.js';
import { type DeliveriesPage, ListDeliveries } from './list-deliveries.query.js';

@QueryHandler(ListDeliveries)
export class ListDeliveriesHandler implements IQueryHandler<ListDeliveries> {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly messages: MessagesRepository,
  ) {}

  async execute({ owner, subscriptionId, limit, after }: ListDeliveries): Promise<DeliveriesPage> {
    const cursor = decodePageCursor(after);
    if (!(await this.subscriptions.find(owner, subscriptionId))) throw new NotFoundError(`subscription ${subscriptionId} not found`);
    return page(await this.messages.deliveries(subscriptionId, limit + 1, cursor), limit);
  }
}
