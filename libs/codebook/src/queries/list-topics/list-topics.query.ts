import { Query } from '@nestjs/cqrs';
import type { CodebookSummary } from '../../codebook.js';

/** Every tracked topic, as its public codebook summary. */
export class ListTopics extends Query<CodebookSummary[]> {}
