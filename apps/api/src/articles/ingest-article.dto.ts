import { z } from 'zod';

/**
 * The shape of `POST /v1/articles` (and of an article in a bulk-ingest JSON file). Only types and
 * bounds here; what needs the codebook, the clock or the text (url scheme, publishedAt in the
 * future, text size, curated events) is checked by the IngestArticle handler, so every way in
 * gets the same rules. `text` has no bound here on purpose: the handler answers 413 for it.
 */
export const ingestArticleSchema = z.strictObject({
  url: z.string().min(1).max(2048),
  title: z.string().trim().min(1).max(1000),
  outlet: z.string().trim().min(1).max(200).optional(),
  author: z.string().trim().min(1).max(500).optional(),
  publishedAt: z.string().min(1).max(64),
  text: z.string().optional(),
  topic: z.string().min(1).max(100).optional(),
  events: z.array(z.unknown()).max(1000).optional(),
});

export type IngestArticleBody = z.output<typeof ingestArticleSchema>;
