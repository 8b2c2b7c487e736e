import 'reflect-metadata';
import { CommandBus } from '@nestjs/cqrs';
import { IngestArticle } from '#lib/articles';
import { runMain } from '#lib/runtime';
import { startStanceline } from '../../stanceline/src/start-stanceline.js';
import { readSeedArticle } from './demo/seed-article.js';
import { formatTimeline } from './demo/timeline-table.js';

/**
 * `npm run demo`: the service (API and workers) on an empty or existing database, with the seed
 * article ingested through the command bus and its timeline printed. It keeps serving.
 */
await runMain('stanceline-demo', async (config) => {
  const { app, url } = await startStanceline(config);
  const seed = await readSeedArticle();
  const result = await app.get(CommandBus).execute(new IngestArticle(seed));
  const out = process.stdout;
  out.write(`\nSeed article: "${seed.title}" (${seed.outlet}, ${seed.publishedAt.slice(0, 10)})\n`);
  out.write(
    result.duplicate
      ? `  already in the database as article ${result.id} (a duplicate, nothing written); ${result.events.length} events\n\n`
      : `  ingested as article ${result.id} at log position ${result.position}; ${result.events.length} events extracted\n\n`,
  );
  out.write('Timeline (world dates, EDTF):\n');
  out.write(formatTimeline(result.events));
  out.write(
    [
      '',
      `Stanceline is serving at ${url}`,
      `  curl ${url}/v1/articles/${result.id}`,
      `  curl ${url}/v1/topics/${seed.topic ?? ''}`,
      `  curl '${url}/v1/log?limit=5'`,
      config.apiKeys.length > 0
        ? 'Writes (POST) need Authorization: Bearer <key>, with a key from API_KEYS. Ctrl-C stops it.'
        : 'API_KEYS is empty, so writes (POST) are refused; set API_KEYS=<key> to allow them. Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  return app;
});
