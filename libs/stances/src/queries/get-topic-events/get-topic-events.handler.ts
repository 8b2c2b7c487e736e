import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CodebookRegistry } from '#lib/codebook';
import { StancesRepository } from '../../stances.repository.js';
import { ProjectionWaiter } from '../projection-waiter.js';
import { topicCodebook } from '../topic-filter.js';
import { GetTopicEvents, type TopicEventsPage } from './get-topic-events.query.js';
import { decodeTimelineCursor, encodeTimelineCursor } from './timeline-cursor.js';

const DEFAULT_LIMIT = 100;

@QueryHandler(GetTopicEvents)
export class GetTopicEventsHandler implements IQueryHandler<GetTopicEvents> {
  constructor(
    private readonly codebooks: CodebookRegistry,
    private readonly stances: StancesRepository,
    private readonly waiter: ProjectionWaiter,
  ) {}

  async execute({ topic, options }: GetTopicEvents): Promise<TopicEventsPage> {
    topicCodebook(this.codebooks, topic, { actor: options.actor });
    const after = decodeTimelineCursor(options.after);
    const limit = options.limit ?? DEFAULT_LIMIT;
    await this.waiter.waitFor(options.minPosition);
    const { from, to, actor, type, knownAt } = options;
    // One row past the page says whether there is a next one.
    const rows = await this.stances.events(topic, { from, to, actor, type, knownAt }, after, limit + 1);
    if (rows.length <= limit) return { items: rows };
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, next: encodeTimelineCursor({ earliest: last.earliest, id: last.id }) };
  }
}
