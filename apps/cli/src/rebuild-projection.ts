import { createPool } from '#lib/database';
import { PostgresEventStore } from '#lib/event-store';
import { rebuildProjection } from '#lib/projections';
import { runTask, stancelineProjections } from '#lib/runtime';
import { WebhookOutbox } from '#lib/webhooks';

// Changes the live projection had not applied when the rebuild takes over are announced through
// the outbox; the running workers' sweep queues them.
const PROJECTIONS = stancelineProjections(new WebhookOutbox());

/** `npm run projections:rebuild -- <name>`: rebuild from position 0 into fresh tables and swap them in, live. */
await runTask('stanceline-rebuild', async (config) => {
  const name = process.argv[2];
  const projection = PROJECTIONS.find((p) => p.name === name);
  if (!projection) {
    process.stderr.write(`usage: npm run projections:rebuild -- <name>; projections: ${PROJECTIONS.map((p) => p.name).join(', ')}\n`);
    return 2;
  }
  const pool = createPool({ connectionString: config.databaseUrl, max: 2 });
  try {
    const result = await rebuildProjection(pool, new PostgresEventStore(pool), projection, {
      log: (line) => process.stderr.write(`\r${line}`),
    });
    process.stdout.write(`\n${name}: rebuilt from ${result.events} events in ${result.seconds.toFixed(1)} s and swapped in\n`);
    return 0;
  } finally {
    await pool.end();
  }
});
