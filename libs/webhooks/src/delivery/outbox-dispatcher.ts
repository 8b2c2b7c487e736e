import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '#lib/queue';
import { type DueMessage, MessagesRepository } from '../messages/messages.repository.js';

const PAGE = 500;

/**
 * A message queued this long ago and still not attempted is presumed to have lost its job (Redis
 * lost its data). Long enough that a backlog waiting its turn in the queue is not queued twice.
 */
const LOST_AFTER_MS = 120_000;

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
  private sweepAsked = false;

  constructor(
    private readonly messages: MessagesRepository,
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue,
  ) {}

  /** Enqueues new messages; calls made while one runs are folded into one more pass. */
  dispatch(): Promise<void> {
    return this.run(false);
  }

  /** Enqueues new messages and those whose job was lost or whose worker died (the workers' periodic sweep). */
  sweep(): Promise<void> {
    return this.run(true);
  }

  private run(sweep: boolean): Promise<void> {
    if (sweep) this.sweepAsked = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const sweeping = this.sweepAsked;
          this.sweepAsked = false;
          await this.pass((limit) => this.messages.takeFresh(limit));
          if (sweeping) await this.pass((limit) => this.messages.takeOverdue(LOST_AFTER_MS, limit));
        } while (this.again || this.sweepAsked);
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

  private async pass(take: (limit: number) => Promise<DueMessage[]>): Promise<void> {
    for (;;) {
      const due = await take(PAGE);
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
