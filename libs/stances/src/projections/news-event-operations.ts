import type { RecordedEvent } from '#lib/event-store';

/** Where in the log something became known. */
export interface LogPoint {
  position: number;
  recordedAt: string;
}

/** The fields of a reported news event that projections read. */
export interface NewsEventData {
  id: string;
  articleId: string;
  topic: string;
  type: string;
  date: string;
  earliest: string;
  latest: string;
  context: string[];
  place?: string;
  actors: string[];
  summary: string;
  stances: { actor: string; question: string; position: string; evidence?: { quote: string } }[];
  evidence?: { quote: string; start: number; end: number };
  confidence: number;
}

/** What the log says happened to news events: one reported, or one that stopped counting. */
export type NewsEventOperation =
  | { kind: 'report'; event: NewsEventData; at: LogPoint }
  | { kind: 'withdraw'; eventId: string; at: LogPoint };

/** Reads the article events a projection cares about; a correction withdraws the old version and reports the new. */
export function readOperations(events: readonly RecordedEvent[]): NewsEventOperation[] {
  const operations: NewsEventOperation[] = [];
  for (const e of events) {
    const at = { position: e.position, recordedAt: e.metadata.recordedAt };
    const data = e.data as Record<string, unknown>;
    switch (e.type) {
      case 'NewsEventReported':
        operations.push({ kind: 'report', event: data as unknown as NewsEventData, at });
        break;
      case 'NewsEventRetracted':
        operations.push({ kind: 'withdraw', eventId: data.eventId as string, at });
        break;
      case 'NewsEventCorrected':
        operations.push({ kind: 'withdraw', eventId: data.eventId as string, at });
        operations.push({ kind: 'report', event: data.event as NewsEventData, at });
        break;
      default:
        break;
    }
  }
  return operations;
}
