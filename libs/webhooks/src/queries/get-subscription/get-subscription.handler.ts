import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '#lib/errors';
import type { SubscriptionView } from '../../subscriptions/subscription.js';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { GetSubscription } from './get-subscription.query.js';

@QueryHandler(GetSubscription)
export class GetSubscriptionHandler implements IQueryHandler<GetSubscription> {
  constructor(private readonly subscriptions: SubscriptionsRepository) {}

  async execute({ owner, id }: GetSubscription): Promise<SubscriptionView> {
    const found = await this.subscriptions.find(owner, id);
    if (!found) throw new NotFoundError(`subscription ${id} not found`);
    return found;
  }
}
