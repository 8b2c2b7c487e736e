import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, ValidationError } from '#lib/errors';
import { ArticleRepository } from '../../article.repository.js';
import { decide } from '../../domain/article.decider.js';
import { type EventChangeResult, RetractNewsEvent } from './retract-news-event.command.js';

@CommandHandler(RetractNewsEvent)
export class RetractNewsEventHandler implements ICommandHandler<RetractNewsEvent> {
  constructor(private readonly articles: ArticleRepository) {}

  async execute({ articleId, eventId, reason }: RetractNewsEvent): Promise<EventChangeResult> {
    if (typeof reason !== 'string' || !reason.trim()) throw new ValidationError('reason: must be a non-empty string', 'reason');
    const { state, version } = await this.articles.load(articleId);
    if (!state.article) throw new NotFoundError(`article ${articleId} not found`);
    const result = await this.articles.append(articleId, decide({ type: 'RetractNewsEvent', data: { eventId, reason: reason.trim() } }, state), version);
    return { articleId, eventId, position: result.lastPosition };
  }
}
