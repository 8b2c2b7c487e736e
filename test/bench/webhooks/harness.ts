import { Worker } from 'node:worker_threads';

/**
 * The suite's other side of the wire, in a worker thread of its own (harness.thread.ts): the
 * webhook receiver (node:http on loopback, 200 to everything) and the open-loop client that posts
 * articles for the latency runs. Off the main thread, so that neither takes event-loop time from
 * the app they measure, and so that a change's send and its deliveries are timed on one clock.
 * Times are absolute ms (performance.timeOrigin + now), comparable with PostgreSQL's timestamps.
 */

export interface LatencyJob {
  baseUrl: string;
  apiKey: string;
  /** Articles per second, open loop: each is posted on its schedule whether or not earlier ones were answered. */
  rate: number;
  warmupMs: number;
  measureMs: number;
  /** The first change number (changes.ts) of this run; distinct across the suite's runs. */
  firstChange: number;
  /** Deliveries each change makes (one per subscription of the topic). */
  subscriptions: number;
  drainTimeoutMs: number;
}

/** One change posted inside the window, with its deliveries. */
export interface ChangeSample {
  articleId: string;
  sentAt: number;
  /** The 201 came back (the article's events are appended). */
  answeredAt: number;
  /** The first arrival on each receiver path (a retry's second arrival is not a delivery). */
  arrivals: number[];
}

export interface LatencyRun {
  changes: ChangeSample[];
  /** Length of the window in which the changes were posted. */
  seconds: number;
}

export interface DeliveryCount {
  /** Distinct webhook-ids received since `arm`. */
  deliveries: number;
  /** Arrivals of a webhook-id already received (at-least-once retries). */
  duplicates: number;
  firstAt: number;
  lastAt: number;
}

export interface HarnessCommands {
  listen: { input: undefined; output: { port: number } };
  /** Forget what was received; count from now. */
  arm: { input: undefined; output: undefined };
  /** Resolves once `expected` distinct webhooks have arrived since `arm`; fails after `timeoutMs`. */
  awaitCount: { input: { expected: number; timeoutMs: number }; output: DeliveryCount };
  latency: { input: LatencyJob; output: LatencyRun };
}

export type HarnessRequest = { [K in keyof HarnessCommands]: { id: number; command: K; input: HarnessCommands[K]['input'] } }[keyof HarnessCommands];
export type HarnessReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string; stack?: string };

const THREAD = new URL('./harness.thread.js', import.meta.url);

export class Harness {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private port = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: HarnessReply) => this.settle(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`webhooks harness thread exited with code ${code}`)));
  }

  static async start(): Promise<Harness> {
    const harness = new Harness(new Worker(THREAD));
    harness.port = (await harness.call('listen', undefined)).port;
    return harness;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  call<K extends keyof HarnessCommands>(command: K, input: HarnessCommands[K]['input']): Promise<HarnessCommands[K]['output']> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, command, input } as HarnessRequest);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private settle(reply: HarnessReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (reply.ok) {
      waiter.resolve(reply.result);
    } else {
      const error = new Error(reply.message);
      if (reply.stack !== undefined) error.stack = reply.stack;
      waiter.reject(error);
    }
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
