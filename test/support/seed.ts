import type { IngestResult } from '#lib/articles';
import type { TestApi } from './api.js';
import { seedArticle } from './fixtures.js';

/** POSTs the seed article (its text, to be extracted) and returns the 201 answer. */
export async function postSeedArticle(api: TestApi): Promise<IngestResult> {
  const { url, title, outlet, author, publishedAt, topic, text } = seedArticle();
  const response = await api.post('/v1/articles', { url, title, outlet, author, publishedAt, topic, text });
  if (response.status !== 201) throw new Error(`ingesting the seed article: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
