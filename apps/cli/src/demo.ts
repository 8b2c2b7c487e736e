import 'reflect-metadata';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import pg from 'pg';
import { IngestArticle } from '#lib/articles';
import { GetTopic } from '#lib/codebook';
import { CheckpointRepository, PROJECTIONS, type Projection, ProjectionRunner } from '#lib/projections';
import { runMain } from '#lib/runtime';
import { GetStanceHistory, GetStancesAt } from '#lib/stances';
import { startStanceline } from '../../stanceline/src/start-stanceline.js';
import { catchUpStances } from './demo/catch-up-stances.js';
import { readSeedArticle } from './demo/seed-article.js';
import { formatStanceHistory } from './demo/stance-history-table.js';
import { formatStanceTable } from './demo/stance-table.js';
import { formatTimeline } from './demo/timeline-table.js';

const STANCE_DATES = ['2018-10-01', '2018-12-01', '2019-01-21'];
const HISTORY = { actor: 'russia', question: 'sequencing' };

/**
 * `npm run demo`: the service (API and workers) on an empty or existing database, with the seed
 * article ingested through the command bus, its timeline printed, then the stances it implies
 * read back through the query bus. It keeps serving.
 */
await runMain('stanceline-demo', async (config) => {
  const { app, url } = await startStanceline(config);
  const seed = await readSeedArticle();
  const topic = seed.topic ?? 'kuril-islands';
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

  // The workers in this process apply the projections; the demo also catches them up itself, so it
  // does not hang on the queue, and the reads wait (minPosition) for the ingest either way.
  await catchUpStances({ pool: app.get(pg.Pool), runner: app.get(ProjectionRunner), checkpoints: app.get(CheckpointRepository), projections: app.get<Projection[]>(PROJECTIONS) }, result.position);
  const queries = app.get(QueryBus);
  const codebook = await queries.execute(new GetTopic(topic));
  for (const at of STANCE_DATES) {
    const stances = await queries.execute(new GetStancesAt(topic, { at, minPosition: result.position }));
    out.write(`\nStances at ${at} (* not certain on that day; - no position known):\n`);
    out.write(formatStanceTable(codebook, stances.items));
  }
  const history = await queries.execute(new GetStanceHistory(topic, HISTORY.actor, HISTORY.question, { minPosition: result.position }));
  out.write(`\nHistory of ${HISTORY.actor} / ${HISTORY.question}:\n`);
  out.write(formatStanceHistory(history.items));

  out.write(
    [
      '',
      `Stanceline is serving at ${url}`,
      `  curl ${url}/v1/articles/${result.id}`,
      `  curl ${url}/v1/topics/${topic}`,
      `  curl '${url}/v1/topics/${topic}/stances?at=2018-10-01'`,
      `  curl '${url}/v1/topics/${topic}/stances/history?actor=${HISTORY.actor}&question=${HISTORY.question}'`,
      `  curl '${url}/v1/log?limit=5'`,
      `  API docs: ${url}/docs`,
      config.apiKeys.length > 0
        ? 'Writes (POST) need Authorization: Bearer <key>, with a key from API_KEYS. Ctrl-C stops it.'
        : 'API_KEYS is empty, so writes (POST) are refused; set API_KEYS=<key> to allow them. Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  return app;
});
