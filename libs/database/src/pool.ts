import pg from 'pg';

// int8 columns (positions, versions) are read as JS numbers: exact up to 2^53, far beyond any log
// this service will hold; xid8 is cast to text in queries and kept as a string.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PoolOptions {
  connectionString: string;
  /** Schema every connection works in (tests give each file its own). Defaults to `public`. */
  schema?: string;
  max?: number;
  applicationName?: string;
}

/** A pg pool whose connections all use `schema` as their search_path. */
export function createPool(options: PoolOptions): pg.Pool {
  const schema = options.schema ?? 'public';
  return new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'stanceline',
    options: `-c search_path=${quoteIdent(schema)}`,
  });
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
