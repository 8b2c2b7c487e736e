import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '#lib/articles';
import { CodebookRegistry } from '#lib/codebook';
import { type StanceRow, StancesRepository } from '../../stances.repository.js';
import { ProjectionWaiter } from '../projection-waiter.js';
import { topicCodebook } from '../topic-filter.js';
import { GetStancesAt, type StancesAt, type StanceView } from './get-stances-at.query.js';

@QueryHandler(GetStancesAt)
export class GetStancesAtHandler implements IQueryHandler<GetStancesAt> {
  constructor(
    private readonly codebooks: CodebookRegistry,
    private readonly stances: StancesRepository,
    private readonly waiter: ProjectionWaiter,
    private readonly clock: Clock,
  ) {}

  async execute({ topic, options }: GetStancesAt): Promise<StancesAt> {
    topicCodebook(this.codebooks, topic, options);
    await this.waiter.waitFor(options.minPosition);
    const at = options.at ?? this.clock.now().toISOString().slice(0, 10);
    const rows = await this.stances.stancesAt(topic, at, { actor: options.actor, question: options.question, knownAt: options.knownAt });
    return { topic, at, items: rows.map((row) => toStanceView(row, at)) };
  }
}

function toStanceView(row: StanceRow, at: string): StanceView {
  return {
    topic: row.topic,
    actor: row.actor,
    question: row.question,
    position: row.position,
    since: row.since,
    certain: at >= row.latest,
    evidence: row.evidence,
  };
}
