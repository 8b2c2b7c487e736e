import { Query } from '@nestjs/cqrs';
import type { EventType } from '#lib/codebook';
import type { WorldEventRow } from '../../stances.repository.js';
import type { ReadOptions } from '../read-options.js';

export interface TopicEventsPage {
  /** News events in world-time order (earliest bound, then id), as recorded with corrections applied. */
  items: WorldEventRow[];
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string;
}

export interface GetTopicEventsOptions extends ReadOptions {
  /** Only events that may have happened on or after this day (`YYYY-MM-DD`): their latest bound is not before it. */
  from?: string;
  /** Only events that may have happened on or before this day: their earliest bound is not after it. */
  to?: string;
  actor?: string;
  type?: EventType;
  /** A cursor from a previous page's `next`. */
  after?: string;
  /** Page size; 100 when absent. */
  limit?: number;
}

/** A page of a topic's world timeline. */
export class GetTopicEvents extends Query<TopicEventsPage> {
  constructor(
    readonly topic: string,
    readonly options: GetTopicEventsOptions = {},
  ) {
    super();
  }
}
