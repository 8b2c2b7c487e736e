import type { NewsEvent } from './news-event.js';

export interface ArticleFields {
  articleId: string;
  topic: string;
  url: string;
  title: string;
  outlet?: string;
  author?: string;
  publishedAt: string;
  /** The article's text after markup and page boilerplate were removed; evidence offsets point into it. */
  text?: string;
  textHash?: string;
  /** Where the events came from: extracted from `text`, or posted as given. */
  source: 'extracted' | 'curated';
}

export type ArticleIngested = { type: 'ArticleIngested'; data: ArticleFields };
export type NewsEventReported = { type: 'NewsEventReported'; data: NewsEvent };
export type NewsEventRetracted = { type: 'NewsEventRetracted'; data: { articleId: string; eventId: string; reason: string } };
export type NewsEventCorrected = { type: 'NewsEventCorrected'; data: { articleId: string; eventId: string; event: NewsEvent } };
/** Written to the text-hash claim stream, so the same text under another url is one article. */
export type ArticleTextClaimed = { type: 'ArticleTextClaimed'; data: { articleId: string } };

export type ArticleEvent = ArticleIngested | NewsEventReported | NewsEventRetracted | NewsEventCorrected;

export const articleStreamId = (articleId: string) => `article-${articleId}`;
export const textClaimStreamId = (textHash: string) => `article-text-${textHash}`;
