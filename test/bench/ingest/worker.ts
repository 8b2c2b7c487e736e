import { closedLoop } from '../support/closed-loop.js';
import { serveWorker } from '../support/in-worker.js';
import { type BenchArticle, numberedCopy } from './articles.js';

export type IngestTarget = 'ours' | 'health';

export interface ClientJob {
  /** 'ours': POST /v1/articles, each a new article, 201 expected; 'health': GET /health, 200 expected. */
  target: IngestTarget;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  apiKey: string;
  articles: BenchArticle[];
  /** Unique per measurement: keeps every article of the run new. */
  tag: string;
  clients: number;
  warmupMs: number;
  measureMs: number;
}

export interface ClientMeasurement {
  perSecond: number;
  /** Requests completed inside the measuring window (all with the expected status). */
  requests: number;
  seconds: number;
  /** Over the requests started inside the window. */
  p50Ms: number;
  p99Ms: number;
  /** Mean events the service extracted per article (target 'ours'), else 0. */
  eventsPerArticle: number;
}

/**
 * The load generator, in a worker thread of its own so that building requests and reading answers
 * does not take event-loop time from the server it measures (which runs on the main thread). Each
 * client is a closed loop over Node's fetch, whose dispatcher keeps connections alive: with c
 * clients, c sockets are reused throughout.
 */
async function measure(job: ClientJob): Promise<ClientMeasurement> {
  const postHeaders = { 'content-type': 'application/json', authorization: `Bearer ${job.apiKey}` };
  let next = 0;
  let measuring = false;
  const latencies: number[] = [];
  let events = 0;
  let articles = 0;

  const post = async (): Promise<void> => {
    const n = next++;
    const body = JSON.stringify(numberedCopy(job.articles[n % job.articles.length], job.tag, n));
    const inWindow = measuring;
    const started = performance.now();
    const response = await fetch(`${job.baseUrl}/v1/articles`, { method: 'POST', headers: postHeaders, body });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 201) {
      throw new Error(`POST /v1/articles answered ${response.status}, not 201 (copy ${job.tag}-${n}): ${text.slice(0, 500)}`);
    }
    if (inWindow) {
      latencies.push(ms);
      events += (JSON.parse(text) as { events: unknown[] }).events.length;
      articles++;
    }
  };
  const health = async (): Promise<void> => {
    const inWindow = measuring;
    const started = performance.now();
    const response = await fetch(`${job.baseUrl}/health`);
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET /health answered ${response.status}, not 200: ${text.slice(0, 500)}`);
    if (inWindow) latencies.push(ms);
  };
  const step = job.target === 'ours' ? post : health;

  // Scheduled before closedLoop's own warm-up timer of the same length, so it fires just before
  // the window opens: latencies are those of requests started inside the window.
  const opens = setTimeout(() => (measuring = true), job.warmupMs);
  try {
    const result = await closedLoop({ clients: job.clients, warmupMs: job.warmupMs, measureMs: job.measureMs }, async () => {
      await step();
      return 1;
    });
    if (latencies.length === 0) throw new Error(`no ${job.target} request completed inside the window`);
    return {
      perSecond: result.units / result.seconds,
      requests: result.ops,
      seconds: result.seconds,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      eventsPerArticle: articles === 0 ? 0 : events / articles,
    };
  } finally {
    clearTimeout(opens);
  }
}

/** Nearest rank. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

serveWorker(measure);
