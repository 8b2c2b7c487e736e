import { Query } from '@nestjs/cqrs';
import type { Evidence } from '../../domain/timeline.js';
import type { ReadOptions } from '../read-options.js';

/** One stretch of valid time during which a position was in effect. */
export interface StanceHistoryItem {
  position: string;
  /** First day in effect (`YYYY-MM-DD`): the signal's earliest bound. */
  from: string;
  /** First day no longer in effect, or null while it still is. */
  to: string | null;
  /** The EDTF date of the signal that set it. */
  since: string;
  evidence: Evidence[];
}

export interface StanceHistory {
  topic: string;
  actor: string;
  question: string;
  /** Oldest first. */
  items: StanceHistoryItem[];
}

/** The stance timeline of one (topic, actor, question). */
export class GetStanceHistory extends Query<StanceHistory> {
  constructor(
    readonly topic: string,
    readonly actor: string,
    readonly question: string,
    readonly options: ReadOptions = {},
  ) {
    super();
  }
}
