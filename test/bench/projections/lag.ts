import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Job } from 'bullmq';
import type pg from 'pg';
import type { RunningStanceline } from './api.js';
import { newsEvent, streamOf } from './events.js';
import { percentile } from './percentile.js';

export type LagMode = 'bullmq' | 'polling';

export interface LagOptions {
  /** Appends per second, open loop: each starts on its schedule whether or not earlier ones returned. */
  rate: number;
  warmupMs: number;
  measureMs: number;
  keys: number;
  /** Log numbers for the generated events' contents (not ids): distinct per run. */
  firstReport: number;
}

export interface LagMeasurement {
  /** Appends started inside the window (all of them became queryable). */
  appends: number;
  /** Achieved rate over the window. */
  perSecond: number;
  /** Append call → its event applied by the stance projection (checkpoint past it), in ms. */
  lagP50Ms: number;
  lagP99Ms: number;
  lagMaxMs: number;
  /** Append call → append returned (committed, position known). */
  appendP50Ms: number;
  appendP99Ms: number;
  /**
   * Mode 'bullmq': jobs that finished while measuring, per second of the window, and their run
   * times. A job loops until a batch comes back empty, so under steady appends one job applies
   * many batches and its run time is not a cost per append.
   */
  jobsPerSecond: number;
  jobRunP50Ms: number;
  jobRunMaxMs: number;
  /** Polling mode: passes of the loop (each a catchUp per projection, which itself loops until a batch comes back empty). */
  polls: number;
}

interface Pending {
  startedAt: number;
  position: number;
  inWindow: boolean;
}

/** How often the watcher looks for applied positions while some are pending. */
const WATCH_EVERY_MS = 2;
/** After the window: how long the last appends may take to become queryable before the run fails. */
const DRAIN_TIMEOUT_MS = 30_000;

/**
 * Append-to-queryable lag under a steady stream of appends, each one article-like NewsEventReported
 * (a new article stream, one stance signal on a random existing key, a random date: an insertion
 * somewhere into a long timeline), through the app's own store, so every append nudges the
 * projection workers as the API's appends do.
 *
 * Per append: from the append call until the stance projection's checkpoint has passed its event,
 * i.e. until StancesRepository (and the stance endpoint) answer with it: the checkpoint commits in
 * the transaction that writes the read model. A watcher on its own connection asks, every
 * WATCH_EVERY_MS while appends are pending, which pending positions the checkpoint has passed: the
 * test CheckpointRepository.applied makes ((transaction, position) at or before the checkpoint's),
 * for all pending positions in one query instead of one query per position every few ms. The lag
 * is for the 'stances' projection only (what the stance reads need); the worker applies
 * 'world-events' after it in the same job.
 *
 * `mode`:
 * - 'bullmq': the real thing. The ProjectionsProcessor (BullMQ worker in this process) applies
 *   what the nudges ask for; job counts and run times come from the worker's 'completed' events.
 * - 'polling': the baseline. The BullMQ worker is paused and a loop here calls the same
 *   ProjectionRunner.catchUp for the same projections over and over (1 ms sleep when a pass found
 *   nothing), with no queue in between. This is chosen over timing the nudge round trip alone
 *   because it answers the question directly: how much of the lag is the BullMQ hop (nudge →
 *   Redis → job pick-up → job bookkeeping), and how much is applying the batch itself. A loop like
 *   this is the lowest lag a single process can get from the same runner; it costs a query every
 *   few ms when idle, which is why the product uses nudges instead.
 */
