/**
 * Cue templates: patterns over a clause's words by lemma and part of speech, with actor slots.
 *
 *   word          a token whose lemma or surface form is `word` ("claim" covers claims/claimed/claiming)
 *   word*         a lemma or surface form starting with `word`
 *   word/VERB     …with that part of speech (NOUN, VERB, ADJ, ADP, PROPN, AUX, ...)
 *   @set          any member of a synonym set (members are templates themselves)
 *   (a b | c)     alternatives; `?` after a word or a group makes it optional
 *   ...  ..N      a gap of up to 6 (or N) tokens
 *   $holder       an actor mention: that actor holds the position
 *   $name         an actor mention captured as `name` (a slot whose filler may decide the position)
 *   $name=actor   …only a mention of that actor
 *
 * A template compiles to a small tree matched token by token (with backtracking, gaps bounded)
 * against a clause's tokens, where an actor mention counts as one token. Templates name no phrase
 * of any article: they are general constructions, and their synonym sets are data.
 */

export interface CompiledTemplate {
  source: string;
  nodes: Node[];
  /** The slot names the template uses. */
  slots: Set<string>;
  /** One of these words (lemma or surface) must be in a clause for the template to match; null: no filter. */
  anchors: Set<string> | null;
  /** The template itself says "not"/"never"/"no": a negation in its match is its meaning, not a denial. */
  negates: boolean;
}

export interface TemplateContext {
  synonyms: Map<string, string[]>;
  negators: Set<string>;
}

export type Node =
  | { kind: 'word'; word: string; prefix: boolean; pos?: string; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'slot'; name: string; actor?: string; optional: boolean }
  | { kind: 'group'; alternatives: Node[][]; optional: boolean };

const LEXEME = /\(|\)\??|\||\.\.\.|\.\.\d+|\$[a-z][a-z0-9]*(?:=[a-z0-9-]+)?\??|@[a-z0-9-]+\??|[^\s()|]+/g;
const DEFAULT_GAP = 6;

export class TemplateError extends Error {}

/** Compiles one template; throws TemplateError naming what is wrong. */
export function compileTemplate(source: string, context: TemplateContext): CompiledTemplate {
  const nodes = parse(source, context, new Set());
  if (nodes.length === 0) throw new TemplateError(`template "${source}" is empty`);
  const slots = new Set<string>();
  collectSlots(nodes, slots);
  return {
    source,
    nodes,
    slots,
    anchors: anchorsOf(nodes),
    negates: mentionsNegator(nodes, context.negators),
  };
}

function parse(source: string, context: TemplateContext, expanding: Set<string>): Node[] {
  const lexemes = source.match(LEXEME) ?? [];
  let i = 0;
  const sequence = (): Node[][] => {
    const alternatives: Node[][] = [[]];
    while (i < lexemes.length) {
      const lx = lexemes[i];
      if (lx === '|') {
        i++;
        alternatives.push([]);
        continue;
      }
      if (lx.startsWith(')')) return alternatives;
      i++;
      const current = alternatives[alternatives.length - 1];
      if (lx === '(') {
        const inner = sequence();
        const close = lexemes[i];
        if (!close?.startsWith(')')) throw new TemplateError(`template "${source}" has an unclosed (`);
        i++;
        current.push({ kind: 'group', alternatives: inner, optional: close === ')?' });
      } else if (lx === '...' || lx.startsWith('..')) {
        current.push({ kind: 'gap', max: lx === '...' ? DEFAULT_GAP : Number(lx.slice(2)) });
      } else if (lx.startsWith('$')) {
        const [name, actor] = lx.replace(/^\$|\?$/g, '').split('=');
        current.push({ kind: 'slot', name, actor, optional: lx.endsWith('?') });
      } else if (lx.startsWith('@')) {
        const name = lx.replace(/^@|\?$/g, '');
        const members = context.synonyms.get(name);
        if (!members) throw new TemplateError(`template "${source}" uses an unknown synonym set @${name}`);
        if (expanding.has(name)) throw new TemplateError(`synonym set @${name} refers to itself`);
        const inner = new Set(expanding).add(name);
        current.push({ kind: 'group', alternatives: members.map((m) => parse(m, context, inner)), optional: lx.endsWith('?') });
      } else {
        const optional = lx.endsWith('?') && lx.length > 1;
        const bare = optional ? lx.slice(0, -1) : lx;
        const [word, pos] = bare.split('/');
        if (!word) throw new TemplateError(`template "${source}" has an empty word`);
        const prefix = word.endsWith('*') && word.length > 1;
        current.push({ kind: 'word', word: (prefix ? word.slice(0, -1) : word).toLowerCase(), prefix, pos: pos?.toUpperCase(), optional });
      }
    }
    return alternatives;
  };
  const top = sequence();
  if (i < lexemes.length) throw new TemplateError(`template "${source}" has an unmatched )`);
  return top.length === 1 ? top[0] : [{ kind: 'group', alternatives: top, optional: false }];
}

