import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive, programName } from './processes.js';

/** Raised when another live process already owns the data folder. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}

export interface DataFolderLock {
  release(): void;
}

/**
 * Makes this process the only one that runs a server on `dataDir`: `<dataDir>/stanceline.pid`
 * holds the owner's pid while it runs. A file whose process is gone (a run that was killed) is
 * taken over; one whose process still runs is refused with DataFolderInUseError.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const file = join(dataDir, 'stanceline.pid');
  for (let attempt = 1; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return {
        release: () => {
          if (readPid(file) === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readPid(file);
    if (owner !== undefined && isOwner(owner)) {
      throw new DataFolderInUseError(
        `another Stanceline process (pid ${owner}) is using the embedded PostgreSQL in ${dataDir}: stop it first, or set DATABASE_URL and REDIS_URL to use your own servers`,
      );
    }
    if (attempt === 3) throw new Error(`could not take ${file} over from pid ${owner}`);
    rmSync(file, { force: true }); // left by a run that is gone
  }
}

/** A live process other than this one, running the same program (a reused pid runs something else). */
function isOwner(pid: number): boolean {
  if (pid === process.pid || !isAlive(pid)) return false;
  const program = programName(pid);
  return program === undefined || program === programName(process.pid);
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
