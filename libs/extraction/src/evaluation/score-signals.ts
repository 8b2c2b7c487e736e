import type { ExtractedEvent } from '../extracted-event.js';

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
 * position with overlapping date bounds, each signal matched at most once.
 */
export function scoreSignals(expected: ExpectedSignal[], events: ExtractedEvent[]): SignalScore {
  const extracted = events.flatMap((e) => e.stances.map((s) => ({ ...s, date: e.date, earliest: e.earliest, latest: e.latest })));
  const same = (a: { actor: string; question: string; position: string }, b: typeof a) =>
    a.actor === b.actor && a.question === b.question && a.position === b.position;
  const overlaps = (a: { earliest: string; latest: string }, b: typeof a) => a.earliest <= b.latest && b.earliest <= a.latest;

  const used = new Set<number>();
  const missed: ExpectedSignal[] = [];
  for (const want of expected) {
    const i = extracted.findIndex((got, j) => !used.has(j) && same(want, got) && overlaps(want, got));
    if (i >= 0) used.add(i);
    else missed.push(want);
  }
  const usedLoose = new Set<number>();
  let matchedIgnoringDate = 0;
  for (const want of expected) {
    const i = extracted.findIndex((got, j) => !usedLoose.has(j) && same(want, got));
    if (i >= 0) {
      usedLoose.add(i);
      matchedIgnoringDate++;
    }
  }
  return {
    expected: expected.length,
    extracted: extracted.length,
    matched: used.size,
    matchedIgnoringDate,
    missed,
    spurious: extracted
      .filter((_, j) => !used.has(j))
      .map(({ actor, question, position, date }) => ({ actor, question, position, date })),
  };
}
