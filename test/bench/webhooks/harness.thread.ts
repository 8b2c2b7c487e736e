import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { isMainThread, parentPort } from 'node:worker_threads';
import { curatedArticle } from './changes.js';
import type { ChangeSample, DeliveryCount, HarnessCommands, HarnessReply, HarnessRequest, LatencyJob, LatencyRun } from './harness.js';

// The worker thread behind Harness (harness.ts): a receiver and a load generator, nothing else.

if (isMainThread || parentPort === null) throw new Error('harness.thread.ts runs in a worker thread (see Harness.start)');
const port = parentPort;

const now = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------
// The receiver: as fast as node:http answers, 200 'ok' once the body is in. Counting and (during
// a latency run) reading the body's article id come after the answer has been written.

const received = new Set<string>();
let duplicates = 0;
let firstAt = 0;
let lastAt = 0;
/** While a latency run records: article id → first arrival per receiver path. */
let arrivals: Map<string, Map<string, number>> | undefined;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const at = now();
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    const id = String(req.headers['webhook-id']);
    if (received.has(id)) {
      duplicates++;
    } else {
      received.add(id);
      if (received.size === 1) firstAt = at;
      lastAt = at;
    }
    if (arrivals !== undefined) {
      const articleId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { articleId: string } }).data.articleId;
      const paths = arrivals.get(articleId) ?? new Map<string, number>();
      arrivals.set(articleId, paths);
      if (!paths.has(req.url ?? '/')) paths.set(req.url ?? '/', at);
    }
  });
});

function arm(): undefined {
  received.clear();
  duplicates = 0;
  firstAt = 0;
  lastAt = 0;
  return undefined;
}

async function awaitCount({ expected, timeoutMs }: { expected: number; timeoutMs: number }): Promise<DeliveryCount> {
  const deadline = Date.now() + timeoutMs;
  while (received.size < expected) {
    if (Date.now() > deadline) throw new Error(`receiver: ${received.size} of ${expected} webhooks within ${timeoutMs} ms`);
    await sleep(5);
  }
  return { deliveries: received.size, duplicates, firstAt, lastAt };
}

// ---------------------------------------------------------------------------------------------
// The latency run: open loop, one curated article (one stance change) per tick.

async function latency(job: LatencyJob): Promise<LatencyRun> {
  arrivals = new Map();
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${job.apiKey}` };
  const posted: { articleId: string; sentAt: number; answeredAt: number; inWindow: boolean }[] = [];
  let failure: unknown;
  let unanswered = 0;
  const interval = 1000 / job.rate;
  const total = Math.ceil(((job.warmupMs + job.measureMs) / 1000) * job.rate);
  const started = now();
  let windowStart = 0;
  try {
    for (let i = 0; i < total && failure === undefined; i++) {
      const due = started + i * interval;
      const wait = due - now();
      if (wait > 0) await sleep(wait);
      const inWindow = due - started >= job.warmupMs;
      if (inWindow && windowStart === 0) windowStart = due;
      const n = job.firstChange + i;
      const body = JSON.stringify(curatedArticle(n));
      const sentAt = now();
      unanswered++;
      fetch(`${job.baseUrl}/v1/articles`, { method: 'POST', headers, body })
        .then(async (response) => {
          const text = await response.text();
          const answeredAt = now();
          if (response.status !== 201) throw new Error(`POST /v1/articles (change ${n}) answered ${response.status}, not 201: ${text.slice(0, 500)}`);
          posted.push({ articleId: (JSON.parse(text) as { id: string }).id, sentAt, answeredAt, inWindow });
        })
        .catch((error: unknown) => (failure ??= error))
        .finally(() => unanswered--);
    }
    const windowEnd = started + total * interval;
    const deadline = Date.now() + job.drainTimeoutMs;
    const delivered = () => posted.every((p) => (arrivals!.get(p.articleId)?.size ?? 0) >= job.subscriptions);
    while (failure === undefined && (unanswered > 0 || !delivered())) {
      if (Date.now() > deadline) {
        const missing = posted.filter((p) => (arrivals!.get(p.articleId)?.size ?? 0) < job.subscriptions).length;
        throw new Error(`latency run: ${missing} of ${posted.length} changes (${unanswered} unanswered) not delivered to every subscription ${job.drainTimeoutMs} ms after the last`);
      }
      await sleep(5);
    }
    if (failure !== undefined) throw failure;
    const changes: ChangeSample[] = posted
      .filter((p) => p.inWindow)
      .map(({ articleId, sentAt, answeredAt }) => ({ articleId, sentAt, answeredAt, arrivals: [...arrivals!.get(articleId)!.values()] }));
    return { changes, seconds: (windowEnd - windowStart) / 1000 };
  } finally {
    arrivals = undefined;
  }
}

// ---------------------------------------------------------------------------------------------

const handlers: { [K in keyof HarnessCommands]: (input: HarnessCommands[K]['input']) => HarnessCommands[K]['output'] | Promise<HarnessCommands[K]['output']> } = {
  listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port }))),
  arm,
  awaitCount,
  latency,
};

port.on('message', (request: HarnessRequest) => {
  const handler = handlers[request.command] as (input: unknown) => unknown;
  Promise.resolve()
    .then(() => handler(request.input))
    .then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies HarnessReply),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ id: request.id, ok: false, message: e.message, stack: e.stack } satisfies HarnessReply);
      },
    );
});
