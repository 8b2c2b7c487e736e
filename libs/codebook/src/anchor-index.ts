import { requiredParts, type CompiledTemplate } from './template.js';

/**
 * A set of templates indexed by their anchors (`CompiledTemplate.anchors`), so that the templates
 * a clause may match are found with one lookup per word of the clause (and per prefix length)
 * instead of by testing every template's anchors. A template found so is kept only if the clause
 * also has a word for each of its other required parts (`requiredParts`).
 */
export class AnchorIndex {
  private readonly position = new Map<CompiledTemplate, number>();
  /** Every word and prefix some template requires, numbered. */
  private readonly exact = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  /** The prefixes by their first `stem` characters (the shortest prefix's length), each with its number. */
  private readonly prefixesByStem = new Map<string, [string, number][]>();
  private readonly stem: number;
  /** By word or prefix number: the templates with it among their anchors. */
  private readonly anchoring: number[][] = [];
  /** Templates without anchors: always candidates. */
  private readonly unanchored: number[] = [];
  /** By template: its required parts, each as the numbers of its words and prefixes. */
  private readonly parts: number[][][];
  /** Scratch for `candidates`, by word or prefix number and by template; all 0 between calls. */
  private readonly present: Uint8Array;
  private readonly taken: Uint8Array;
  private readonly idsByWord = new Map<string, readonly number[]>();

  constructor(readonly templates: readonly CompiledTemplate[]) {
    // A required word ending in `*` is a prefix (as `matchTemplate` reads anchors), whatever its length.
    const numbered = (word: string): number => {
      const [map, key] = word.endsWith('*') ? [this.prefixes, word.slice(0, -1)] : [this.exact, word];
      let id = map.get(key);
      if (id === undefined) {
        map.set(key, (id = this.anchoring.length));
        this.anchoring.push([]);
      }
      return id;
    };
    this.parts = templates.map((template, i) => {
      if (!this.position.has(template)) this.position.set(template, i);
      if (!template.anchors) this.unanchored.push(i);
      else for (const anchor of template.anchors) this.anchoring[numbered(anchor)].push(i);
      return requiredParts(template).map((words) => [...words].map(numbered));
    });
    this.present = new Uint8Array(this.anchoring.length);
    this.taken = new Uint8Array(templates.length);
    this.stem = Math.min(...[...this.prefixes.keys()].map((p) => p.length));
    for (const [prefix, id] of this.prefixes) {
      const key = prefix.slice(0, this.stem);
      const bucket = this.prefixesByStem.get(key);
      if (bucket) bucket.push([prefix, id]);
      else this.prefixesByStem.set(key, [[prefix, id]]);
    }
  }

  /** Whether `template` is one of the set. */
  has(template: CompiledTemplate): boolean {
    return this.position.has(template);
  }

  /**
   * Positions in `templates`, ascending, of the templates that may match a clause of these words
   * (lemmas and surface forms): those with an anchor among them (a word, or the start of one for a
   * prefix anchor) and a word for each required part, and those without anchors.
   */
  candidates(words: ReadonlySet<string>): number[] {
    const present = this.present;
    const seen: number[] = [];
    for (const word of words) {
      for (const id of this.idsOf(word)) {
        if (!present[id]) {
          present[id] = 1;
          seen.push(id);
        }
      }
    }
    const taken = this.taken;
    const found: number[] = [];
    for (const i of this.unanchored) if (!taken[i]) (taken[i] = 1), found.push(i);
    for (const id of seen) for (const i of this.anchoring[id]) if (!taken[i]) (taken[i] = 1), found.push(i);
    let n = 0;
    for (const i of found) {
      taken[i] = 0;
      if (allPresent(this.parts[i], present)) found[n++] = i;
    }
    found.length = n;
    for (const id of seen) present[id] = 0;
    return found.sort((a, b) => a - b);
  }

  /** The numbers of the words and prefixes `word` is or starts with; remembered, as a clause's words recur. */
  private idsOf(word: string): readonly number[] {
    const known = this.idsByWord.get(word);
    if (known) return known;
    const ids: number[] = [];
    const id = this.exact.get(word);
    if (id !== undefined) ids.push(id);
    const bucket = word.length < this.stem ? undefined : this.prefixesByStem.get(word.slice(0, this.stem));
    if (bucket) for (const [prefix, prefixId] of bucket) if (word.startsWith(prefix)) ids.push(prefixId);
    // Words are open-ended: forget them all now and then rather than grow without bound.
    if (this.idsByWord.size >= WORDS_REMEMBERED) this.idsByWord.clear();
    this.idsByWord.set(word, ids);
    return ids;
  }
}

const WORDS_REMEMBERED = 50_000;

function allPresent(parts: number[][], present: Uint8Array): boolean {
  for (const part of parts) {
    let any = false;
    for (const id of part) {
      if (present[id]) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
