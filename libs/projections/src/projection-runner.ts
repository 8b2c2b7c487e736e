import type pg from 'pg';
import type { PostgresEventStore } from '#lib/event-store';
import { CheckpointRepository } from './checkpoint.repository.js';
import type { ApplyContext, Projection } from './projection.js';

export interface RunOptions {
  batchSize?: number;
  /** The checkpoint to move: the projection's own, or a rebuild's. */
  checkpoint?: string;
  /** Runs on this client instead of one from the pool (a rebuild pins its search_path). */
  client?: pg.PoolClient;
  /**
   * Wait for a runner that holds the projection instead of leaving it the work: a job nudged by an
   * append that landed after that runner's last read must still see it applied.
   */
  waitForLock?: boolean;
  context?: ApplyContext;
}

/**
 * Applies the log to projections, one batch per transaction: lock, read from the checkpoint
 * (gap-safe), apply, move the checkpoint, commit. A crash anywhere rolls the whole batch back, so
 * nothing is lost or applied twice; the advisory lock keeps a second runner (in any process) out.
 */
export class ProjectionRunner {
  private readonly checkpoints = new CheckpointRepository();
  private readonly commitListeners: ((projection: string) => void)[] = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: PostgresEventStore,
  ) {}

  /** Called after each batch that applied events has committed (webhooks dispatch what it wrote to their outbox). */
  addCommitListener(listener: (projection: string) => void): void {
    this.commitListeners.push(listener);
  }

  /** One batch. Returns the number of events applied, or null when another runner holds the projection. */
  async runBatch(projection: Projection, options: RunOptions = {}): Promise<number | null> {
    const name = options.checkpoint ?? projection.name;
    const client = options.client ?? (await this.pool.connect());
    try {
      await client.query('BEGIN');
      if (options.waitForLock) await this.checkpoints.lock(client, name);
      else if (!(await this.checkpoints.tryLock(client, name))) {
        await client.query('ROLLBACK');
        return null;
      }
      const applied = await this.applyNext(client, projection, name, options.batchSize ?? 500, options.context);
      await client.query('COMMIT');
      if (applied) for (const listener of this.commitListeners) listener(projection.name);
      return applied;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      if (!options.client) client.release();
    }
  }

  /** Batches until the projection has read everything the log shows now; returns the events applied. */
  async catchUp(projection: Projection, options: RunOptions = {}): Promise<number> {
    let total = 0;
    for (;;) {
      const applied = await this.runBatch(projection, options);
      if (!applied) return total;
      total += applied;
    }
  }

  /** Inside a transaction that holds the projection's lock. */
  async applyNext(tx: pg.PoolClient, projection: Projection, name: string, batchSize: number, context?: ApplyContext): Promise<number> {
    const checkpoint = await this.checkpoints.read(tx, name);
    const page = await this.store.readAll(checkpoint.cursor, batchSize, {}, tx);
    if (page.events.length === 0) return 0;
    await projection.apply(tx, page.events, context);
    const last = page.events[page.events.length - 1];
    await this.checkpoints.advance(tx, name, {
      transactionId: last.transactionId,
      position: last.position,
      maxPosition: Math.max(...page.events.map((e) => e.position)),
      applied: page.events.length,
      lastRecordedAt: last.metadata.recordedAt,
    });
    return page.events.length;
  }
}
