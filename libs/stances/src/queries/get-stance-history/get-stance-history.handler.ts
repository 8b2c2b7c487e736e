import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CodebookRegistry } from '#lib/codebook';
import { StancesRepository } from '../../stances.repository.js';
import { ProjectionWaiter } from '../projection-waiter.js';
import { topicCodebook } from '../topic-filter.js';
import { GetStanceHistory, type StanceHistory } from './get-stance-history.query.js';

@QueryHandler(GetStanceHistory)
export class GetStanceHistoryHandler implements IQueryHandler<GetStanceHistory> {
  constructor(
    private readonly codebooks: CodebookRegistry,
    private readonly stances: StancesRepository,
    private readonly waiter: ProjectionWaiter,
  ) {}

  async execute({ topic, actor, question, options }: GetStanceHistory): Promise<StanceHistory> {
    topicCodebook(this.codebooks, topic, { actor, question });
    await this.waiter.waitFor(options.minPosition);
    const rows = await this.stances.history(topic, actor, question, options.knownAt);
    return {
      topic,
      actor,
      question,
      items: rows.map((row) => ({ position: row.position, from: row.validFrom, to: row.validTo, since: row.since, evidence: row.evidence })),
    };
  }
}
