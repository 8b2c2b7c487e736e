import type { IngestResult } from '#lib/articles';
import type { IngestArticleBody } from '../../../api/src/articles/ingest-article.dto.js';
import type { ArticleItem } from './article-files.js';

export type IngestOutcome =
  | { source: string; status: 'ingested' | 'duplicate'; id: string; events: number }
  | { source: string; status: 'failed'; reason: string };

/** A few ingests in flight at once: the event store's group commit then shares their commits. */
const CONCURRENCY = 4;

/**
 * Ingests every readable item with `ingest`, `concurrency` at a time, and reports each outcome as
 * it happens. One failure never stops the run; the outcomes come back in the items' order.
 */
export async function bulkIngest(
  items: readonly ArticleItem[],
  ingest: (article: IngestArticleBody) => Promise<IngestResult>,
  onOutcome: (outcome: IngestOutcome) => void = () => {},
  concurrency = CONCURRENCY,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      outcomes[i] = await outcomeOf(items[i], ingest);
      onOutcome(outcomes[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return outcomes;
}

async function outcomeOf(item: ArticleItem, ingest: (article: IngestArticleBody) => Promise<IngestResult>): Promise<IngestOutcome> {
  if ('error' in item) return { source: item.source, status: 'failed', reason: item.error };
  try {
    const result = await ingest(item.article);
    return { source: item.source, status: result.duplicate ? 'duplicate' : 'ingested', id: result.id, events: result.events.length };
  } catch (error) {
    return { source: item.source, status: 'failed', reason: (error as Error).message || String(error) };
  }
}
