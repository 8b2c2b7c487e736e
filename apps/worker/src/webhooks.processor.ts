import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '#lib/config';
import { JOBS, QUEUES } from '#lib/queue';
import { OutboxDispatcher, WebhookDeliverer } from '#lib/webhooks';

/** Deliveries in flight per worker: most of an attempt is waiting on the receiver. */
export const WEBHOOK_CONCURRENCY = 50;

/**
 * Webhook attempts, one job each, and the sweep that queues what the outbox owes (a job lost with
 * Redis, an attempt whose worker died). Any number of workers may run: an attempt is claimed in
 * PostgreSQL before it is sent.
 */
@Processor(QUEUES.webhooks, { concurrency: WEBHOOK_CONCURRENCY })
export class WebhooksProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebhooksProcessor');
  private sweeper?: NodeJS.Timeout;
  private readonly handlers: Record<string, (job: Job) => Promise<unknown>> = {
    [JOBS.webhooks.deliver]: (job) => this.deliverer.deliver((job.data as { messageId: string }).messageId),
  };

  constructor(
    private readonly deliverer: WebhookDeliverer,
    private readonly dispatcher: OutboxDispatcher,
    private readonly config: AppConfig,
  ) {
    super();
    const missing = Object.values(JOBS.webhooks).filter((name) => !this.handlers[name]);
    if (missing.length) throw new Error(`queue ${QUEUES.webhooks}: no handler for job ${missing.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    void this.dispatcher.sweep();
    this.sweeper = setInterval(() => void this.dispatcher.sweep(), this.config.webhooks.sweepInterval);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name];
    if (!handler) throw new Error(`queue ${QUEUES.webhooks}: unknown job ${job.name}`);
    const outcome = await handler(job);
    if (outcome !== 'succeeded') this.logger.debug(`${job.id}: ${String(outcome)}`);
    return outcome;
  }
}
