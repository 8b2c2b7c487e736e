import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '#lib/config';
import { JOBS, QUEUES } from '#lib/queue';
import { MessagesRepository } from '../messages/messages.repository.js';

const PAGE = 500;

/** The job id of a message's next attempt: a job added twice for one attempt is one job. */
export const deliveryJobId = (messageId: string, attemptsMade: number) => `${messageId}-${attemptsMade}`;

/**
 * Hands messages from the outbox to the queue: new ones right after the commit that wrote them,
 * and, on every sweep, those whose job was lost (Redis lost its data, a crash between commit and
 * enqueue) or whose worker died mid-attempt. PostgreSQL says what is owed; a job is only a nudge,
 * so a duplicate job finds nothing to claim.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger('OutboxDispatcher');
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly messages: MessagesRepository,
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  /** Enqueues everything owed now; calls made while one runs are folded into one more pass. */
  dispatch(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again);
      } catch (error) {
        this.logger.warn(`outbox not dispatched (the next sweep retries): ${(error as Error).message}`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Queues the next attempt of a message after `delayMs`. */
  async retry(messageId: string, attemptsMade: number, delayMs: number): Promise<void> {
    await this.queue.add(JOBS.webhooks.deliver, { messageId }, { jobId: deliveryJobId(messageId, attemptsMade), delay: delayMs, removeOnComplete: true, removeOnFail: true });
  }

  private async pass(): Promise<void> {
    // A queued job not run this long after it was due is presumed lost; an attempt's lease is the same.
    const grace = this.config.webhooks.timeout + 10_000;
    for (;;) {
      const due = await this.messages.takeDue(grace, PAGE);
      if (due.length === 0) return;
      await this.queue.addBulk(
        due.map((m) => ({
          name: JOBS.webhooks.deliver,
          data: { messageId: m.id },
          // Not the retry's job id: a job still held by a dead worker must not swallow this one.
          opts: { jobId: `${deliveryJobId(m.id, m.attempts)}-${m.enqueuedAt}`, removeOnComplete: true, removeOnFail: true },
        })),
      );
      if (due.length < PAGE) return;
    }
  }
}
