import type { Interval } from './timeline.js';

export interface PositionSince {
  position: string;
  /** The EDTF date of the signal the position is dated from. */
  since: string;
}

/** Where a timeline's answer to "stance at D" changed, from `from` on. */
export interface StanceChange {
  /** The first date (ISO) whose answer changed. */
  from: string;
  previous: PositionSince | null;
  current: PositionSince | null;
  /** The answer for `today` is among the changed ones. */
  affectsCurrent: boolean;
}

/**
 * The changes between two timelines of one (topic, actor, question), as stance-at answers: one
 * change per stretch of valid time whose position differs, dated where the stretch starts. A
 * signal that only adds evidence to the position in effect changes nothing.
 */
export function stanceChanges(before: readonly Interval[], after: readonly Interval[], today: string): StanceChange[] {
  const dates = new Set<string>();
  for (const i of [...before, ...after]) {
    dates.add(i.validFrom);
    if (i.validTo) dates.add(i.validTo);
  }
  const changes: StanceChange[] = [];
  let last: { was?: Interval; now?: Interval } | undefined;
  for (const date of [...dates].sort()) {
    const was = at(before, date);
    const now = at(after, date);
    if (was?.position === now?.position) {
      last = undefined;
      continue;
    }
    if (last && last.was === was && last.now === now) continue;
    last = { was, now };
    changes.push({ from: date, previous: view(was), current: view(now), affectsCurrent: false });
  }
  if (at(before, today)?.position !== at(after, today)?.position) {
    const containing = changes.filter((c) => c.from <= today).pop();
    if (containing) containing.affectsCurrent = true;
  }
  return changes;
}

function at(intervals: readonly Interval[], date: string): Interval | undefined {
  return intervals.find((i) => i.validFrom <= date && (i.validTo === null || date < i.validTo));
}

function view(interval: Interval | undefined): PositionSince | null {
  return interval ? { position: interval.position, since: interval.since } : null;
}
