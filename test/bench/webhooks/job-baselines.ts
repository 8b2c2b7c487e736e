import { Queue, Worker } from 'bullmq';
import { WEBHOOK_CONCURRENCY } from '../../../apps/worker/src/webhooks.processor.js';
// The sender is internal to libs/webhooks (WebhookDeliverer wraps it); the 'post' baseline needs it bare.
import { WebhookSender } from '../../../libs/webhooks/src/delivery/webhook-sender.js';
import { AddressPolicy, generateSecret, sign, stanceChangedBody } from '../../../libs/webhooks/src/index.js';
import { bullOptions, type QueueStore } from '../support/bench-servers.js';
import { changeRecord } from './changes.js';
import type { Harness } from './harness.js';

export type JobBaseline = 'noop' | 'post';

export interface JobRate {
  jobs: number;
  /** (jobs − 1) ÷ the time from the first to the last one: the sustained rate. */
  perSecond: number;
  /** From the first addBulk to the last job: what a burst takes, hand-over included. */
  totalSeconds: number;
}

/** As OutboxDispatcher: pages of 500 through addBulk, the same job options. */
const PAGE = 500;
const TIMEOUT_MS = 120_000;

let jobSerial = 0;

/**
 * BullMQ alone on the suite's queue store (its Redis, or BullMQ's PostgreSQL backend in embedded
 * mode, with the service's connection settings), shaped like the webhook path: jobs added in pages
 * through addBulk with the dispatcher's options, taken by a Worker of the webhook processor's
 * concurrency (WEBHOOK_CONCURRENCY), on the main thread as the app's worker is.
 * - 'noop' (the ceiling): the processor does nothing; timed from the first job's start to the last's.
 * - 'post': the processor signs a stance.changed body and POSTs it to the receiver with the
 *   product's WebhookSender: a delivery without our tables (no claim, no attempt recorded); timed
 *   at the receiver from the first arrival to the last, as ours is.
 */
export async function measureJobs(kind: JobBaseline, store: QueueStore, jobs: number, harness: Harness): Promise<JobRate> {
  const options = bullOptions(store);
  const name = `bench-${kind}`;
  const queue = new Queue(name, options);
  const sender = new WebhookSender(new AddressPolicy(['127.0.0.0/8']), { timeoutMs: 15_000, userAgent: 'Stanceline-Bench' });
  const secrets = [generateSecret()];
  const body = JSON.stringify(stanceChangedBody(changeRecord(0)));
  const started: number[] = [];
  const processor =
    kind === 'noop'
      ? async () => {
          started.push(performance.now());
        }
      : async (job: { id?: string; data: { messageId: string; path: string } }) => {
          const timestamp = Math.floor(Date.now() / 1000);
          const result = await sender.send({
            url: harness.url(job.data.path),
            body,
            headers: { 'webhook-id': job.data.messageId, 'webhook-timestamp': String(timestamp), 'webhook-signature': sign(secrets, job.data.messageId, timestamp, body) },
          });
          if (!result.ok) throw new Error(`baseline POST failed: ${result.error}`);
        };
  const worker = new Worker(name, processor, { ...options, concurrency: WEBHOOK_CONCURRENCY });
  let failure: Error | undefined;
  worker.on('failed', (_job, error) => (failure ??= error));
  try {
    await worker.waitUntilReady();
    await harness.call('arm', undefined);
    const addedAt = performance.now();
    for (let from = 0; from < jobs; from += PAGE) {
      const page = Array.from({ length: Math.min(PAGE, jobs - from) }, (_, i) => {
        const messageId = `msg_bench${jobSerial++}`;
        return {
          name: 'deliver',
          data: { messageId, path: `/${kind}-${(from + i) % 10}` },
          opts: { jobId: `${messageId}-0`, removeOnComplete: true, removeOnFail: true },
        };
      });
      await queue.addBulk(page);
    }
    if (kind === 'post') {
      const count = await harness.call('awaitCount', { expected: jobs, timeoutMs: TIMEOUT_MS });
      if (failure) throw failure;
      const addedAtAbsolute = performance.timeOrigin + addedAt;
      return { jobs, perSecond: (jobs - 1) / ((count.lastAt - count.firstAt) / 1000), totalSeconds: (count.lastAt - addedAtAbsolute) / 1000 };
    }
    const deadline = Date.now() + TIMEOUT_MS;
    while (started.length < jobs) {
      if (failure) throw failure;
      if (Date.now() > deadline) throw new Error(`${name}: ${started.length} of ${jobs} jobs ran within ${TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const [first, last] = [started[0], started[started.length - 1]];
    return { jobs, perSecond: (jobs - 1) / ((last - first) / 1000), totalSeconds: (last - addedAt) / 1000 };
  } finally {
    await worker.close();
    sender.close();
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
  }
}
