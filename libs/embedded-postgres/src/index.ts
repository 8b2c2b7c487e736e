export { type EmbeddedPostgres, type EmbeddedPostgresOptions, PREFERRED_PORT, startEmbeddedPostgres } from './embedded-postgres.js';
export { DataFolderInUseError } from './data-folder-lock.js';
