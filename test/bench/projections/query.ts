import type pg from 'pg';
import { StancesRepository } from '../../../libs/stances/src/index.js';
import { closedLoop } from '../support/closed-loop.js';
import { BENCH_TOPIC, keyOf } from './events.js';
import { percentile } from './percentile.js';

export type QueryTarget = 'stancesAt' | 'select1';

export interface QueryMeasurement {
  perSecond: number;
  queries: number;
  p50Ms: number;
  p99Ms: number;
  /** stancesAt answers that named a position (the date fell inside some interval of the key). */
  answeredShare: number;
}

/** A random day from 1945 to 2024: where the generated signals are dated. */
export function randomDay(): string {
  return new Date(Date.UTC(1945, 0, 1) + Math.floor(Math.random() * 80 * 365.25) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Stance-at in process: StancesRepository.stancesAt for one random (actor, question) of the loaded
 * keys at a random date, `clients` closed loops over one pool (as the API's handler calls it, minus
 * HTTP, validation and the QueryBus). Baseline 'select1': `SELECT 1` on the same pool, the round
 * trip every query pays.
 */
export async function measureQueries(
  pool: pg.Pool,
  target: QueryTarget,
  options: { clients: number; keys: number; warmupMs: number; measureMs: number },
): Promise<QueryMeasurement> {
  const repository = new StancesRepository(pool);
  const latencies: number[] = [];
  let answered = 0;
  let measuring = false;
  const step = async (): Promise<number> => {
    const inWindow = measuring;
    const started = performance.now();
    if (target === 'select1') {
      await pool.query('SELECT 1');
    } else {
      const { actor, question } = keyOf(Math.floor(Math.random() * options.keys));
      const rows = await repository.stancesAt(BENCH_TOPIC, randomDay(), { actor, question });
      if (inWindow && rows.length > 0) answered++;
    }
    if (inWindow) latencies.push(performance.now() - started);
    return 1;
  };
  // Fires just before closedLoop's warm-up timer of the same length: latencies of queries started inside the window.
  const opens = setTimeout(() => (measuring = true), options.warmupMs);
  try {
    const result = await closedLoop(options, step);
    return {
      perSecond: result.units / result.seconds,
      queries: result.ops,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      answeredShare: target === 'stancesAt' ? answered / latencies.length : 0,
    };
  } finally {
    clearTimeout(opens);
  }
}
