import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '#lib/config';
import { NotFoundError } from '#lib/errors';
import { generateSecret } from '../../delivery/signature.js';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { RotateSubscriptionSecret, type RotatedSecret } from './rotate-subscription-secret.command.js';

@CommandHandler(RotateSubscriptionSecret)
export class RotateSubscriptionSecretHandler implements ICommandHandler<RotateSubscriptionSecret> {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ owner, id }: RotateSubscriptionSecret): Promise<RotatedSecret> {
    const secret = generateSecret();
    const overlap = this.config.webhooks.secretOverlap;
    const rotated = await this.subscriptions.rotateSecret(owner, id, secret, overlap);
    if (!rotated) throw new NotFoundError(`subscription ${id} not found`);
    return { id, secret, previousSecretExpiresAt: rotated.previousSecretUntil };
  }
}
