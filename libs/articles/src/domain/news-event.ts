import type { EventContext, EventType } from '#lib/codebook';

/** A quote and its character offsets into the article's stored text. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

/** "This event shows `actor` holding `position` on `question` from the event's date." */
export interface StanceSignal {
  actor: string;
  question: string;
  position: string;
  /** The words that carry the signal, when they are not the event's own evidence. */
  evidence?: Evidence;
}

/** A news event as extracted from text or posted by a curator. */
export interface NewsEventInput {
  type: EventType;
  /** EDTF, level 0–1. */
  date: string;
  context: EventContext[];
  place?: string;
  actors: string[];
  summary: string;
  stances: StanceSignal[];
  evidence?: Evidence;
  confidence: number;
}

/** A news event as recorded: with its id, its article and the bounds of its date. */
export interface NewsEvent extends NewsEventInput {
  id: string;
  articleId: string;
  topic: string;
  earliest: string;
  latest: string;
}
