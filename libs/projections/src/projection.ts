import type pg from 'pg';
import type { RecordedEvent } from '#lib/event-store';
import type { RunMemory } from './run-memory.js';

/**
 * A named read model fed from the global log. `apply` runs inside the transaction that also moves
 * the checkpoint: whatever it writes commits with the checkpoint or not at all.
 */
export interface Projection {
  readonly name: string;
  /** The tables it owns: a rebuild fills fresh copies of them and swaps them in. */
  readonly tables: readonly string[];
  apply(tx: pg.PoolClient, events: readonly RecordedEvent[], context?: ApplyContext): Promise<void>;
}

/** How a batch is being applied. */
export interface ApplyContext {
  /**
   * True for an event whose effects the world has already been told of: a rebuild replays the log
   * into fresh tables, and must not announce (webhooks) what the live projection announced.
   */
  replaying?(event: RecordedEvent): boolean;
  /**
   * State a projection may keep across the batches of one exclusive run — a rebuild, where nothing
   * else writes its tables — instead of reading it back from them every batch.
   */
  memory?: RunMemory;
}