export async function measureLag(
  stanceline: RunningStanceline,
  watcherPool: pg.Pool,
  mode: LagMode,
  options: LagOptions,
): Promise<LagMeasurement> {
  const { store, processor } = stanceline;
  const worker = processor.worker;
  const pending = new Map<number, Pending>();
  const lags: number[] = [];
  const appendMs: number[] = [];
  const jobRuns: number[] = [];
  let failure: unknown;
  let measuring = false;
  let windowStart = 0;
  let windowEnd = 0;
  let appendsInWindow = 0;
  let unresolved = 0;

  const onCompleted = (job: Job) => {
    if (!measuring || job.processedOn === undefined || job.finishedOn === undefined) return;
    jobRuns.push(job.finishedOn - job.processedOn);
  };
  let polling = false;
  let polls = 0;
  let pollLoop: Promise<void> = Promise.resolve();
  if (mode === 'bullmq') {
    worker.on('completed', onCompleted);
  } else {
    await worker.pause();
    polling = true;
    pollLoop = (async () => {
      while (polling) {
        let applied = 0;
        for (const projection of stanceline.projections) applied += await stanceline.runner.catchUp(projection);
        polls++;
        if (applied === 0) await sleep(1);
      }
    })();
    pollLoop.catch((error: unknown) => (failure ??= error));
  }

  // The watcher: resolves pending appends once the stance checkpoint has passed them.
  let watching = true;
  const watch = (async () => {
    while (watching && failure === undefined) {
      if (pending.size > 0) {
        const positions = [...pending.keys()];
        const { rows } = await watcherPool.query<{ position: number }>(
          `SELECT e.position FROM events e JOIN projection_checkpoints c ON c.name = 'stances'
            WHERE e.position = ANY($1::bigint[]) AND (e.transaction_id, e.position) <= (c.transaction_id, c.position)`,
          [positions],
        );
        const now = performance.now();
        for (const { position } of rows) {
          const entry = pending.get(position)!;
          pending.delete(position);
          if (entry.inWindow) lags.push(now - entry.startedAt);
        }
      }
      await sleep(WATCH_EVERY_MS);
    }
  })();
  watch.catch((error: unknown) => (failure ??= error));

  // The writer: open loop on a fixed schedule.
  const interval = 1000 / options.rate;
  const started = performance.now();
  const total = Math.ceil(((options.warmupMs + options.measureMs) / 1000) * options.rate);
  let report = options.firstReport;
  try {
    for (let n = 0; n < total && failure === undefined; n++) {
      const due = started + n * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const now = performance.now();
      if (!measuring && now - started >= options.warmupMs) {
        measuring = true;
        windowStart = now;
      }
      const inWindow = measuring;
      if (inWindow) appendsInWindow++;
      const articleId = randomUUID();
      const event = newsEvent(report++, options.keys, 0, articleId, randomUUID());
      unresolved++;
      store.append(streamOf(articleId), [{ type: 'NewsEventReported', data: event, metadata: { correlationId: 'bench-lag' } }], 'no-stream').then(
        (result) => {
          unresolved--;
          if (inWindow) appendMs.push(performance.now() - now);
          pending.set(result.lastPosition, { startedAt: now, position: result.lastPosition, inWindow });
        },
        (error: unknown) => {
          unresolved--;
          failure ??= error;
        },
      );
    }
    windowEnd = performance.now();
    // Let the last appends become queryable.
    const deadline = performance.now() + DRAIN_TIMEOUT_MS;
    while ((pending.size > 0 || unresolved > 0) && failure === undefined) {
      if (performance.now() > deadline) throw new Error(`lag (${mode}): ${pending.size + unresolved} appends not applied ${DRAIN_TIMEOUT_MS} ms after the last one`);
      await sleep(10);
    }
  } finally {
    measuring = false;
    watching = false;
    await watch.catch(() => {});
    if (mode === 'bullmq') {
      worker.off('completed', onCompleted);
    } else {
      polling = false;
      await pollLoop.catch(() => {});
      worker.resume();
    }
  }
  if (failure !== undefined) throw failure;
  if (lags.length !== appendsInWindow) throw new Error(`lag (${mode}): ${appendsInWindow} appends in the window, ${lags.length} lags`);
  const p = (values: number[], q: number) => (values.length === 0 ? 0 : percentile(values, q));
  return {
    appends: appendsInWindow,
    perSecond: appendsInWindow / ((windowEnd - windowStart) / 1000),
    lagP50Ms: p(lags, 0.5),
    lagP99Ms: p(lags, 0.99),
    lagMaxMs: Math.max(...lags),
    appendP50Ms: p(appendMs, 0.5),
    appendP99Ms: p(appendMs, 0.99),
    jobsPerSecond: jobRuns.length / ((performance.now() - windowStart) / 1000),
    jobRunP50Ms: p(jobRuns, 0.5),
    jobRunMaxMs: jobRuns.length === 0 ? 0 : Math.max(...jobRuns),
    polls,
  };
}
