import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '#lib/errors';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { DeleteSubscription } from './delete-subscription.command.js';

@CommandHandler(DeleteSubscription)
export class DeleteSubscriptionHandler implements ICommandHandler<DeleteSubscription> {
  constructor(private readonly subscriptions: SubscriptionsRepository) {}

  async execute({ owner, id }: DeleteSubscription): Promise<void> {
    if (!(await this.subscriptions.delete(owner, id))) throw new NotFoundError(`subscription ${id} not found`);
  }
}
