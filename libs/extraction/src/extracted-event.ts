import type { EventContext, EventType } from '#lib/codebook';

export interface ExtractedEvidence {
  quote: string;
  start: number;
  end: number;
}

export interface ExtractedStance {
  actor: string;
  question: string;
  position: string;
  /** The cue words that carry the signal. */
  evidence?: ExtractedEvidence;
}

/** A news event read from an article: what happened, when (EDTF and bounds), who, and the stances it shows. */
export interface ExtractedEvent {
  type: EventType;
  date: string;
  earliest: string;
  latest: string;
  context: EventContext[];
  place?: string;
  actors: string[];
  summary: string;
  stances: ExtractedStance[];
  evidence: ExtractedEvidence;
  confidence: number;
}
