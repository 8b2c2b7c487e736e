import { Query } from '@nestjs/cqrs';
import type { Evidence } from '../../domain/timeline.js';
import type { ReadOptions } from '../read-options.js';

/** The position in effect for one (topic, actor, question) on a date. */
export interface StanceView {
  topic: string;
  actor: string;
  question: string;
  position: string;
  /** The EDTF date of the signal that set it. */
  since: string;
  /** False when the date asked about is before the signal's latest bound: the position may not have been taken yet then. */
  certain: boolean;
  evidence: Evidence[];
}

export interface StancesAt {
  topic: string;
  /** The day asked about (`YYYY-MM-DD`). */
  at: string;
  items: StanceView[];
}

export interface GetStancesAtOptions extends ReadOptions {
  /** `YYYY-MM-DD`; today when absent. */
  at?: string;
  actor?: string;
  question?: string;
}

/** Every matching (actor, question) stance of a topic on a date: one index lookup each, never a replay. */
export class GetStancesAt extends Query<StancesAt> {
  constructor(
    readonly topic: string,
    readonly options: GetStancesAtOptions = {},
  ) {
    super();
  }
}
