/** A stance signal as the projection keeps it: the position an actor took on a question from a date. */
export interface SignalRecord {
  eventId: string;
  signalIndex: number;
  articleId: string;
  topic: string;
  actor: string;
  question: string;
  /** The stance position (a codebook position id). */
  position: string;
  /** The signal's EDTF date and its bounds. */
  since: string;
  earliest: string;
  latest: string;
  confidence: number;
  quote: string | null;
  /** Global log position of the event that reported it. */
  recordedPosition: number;
  recordedAt: string;
}

export interface Evidence {
  eventId: string;
  articleId: string;
  quote: string | null;
}

/** One stretch [validFrom, validTo) of valid time during which a position was in effect. */
export interface Interval {
  position: string;
  since: string;
  earliest: string;
  latest: string;
  validFrom: string;
  validTo: string | null;
  evidence: Evidence[];
}

const MAX_EVIDENCE = 10;

/**
 * The stance timeline of one (topic, actor, question) from its signals, in any order of arrival.
 * A signal is in effect from its earliest bound until the next signal's. Of signals with the same
 * date, the one recorded later wins unless its confidence is lower. Consecutive stretches of the
 * same position are one interval, dated by the first signal and evidenced by all of them.
 */
export function timeline(signals: readonly SignalRecord[]): Interval[] {
  const byDate = new Map<string, SignalRecord[]>();
  for (const s of signals) {
    const group = byDate.get(s.earliest);
    if (group) group.push(s);
    else byDate.set(s.earliest, [s]);
  }
  const dates = [...byDate.keys()].sort();
  const intervals: Interval[] = [];
  for (const date of dates) {
    const group = byDate.get(date)!.sort((a, b) => a.recordedPosition - b.recordedPosition || a.signalIndex - b.signalIndex);
    let winner = group[0];
    for (const s of group.slice(1)) if (s.confidence >= winner.confidence) winner = s;
    const last = intervals[intervals.length - 1];
    const evidence = { eventId: winner.eventId, articleId: winner.articleId, quote: winner.quote };
    if (last && last.position === winner.position) {
      if (last.evidence.length < MAX_EVIDENCE) last.evidence.push(evidence);
      continue;
    }
    if (last) last.validTo = date;
    intervals.push({
      position: winner.position,
      since: winner.since,
      earliest: winner.earliest,
      latest: winner.latest,
      validFrom: date,
      validTo: null,
      evidence: [evidence],
    });
  }
  return intervals;
}

/** Two intervals are the same belief when every field that a reader sees is equal. */
export function sameInterval(a: Interval, b: Interval): boolean {
  return (
    a.position === b.position &&
    a.since === b.since &&
    a.earliest === b.earliest &&
    a.latest === b.latest &&
    a.validFrom === b.validFrom &&
    a.validTo === b.validTo &&
    a.evidence.length === b.evidence.length &&
    // field by field: evidence read back from jsonb has its keys in another order
    a.evidence.every((e, i) => e.eventId === b.evidence[i].eventId && e.articleId === b.evidence[i].articleId && e.quote === b.evidence[i].quote)
  );
}
