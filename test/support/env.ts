/**
 * The external test servers: TEST_DATABASE_URL / TEST_REDIS_URL, else the local services every CI
 * machine here runs. Whatever means them names both DATABASE_URL and REDIS_URL explicitly: with
 * neither, the service starts an embedded PostgreSQL instead (test/e2e/embedded-mode.spec.ts).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/stanceline_test'; // also in global-setup.ts
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
