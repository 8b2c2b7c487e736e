import { createPool } from '../../../libs/database/src/index.js';
import { PostgresEventStore } from '../../../libs/event-store/src/index.js';
import { generateLog } from './events.js';

export interface LoadedLog {
  events: number;
  reported: number;
  retracted: number;
  corrected: number;
  seconds: number;
}

/**
 * Appends per appendAll call (one append_events call, one transaction). append_events grows its
 * result array by concatenation, so its cost per append rises with the appends per call: ~500
 * events (~130 appends) was the fastest here (18k ev/s; 10,000 events per call gave 6k ev/s).
 */
const CHUNK_EVENTS = 500;
/** Calls handed to the pool at once: the next chunk is built and serialised while one runs. */
const PIPELINE = 2;

/**
 * Writes the generated log through the store's own append path, appendAll. Not measured; only
 * fast. One connection: its calls run in the order they were made (pg's pool queue is FIFO), so a
 * retraction always lands after the event it names in log order, which two connections committing
 * concurrently would not guarantee; the pipeline still keeps this side's JSON work off the
 * critical path.
 */
export async function loadLog(
  connection: { connectionString: string; schema: string },
  totalEvents: number,
  keys: number,
  log: (line: string) => void,
): Promise<LoadedLog> {
  const pool = createPool({ ...connection, max: 1, applicationName: 'stanceline-bench-load' });
  try {
    const store = new PostgresEventStore(pool);
    const counts = { reported: 0, retracted: 0, corrected: 0 };
    const started = performance.now();
    let events = 0;
    let lastLog = started;
    const inFlight: Promise<unknown>[] = [];
    for (const chunk of generateLog(totalEvents, keys, CHUNK_EVENTS, counts)) {
      inFlight.push(store.appendAll(chunk));
      events += chunk.reduce((n, a) => n + a.events.length, 0);
      if (inFlight.length >= PIPELINE) await inFlight.shift();
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        log(`projections: loading, ${events.toLocaleString('en-US')} / ${totalEvents.toLocaleString('en-US')} events`);
      }
    }
    await Promise.all(inFlight);
    return { events, ...counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool.end();
  }
}
