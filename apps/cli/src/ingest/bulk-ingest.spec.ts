import type { IngestResult } from '#lib/articles';
import { ValidationError } from '#lib/errors';
import type { IngestArticleBody } from '../../../api/src/articles/ingest-article.dto.js';
import type { ArticleItem } from './article-files.js';
import { bulkIngest } from './bulk-ingest.js';
import { formatIngestSummary } from './ingest-summary.js';

const article = (title: string): IngestArticleBody => ({ url: `https://x.example.com/${title}`, title, publishedAt: '2019-01-21' });

// A stand-in for the command bus: the outcome of each title is part of the test's given.
async function ingest(a: IngestArticleBody): Promise<IngestResult> {
  await new Promise((resolve) => setTimeout(resolve, a.title === 'slow' ? 20 : 1));
  if (a.title === 'bad') throw new ValidationError('publishedAt: is more than a day in the future', 'publishedAt');
  return { id: `id-${a.title}`, duplicate: a.title === 'dup', position: 1, events: a.title === 'dup' ? [] : ([{}, {}] as IngestResult['events']) };
}

describe('bulkIngest', () => {
  it('ingests every readable item, keeps going past failures, and returns outcomes in the items order', async () => {
    const items: ArticleItem[] = [
      { source: 'slow.txt', article: article('slow') },
      { source: 'unreadable.txt', error: 'header: unknown field x' },
      { source: 'bad.txt', article: article('bad') },
      { source: 'dup.json[0]', article: article('dup') },
      { source: 'new.json[1]', article: article('new') },
    ];
    const seen: string[] = [];
    const outcomes = await bulkIngest(items, ingest, (o) => seen.push(o.source), 2);
    expect(outcomes).toEqual([
      { source: 'slow.txt', status: 'ingested', id: 'id-slow', events: 2 },
      { source: 'unreadable.txt', status: 'failed', reason: 'header: unknown field x' },
      { source: 'bad.txt', status: 'failed', reason: 'publishedAt: is more than a day in the future' },
      { source: 'dup.json[0]', status: 'duplicate', id: 'id-dup', events: 0 },
      { source: 'new.json[1]', status: 'ingested', id: 'id-new', events: 2 },
    ]);
    expect(seen.sort()).toEqual(items.map((i) => i.source).sort());

    expect(formatIngestSummary(outcomes, 1234)).toBe(
      [
        'ingested 2 (4 events), duplicates 1, failed 2 — 5 articles in 1.2 s',
        'failed:',
        '  unreadable.txt: header: unknown field x',
        '  bad.txt: publishedAt: is more than a day in the future',
        '',
      ].join('\n'),
    );
  });

  it('does nothing for no items', async () => {
    expect(await bulkIngest([], ingest)).toEqual([]);
  });
});
