import { setTimeout as sleep } from 'node:timers/promises';

export interface ClosedLoopOptions {
  clients: number;
  warmupMs: number;
  measureMs: number;
}

export interface ClosedLoopResult {
  /** Units (e.g. events) completed inside the measuring window. */
  units: number;
  /** Operations completed inside the measuring window. */
  ops: number;
  seconds: number;
}

/**
 * Runs `clients` loops that each call `step` back to back (a closed loop: a client starts its next
 * operation when the previous one returns), warms up, then counts what completes inside the window.
 * `step` returns how many units it did. The first failing step fails the whole run.
 */
export async function closedLoop(
  options: ClosedLoopOptions,
  step: (client: number) => Promise<number>,
): Promise<ClosedLoopResult> {
  let phase: 'warmup' | 'measure' | 'done' = 'warmup';
  let units = 0;
  let ops = 0;
  const loop = async (client: number): Promise<void> => {
    while (phase !== 'done') {
      const done = await step(client);
      if (phase === 'measure') {
        units += done;
        ops++;
      }
    }
  };
  const running = Promise.all(Array.from({ length: options.clients }, (_, client) => loop(client)));
  // Racing the timers against the loops surfaces a failing step at once instead of after the window.
  await Promise.race([sleep(options.warmupMs), running]);
  phase = 'measure';
  const start = performance.now();
  await Promise.race([sleep(options.measureMs), running]);
  phase = 'done';
  const seconds = (performance.now() - start) / 1000;
  await running;
  return { units, ops, seconds };
}