function collectSlots(sequence: Node[], into: Set<string>): void {
  for (const n of sequence) {
    if (n.kind === 'slot') into.add(n.name);
    if (n.kind === 'group') for (const a of n.alternatives) collectSlots(a, into);
  }
}

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
 * Where matching goes on after the current sequence: a chain of (sequence, index) frames. Chains
 * are interned per template, so a failure at (chain, position) can be remembered: with gaps and
 * optional words a template may reach the same state many ways, and must not try it twice.
 */
interface Chain {
  id: number;
  nodes: Node[];
  k: number;
  parent: Chain | null;
  children: Map<number, Chain>;
}

class Matcher {
  private readonly roots = new Map<number, Chain>();
  private chainCount = 0;
  private readonly ids = new Map<Node[], number>();
  private readonly starts: StartSet | null;
  private failed = new Set<number>();
  private binds: [string, string][] = [];
  private end = -1;
  private view!: TokenView;

  /** What each alternative of the template's groups can start with (null: anything, or nothing). */
  private readonly alternativeStarts = new Map<Node[], StartSet | null>();

  constructor(private readonly template: CompiledTemplate) {
    this.starts = startsOf(template.nodes);
    const visit = (sequence: Node[]): void => {
      for (const node of sequence) {
        if (node.kind !== 'group') continue;
        for (const alternative of node.alternatives) {
          if (!this.alternativeStarts.has(alternative)) this.alternativeStarts.set(alternative, startsOf(alternative));
          visit(alternative);
        }
      }
    };
    visit(template.nodes);
  }

  run(view: TokenView): TokenMatch[] {
    this.view = view;
    this.failed.clear();
    const matches: TokenMatch[] = [];
    const candidates = this.starts ? startPositions(this.starts, view) : null;
    let from = 0;
    const tryAt = (start: number) => {
      if (start < from) return;
      this.binds = [];
      if (!this.sequence(this.template.nodes, 0, start, null) || this.end <= start) return;
      matches.push({ first: start, last: this.end - 1, slots: new Map(this.binds) });
      from = this.end;
    };
    if (candidates) for (const start of candidates) tryAt(start);
    else for (let start = 0; start < view.length; start++) tryAt(start);
    return matches;
  }

  private chain(nodes: Node[], k: number, parent: Chain | null): Chain {
    let id = this.ids.get(nodes);
    if (id === undefined) this.ids.set(nodes, (id = this.ids.size));
    const key = id * 256 + k;
    const siblings = parent ? parent.children : this.roots;
    let chain = siblings.get(key);
    if (!chain) siblings.set(key, (chain = { id: this.chainCount++, nodes, k, parent, children: new Map() }));
    return chain;
  }

  private sequence(nodes: Node[], k: number, pos: number, after: Chain | null): boolean {
    if (k === nodes.length) {
      if (!after) {
        this.end = pos;
        return true;
      }
      return this.sequence(after.nodes, after.k, pos, after.parent);
    }
    const node = nodes[k];
    // A word either matches here or not: only branching nodes need remembering.
    if (node.kind === 'word' && !node.optional) {
      return pos < this.view.length && wordAt(node, this.view, pos) && this.sequence(nodes, k + 1, pos + 1, after);
    }
    const state = this.chain(nodes, k, after).id * 4096 + pos;
    if (this.failed.has(state)) return false;
    if (this.step(nodes, k, pos, after)) return true;
    this.failed.add(state);
    return false;
  }

  private step(nodes: Node[], k: number, pos: number, after: Chain | null): boolean {
    const node = nodes[k];
    const view = this.view;
    switch (node.kind) {
      case 'word':
        if (pos < view.length && wordAt(node, view, pos) && this.sequence(nodes, k + 1, pos + 1, after)) return true;
        return node.optional && this.sequence(nodes, k + 1, pos, after);
      case 'gap':
        for (let g = 0; g <= node.max && pos + g <= view.length; g++) if (this.sequence(nodes, k + 1, pos + g, after)) return true;
        return false;
      case 'slot': {
        const actor = pos < view.length ? view.actor[pos] : null;
        if (actor && (!node.actor || node.actor === actor)) {
          this.binds.push([node.name, actor]);
          if (this.sequence(nodes, k + 1, pos + 1, after)) return true;
          this.binds.pop();
        }
        return node.optional && this.sequence(nodes, k + 1, pos, after);
      }
      case 'group': {
        const then = this.chain(nodes, k + 1, after);
        for (const alternative of node.alternatives) {
          // An alternative that cannot start with the token here cannot match here: not tried.
          const starts = this.alternativeStarts.get(alternative);
          if (starts && !(pos < view.length && canStartAt(starts, view, pos))) continue;
          if (this.sequence(alternative, 0, pos, then)) return true;
        }
        return node.optional && this.sequence(nodes, k + 1, pos, after);
      }
    }
  }
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

/** Where in `view` a match may start, in order, found through an index of the view's words. */
function startPositions(starts: StartSet, view: TokenView): number[] {
  const index = indexOf(view);
  const marked = new Uint8Array(view.length);
  for (const w of starts.words) {
    const positions = index.words.get(w);
    if (positions) for (const i of positions) marked[i] = 1;
  }
  if (starts.actor) for (const i of index.actors) marked[i] = 1;
  for (const p of starts.prefixes) for (const i of prefixPositions(index, view, p)) marked[i] = 1;
  const found: number[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i]) found.push(i);
  return found;
}

