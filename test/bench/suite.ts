import type { Row } from './report.js';
import type { BenchDatabase } from './support/bench-database.js';

export interface SuiteContext {
  /** Short windows and one round: checks that everything runs, numbers are only indicative. */
  smoke: boolean;
  db: BenchDatabase;
  /** Progress lines; they go to stderr so stdout carries only the table. */
  log(line: string): void;
}

/** A benchmark suite; add one by importing it into run.ts and listing it in SUITES. */
export interface Suite {
  name: string;
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
