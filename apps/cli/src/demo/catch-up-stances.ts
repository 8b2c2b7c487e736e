import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { CheckpointRepository, Projection, ProjectionRunner } from '#lib/projections';

/**
 * Applies the log up to `position` to the stance and world-event projections from this process.
 * Where workers run the projections, their lock turns each catch-up into a no-op and this only
 * waits for them; the log is read gap-safe, so a catch-up may see less than all while an older
 * transaction is open, and is repeated until the checkpoints pass `position` or time runs out.
 */
export async function catchUpStances(
  deps: { pool: pg.Pool; runner: ProjectionRunner; checkpoints: CheckpointRepository; projections: Projection[] },
  position: number,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const projection of deps.projections) await deps.runner.catchUp(projection);
    if (await deps.checkpoints.applied(deps.pool, deps.projections.map((p) => p.name), position)) return;
    if (Date.now() > deadline) return; // the reads' minPosition says what is missing
    await sleep(25);
  }
}
