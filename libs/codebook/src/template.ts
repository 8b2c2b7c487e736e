/**
 * Cue templates: patterns over a clause's words by lemma and part of speech, with actor slots.
 *
 *   word          a token whose lemma or surface form is `word` ("claim" covers claims/claimed/claiming)
 *   word*         a lemma or surface form starting with `word`
 *   word/VERB     …with that part of speech (NOUN, VERB, ADJ, ADP, PROPN, AUX, ...)
 *   @set          any member of a synonym set (members are templates themselves)
 *   (a b | c)     alternatives; `?` after a word or a group makes it optional
 *   ...  ..N      a gap of up to 6 (or N) tokens; from 3 on, up to three adjectives, determiners
 *                 and numbers in it are not counted ("sign ..3 @peace-treaty" reaches "signing of a
 *                 bilateral post-war peace treaty")
 *   $holder       an actor mention: that actor holds the position
 *   $name         an actor mention captured as `name` (a slot whose filler may decide the position)
 *   $name=actor   …only a mention of that actor
 *
 * A template compiles to a small tree, matched token by token (template-matcher.ts: numbered steps,
 * backtracking, gaps bounded) against a clause's tokens, where an actor mention counts as one
 * token. Templates name no phrase of any article: they are general constructions, and their
 * synonym sets are data.
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

export { matchTokens, type TokenMatch, type TokenView } from './template-matcher.js';

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
