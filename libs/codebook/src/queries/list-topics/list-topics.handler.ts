import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CodebookRegistry } from '../../codebook-registry.js';
import type { CodebookSummary } from '../../codebook.js';
import { ListTopics } from './list-topics.query.js';

@QueryHandler(ListTopics)
export class ListTopicsHandler implements IQueryHandler<ListTopics> {
  constructor(private readonly codebooks: CodebookRegistry) {}

  async execute(): Promise<CodebookSummary[]> {
    return this.codebooks.list().map((codebook) => codebook.summary());
  }
}
