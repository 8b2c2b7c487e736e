import type { ArticleState } from '../../domain/article.decider.js';
import type { NewsEvent } from '../../domain/news-event.js';

export interface ArticleView {
  id: string;
  topic: string;
  url: string;
  title: string;
  outlet?: string;
  author?: string;
  publishedAt: string;
  text?: string;
  source: 'extracted' | 'curated';
  /** Current events: corrections applied, retracted ones left out. */
  events: NewsEvent[];
  retracted: { id: string; reason: string }[];
  /** Global log position of the article's latest event. */
  position: number;
}

export function currentEvents(state: ArticleState): NewsEvent[] {
  return state.events.filter((e) => !e.retracted).map((e) => e.event);
}

export function toArticleView(state: ArticleState, position: number): ArticleView {
  const a = state.article!;
  return {
    id: a.articleId,
    topic: a.topic,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedAt: a.publishedAt,
    text: a.text,
    source: a.source,
    events: currentEvents(state),
    retracted: state.events.filter((e) => e.retracted).map((e) => ({ id: e.event.id, reason: e.retracted!.reason })),
    position,
  };
}
