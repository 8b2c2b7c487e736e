import { createPool } from '#lib/database';
import { PostgresEventStore } from '#lib/event-store';
import { rebuildProjection } from '#lib/projections';
import { runTask } from '#lib/runtime';
import { StanceProjection, WorldEventsProjection } from '#lib/stances';

const PROJECTIONS = [new StanceProjection(), new WorldEventsProjection()];

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
