import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore } from '#lib/event-store';
import type pg from 'pg';
import { CheckpointRepository, type Projection, ProjectionRunner, type RunOptions } from '#lib/projections';
import { StanceProjection, WorldEventsProjection } from '#lib/stances';
import type { TestSchema } from './database.js';

const PROJECTIONS = [new StanceProjection(), new WorldEventsProjection()];

/**
 * Applies everything in the log (up to its head now) to the stance and world-event projections, as
 * the workers would: the API tests run the projections themselves rather than depend on the BullMQ
 * wiring. The log is read gap-safe, so while any transaction in the cluster older than the last
 * append is still open (another test file's, say) a catch-up sees less than all: it is repeated
 * until the checkpoints have passed the head.
 */
export async function projectAll(db: TestSchema, timeoutMs = 20_000): Promise<void> {
  const store = new PostgresEventStore(db.pool);
  const runner = new ProjectionRunner(db.pool, store);
  const checkpoints = new CheckpointRepository();
  const { position: head } = await store.head();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const projection of PROJECTIONS) await runner.catchUp(projection);
    if (head === 0 || (await checkpoints.applied(db.pool, PROJECTIONS.map((p) => p.name), head))) return;
    if (Date.now() > deadline) throw new Error(`the projections did not reach log position ${head} within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/**
 * Runs `projection` until its checkpoint (`options.checkpoint` or its own) has passed the log's head
 * as it is now. `runner.catchUp` alone stops at the gap-safe horizon, which another test file's
 * open transaction can hold back; this repeats until the head is applied.
 */
export async function catchUpToHead(
  runner: ProjectionRunner,
  store: PostgresEventStore,
  pool: Pick<pg.Pool, 'query'>,
  projection: Projection,
  options: RunOptions = {},
  timeoutMs = 20_000,
): Promise<void> {
  const { position: head } = await store.head();
  const checkpoint = options.checkpoint ?? projection.name;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await runner.catchUp(projection, options);
    if (head === 0 || (await new CheckpointRepository().applied(options.client ?? pool, [checkpoint], head))) return;
    if (Date.now() > deadline) throw new Error(`${checkpoint} did not reach log position ${head} within ${timeoutMs} ms`);
    await sleep(20);
  }
}
