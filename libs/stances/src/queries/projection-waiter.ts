import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { UnavailableError } from '#lib/errors';
import { CheckpointRepository } from '#lib/projections';

/** The projections the stance and timeline reads come from. */
export const STANCE_READ_MODELS = ['stances', 'world-events'] as const;

const POLL_MS = 25;
const TIMEOUT_MS = 5_000;

/**
 * Read-your-writes for the stance reads: `minPosition` is a write's log position, and a read waits,
 * bounded, until every projection it reads from has applied it. Past the bound the caller gets an
 * UnavailableError (503 with Retry-After) rather than an answer that silently misses its write.
 */
@Injectable()
export class ProjectionWaiter {
  constructor(
    @Inject(pg.Pool) private readonly pool: pg.Pool,
    private readonly checkpoints: CheckpointRepository,
  ) {}

  /** Returns once `minPosition` (when given) is applied; UnavailableError after 5 s. */
  async waitFor(minPosition: number | undefined): Promise<void> {
    if (!minPosition) return;
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      if (await this.checkpoints.applied(this.pool, STANCE_READ_MODELS, minPosition)) return;
      if (Date.now() + POLL_MS > deadline) {
        throw new UnavailableError(`the projections have not yet applied log position ${minPosition}; retry shortly`, 1);
      }
      await sleep(POLL_MS);
    }
  }
}
