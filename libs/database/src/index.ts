export { createPool, quoteIdent, type PoolOptions } from './pool.js';
export { migrate, findMigrationsDirectory, type MigrateOptions, type MigrateResult } from './migrate.js';
export { DatabaseModule } from './database.module.js';
export { pingDatabase } from './ping.js';
