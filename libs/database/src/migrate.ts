import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { quoteIdent } from './pool.js';

const MIGRATION_FILE = /^(\d{13})-([A-Z][A-Za-z0-9]*)\.sql$/;
/** Any fixed 64-bit key shared by every instance: migrations run one instance at a time. */
const MIGRATION_LOCK_KEY = 7_342_001_455;

export interface MigrateOptions {
  connectionString: string;
  schema?: string;
  directory?: string;
  log?: (line: string) => void;
}

export interface MigrateResult {
  applied: string[];
  skipped: number;
}

/**
 * Applies the SQL files of `infra/migrations` in name order, each in its own transaction, under an
 * advisory lock so that instances starting together apply each migration exactly once. Creates the
 * database (and the schema) when missing. A migration that changed after it was applied is refused.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const schema = options.schema ?? 'public';
  const log = options.log ?? (() => {});
  const files = await migrationFiles(options.directory ?? findMigrationsDirectory());
  const client = await connectCreatingDatabase(options.connectionString, log);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations');
    const done = new Map(rows.map((r) => [r.name, r.checksum]));

    const applied: string[] = [];
    for (const file of files) {
      const sql = await readFile(file.path, 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const previous = done.get(file.name);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new Error(`migration ${file.name} was changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [file.name, checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${file.name} failed: ${(error as Error).message}`);
      }
      log(`applied ${file.name}`);
      applied.push(file.name);
    }
    return { applied, skipped: files.length - applied.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function connectCreatingDatabase(connectionString: string, log: (line: string) => void): Promise<pg.Client> {
  const connect = async () => {
    const client = new pg.Client({ connectionString, application_name: 'stanceline-migrate' });
    await client.connect();
    return client;
  };
  try {
    return await connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: database does not exist
  }
  await createDatabase(connectionString, log);
  return connect();
}

async function createDatabase(connectionString: string, log: (line: string) => void): Promise<void> {
  const url = new URL(connectionString);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString(), application_name: 'stanceline-migrate' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
    log(`created database ${database}`);
  } catch (error) {
    // Another instance created it between our first connection and our CREATE.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await admin.end();
  }
}

async function migrationFiles(directory: string): Promise<{ name: string; path: string }[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.sql')).sort();
  for (const name of names) {
    if (!MIGRATION_FILE.test(name)) {
      throw new Error(`migration file ${name} is not named <13-digit ms>-<PascalName>.sql`);
    }
  }
  return names.map((name) => ({ name, path: join(directory, name) }));
}

/** `infra/migrations`, found by walking up from this file (works from src/ and from dist/). */
export function findMigrationsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'infra', 'migrations');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('infra/migrations not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
