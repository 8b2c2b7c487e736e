import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '#lib/config';
import type { ClaimedMessage } from '../messages/message.js';
import { MessagesRepository } from '../messages/messages.repository.js';
import { AddressPolicy } from './address-policy.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { afterFailure } from './retry-policy.js';
import { sign } from './signature.js';
import { STANCELINE_VERSION } from './version.js';
import { WebhookSender } from './webhook-sender.js';

export type DeliveryOutcome = 'succeeded' | 'retrying' | 'failed' | 'disabled' | 'cancelled' | 'not-due';

/**
 * One attempt at one message: claim it (so two workers never send one attempt), sign it with the
 * subscription's secrets, POST it, record the attempt and decide what follows. A worker that dies
 * mid-attempt leaves a lease that runs out; the sweeper then queues the message again, with the
 * same webhook-id (at least once).
 */
@Injectable()
export class WebhookDeliverer implements OnModuleDestroy {
  private readonly logger = new Logger('WebhookDeliverer');
  private readonly sender: WebhookSender;

  constructor(
    private readonly messages: MessagesRepository,
    private readonly dispatcher: OutboxDispatcher,
    private readonly config: AppConfig,
    policy: AddressPolicy,
  ) {
    this.sender = new WebhookSender(policy, { timeoutMs: config.webhooks.timeout, userAgent: `Stanceline-Webhooks/${STANCELINE_VERSION}` });
  }

  onModuleDestroy(): void {
    this.sender.close();
  }

  async deliver(messageId: string): Promise<DeliveryOutcome> {
    const message = await this.messages.claim(messageId, this.config.webhooks.timeout + 10_000);
    if (!message) return 'not-due';
    if (!message.enabled) {
      await this.messages.cancel(message.id);
      return 'cancelled';
    }
    const attemptedAt = new Date();
    const timestamp = Math.floor(attemptedAt.getTime() / 1000);
    const result = await this.sender.send({
      url: message.url,
      body: message.body,
      headers: {
        'webhook-id': message.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': sign(message.secrets, message.id, timestamp, message.body),
      },
    });
    const attempt = {
      attemptedAt,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      responseBody: result.responseBody,
      error: result.error,
      succeeded: result.ok,
    };
    if (result.ok) {
      await this.messages.recordSuccess(message, attempt);
      return 'succeeded';
    }
    const { webhooks } = this.config;
    const next = afterFailure(result, message.roundAttempts + 1, { schedule: webhooks.retrySchedule, retryAfterMax: webhooks.retryAfterMax }, Math.random());
    const decision = await this.messages.recordFailure(message, attempt, next, webhooks.disableAfter);
    return this.follow(message, decision);
  }

  private async follow(message: ClaimedMessage, decision: Awaited<ReturnType<MessagesRepository['recordFailure']>>): Promise<DeliveryOutcome> {
    switch (decision.kind) {
      case 'retry':
        // Should this job be lost, the sweeper queues the attempt when it is overdue.
        await this.dispatcher.retry(message.id, message.attempts + 1, decision.delayMs).catch((error: Error) => {
          this.logger.warn(`retry of ${message.id} not queued (the sweeper will): ${error.message}`);
        });
        return 'retrying';
      case 'give-up':
        this.logger.warn(`message ${message.id} to subscription ${message.subscriptionId} failed after ${message.roundAttempts + 1} attempts`);
        return 'failed';
      case 'disable':
        this.logger.warn(`subscription ${message.subscriptionId} disabled: ${decision.reason}`);
        return 'disabled';
      case 'gone':
        return 'cancelled';
      default: {
        const _exhaustive: never = decision;
        return _exhaustive;
      }
    }
  }
}
