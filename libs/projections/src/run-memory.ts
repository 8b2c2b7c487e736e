import type pg from 'pg';

/**
 * State that projections keep across the batches of one exclusive run — a rebuild, where nothing
 * else writes their tables — instead of reading it back from them every batch.
 *
 * While the run holds rows back (the bulk of a rebuild, before anyone reads the tables), a
 * projection may write each row once, when it is final, and keep the rest in memory; it registers
 * how to write that rest with `holdBack`, and the run calls `writeOut` before the tables are read.
 * Until then such a projection only appends to its tables (the run may leave them unindexed).
 * After a batch fails (its transaction rolled back) the run must stop.
 */
export class RunMemory {
  private readonly entries = new Map<string, unknown>();
  private readonly held = new Map<string, (tx: pg.PoolClient) => Promise<void>>();
  private holding: boolean;
  private lost?: string;

  constructor(options: { holdBack?: boolean } = {}) {
    this.holding = options.holdBack ?? false;
  }

  get(name: string): unknown {
    this.check();
    return this.entries.get(name);
  }

  set(name: string, value: unknown): void {
    this.entries.set(name, value);
  }

  /** A failed batch: the projection's entry may be ahead of its tables. Rows it held back are lost, and with them the run. */
  forget(name: string): void {
    this.entries.delete(name);
    if (this.held.delete(name)) this.lost = name;
  }

  /** Whether a projection may hold rows back now. */
  get holdsBack(): boolean {
    return this.holding;
  }

  /** Whether some projection holds rows back: until writeOut it only appends to its tables. */
  get holdsRows(): boolean {
    return this.held.size > 0;
  }

  /** Rows the projection keeps back, and how `writeOut` writes them. */
  holdBack(name: string, writeOut: (tx: pg.PoolClient) => Promise<void>): void {
    if (!this.holding) throw new Error(`${name}: this run no longer holds rows back`);
    this.held.set(name, writeOut);
  }

  /** Writes what the projections held back; from then on they write as they go. */
  async writeOut(tx: pg.PoolClient): Promise<void> {
    this.check();
    this.holding = false;
    for (const writeOut of this.held.values()) await writeOut(tx);
    this.held.clear();
  }

  private check(): void {
    if (this.lost) throw new Error(`${this.lost}: rows held back in memory were lost to a failed batch`);
  }
}
