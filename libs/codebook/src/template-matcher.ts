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
const Op = { End: 0, Word: 1, OptionalWord: 2, Gap: 3, Slot: 4, OptionalSlot: 5, Group: 6, OptionalGroup: 7 } as const;
type Op = (typeof Op)[keyof typeof Op];

/**
 * The steps are packed four numbers each in `code`, so that a template's lie together in memory
 * (they are read from a cold cache, one template after another): the op, the next step, and
 *   Word, OptionalWord: the word's term, its part of speech (in `texts`; -1: any)
 *   Gap: the most tokens it spans
 *   Slot, OptionalSlot: the slot's name, its actor (in `texts`; -1: any)
 *   Group, OptionalGroup: what any alternative can start with (a start set), and where the
 *     alternatives are listed in `alternatives`: their count, then each one's first step and start set.
 */
const STEP = 4;
const SENTENCE_END = new Set(['.', '!', '?']);
/** Parts of speech a gap passes over without counting them, and how many of them at most. */
const MODIFIER = new Set(['ADJ', 'DET', 'NUM']);
const FREE_MODIFIERS = 3;
/** The shortest gap that passes over modifiers freely. */
const LOOSE_GAP = 3;
const END = 0;

/**
 * A start set (what a match of a sequence can start with) by number: `[min, span, offset, actor]`
 * in `startSets`, its terms a bitmap of `span` bytes from `offset` in `startBits` (term `min` first);
 * `ANYTHING` for a sequence that can start with any token.
 */
const ANYTHING = -1;

class Matcher {
  private readonly code: Int32Array;
  private readonly alternatives: Int32Array;
  private readonly texts: string[] = [];
  private readonly entry: number;
  private readonly starts: number;
  private readonly startSets: Int32Array;
  private readonly startBits: Uint8Array;
  private binds: [string, string][] = [];
  private end = -1;
  private stride = 0;
  private view!: TokenView;
  private terms!: ViewTerms;

  constructor(template: CompiledTemplate) {
    const code: number[] = [];
    const alternatives: number[] = [];
    const sets: number[] = [];
    const bits: number[] = [];
    const startSet = (sequence: Node[]): number => {
      const starts = startsOf(sequence);
      if (!starts) return ANYTHING;
      const min = starts.terms.length ? Math.min(...starts.terms) : 0;
      const span = starts.terms.length ? Math.max(...starts.terms) - min + 1 : 0;
      const offset = bits.length;
      for (let k = 0; k < span; k++) bits.push(0);
      for (const t of starts.terms) bits[offset + t - min] = 1;
      sets.push(min, span, offset, starts.actor ? 1 : 0);
      return sets.length / 4 - 1;
    };
    const text = (value: string | undefined): number => (value ? this.texts.push(value) - 1 : -1);
    /** Emits `sequence` so that it goes on at `next`; returns its first step (`next` when empty). */
    const emit = (sequence: Node[], next: number): number => {
      for (let k = sequence.length - 1; k >= 0; k--) next = emitNode(sequence[k], next);
      return next;
    };
    const emitNode = (node: Node, next: number): number => {
      switch (node.kind) {
        case 'word':
          code.push(node.optional ? Op.OptionalWord : Op.Word, next, lexicon.term(node.word, node.prefix), text(node.pos));
          break;
        case 'gap':
          code.push(Op.Gap, next, node.max, 0);
          break;
        case 'slot':
          code.push(node.optional ? Op.OptionalSlot : Op.Slot, next, text(node.name), text(node.actor));
          break;
        case 'group': {
          const each = node.alternatives.flatMap((alternative) => [emit(alternative, next), startSet(alternative)]);
          code.push(node.optional ? Op.OptionalGroup : Op.Group, next, startSet([{ ...node, optional: false }]), alternatives.length);
          alternatives.push(node.alternatives.length, ...each);
          break;
        }
      }
      return code.length / STEP - 1;
    };
    code.push(Op.End, -1, 0, 0);
    this.entry = emit(template.nodes, END);
    this.starts = startSet(template.nodes);
    this.code = Int32Array.from(code);
    this.alternatives = Int32Array.from(alternatives);
    this.startSets = Int32Array.from(sets);
    this.startBits = Uint8Array.from(bits);
  }

