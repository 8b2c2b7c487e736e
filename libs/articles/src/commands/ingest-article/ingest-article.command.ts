import { Command } from '@nestjs/cqrs';
import type { NewsEvent } from '../../domain/news-event.js';

export interface IngestArticleInput {
  url: string;
  title: string;
  outlet?: string;
  author?: string;
  /** ISO 8601 date or timestamp. */
  publishedAt: string;
  /** Plain text or HTML; extracted into events unless `events` is given. */
  text?: string;
  topic?: string;
  /** Curated events, taken as given after validation against the codebook. */
  events?: unknown[];
}

export interface IngestResult {
  id: string;
  duplicate: boolean;
  /** Global log position of the write: pass it as `minPosition` to read your own write. */
  position: number;
  events: NewsEvent[];
}

/** Ingest one article: the article and all its events go into its stream in one append, or not at all. */
export class IngestArticle extends Command<IngestResult> {
  constructor(readonly input: IngestArticleInput) {
    super();
  }
}
