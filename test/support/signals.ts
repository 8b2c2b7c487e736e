import type { SignalRecord } from '#lib/stances';

let n = 0;

/** A stance signal of russia on sequencing from day `earliest`, recorded after every earlier one. */
export function signalRecord(position: string, earliest: string, extra: Partial<SignalRecord> = {}): SignalRecord {
  n++;
  return {
    eventId: `e${n}`,
    signalIndex: 0,
    articleId: 'a1',
    topic: 't',
    actor: 'russia',
    question: 'sequencing',
    position,
    since: earliest,
    earliest,
    latest: earliest,
    confidence: 0.8,
    quote: null,
    recordedPosition: n,
    recordedAt: '2019-01-21T00:00:00Z',
    ...extra,
  };
}
