import { closedLoop, type ClosedLoopOptions } from '../support/closed-loop.js';
import { serveWorker } from '../support/in-worker.js';
import { makeEvents } from './events.js';
import { TARGETS, type TargetName } from './target.js';

export interface AppendJob {
  target: TargetName;
  databaseUrl: string;
  schema: string;
  writers: number;
  eventsPerAppend: number;
  streams: number;
  warmupMs: number;
  measureMs: number;
}

export interface AppendMeasurement {
  eventsPerSecond: number;
  appends: number;
  events: number;
  seconds: number;
}

/** Sets one target up in its schema, drives it with the workload's writers, and measures. */
async function measure(job: AppendJob): Promise<AppendMeasurement> {
  const open = await TARGETS[job.target]();
  const appender = await open({ databaseUrl: job.databaseUrl, schema: job.schema, writers: job.writers });
  try {
    // A few distinct batches, reused: building events is not what is measured.
    const batches = Array.from({ length: 16 }, (_, seed) => makeEvents(job.eventsPerAppend, seed));
    // Writer w owns the streams i with i % writers == w, so writers never race on a stream and each
    // can pass the exact expected version.
    const versions = new Array<number>(job.streams).fill(0);
    const streamIndexes = Array.from({ length: job.streams }, (_, stream) => stream);
    const owned = Array.from({ length: job.writers }, (_, writer) =>
      streamIndexes.filter((stream) => stream % job.writers === writer),
    );
    const turns = new Array<number>(job.writers).fill(0);
    let appends = 0;
    const options: ClosedLoopOptions = { clients: job.writers, warmupMs: job.warmupMs, measureMs: job.measureMs };
    const result = await closedLoop(options, async (writer) => {
      const streams = owned[writer];
      const stream = streams[turns[writer]++ % streams.length];
      const events = batches[appends++ % batches.length];
      await appender.append(writer, `news-${stream}`, versions[stream], events);
      versions[stream] += events.length;
      return events.length;
    });
    return {
      eventsPerSecond: result.units / result.seconds,
      appends: result.ops,
      events: result.units,
      seconds: result.seconds,
    };
  } finally {
    await appender.close();
  }
}

serveWorker(measure);
