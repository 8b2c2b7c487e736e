import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/stanceline_bench';

/** Every schema a run creates starts with this, so leftovers of a crashed run can be found. */
const SCHEMA_PREFIX = 'bench_';

/** The bench database, reached through one admin connection that creates and drops schemas. */
export class BenchDatabase {
  private constructor(
    readonly url: string,
    private readonly admin: pg.Client,
  ) {}

  /** Connects, creating the database when missing. */
  static async open(url: string = BENCH_DATABASE_URL): Promise<BenchDatabase> {
    await ensureDatabase(url);
    const admin = new pg.Client({ connectionString: url, application_name: 'stanceline-bench-admin' });
    await admin.connect();
    return new BenchDatabase(url, admin);
  }

  /**
   * A fresh schema name; the measured code creates the schema itself (ours through migrate()).
   * The name is claimed at once with a session advisory lock on the admin connection (its query is
   * queued before anything the caller does next), so a run started meanwhile on the same database
   * leaves the schema alone; the lock goes with dropSchema, or with the connection if the run dies.
   */
  newSchemaName(label: string): string {
    const schema = `${SCHEMA_PREFIX}${label.replaceAll(/[^a-z0-9]+/g, '_')}_${randomBytes(4).toString('hex')}`;
    this.admin.query('SELECT pg_advisory_lock($1::bigint)', [schemaLockKey(schema)]).catch(() => {});
    return schema;
  }

  async dropSchema(schema: string): Promise<void> {
    await this.admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    await this.admin.query('SELECT pg_advisory_unlock($1::bigint)', [schemaLockKey(schema)]);
  }

  /**
   * Drops the schemas an earlier run left behind (it crashed or was interrupted), but not those of
   * a run still going on the same database: their claim (see newSchemaName) is held.
   */
  async dropLeftovers(): Promise<string[]> {
    const { rows } = await this.admin.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)`,
      [SCHEMA_PREFIX],
    );
    const dropped: string[] = [];
    for (const { nspname } of rows) {
      const key = schemaLockKey(nspname);
      const { rows: claim } = await this.admin.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS free', [key]);
      if (!claim[0].free) continue;
      await this.dropSchema(nspname);
      dropped.push(nspname);
    }
    return dropped;
  }

  async serverVersion(): Promise<string> {
    const { rows } = await this.admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return rows[0].v;
  }

  async close(): Promise<void> {
    await this.admin.end();
  }
}

/** A pool whose connections work in `schema` (for the baselines; ours uses the project's createPool). */
export function schemaPool(url: string, schema: string, max: number): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max,
    application_name: 'stanceline-bench',
    options: `-c search_path=${quoteIdent(schema)}`,
  });
}

/** The advisory lock key that claims a bench schema: 64 bits of its name's SHA-256, a signed bigint as text. */
function schemaLockKey(schema: string): string {
  return createHash('sha256').update(`stanceline-bench:${schema}`).digest().readBigInt64BE(0).toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString(), application_name: 'stanceline-bench-admin' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
  } finally {
    await admin.end();
  }
}
