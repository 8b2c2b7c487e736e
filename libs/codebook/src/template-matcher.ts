import type { CompiledTemplate, Node } from './template.js';

/** A clause's tokens as templates read them; `actor[i]` is set where a token is an actor mention. */
export interface TokenView {
  length: number;
  lemma: string[];
  lower: string[];
  pos: string[];
  actor: (string | null)[];
}

export interface TokenMatch {
  /** First and last token of the match, inclusive. */
  first: number;
  last: number;
  slots: Map<string, string>;
}

/**
 * A template compiled to numbered steps, each knowing the step that follows it: an alternative's
 * last step goes on after its group, the template's last to `END`. Matching walks the steps depth
 * first, trying a group's alternatives and a gap's lengths in order, so the first way a start
 * matches is the one the template tree reads first. A failure at (step, token) is remembered for
 * the rest of the clause: with gaps and optional parts a template may reach the same state many
 * ways, and must not try it twice (no step reads what an earlier one bound, so a failure is one).
 */
const Op = { End: 0, Word: 1, OptionalWord: 2, Gap: 3, Slot: 4, Group: 5 } as const;
type Op = (typeof Op)[keyof typeof Op];

interface Step {
  op: Op;
  next: number;
  word: string;
  prefix: boolean;
  pos: string | undefined;
  max: number;
  name: string;
  actor: string | undefined;
  optional: boolean;
  /** A group's alternatives: each one's first step, and what it can start with (null: anything). */
  alternatives: number[];
  alternativeStarts: (StartSet | null)[];
}

const END = 0;

class Matcher {
  private readonly steps: Step[] = [];
  private readonly entry: number;
  private readonly starts: StartSet | null;
  /** Failed (step, token) states of the current run: `failed[step * stride + token] === run`. */
  private failed = new Uint32Array(0);
  private run = 0;
  private stride = 0;
  private binds: [string, string][] = [];
  private end = -1;
  private view!: TokenView;

  constructor(template: CompiledTemplate) {
    this.steps.push(step(Op.End, -1));
    this.entry = this.emit(template.nodes, END);
    this.starts = startsOf(template.nodes);
  }

  /** Emits `sequence` so that it goes on at `next`; returns its first step (`next` when empty). */
  private emit(sequence: Node[], next: number): number {
    for (let k = sequence.length - 1; k >= 0; k--) next = this.emitNode(sequence[k], next);
    return next;
  }

  private emitNode(node: Node, next: number): number {
    let s: Step;
    switch (node.kind) {
      case 'word':
        s = step(node.optional ? Op.OptionalWord : Op.Word, next);
        s.word = node.word;
        s.prefix = node.prefix;
        s.pos = node.pos;
        break;
      case 'gap':
        s = step(Op.Gap, next);
        s.max = node.max;
        break;
      case 'slot':
        s = step(Op.Slot, next);
        s.name = node.name;
        s.actor = node.actor;
        s.optional = node.optional;
        break;
      case 'group':
        s = step(Op.Group, next);
        s.optional = node.optional;
        for (const alternative of node.alternatives) {
          s.alternatives.push(this.emit(alternative, next));
          s.alternativeStarts.push(startsOf(alternative));
        }
        break;
    }
    this.steps.push(s);
    return this.steps.length - 1;
  }

  matches(view: TokenView): TokenMatch[] {
    this.view = view;
    this.stride = view.length + 1;
    const size = this.steps.length * this.stride;
    if (this.failed.length < size || this.run === 0xffffffff) {
      this.failed = new Uint32Array(Math.max(size, this.failed.length));
      this.run = 0;
    }
    this.run++;
    const matches: TokenMatch[] = [];
    let from = 0;
    const tryAt = (start: number): void => {
      if (start < from) return;
      this.binds.length = 0;
      if (!this.exec(this.entry, start) || this.end <= start) return;
      matches.push({ first: start, last: this.end - 1, slots: new Map(this.binds) });
      from = this.end;
    };
    const starts = this.starts;
    // Few start words: look them up in the view's index; many: test each token.
    if (starts && starts.prefixes.length === 0 && starts.words.size < view.length) {
      for (const start of indexedStarts(starts, view)) tryAt(start);
    } else {
      for (let start = 0; start < view.length; start++) if (!starts || canStartAt(starts, view, start)) tryAt(start);
    }
    return matches;
  }

  private exec(at: number, pos: number): boolean {
    const s = this.steps[at];
    // A word either matches here or not: only branching steps need remembering.
    if (s.op === Op.Word) return pos < this.view.length && wordAt(s, this.view, pos) && this.exec(s.next, pos + 1);
    if (s.op === Op.End) {
      this.end = pos;
      return true;
    }
    const state = at * this.stride + pos;
    if (this.failed[state] === this.run) return false;
    if (this.branch(s, pos)) return true;
    this.failed[state] = this.run;
    return false;
  }

