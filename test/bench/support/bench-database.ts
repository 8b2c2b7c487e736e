import { randomBytes } from 'node:crypto';
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

  /** A fresh schema name; the measured code creates the schema itself (ours through migrate()). */
  newSchemaName(label: string): string {
    return `${SCHEMA_PREFIX}${label.replaceAll(/[^a-z0-9]+/g, '_')}_${randomBytes(4).toString('hex')}`;
  }

  async dropSchema(schema: string): Promise<void> {
    await this.admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  }

  /** Drops the schemas an earlier run left behind (it crashed or was interrupted). */
  async dropLeftovers(): Promise<string[]> {
    const { rows } = await this.admin.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)`,
      [SCHEMA_PREFIX],
    );
    for (const { nspname } of rows) await this.dropSchema(nspname);
    return rows.map((r) => r.nspname);
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
