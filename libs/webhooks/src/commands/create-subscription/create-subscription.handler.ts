import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CodebookRegistry } from '#lib/codebook';
import { ValidationError } from '#lib/errors';
import { AddressPolicy, UrlRefusedError } from '../../delivery/address-policy.js';
import { generateSecret } from '../../delivery/signature.js';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository.js';
import { CreateSubscription, type CreatedSubscription } from './create-subscription.command.js';

@CommandHandler(CreateSubscription)
export class CreateSubscriptionHandler implements ICommandHandler<CreateSubscription> {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly codebooks: CodebookRegistry,
    private readonly policy: AddressPolicy,
  ) {}

  async execute({ owner, input }: CreateSubscription): Promise<CreatedSubscription> {
    const url = await this.checkUrl(input.url);
    const codebook = this.codebooks.require(input.topic);
    for (const actor of input.actors ?? []) {
      if (!codebook.actor(actor)) throw new ValidationError(`actors: ${JSON.stringify(actor)} is not an actor of topic ${input.topic}`, 'actors');
    }
    for (const question of input.questions ?? []) {
      if (!codebook.question(question)) throw new ValidationError(`questions: ${JSON.stringify(question)} is not a question of topic ${input.topic}`, 'questions');
    }
    const secret = generateSecret();
    const created = await this.subscriptions.create({
      id: `sub_${randomUUID().replaceAll('-', '')}`,
      owner,
      url,
      topic: input.topic,
      actors: input.actors?.length ? [...new Set(input.actors)] : null,
      questions: input.questions?.length ? [...new Set(input.questions)] : null,
      description: input.description ?? null,
      secret,
    });
    return { ...created, secret };
  }

  private async checkUrl(raw: string): Promise<string> {
    try {
      return (await this.policy.checkSubscriptionUrl(raw)).href;
    } catch (error) {
      if (error instanceof UrlRefusedError) throw new ValidationError(`url: ${error.message}`, 'url');
      throw error;
    }
  }
}
