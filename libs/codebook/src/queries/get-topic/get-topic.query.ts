import { Query } from '@nestjs/cqrs';
import type { CodebookSummary } from '../../codebook.js';

/** One topic's public codebook summary; NotFoundError for an unknown topic. */
export class GetTopic extends Query<CodebookSummary> {
  constructor(readonly topic: string) {
    super();
  }
}
