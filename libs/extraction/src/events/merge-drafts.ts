import type { EventContext, EventType } from '#lib/codebook';
import type { ExtractedStance } from '../extracted-event.js';
import type { Span } from '../text/segment.js';

export interface DatedValue {
  edtf: string;
  earliest: string;
  latest: string;
  /** Where the date was read, when it was read from the text. */
  at?: number;
}

/** An event read from one clause, before clauses that report the same event are merged. */
export interface Draft {
  type: EventType;
  date: DatedValue;
  /** The clause gave its own date (rather than inheriting the narrative's). */
  ownDate: boolean;
  context: EventContext[];
  actors: string[];
  stances: ExtractedStance[];
  sentence: Span;
  paragraph: number;
  place?: string;
  attributed: boolean;
}

const MAX_PARAGRAPH_GAP = 2;

/**
 * News prose spreads one event over several sentences: the scene is dated once, then quotes and
 * reactions follow. A clause without a date of its own that shares an actor with the event just
 * before it (within two paragraphs) is part of that event; and the same event mentioned twice
 * (same type, date, context and actors) is one event.
 */
export function mergeDrafts(drafts: Draft[]): Draft[] {
  const merged: (Draft & { lastParagraph: number })[] = [];
  for (const draft of drafts) {
    const previous = merged[merged.length - 1];
    const continues =
      previous &&
      !draft.ownDate &&
      draft.date.edtf === previous.date.edtf &&
      sameContext(draft.context, previous.context) &&
      draft.paragraph - previous.lastParagraph <= MAX_PARAGRAPH_GAP &&
      draft.actors.some((a) => previous.actors.includes(a));
    // (A twin is looked for only when the draft does not continue the event before it.)
    const into = continues
      ? previous
      : merged.find((m) => m.type === draft.type && m.date.edtf === draft.date.edtf && sameContext(m.context, draft.context) && sameSet(m.actors, draft.actors));
    if (!into) {
      merged.push({ ...draft, actors: [...draft.actors], stances: [...draft.stances], lastParagraph: draft.paragraph });
      continue;
    }
    if (draft.stances.length > into.stances.length) {
      into.type = draft.type;
      into.sentence = draft.sentence;
    }
    for (const actor of draft.actors) if (!into.actors.includes(actor)) into.actors.push(actor);
    for (const s of draft.stances) {
      if (!into.stances.some((x) => x.actor === s.actor && x.question === s.question && x.position === s.position)) into.stances.push(s);
    }
    into.place ??= draft.place;
    into.ownDate ||= draft.ownDate;
    into.attributed ||= draft.attributed;
    into.lastParagraph = Math.max(into.lastParagraph, draft.paragraph);
  }
  return oneSignalPerStance(merged.map(({ lastParagraph: _, ...draft }) => draft));
}

/**
 * One article shows a stance at one time once: when two events show the same actor holding the
 * same position and one's date lies within the other's, while the other's is only inherited from
 * the story or approximate ("a week ago" and "on Monday, January 14"), the stance stays with the
 * more precise one (the first, when they are alike).
 */
const LONG_PERIOD_MS = 366 * 24 * 3600 * 1000;

export function oneSignalPerStance(drafts: Draft[]): Draft[] {
  // (Each draft's width is parsed once, not once per pair of drafts.)
  const widths = drafts.map(({ date }) => Date.parse(date.latest) - Date.parse(date.earliest));
  const within = (a: DatedValue, b: DatedValue) => a.earliest >= b.earliest && a.latest <= b.latest;
  // Among alike dates, an exact one before an approximate one, then the first.
  const rank = (d: Draft, index: number) => (d.date.edtf.endsWith('~') ? drafts.length : 0) + index;
  return drafts.map((draft, i) => {
    // ("Since 2020, the constitution has prohibited ...": a period of years up to now is held since its
    // start, a signal of its own beside the day the story tells of.)
    if (draft.date.edtf.includes('/') && widths[i] > LONG_PERIOD_MS) return draft;
    const stances = draft.stances.filter(
      (s) =>
        !drafts.some(
          (other, j) =>
            j !== i &&
            (!draft.ownDate || draft.date.edtf.endsWith('~') || draft.date.edtf === other.date.edtf) &&
            within(other.date, draft.date) &&
            (widths[j] < widths[i] || (widths[j] === widths[i] && rank(other, j) < rank(draft, i))) &&
            other.stances.some((x) => x.actor === s.actor && x.question === s.question && x.position === s.position),
        ),
    );
    return stances.length === draft.stances.length ? draft : { ...draft, stances };
  });
}

function sameContext(a: EventContext[], b: EventContext[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
