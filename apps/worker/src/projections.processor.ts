import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { InjectProjections, type Projection, ProjectionRunner } from '#lib/projections';
import { JOBS, QUEUES } from '#lib/queue';

/** The safety net for a lost nudge: every projection is brought up to date this often anyway. */
export const SAFETY_NET_EVERY_MS = 2_000;
/** How often the schedule is put back, should Redis have restarted without its data. */
const RESCHEDULE_EVERY_MS = 5_000;

/**
 * Applies the log to every projection until caught up. Any number of workers may run: the runner's
 * advisory lock lets one apply a projection at a time, and a second waits for the first.
 */
@Processor(QUEUES.projections)
export class ProjectionsProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ProjectionsProcessor');
  private rescheduler?: NodeJS.Timeout;
  private readonly handlers: Record<string, () => Promise<unknown>> = {
    [JOBS.projections.apply]: () => this.applyAll(),
  };

  constructor(
    private readonly runner: ProjectionRunner,
    @InjectProjections() private readonly projections: Projection[],
    @InjectQueue(QUEUES.projections) private readonly queue: Queue,
  ) {
    super();
    const missing = Object.values(JOBS.projections).filter((name) => !this.handlers[name]);
    if (missing.length) throw new Error(`queue ${QUEUES.projections}: no handler for job ${missing.join(', ')}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    // Upserting is idempotent; doing it again restores the schedule after Redis lost its data.
    this.rescheduler = setInterval(() => {
      this.schedule().catch((error: Error) => this.logger.warn(`safety-net schedule not renewed: ${error.message}`));
    }, RESCHEDULE_EVERY_MS);
    this.rescheduler.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.rescheduler);
  }

  private schedule(): Promise<unknown> {
    return this.queue.upsertJobScheduler(
      'projections-safety-net',
      { every: SAFETY_NET_EVERY_MS },
      { name: JOBS.projections.apply, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name];
    if (!handler) throw new Error(`queue ${QUEUES.projections}: unknown job ${job.name}`);
    return handler();
  }

  private async applyAll(): Promise<Record<string, number>> {
    const applied: Record<string, number> = {};
    for (const projection of this.projections) applied[projection.name] = await this.runner.catchUp(projection, { waitForLock: true });
    if (Object.values(applied).some((n) => n > 0)) this.logger.debug(`applied ${JSON.stringify(applied)}`);
    return applied;
  }
}
