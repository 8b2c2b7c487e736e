import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quoteIdent } from '#lib/database';
import { TEST_DATABASE_URL } from './env.js';

export interface E2eDatabase {
  /** A database that does not exist yet: the process under test creates and migrates it, as on a fresh machine. */
  url: string;
  query<Row extends pg.QueryResultRow>(sql: string): Promise<Row[]>;
  drop(): Promise<void>;
}

/** For tests that run built entry points as processes, which take a DATABASE_URL rather than a schema. */
export function e2eDatabase(prefix: string): E2eDatabase {
  const name = `stanceline_${prefix}_${randomBytes(4).toString('hex')}`;
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  let pool: pg.Pool | undefined;
  return {
    url: url.toString(),
    async query<Row extends pg.QueryResultRow>(sql: string) {
      if (!pool) {
        pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
        // pool.end() can resolve before the server has let the connection go; DROP ... WITH (FORCE)
        // then terminates it (57P01), which must not surface as an unhandled error.
        pool.on('error', () => {});
      }
      return (await pool.query<Row>(sql)).rows;
    },
    async drop() {
      await pool?.end();
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await admin.end();
    },
  };
}
