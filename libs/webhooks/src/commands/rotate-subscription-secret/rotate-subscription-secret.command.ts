import { Command } from '@nestjs/cqrs';
import type { OwnerId } from '../../subscriptions/subscription.js';

export interface RotatedSecret {
  id: string;
  /** The new secret, shown this once. */
  secret: string;
  /** Until then the previous secret signs as well (two v1 signatures). */
  previousSecretExpiresAt: string;
}

export class RotateSubscriptionSecret extends Command<RotatedSecret> {
  constructor(
    readonly owner: OwnerId,
    readonly id: string,
  ) {
    super();
  }
}
