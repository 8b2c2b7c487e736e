import { IllegalStateError, NotFoundError } from '#lib/errors';
import type { ArticleEvent, ArticleFields } from './article-events.js';
import type { NewsEvent } from './news-event.js';

export type ArticleCommand =
  | { type: 'IngestArticle'; data: { article: ArticleFields; events: NewsEvent[] } }
  | { type: 'RetractNewsEvent'; data: { eventId: string; reason: string } }
  | { type: 'CorrectNewsEvent'; data: { eventId: string; event: NewsEvent } };

export interface ArticleState {
  article: ArticleFields | null;
  /** Current events in report order; a retracted one keeps its place with `retracted` set. */
  events: { event: NewsEvent; retracted?: { reason: string } }[];
}

export const initialState = (): ArticleState => ({ article: null, events: [] });

/** What a command means for an article, given its history. Pure: no clock, no I/O. */
export function decide(command: ArticleCommand, state: ArticleState): ArticleEvent[] {
  switch (command.type) {
    case 'IngestArticle': {
      if (state.article) throw new IllegalStateError(`article ${state.article.articleId} is already ingested`);
      const { article, events } = command.data;
      return [
        { type: 'ArticleIngested', data: article },
        ...events.map((event): ArticleEvent => ({ type: 'NewsEventReported', data: event })),
      ];
    }
    case 'RetractNewsEvent': {
      const entry = current(state, command.data.eventId);
      if (entry.retracted) throw new IllegalStateError(`event ${command.data.eventId} is already retracted`);
      return [{ type: 'NewsEventRetracted', data: { articleId: state.article!.articleId, ...command.data } }];
    }
    case 'CorrectNewsEvent': {
      const entry = current(state, command.data.eventId);
      if (entry.retracted) throw new IllegalStateError(`event ${command.data.eventId} is retracted; a retracted event cannot be corrected`);
      return [{ type: 'NewsEventCorrected', data: { articleId: state.article!.articleId, ...command.data } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolve(state: ArticleState, event: ArticleEvent): ArticleState {
  switch (event.type) {
    case 'ArticleIngested':
      return { ...state, article: event.data };
    case 'NewsEventReported':
      return { ...state, events: [...state.events, { event: event.data }] };
    case 'NewsEventRetracted':
      return {
        ...state,
        events: state.events.map((e) => (e.event.id === event.data.eventId ? { ...e, retracted: { reason: event.data.reason } } : e)),
      };
    case 'NewsEventCorrected':
      return { ...state, events: state.events.map((e) => (e.event.id === event.data.eventId ? { event: event.data.event } : e)) };
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

function current(state: ArticleState, eventId: string): ArticleState['events'][number] {
  if (!state.article) throw new NotFoundError('article not found');
  const entry = state.events.find((e) => e.event.id === eventId);
  if (!entry) throw new NotFoundError(`event ${eventId} is not an event of article ${state.article.articleId}`);
  return entry;
}
