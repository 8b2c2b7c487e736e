import { matchTokens, type AnchorIndex, type CompiledTemplate, type TokenView } from '#lib/codebook';
import type { Mention } from '../analysis/mentions.js';
import type { Span } from '../text/segment.js';
import type { Token } from './annotate.js';

/** A clause as cue templates read it: its tokens, an actor mention counting as one token. */
export interface ClauseStream extends TokenView {
  spans: Span[];
  negated: boolean[];
}

export interface TemplateMatch extends Span {
  /** Slot name → the actor that filled it. */
  slots: Map<string, string>;
  /** A token of the match is in the scope of a negation the template does not state itself. */
  negated: boolean;
}

export function clauseStream(tokens: Token[], from: number, to: number, clause: Span, mentions: Mention[]): ClauseStream {
  const stream: ClauseStream = { length: 0, lemma: [], lower: [], pos: [], actor: [], spans: [], negated: [] };
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  let m = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.end <= clause.start || token.start >= clause.end) continue;
    while (m < inClause.length && inClause[m].end <= token.start) m++;
    const mention = inClause[m];
    if (mention && token.start >= mention.start && token.start < mention.end) {
      let negated = token.negated;
      // The mention's remaining tokens are part of this one.
      while (i + 1 < to && tokens[i + 1].start < mention.end) {
        i++;
        negated = negated || tokens[i].negated;
      }
      push(stream, `@${mention.actor}`, `@${mention.actor}`, 'ACTOR', mention.actor, { start: mention.start, end: mention.end }, negated);
      m++;
    } else if (token.lower.length === 1 && QUOTE_MARKS.includes(token.lower)) {
      // 'calling it "an integral part" of the Russian Federation': a phrase in quotation marks
      // reads as the words it quotes.
      continue;
    } else {
      push(stream, token.lemma, token.lower, token.pos, null, token, token.negated);
    }
  }
  return stream;
}

const QUOTE_MARKS = `"“”‘’'«»`;

function push(stream: ClauseStream, lemma: string, lower: string, pos: string, actor: string | null, span: Span, negated: boolean): void {
  stream.lemma.push(lemma);
  stream.lower.push(lower);
  stream.pos.push(pos);
  stream.actor.push(actor);
  stream.spans.push({ start: span.start, end: span.end });
  stream.negated.push(negated);
  stream.length++;
}

/**
 * Every non-overlapping match of `template` in the clause, left to right. (No anchor pre-filter:
 * the matcher tries only the tokens a match can start with.)
 */
export function matchTemplate(template: CompiledTemplate, stream: ClauseStream): TemplateMatch[] {
  return matchesOf(template, stream);
}

/**
 * The matches of every template of `index` in the clause, by template; a template without one is
 * left out. The same as `matchTemplate` for each, with the anchors looked up once for all.
 */
export function matchIndexed(index: AnchorIndex, stream: ClauseStream): Map<CompiledTemplate, TemplateMatch[]> {
  const found = new Map<CompiledTemplate, TemplateMatch[]>();
  for (const i of index.candidates(stream)) {
    const template = index.templates[i];
    if (found.has(template)) continue;
    const matches = matchesOf(template, stream);
    if (matches.length > 0) found.set(template, matches);
  }
  return found;
}

function matchesOf(template: CompiledTemplate, stream: ClauseStream): TemplateMatch[] {
  const tokenMatches = matchTokens(template, stream);
  const matches: TemplateMatch[] = [];
  for (const { first, last, slots } of tokenMatches) {
    let negated = false;
    if (!template.negates) for (let k = first; k <= last; k++) negated ||= stream.negated[k];
    matches.push({ start: stream.spans[first].start, end: stream.spans[last].end, slots, negated });
  }
  return matches;
}
