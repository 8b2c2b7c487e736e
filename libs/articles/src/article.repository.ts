import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '#lib/errors';
import type { AppendResult, PostgresEventStore } from '#lib/event-store';
import { type ArticleEvent, type ArticleTextClaimed, articleStreamId, textClaimStreamId } from './domain/article-events.js';
import { type ArticleState, evolve, initialState } from './domain/article.decider.js';
import { deterministicUuid } from './domain/ids.js';

export interface LoadedArticle {
  state: ArticleState;
  version: number;
  /** Global position of the article's latest event. */
  position: number;
}

/** An article is the stream `article-<id>`; its text hash is claimed in `article-text-<hash>`. */
export class ArticleRepository {
  constructor(private readonly store: PostgresEventStore) {}

  async load(articleId: string): Promise<LoadedArticle> {
    const recorded = await this.store.readStream(articleStreamId(articleId));
    const state = recorded.reduce((s, e) => evolve(s, { type: e.type, data: e.data } as ArticleEvent), initialState());
    const last = recorded[recorded.length - 1];
    return { state, version: last?.version ?? 0, position: last?.position ?? 0 };
  }

  /**
   * Records a new article and its events, and claims its text hash, in one transaction. Event ids
   * derive from the article id, so a retried ingest writes nothing twice. Throws ConcurrencyError
   * naming the article stream (same url) or the claim stream (same text).
   */
  async create(articleId: string, events: ArticleEvent[], textHash: string | undefined): Promise<AppendResult> {
    const claim: ArticleTextClaimed = { type: 'ArticleTextClaimed', data: { articleId } };
    const [result] = await this.store.appendAll([
      {
        streamId: articleStreamId(articleId),
        events: events.map((e, i) => ({ id: deterministicUuid(`${articleId}:${i}:${e.type}`), type: e.type, data: e.data })),
        expected: 'no-stream',
      },
      ...(textHash
        ? [{ streamId: textClaimStreamId(textHash), events: [{ id: deterministicUuid(`${articleId}:claim`), ...claim }], expected: 'no-stream' as const }]
        : []),
    ]);
    return result;
  }

  /** Appends to an existing article at the version it was read at. */
  append(articleId: string, events: ArticleEvent[], expectedVersion: number): Promise<AppendResult> {
    return this.store.append(
      articleStreamId(articleId),
      events.map((e) => ({ id: randomUUID(), type: e.type, data: e.data })),
      expectedVersion,
    );
  }

  async exists(articleId: string): Promise<boolean> {
    return (await this.store.streamVersion(articleStreamId(articleId))) > 0;
  }

  /** The article that first claimed this text, if any. */
  async articleWithText(textHash: string): Promise<string | null> {
    const [claim] = await this.store.readStream(textClaimStreamId(textHash), 1, 1);
    return claim ? (claim.data as ArticleTextClaimed['data']).articleId : null;
  }

  static isClaimConflict(error: unknown): boolean {
    return error instanceof ConcurrencyError && error.streamId.startsWith('article-text-');
  }

  static isArticleConflict(error: unknown): boolean {
    return error instanceof ConcurrencyError && error.streamId.startsWith('article-') && !error.streamId.startsWith('article-text-');
  }
}