  matches(view: TokenView): TokenMatch[] {
    this.view = view;
    this.terms = termsIn(view);
    this.stride = view.length + 1;
    const size = (this.code.length / STEP) * this.stride;
    if (failed.length < size || run === 0xffffffff) {
      failed = new Uint32Array(Math.max(size, failed.length));
      run = 0;
    }
    run++;
    const matches: TokenMatch[] = [];
    for (let start = 0; start < view.length; start++) {
      if (!this.canStartAt(this.starts, start)) continue;
      this.binds.length = 0;
      if (!this.exec(this.entry, start) || this.end <= start) continue;
      matches.push({ first: start, last: this.end - 1, slots: new Map(this.binds) });
      // Matches do not overlap: the next one starts after this one.
      start = this.end - 1;
    }
    return matches;
  }

  private exec(at: number, pos: number): boolean {
    const k = at * STEP;
    const op = this.code[k];
    // A word either matches here or not: only branching steps need remembering.
    if (op === Op.Word) return this.wordAt(k, pos) && this.exec(this.code[k + 1], pos + 1);
    if (op === Op.End) {
      this.end = pos;
      return true;
    }
    const state = at * this.stride + pos;
    if (failed[state] === run) return false;
    if (this.branch(op, k, pos)) return true;
    failed[state] = run;
    return false;
  }

  private branch(op: number, k: number, pos: number): boolean {
    const view = this.view;
    const next = this.code[k + 1];
    switch (op) {
      case Op.OptionalWord:
        if (this.wordAt(k, pos) && this.exec(next, pos + 1)) return true;
        return this.exec(next, pos);
      case Op.Gap:
        // (A gap does not run past the end of a sentence: a quotation of several sentences is one clause.)
        // (Modifiers do not count against its length, a few of them: "signing a bilateral
        // post-war peace treaty" is as near as "signing a peace treaty".)
        // (A short gap, "no ..2 territorial problem", stays as tight as it is written.)
        const most = this.code[k + 2];
        const freeMost = most >= LOOSE_GAP ? FREE_MODIFIERS : 0;
        for (let g = 0, cost = 0, free = 0; cost <= most && pos + g <= view.length; g++) {
          if (g > 0) {
            if (SENTENCE_END.has(view.lower[pos + g - 1])) break;
            if (free < freeMost && MODIFIER.has(view.pos[pos + g - 1])) free++;
            else if (++cost > most) break;
          }
          if (this.exec(next, pos + g)) return true;
        }
        return false;
      case Op.Slot:
      case Op.OptionalSlot: {
        const actor = pos < view.length ? view.actor[pos] : null;
        const only = this.code[k + 3];
        if (actor && (only < 0 || this.texts[only] === actor)) {
          this.binds.push([this.texts[this.code[k + 2]], actor]);
          if (this.exec(next, pos + 1)) return true;
          this.binds.pop();
        }
        return op === Op.OptionalSlot && this.exec(next, pos);
      }
      case Op.Group:
      case Op.OptionalGroup: {
        // Where no alternative can start, none is tried (the usual case, as a gap tries each token).
        const any = this.code[k + 2];
        if (any === ANYTHING || (pos < view.length && this.canStartAt(any, pos))) {
          const list = this.code[k + 3];
          const end = list + 1 + 2 * this.alternatives[list];
          for (let a = list + 1; a < end; a += 2) {
            // An alternative that cannot start with the token here cannot match here: not tried.
            const starts = this.alternatives[a + 1];
            if (starts !== ANYTHING && !(pos < view.length && this.canStartAt(starts, pos))) continue;
            if (this.exec(this.alternatives[a], pos)) return true;
          }
        }
        return op === Op.OptionalGroup && this.exec(next, pos);
      }
      default:
        return false;
    }
  }

