import type { ReferenceDay } from './calendar.js';
import { clausesOf, sentenceStarts, type Segment } from './sentences.js';
import { tenseMarkers, type MarkerKind, type TenseMarker } from './tense.js';
import type { Tense } from './types.js';

interface Clause extends Segment {
  markers?: TenseMarker[];
}

/**
 * Everything the rules share for one `findDateMentions` call: the text, the reference day, and
 * the tense of any position, computed lazily (most sentences never need it) and cached.
 */
export class ScanContext {
  private starts?: number[];
  private readonly clausesBySentence = new Map<number, Clause[]>();

  constructor(
    readonly text: string,
    readonly reference: ReferenceDay,
    private readonly fallbackTense: Tense,
  ) {}

  /**
   * The tense governing the mention at `[start, end)`. Its own clause decides when it has
   * markers; when they disagree ("Putin said in September he would visit in June") the nearest
   * marker before the mention wins, else the nearest after it. A clause with no markers (a
   * fronted "On January 20,") borrows from the nearest clause of the same sentence that has
   * some, looking forward first when it opens the sentence and backward first otherwise.
   * A sentence without any marker falls back to the reference's tense.
   */
  tenseAt(start: number, end: number): MarkerKind {
    const clauses = this.clausesAround(start);
    let index = clauses.findIndex((clause) => start < clause.end);
    if (index < 0) index = clauses.length - 1;
    const own = this.markersOf(clauses[index]!).filter((m) => m.at < start || m.at >= end);
    if (own.length > 0) return nearest(own, start);

    const forwardFirst = index === 0;
    for (let distance = 1; distance < clauses.length; distance++) {
      for (const direction of forwardFirst ? [1, -1] : [-1, 1]) {
        const clause = clauses[index + direction * distance];
        if (!clause) continue;
        const markers = this.markersOf(clause);
        if (markers.length > 0) return direction > 0 ? markers[0]!.kind : markers[markers.length - 1]!.kind;
      }
    }
    return this.fallbackTense;
  }

  private clausesAround(offset: number): Clause[] {
    const starts = (this.starts ??= sentenceStarts(this.text));
    const index = lastAtOrBefore(starts, offset);
    let clauses = this.clausesBySentence.get(index);
    if (!clauses) {
      const sentence = { start: starts[index]!, end: starts[index + 1] ?? this.text.length };
      clauses = clausesOf(this.text, sentence);
      if (clauses.length === 0) clauses = [sentence];
      this.clausesBySentence.set(index, clauses);
    }
    return clauses;
  }

  private markersOf(clause: Clause): TenseMarker[] {
    return (clause.markers ??= tenseMarkers(this.text, clause.start, clause.end));
  }
}

function nearest(markers: readonly TenseMarker[], offset: number): MarkerKind {
  const first = markers[0]!.kind;
  if (markers.every((m) => m.kind === first)) return first;
  let before: TenseMarker | undefined;
  for (const marker of markers) if (marker.at < offset) before = marker;
  return (before ?? markers.find((m) => m.at >= offset)!).kind;
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
