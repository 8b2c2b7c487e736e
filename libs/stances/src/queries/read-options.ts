import type { KnownAt } from '../stances.repository.js';

/** How fresh and as of when a read answers. */
export interface ReadOptions {
  /** Answer as the system knew it then (a log position or a moment of transaction time); now when absent. */
  knownAt?: KnownAt;
  /** Wait (bounded) until the projections have applied this log position: a write's `position`. */
  minPosition?: number;
}
