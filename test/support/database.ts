import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { createPool, migrate, quoteIdent } from '#lib/database';
import { TEST_DATABASE_URL } from './env.js';

export { TEST_DATABASE_URL, TEST_REDIS_URL } from './env.js';

export interface TestSchema {
  schema: string;
  pool: pg.Pool;
  connectionString: string;
  drop(): Promise<void>;
}

/** A fresh schema with every migration applied: each test file works in its own. */
export async function createTestSchema(options: { poolSize?: number } = {}): Promise<TestSchema> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await migrate({ connectionString: TEST_DATABASE_URL, schema });
  const pool = createPool({ connectionString: TEST_DATABASE_URL, schema, max: options.poolSize ?? 10 });
  return {
    schema,
    pool,
    connectionString: TEST_DATABASE_URL,
    async drop() {
      await pool.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
      await pool.end();
    },
  };
}
