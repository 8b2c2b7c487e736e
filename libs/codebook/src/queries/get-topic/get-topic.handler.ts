import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CodebookRegistry } from '../../codebook-registry.js';
import type { CodebookSummary } from '../../codebook.js';
import { GetTopic } from './get-topic.query.js';

@QueryHandler(GetTopic)
export class GetTopicHandler implements IQueryHandler<GetTopic> {
  constructor(private readonly codebooks: CodebookRegistry) {}

  async execute({ topic }: GetTopic): Promise<CodebookSummary> {
    return this.codebooks.get(topic).summary();
  }
}
