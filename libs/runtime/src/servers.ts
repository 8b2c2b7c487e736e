import type { ServerChoice, Servers } from '#lib/config';
import { startEmbeddedPostgres } from '#lib/embedded-postgres';

/** The servers a process uses, and how to let go of them once its app has drained. */
export interface RunningServers extends Servers {
  stop(): Promise<void>;
}

/**
 * The one place that acts on the mode: the servers DATABASE_URL and REDIS_URL name are used as
 * they are; with neither set, an embedded PostgreSQL is started here and serves both the event store
 * and the queues (BullMQ's PostgreSQL backend). Everything after this sees a database URL and a
 * queue connection, whichever the mode.
 */
export async function startServers(choice: ServerChoice, log: (line: string) => void): Promise<RunningServers> {
  if (choice.mode === 'external') return { databaseUrl: choice.databaseUrl, queue: choice.queue, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: choice.dataDir, database: 'stanceline', log });
  return { databaseUrl: server.url, queue: { backend: 'postgres', url: server.url }, stop: () => server.stop() };
}
