import type { ExtractedEvent } from '../extracted-event.js';
import { maximumPairing, pairCount } from './pairing.js';

export interface ExpectedSignal {
  actor: string;
  question: string;
  position: string;
  earliest: string;
  latest: string;
}

export interface SignalScore {
  expected: number;
  extracted: number;
  matched: number;
  /** Matched on actor, question and position only, whatever the date. */
  matchedIgnoringDate: number;
  missed: ExpectedSignal[];
  spurious: { actor: string; question: string; position: string; date: string }[];
}

/**
 * Scores extracted stance signals against an annotator's: a match is the same actor, question and
 * position with overlapping date bounds, each signal matched at most once, as many matches as
 * can be made (`maximumPairing`).
 */
export function scoreSignals(expected: ExpectedSignal[], events: ExtractedEvent[]): SignalScore {
  const extracted = events.flatMap((e) => e.stances.map((s) => ({ ...s, date: e.date, earliest: e.earliest, latest: e.latest })));
  const same = (a: { actor: string; question: string; position: string }, b: typeof a) =>
    a.actor === b.actor && a.question === b.question && a.position === b.position;
  const overlaps = (a: { earliest: string; latest: string }, b: typeof a) => a.earliest <= b.latest && b.earliest <= a.latest;

  const pairedWith = maximumPairing(expected, extracted, (want, got) => same(want, got) && overlaps(want, got));
  const used = new Set(pairedWith.filter((i) => i >= 0));
  const missed = expected.filter((_, i) => !used.has(i));
  const matchedIgnoringDate = pairCount(expected, extracted, same);
  return {
    expected: expected.length,
    extracted: extracted.length,
    matched: used.size,
    matchedIgnoringDate,
    missed,
    spurious: extracted
      .filter((_, j) => pairedWith[j] < 0)
      .map(({ actor, question, position, date }) => ({ actor, question, position, date })),
  };
}
