import { closedLoop } from '../support/closed-loop.js';
import { serveWorker } from '../support/in-worker.js';
import { percentile } from './percentile.js';
import { BENCH_TOPIC, keyOf } from './events.js';
import { BARE_ROUTE, type RouteKind } from './routes.js';

export interface HttpJob {
  /** 'stances': GET /v1/topics/:topic/stances?at=&actor=&question=; 'health': GET /health; 'bare': BARE_ROUTE. */
  target: RouteKind;
  baseUrl: string;
  /** The (actor, question) keys of the loaded log: every asked key has a timeline. */
  keys: number;
  clients: number;
  warmupMs: number;
  measureMs: number;
}

export interface HttpMeasurement {
  perSecond: number;
  requests: number;
  /** Client-side, over the requests started inside the window. */
  p50Ms: number;
  p99Ms: number;
  /** The window, in absolute ms (performance.timeOrigin + now), to pick the server's timings of it. */
  windowFrom: number;
  windowTo: number;
  /** Stance answers that named a position (the asked date was inside some interval). */
  answeredShare: number;
}

const FIRST_YEAR = 1945;
const YEARS = 80;

/**
 * The load generator, in a worker thread of its own as in the ingest suite, so building requests
 * and reading answers takes no event-loop time from the server (on the main thread). `clients`
 * closed loops over Node's fetch; its dispatcher opens one keep-alive socket per concurrent
 * request, so 50 clients are 50 connections. Any answer but a 200 fails the run.
 */
async function measure(job: HttpJob): Promise<HttpMeasurement> {
  let measuring = false;
  let windowFrom = 0;
  const latencies: number[] = [];
  let stanceAnswers = 0;
  let withPosition = 0;
  const pathOf = (): string => {
    if (job.target === 'health') return '/health';
    if (job.target === 'bare') return BARE_ROUTE;
    const { actor, question } = keyOf(Math.floor(Math.random() * job.keys));
    const day = new Date(Date.UTC(FIRST_YEAR, 0, 1) + Math.floor(Math.random() * YEARS * 365.25) * 86_400_000).toISOString().slice(0, 10);
    return `/v1/topics/${BENCH_TOPIC}/stances?at=${day}&actor=${actor}&question=${question}`;
  };
  const step = async (): Promise<number> => {
    const path = pathOf();
    const inWindow = measuring;
    const started = performance.now();
    const response = await fetch(job.baseUrl + path);
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}, not 200: ${text.slice(0, 500)}`);
    if (inWindow) {
      latencies.push(ms);
      if (job.target === 'stances') {
        stanceAnswers++;
        if ((JSON.parse(text) as { items: unknown[] }).items.length > 0) withPosition++;
      }
    }
    return 1;
  };
  // Fires just before closedLoop's own warm-up timer of the same length: latencies are those of
  // requests started inside the window.
  const opens = setTimeout(() => {
    measuring = true;
    windowFrom = performance.timeOrigin + performance.now();
  }, job.warmupMs);
  try {
    const result = await closedLoop({ clients: job.clients, warmupMs: job.warmupMs, measureMs: job.measureMs }, step);
    const windowTo = performance.timeOrigin + performance.now();
    if (latencies.length === 0) throw new Error(`no ${job.target} request completed inside the window`);
    return {
      perSecond: result.units / result.seconds,
      requests: result.ops,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      windowFrom,
      windowTo,
      answeredShare: stanceAnswers === 0 ? 0 : withPosition / stanceAnswers,
    };
  } finally {
    clearTimeout(opens);
  }
}

serveWorker(measure);
