import type { BenchEvent } from './events.js';

/** One implementation under test, set up for a number of concurrent writers in a fresh schema. */
export interface Appender {
  /**
   * Appends `events` to `streamId`, whose current version is `version`: each writer owns its
   * streams and tracks their versions, so targets that check versions can check the exact one.
   */
  append(writer: number, streamId: string, version: number, events: readonly BenchEvent[]): Promise<void>;
  close(): Promise<void>;
}

export interface TargetSetup {
  databaseUrl: string;
  /** Not created yet: the target creates it (ours through its migrations). */
  schema: string;
  writers: number;
}

export type OpenTarget = (setup: TargetSetup) => Promise<Appender>;

/**
 * Loaded lazily so a worker imports only the implementation it measures. Ceiling candidates are
 * separate targets; the suite reports the fastest as the ceiling.
 */
export const TARGETS = {
  'ours-shared': async () => (await import('./ours.target.js')).openSharedStore,
  'ours-per-writer': async () => (await import('./ours.target.js')).openStorePerWriter,
  'ceiling-single-row': async () => (await import('./ceiling.target.js')).openSingleRowInsert,
  'ceiling-jsonb': async () => (await import('./ceiling.target.js')).openJsonbInsert,
  'ceiling-unnest': async () => (await import('./ceiling.target.js')).openUnnestInsert,
  emmett: async () => (await import('./emmett.target.js')).openEmmett,
} satisfies Record<string, () => Promise<OpenTarget>>;

export type TargetName = keyof typeof TARGETS;