  /** Whether the word of the (Word or OptionalWord) step at `code[k]` is token `i`. */
  private wordAt(k: number, i: number): boolean {
    if (i >= this.view.length) return false;
    const pos = this.code[k + 3];
    // An actor mention has no terms, so is no word.
    return hasTerm(this.terms, i, this.code[k + 2]) && (pos < 0 || this.view.pos[i] === this.texts[pos]);
  }

  /** Whether a match of a sequence with these starts may begin at token `i` (part of speech aside). */
  private canStartAt(set: number, i: number): boolean {
    if (set === ANYTHING) return true;
    const at = set * 4;
    const sets = this.startSets;
    if (this.view.actor[i]) return sets[at + 3] === 1;
    const min = sets[at];
    const span = sets[at + 1];
    const offset = sets[at + 2];
    const terms = this.terms;
    for (let k = terms.from[i]; k < terms.from[i + 1]; k++) {
      const t = terms.terms[k] - min;
      if (t >= 0 && t < span && this.startBits[offset + t] === 1) return true;
    }
    return false;
  }
}

/** What a match's first token can be: words (lemma or surface) and prefixes, as terms, or an actor; null: anything. */
interface StartSet {
  terms: number[];
  actor: boolean;
}

function startsOf(sequence: Node[]): StartSet | null {
  const terms: number[] = [];
  let actor = false;
  const gather = (sequence: Node[]): boolean => {
    for (const node of sequence) {
      let optional: boolean;
      if (node.kind === 'gap') return false;
      if (node.kind === 'word') {
        terms.push(lexicon.term(node.word, node.prefix));
        optional = node.optional;
      } else if (node.kind === 'slot') {
        actor = true;
        optional = node.optional;
      } else {
        optional = node.optional;
        for (const alternative of node.alternatives) {
          if (!gather(alternative)) return false;
          if (alternative.every((n) => n.kind !== 'gap' && n.optional)) optional = true;
        }
      }
      if (!optional) return true;
    }
    return false;
  };
  return gather(sequence) ? { terms, actor } : null;
}

/**
 * The words and prefixes of the templates, numbered as terms, so that a clause's tokens are looked
 * up by string once (`termsIn`) and matched by number from then on. Words and prefixes are found
 * through hash tables keyed by a word's length and first and last characters (a prefix's: its
 * first `STEM`): a token's string is neither hashed whole nor sliced, most tokens find an empty
 * slot, and an entry's string is compared only where its whole key is the token's.
 */
class Lexicon {
  private readonly words = new Table();
  private readonly prefixes = new Table();
  /** Prefixes shorter than a stem, tried on every word. */
  private readonly short: [prefix: string, term: number][] = [];
  size = 0;

  /** The term of `word`, or of the prefix `word` if `prefix`; numbered on first sight. */
  term(word: string, prefix: boolean): number {
    if (prefix && word.length < STEM) {
      const known = this.short.find(([p]) => p === word);
      if (known) return known[1];
      this.short.push([word, this.size]);
      return this.size++;
    }
    const [table, key] = prefix ? [this.prefixes, stemKey(word)] : [this.words, wordKey(word)];
    for (let e = table.first(key); e >= 0; e = table.next[e]) if (table.keys[e] === key && table.strings[e] === word) return table.terms[e];
    table.add(key, word, this.size);
    return this.size++;
  }