interface ViewIndex {
  words: Map<string, number[]>;
  actors: number[];
  /** Positions of the words (not actors) whose lemma or surface form starts with a prefix, filled as asked. */
  prefixes: Map<string, number[]>;
}

const indexes = new WeakMap<TokenView, ViewIndex>();

function indexOf(view: TokenView): ViewIndex {
  let index = indexes.get(view);
  if (index) return index;
  index = { words: new Map(), actors: [], prefixes: new Map() };
  for (let i = 0; i < view.length; i++) {
    if (view.actor[i]) {
      index.actors.push(i);
      continue;
    }
    for (const w of view.lemma[i] === view.lower[i] ? [view.lemma[i]] : [view.lemma[i], view.lower[i]]) {
      const list = index.words.get(w);
      if (list) list.push(i);
      else index.words.set(w, [i]);
    }
  }
  indexes.set(view, index);
  return index;
}

function prefixPositions(index: ViewIndex, view: TokenView, prefix: string): number[] {
  let positions = index.prefixes.get(prefix);
  if (positions) return positions;
  positions = [];
  for (let i = 0; i < view.length; i++) {
    if (!view.actor[i] && (view.lemma[i].startsWith(prefix) || view.lower[i].startsWith(prefix))) positions.push(i);
  }
  index.prefixes.set(prefix, positions);
  return positions;
}

const matchers = new WeakMap<CompiledTemplate, Matcher>();

/** Every non-overlapping match of `template` in `view`, left to right (the first way each start matches). */
export function matchTokens(template: CompiledTemplate, view: TokenView): TokenMatch[] {
  let matcher = matchers.get(template);
  if (!matcher) matchers.set(template, (matcher = new Matcher(template)));
  return matcher.run(view);
}

function wordAt(node: Extract<Node, { kind: 'word' }>, view: TokenView, i: number): boolean {
  if (view.actor[i]) return false;
  if (node.pos && view.pos[i] !== node.pos) return false;
  const lemma = view.lemma[i];
  const lower = view.lower[i];
  return node.prefix ? lemma.startsWith(node.word) || lower.startsWith(node.word) : lemma === node.word || lower === node.word;
}

/**
 * A set of words one of which every match must contain (a prefix ends in `*`), for a cheap
 * pre-filter: of the template's required parts, the one whose words are rarest — short function
 * words ("of", "to", "not") are poor filters, so a set of longer words wins even if larger.
 */
function anchorsOf(sequence: Node[]): Set<string> | null {
  let best: Set<string> | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const node of sequence) {
    const words = requiredWords(node);
    if (!words) continue;
    const cost = [...words].reduce((sum, w) => sum + (w.length <= 3 ? 50 : w.endsWith('*') ? 3 : 1), 0);
    if (cost < bestCost) [best, bestCost] = [words, cost];
  }
  return best;
}

/**
 * For each required part of a template, the words one of which every match must contain (as in
 * `anchors`, a prefix ends in `*`): all of them must occur in a clause for the template to match.
 */
export function requiredParts(template: CompiledTemplate): Set<string>[] {
  const parts: Set<string>[] = [];
  for (const node of template.nodes) {
    const words = requiredWords(node);
    if (words) parts.push(words);
  }
  return parts;
}

function requiredWords(node: Node): Set<string> | null {
  if (node.kind === 'word') return node.optional ? null : new Set([node.prefix ? `${node.word}*` : node.word]);
  if (node.kind !== 'group' || node.optional) return null;
  const all = new Set<string>();
  for (const alternative of node.alternatives) {
    const words = anchorsOf(alternative);
    if (!words) return null;
    for (const w of words) all.add(w);
  }
  return all;
}

function mentionsNegator(sequence: Node[], negators: Set<string>): boolean {
  return sequence.some((n) =>
    n.kind === 'word' ? negators.has(n.word) : n.kind === 'group' ? n.alternatives.some((a) => mentionsNegator(a, negators)) : false,
  );
}