  private branch(s: Step, pos: number): boolean {
    const view = this.view;
    switch (s.op) {
      case Op.OptionalWord:
        if (pos < view.length && wordAt(s, view, pos) && this.exec(s.next, pos + 1)) return true;
        return this.exec(s.next, pos);
      case Op.Gap:
        for (let g = 0; g <= s.max && pos + g <= view.length; g++) if (this.exec(s.next, pos + g)) return true;
        return false;
      case Op.Slot: {
        const actor = pos < view.length ? view.actor[pos] : null;
        if (actor && (!s.actor || s.actor === actor)) {
          this.binds.push([s.name, actor]);
          if (this.exec(s.next, pos + 1)) return true;
          this.binds.pop();
        }
        return s.optional && this.exec(s.next, pos);
      }
      case Op.Group: {
        for (let a = 0; a < s.alternatives.length; a++) {
          // An alternative that cannot start with the token here cannot match here: not tried.
          const starts = s.alternativeStarts[a];
          if (starts && !(pos < view.length && canStartAt(starts, view, pos))) continue;
          if (this.exec(s.alternatives[a], pos)) return true;
        }
        return s.optional && this.exec(s.next, pos);
      }
      default:
        return false;
    }
  }
}

function step(op: Op, next: number): Step {
  return { op, next, word: '', prefix: false, pos: undefined, max: 0, name: '', actor: undefined, optional: false, alternatives: [], alternativeStarts: [] };
}

function wordAt(s: Step, view: TokenView, i: number): boolean {
  if (view.actor[i]) return false;
  if (s.pos && view.pos[i] !== s.pos) return false;
  const lemma = view.lemma[i];
  const lower = view.lower[i];
  return s.prefix ? lemma.startsWith(s.word) || lower.startsWith(s.word) : lemma === s.word || lower === s.word;
}

/** What a match's first token can be: words (lemma or surface), prefixes, an actor; null: anything. */
interface StartSet {
  words: Set<string>;
  prefixes: string[];
  actor: boolean;
}

function startsOf(sequence: Node[]): StartSet | null {
  const set: StartSet = { words: new Set(), prefixes: [], actor: false };
  for (const node of sequence) {
    let optional: boolean;
    if (node.kind === 'gap') return null;
    if (node.kind === 'word') {
      if (node.prefix) set.prefixes.push(node.word);
      else set.words.add(node.word);
      optional = node.optional;
    } else if (node.kind === 'slot') {
      set.actor = true;
      optional = node.optional;
    } else {
      optional = node.optional;
      for (const alternative of node.alternatives) {
        const inner = startsOf(alternative);
        if (!inner) return null;
        for (const w of inner.words) set.words.add(w);
        set.prefixes.push(...inner.prefixes);
        set.actor ||= inner.actor;
        if (alternative.every((n) => n.kind !== 'gap' && n.optional)) optional = true;
      }
    }
    if (!optional) return set;
  }
  return null;
}

/** Whether a match of a sequence with these starts may begin at token `i` (part of speech aside). */
function canStartAt(starts: StartSet, view: TokenView, i: number): boolean {
  if (view.actor[i]) return starts.actor;
  const lemma = view.lemma[i];
  const lower = view.lower[i];
  if (starts.words.has(lemma) || starts.words.has(lower)) return true;
  for (const p of starts.prefixes) if (lemma.startsWith(p) || lower.startsWith(p)) return true;
  return false;
}

/** The tokens at which a match of a sequence with these starts (no prefixes) may begin, ascending. */
function indexedStarts(starts: StartSet, view: TokenView): number[] {
  const index = indexOf(view);
  const found: number[] = [];
  if (starts.actor) found.push(...index.actors);
  for (const w of starts.words) {
    const positions = index.words.get(w);
    if (positions) found.push(...positions);
  }
  found.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < found.length; i++) if (i === 0 || found[i] !== found[i - 1]) found[n++] = found[i];
  found.length = n;
  return found;
}

/** A view's words (lemma and surface) and actor mentions by position, built once per view. */
interface ViewIndex {
  words: Map<string, number[]>;
  actors: number[];
}

const indexes = new WeakMap<TokenView, ViewIndex>();

function indexOf(view: TokenView): ViewIndex {
  let index = indexes.get(view);
  if (index) return index;
  index = { words: new Map(), actors: [] };
  for (let i = 0; i < view.length; i++) {
    if (view.actor[i]) {
      index.actors.push(i);
      continue;
    }
    const lemma = view.lemma[i];
    const lower = view.lower[i];
    add(index.words, lemma, i);
    if (lower !== lemma) add(index.words, lower, i);
  }
  indexes.set(view, index);
  return index;
}

function add(words: Map<string, number[]>, word: string, i: number): void {
  const list = words.get(word);
  if (list) list.push(i);
  else words.set(word, [i]);
}

const matchers = new WeakMap<CompiledTemplate, Matcher>();

/** Every non-overlapping match of `template` in `view`, left to right (the first way each start matches). */
export function matchTokens(template: CompiledTemplate, view: TokenView): TokenMatch[] {
  let matcher = matchers.get(template);
  if (!matcher) matchers.set(template, (matcher = new Matcher(template)));
  return matcher.matches(view);
}
