import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CodebookRegistry } from '#lib/codebook';
import { NotFoundError } from '#lib/errors';
import { ArticleRepository } from '../../article.repository.js';
import { decide } from '../../domain/article.decider.js';
import { validateNewsEvent } from '../../domain/validate-news-event.js';
import type { EventChangeResult } from '../retract-news-event/retract-news-event.command.js';
import { CorrectNewsEvent } from './correct-news-event.command.js';

@CommandHandler(CorrectNewsEvent)
export class CorrectNewsEventHandler implements ICommandHandler<CorrectNewsEvent> {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly codebooks: CodebookRegistry,
  ) {}

  async execute({ articleId, eventId, replacement }: CorrectNewsEvent): Promise<EventChangeResult> {
    const { state, version } = await this.articles.load(articleId);
    if (!state.article) throw new NotFoundError(`article ${articleId} not found`);
    const codebook = this.codebooks.get(state.article.topic);
    const event = { id: eventId, articleId, topic: codebook.id, ...validateNewsEvent(replacement, codebook, 'event', state.article.text) };
    const result = await this.articles.append(articleId, decide({ type: 'CorrectNewsEvent', data: { eventId, event } }, state), version);
    return { articleId, eventId, position: result.lastPosition };
  }
}
