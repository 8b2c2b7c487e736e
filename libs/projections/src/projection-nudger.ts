import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '#lib/queue';

/**
 * Asks the workers to apply the log. At most one apply job waits while another runs (BullMQ
 * deduplication with keepLastIfActive), so a burst of appends costs one or two jobs. A nudge that
 * is lost (Redis down, a crash after commit) is covered by the scheduled job.
 */
@Injectable()
export class ProjectionNudger {
  private readonly logger = new Logger('ProjectionNudger');
  private warned = false;

  constructor(@InjectQueue(QUEUES.projections) private readonly queue: Queue) {}

  nudge(): void {
    this.queue
      .add(JOBS.projections.apply, {}, { deduplication: { id: JOBS.projections.apply, keepLastIfActive: true }, removeOnComplete: true, removeOnFail: 100 })
      .then(() => (this.warned = false))
      .catch((error: Error) => {
        if (!this.warned) this.logger.warn(`nudge not queued (the schedule will pick the events up): ${error.message}`);
        this.warned = true;
      });
  }
}
