import type { ExtractedEvent } from '../extracted-event.js';
import { pairCount } from './pairing.js';
import { scoreSignals, type ExpectedSignal, type SignalScore } from './score-signals.js';

/** One annotated article and what the extractor made of it. */
export interface ScoredArticle {
  slug: string;
  expected: ExpectedSignal[];
  events: ExtractedEvent[];
}

export interface Tally {
  expected: number;
  extracted: number;
  matched: number;
  matchedIgnoringDate: number;
  precision: number;
  recall: number;
  precisionIgnoringDate: number;
  recallIgnoringDate: number;
}

export interface EvaluationReport {
  articles: number;
  overall: Tally;
  byQuestion: Record<string, Tally>;
  byPosition: Record<string, Tally>;
  byActorKind: Record<string, Tally>;
  /** Of the signals found on actor, question and position: how many have a date inside the annotated window. */
  dates: { judged: number; right: number; share: number };
  /** expected position → extracted position, for the same actor and question where they differ. */
  confusion: Record<string, Record<string, number>>;
  perArticle: { slug: string; score: SignalScore }[];
}

type Keyed = { actor: string; question: string; position: string };

/**
 * Precision and recall of stance signals over a set of articles, overall and broken down, with
 * the share of dates right to the annotated precision and the confusion between positions. The
 * matching rule is `scoreSignals`: same actor, question and position with overlapping dates.
 */
export function evaluate(articles: ScoredArticle[], actorKind: (actor: string) => string): EvaluationReport {
  const perArticle = articles.map((a) => ({ slug: a.slug, score: scoreSignals(a.expected, a.events) }));
  const slices = (key: (s: Keyed) => string) => {
    const names = new Set<string>();
    for (const a of articles) {
      for (const s of a.expected) names.add(key(s));
      for (const e of a.events) for (const s of e.stances) names.add(key(s));
    }
    const out: Record<string, Tally> = {};
    for (const name of [...names].sort()) {
      out[name] = total(
        articles.map((a) =>
          scoreSignals(
            a.expected.filter((s) => key(s) === name),
            a.events.map((e) => ({ ...e, stances: e.stances.filter((s) => key(s) === name) })),
          ),
        ),
      );
    }
    return out;
  };

  let judged = 0;
  let right = 0;
  const confusion: Record<string, Record<string, number>> = {};
  for (const a of articles) {
    const extracted = a.events.flatMap((e) => e.stances.map((s) => ({ ...s, earliest: e.earliest, latest: e.latest })));
    // (Each signal judged by its best twin: as many found as can be paired, as many of those right as can be.)
    judged += pairCount(a.expected, extracted, same);
    right += pairCount(a.expected, extracted, (want, got) => same(want, got) && got.earliest >= want.earliest && got.latest <= want.latest);
    for (const want of a.expected) {
      if (extracted.some((g) => same(want, g))) continue;
      const other = extracted.find((g) => g.actor === want.actor && g.question === want.question && g.position !== want.position);
      if (!other) continue;
      const from = `${want.question}=${want.position}`;
      confusion[from] ??= {};
      confusion[from][other.position] = (confusion[from][other.position] ?? 0) + 1;
    }
  }

  return {
    articles: articles.length,
    overall: total(perArticle.map((p) => p.score)),
    byQuestion: slices((s) => s.question),
    byPosition: slices((s) => `${s.question}=${s.position}`),
    byActorKind: slices((s) => actorKind(s.actor)),
    dates: { judged, right, share: judged ? right / judged : 1 },
    confusion,
    perArticle,
  };
}

function same(a: Keyed, b: Keyed): boolean {
  return a.actor === b.actor && a.question === b.question && a.position === b.position;
}

function total(scores: SignalScore[]): Tally {
  const t = scores.reduce(
    (sum, s) => ({
      expected: sum.expected + s.expected,
      extracted: sum.extracted + s.extracted,
      matched: sum.matched + s.matched,
      matchedIgnoringDate: sum.matchedIgnoringDate + s.matchedIgnoringDate,
    }),
    { expected: 0, extracted: 0, matched: 0, matchedIgnoringDate: 0 },
  );
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    ...t,
    precision: ratio(t.matched, t.extracted),
    recall: ratio(t.matched, t.expected),
    precisionIgnoringDate: ratio(t.matchedIgnoringDate, t.extracted),
    recallIgnoringDate: ratio(t.matchedIgnoringDate, t.expected),
  };
}
