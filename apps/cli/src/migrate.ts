import { runTask } from '#lib/runtime';

/** `npm run migrate`: creates the database if needed and applies infra/migrations under the migration lock. */
await runTask('stanceline-migrate', async () => {
  process.stderr.write('stanceline-migrate: the database is up to date\n');
  return 0;
});
