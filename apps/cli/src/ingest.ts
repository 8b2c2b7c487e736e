import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { ArticlesModule, IngestArticle } from '#lib/articles';
import { CoreModule, runTask } from '#lib/runtime';
import { collectArticles } from './ingest/article-files.js';
import { bulkIngest } from './ingest/bulk-ingest.js';
import { formatIngestSummary } from './ingest/ingest-summary.js';
import { ProgressBar } from './ingest/progress-bar.js';

const USAGE = `usage: npm run ingest -- <files or folders>...

Ingests articles into the database at DATABASE_URL (migrating it first), in this process.
  *.txt   a header of "field: value" lines (url, title, publishedAt; optionally outlet, author,
          topic), a blank line, then the article text
  *.json  one article object, or a list of them, as POST /v1/articles takes
Folders are searched recursively for .txt and .json files. Exits 1 when any article failed.
`;

const args = process.argv.slice(2);
if (args.length === 0 || args.some((arg) => arg.startsWith('-'))) {
  const help = args.includes('--help') || args.includes('-h');
  (help ? process.stdout : process.stderr).write(USAGE);
  process.exitCode = help ? 0 : 2;
} else {
  /** Bulk ingest: `npm run ingest -- <files or folders>`. */
  await runTask('stanceline-ingest', async (config) => {
    const started = Date.now();
    const items = await collectArticles(args);

    @Module({ imports: [CoreModule.forRoot(config), ArticlesModule] })
    class IngestModule {}
    const app = await NestFactory.createApplicationContext(IngestModule, { logger: ['error', 'warn'], abortOnError: false });
    try {
      const commandBus = app.get(CommandBus);
      const progress = process.stderr.isTTY ? new ProgressBar(process.stderr, items.length) : undefined;
      const outcomes = await bulkIngest(items, (article) => commandBus.execute(new IngestArticle(article)), (outcome) => progress?.tick(outcome.source));
      progress?.finish();
      process.stdout.write(formatIngestSummary(outcomes, Date.now() - started));
      return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    } finally {
      await app.close();
    }
  });
}