  /** Appends to `into` the terms of the words and prefixes `word` is or starts with. */
  termsOf(word: string, into: number[]): void {
    const words = this.words;
    const key = wordKey(word);
    for (let e = words.first(key); e >= 0; e = words.next[e]) if (words.keys[e] === key && words.strings[e] === word) into.push(words.terms[e]);
    for (const [prefix, term] of this.short) if (word.startsWith(prefix)) into.push(term);
    if (word.length < STEM) return;
    const prefixes = this.prefixes;
    const stem = stemKey(word);
    for (let e = prefixes.first(stem); e >= 0; e = prefixes.next[e]) if (prefixes.keys[e] === stem && word.startsWith(prefixes.strings[e])) into.push(prefixes.terms[e]);
  }
}

/** A chained hash table of strings and their terms by an integer key: entry `e` follows `next[e]` in its slot. */
class Table {
  private readonly slots = new Int32Array(SLOTS).fill(-1);
  readonly keys: number[] = [];
  readonly strings: string[] = [];
  readonly terms: number[] = [];
  readonly next: number[] = [];

  first(key: number): number {
    return this.slots[key & (SLOTS - 1)];
  }

  add(key: number, string: string, term: number): void {
    this.keys.push(key);
    this.strings.push(string);
    this.terms.push(term);
    this.next.push(this.first(key));
    this.slots[key & (SLOTS - 1)] = this.keys.length - 1;
  }
}

const SLOTS = 4096;
const STEM = 3;

function wordKey(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let key = n;
  for (let k = 0; k < n && k < STEM; k++) key = (key * 31 + word.charCodeAt(k)) | 0;
  return (key * 31 + word.charCodeAt(n - 1)) | 0;
}

/** For a word of at least `STEM` characters. */
function stemKey(word: string): number {
  return ((word.charCodeAt(0) * 31 + word.charCodeAt(1)) * 31 + word.charCodeAt(2)) | 0;
}

const lexicon = new Lexicon();

/** The term of a template's word, or of its prefix if `prefix` (see `termsIn`). */
export function termOf(word: string, prefix: boolean): number {
  return lexicon.term(word, prefix);
}

/**
 * A view's tokens as terms: token `i` is or starts with the words and prefixes
 * `terms[from[i]]` up to `terms[from[i + 1]]` (by lemma or surface form; an actor mention: none).
 */
export interface ViewTerms {
  from: number[];
  terms: number[];
}

/**
 * The last view's terms: the templates of a clause are matched one after another, so this is what
 * the next lookup wants (a template compiled since may have added terms, so the size is kept).
 */
let last: { view: TokenView; length: number; size: number; terms: ViewTerms } | null = null;

/** The terms of a view's tokens (a view is not changed once matched). */
export function termsIn(view: TokenView): ViewTerms {
  if (last && last.view === view && last.length === view.length && last.size === lexicon.size) return last.terms;
  const terms: ViewTerms = { from: [], terms: [] };
  for (let i = 0; i < view.length; i++) {
    terms.from.push(terms.terms.length);
    if (view.actor[i]) continue;
    const lemma = view.lemma[i];
    const lower = view.lower[i];
    lexicon.termsOf(lemma, terms.terms);
    if (lower !== lemma) lexicon.termsOf(lower, terms.terms);
  }
  terms.from.push(terms.terms.length);
  last = { view, length: view.length, size: lexicon.size, terms };
  return terms;
}

function hasTerm(terms: ViewTerms, i: number, term: number): boolean {
  for (let k = terms.from[i]; k < terms.from[i + 1]; k++) if (terms.terms[k] === term) return true;
  return false;
}

/**
 * Failed (step, token) states of the current run, `failed[step * stride + token] === run`, for
 * every matcher: one runs at a time, and one table stays in the cache where each its own would not.
 */
let failed = new Uint32Array(0);
let run = 0;

const matchers = new WeakMap<CompiledTemplate, Matcher>();

/** Every non-overlapping match of `template` in `view`, left to right (the first way each start matches). */
export function matchTokens(template: CompiledTemplate, view: TokenView): TokenMatch[] {
  let matcher = matchers.get(template);
  if (!matcher) matchers.set(template, (matcher = new Matcher(template)));
  return matcher.matches(view);
}
