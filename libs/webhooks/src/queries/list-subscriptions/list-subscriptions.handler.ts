import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { decodePageCursor, page } from '../page-cursor.js';
import { ListSubscriptions, type SubscriptionsPage } from './list-subscriptions.query.js';

@QueryHandler(ListSubscriptions)
export class ListSubscriptionsHandler implements IQueryHandler<ListSubscriptions> {
  constructor(private readonly subscriptions: SubscriptionsRepository) {}

  async execute({ owner, limit, after }: ListSubscriptions): Promise<SubscriptionsPage> {
    return page(await this.subscriptions.list(owner, limit + 1, decodePageCursor(after)), limit);
  }
}
