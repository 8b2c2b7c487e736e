import type { Row } from './report.js';
import type { BenchDatabase } from './support/bench-database.js';
import type { BenchMode, QueueStore } from './support/bench-servers.js';

export interface SuiteContext {
  /** Short windows and one round: checks that everything runs, numbers are only indicative. */
  smoke: boolean;
  /** The servers this run of the suite is on (support/bench-servers.ts); `db` and the queue store are that mode's. */
  mode: BenchMode;
  db: BenchDatabase;
  /**
   * Where BullMQ keeps the suite's jobs: Redis in external mode (at `redisUrl`, else a private
   * redis-server), the embedded PostgreSQL in embedded mode. The suite closes it.
   */
  openQueueStore(options?: { redisUrl?: string }): Promise<QueueStore>;
  /** A line for the report, under the suite's table: what this mode ran (sizes that differ by mode). */
  note(line: string): void;
  /** Progress lines; they go to stderr so stdout carries only the table. */
  log(line: string): void;
}

/** A benchmark suite; add one by importing it into run.ts and listing it in SUITES. */
export interface Suite {
  name: string;
  /** The modes it can run in, each measured against its baselines in that mode; external only when left out. */
  modes?: readonly BenchMode[];
  run(context: SuiteContext): Promise<Row[]>;
}

/** Warm-up and measuring window per measurement, and how many interleaved rounds to take. */
export interface Timing {
  warmupMs: number;
  measureMs: number;
  rounds: number;
}

export function timingFor(smoke: boolean): Timing {
  // Smoke: about 1.5 s per measurement. Full: ≥5 s windows, three rounds for a median, since the
  // box is noisy (±30% between runs, DESIGN.md §6).
  return smoke ? { warmupMs: 300, measureMs: 1_000, rounds: 1 } : { warmupMs: 1_000, measureMs: 5_000, rounds: 3 };
}
