import { requiredParts, type CompiledTemplate } from './template.js';

/**
 * A set of templates indexed by their anchors (`CompiledTemplate.anchors`), so that the templates
 * a clause may match are found with one lookup per word of the clause (and per prefix length)
 * instead of by testing every template's anchors. A template found so is kept only if the clause
 * also has a word for each of its other required parts (`requiredParts`).
 */
export class AnchorIndex {
  private readonly position = new Map<CompiledTemplate, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  /** The lengths of the prefixes, ascending. */
  private readonly prefixLengths: number[];
  /** Templates without anchors: always candidates. */
  private readonly unanchored: number[] = [];
  /** By position: the required parts, each as its words (a prefix ends in `*`). */
  private readonly parts: string[][][];

  constructor(readonly templates: readonly CompiledTemplate[]) {
    templates.forEach((template, i) => {
      if (!this.position.has(template)) this.position.set(template, i);
      if (!template.anchors) {
        this.unanchored.push(i);
        return;
      }
      // An anchor ending in `*` is a prefix (as `matchTemplate` reads it), whatever its length.
      for (const anchor of template.anchors) {
        if (anchor.endsWith('*')) add(this.prefixes, anchor.slice(0, -1), i);
        else add(this.exact, anchor, i);
      }
    });
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((p) => p.length))].sort((a, b) => a - b);
    this.parts = templates.map((t) => requiredParts(t).map((words) => [...words]));
  }

  /** Whether `template` is one of the set. */
  has(template: CompiledTemplate): boolean {
    return this.position.has(template);
  }

  /**
   * Flags by position in `templates`: 1 for each template that may match a clause of these words
   * (lemmas and surface forms): one with an anchor among them (a word, or the start of one for a
   * prefix anchor) and a word for each required part, or one without anchors.
   */
  candidates(words: ReadonlySet<string>): Uint8Array {
    const flags = new Uint8Array(this.templates.length);
    for (const i of this.unanchored) flags[i] = 1;
    for (const word of words) {
      const exact = this.exact.get(word);
      if (exact) for (const i of exact) flags[i] = 1;
      for (const length of this.prefixLengths) {
        if (length > word.length) break;
        const prefixed = this.prefixes.get(word.slice(0, length));
        if (prefixed) for (const i of prefixed) flags[i] = 1;
      }
    }
    const prefixSeen = new Map<string, boolean>();
    const present = (required: string): boolean => {
      if (!required.endsWith('*')) return words.has(required);
      let seen = prefixSeen.get(required);
      if (seen === undefined) {
        const prefix = required.slice(0, -1);
        seen = false;
        for (const word of words) {
          if (word.startsWith(prefix)) {
            seen = true;
            break;
          }
        }
        prefixSeen.set(required, seen);
      }
      return seen;
    };
    for (let i = 0; i < flags.length; i++) {
      if (flags[i] && !this.parts[i].every((part) => part.some(present))) flags[i] = 0;
    }
    return flags;
  }
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
