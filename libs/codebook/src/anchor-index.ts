import { requiredParts, type CompiledTemplate } from './template.js';
import { termOf, termsIn, type TokenView } from './template-matcher.js';

/**
 * A set of templates indexed by their anchors (`CompiledTemplate.anchors`), so that the templates
 * a clause may match are found from the terms of its tokens (`termsIn`: each word and prefix a
 * token is or starts with, looked up once per clause for all templates) instead of by testing
 * every template's anchors. A template found so is kept only if the clause also has a word for
 * each of its other required parts (`requiredParts`). The lists are packed in typed arrays
 * (`xFrom[i]` up to `xFrom[i + 1]` in `x`), as a clause reads a few entries of each, far apart.
 */
export class AnchorIndex {
  private readonly position = new Map<CompiledTemplate, number>();
  /** By term: the templates with it among their anchors. */
  private readonly anchoringFrom: Int32Array;
  private readonly anchoring: Int32Array;
  /** Templates without anchors: always candidates. */
  private readonly unanchored: Int32Array;
  /** By template: its required parts; by part: the terms of its words and prefixes. */
  private readonly partsFrom: Int32Array;
  private readonly partTermsFrom: Int32Array;
  private readonly partTerms: Int32Array;
  /** Scratch for `candidates`, by term and by template; all 0 between calls. */
  private readonly present: Uint8Array;
  private readonly taken: Uint8Array;

  constructor(readonly templates: readonly CompiledTemplate[]) {
    // A required word ending in `*` is a prefix (as `requiredParts` writes it), whatever its length.
    const term = (word: string): number => (word.endsWith('*') ? termOf(word.slice(0, -1), true) : termOf(word, false));
    const anchors = templates.map((template) => (template.anchors ? [...template.anchors].map(term) : null));
    const parts = templates.map((template) => requiredParts(template).map((words) => [...words].map(term)));
    // Terms numbered after this are no template's here: `candidates` passes them by.
    const terms = Math.max(-1, ...anchors.flatMap((a) => a ?? []), ...parts.flat(2)) + 1;
    const anchoring: number[][] = Array.from({ length: terms }, () => []);
    templates.forEach((template, i) => {
      if (!this.position.has(template)) this.position.set(template, i);
      for (const t of anchors[i] ?? []) anchoring[t].push(i);
    });
    [this.anchoringFrom, this.anchoring] = packed(anchoring);
    this.unanchored = Int32Array.from(templates.keys()).filter((i) => !anchors[i]);
    this.partsFrom = offsets(parts.map((p) => p.length));
    [this.partTermsFrom, this.partTerms] = packed(parts.flat());
    this.present = new Uint8Array(terms);
    this.taken = new Uint8Array(templates.length);
  }

  /** Whether `template` is one of the set. */
  has(template: CompiledTemplate): boolean {
    return this.position.has(template);
  }

  /**
   * Positions in `templates`, ascending, of the templates that may match a clause: those with an
   * anchor among its words (lemmas and surface forms; a word, or the start of one for a prefix
   * anchor) and a word for each required part, and those without anchors.
   */
  candidates(view: TokenView): number[] {
    const present = this.present;
    const terms = termsIn(view).terms;
    const seen: number[] = [];
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k];
      if (t < present.length && !present[t]) {
        present[t] = 1;
        seen.push(t);
      }
    }
    const taken = this.taken;
    const found: number[] = [];
    for (const i of this.unanchored) if (!taken[i]) (taken[i] = 1), found.push(i);
    for (const t of seen) {
      for (let k = this.anchoringFrom[t]; k < this.anchoringFrom[t + 1]; k++) {
        const i = this.anchoring[k];
        if (!taken[i]) (taken[i] = 1), found.push(i);
      }
    }
    let n = 0;
    for (const i of found) {
      taken[i] = 0;
      if (this.allPartsPresent(i)) found[n++] = i;
    }
    found.length = n;
    for (const t of seen) present[t] = 0;
    return found.sort((a, b) => a - b);
  }

  private allPartsPresent(template: number): boolean {
    for (let part = this.partsFrom[template]; part < this.partsFrom[template + 1]; part++) {
      let any = false;
      for (let k = this.partTermsFrom[part]; k < this.partTermsFrom[part + 1] && !any; k++) any = this.present[this.partTerms[k]] === 1;
      if (!any) return false;
    }
    return true;
  }
}

/** Lists packed into one array: list `i` is from `from[i]` up to `from[i + 1]` of `items`. */
function packed(lists: number[][]): [from: Int32Array, items: Int32Array] {
  return [offsets(lists.map((list) => list.length)), Int32Array.from(lists.flat())];
}

function offsets(lengths: number[]): Int32Array {
  const from = new Int32Array(lengths.length + 1);
  lengths.forEach((length, i) => (from[i + 1] = from[i] + length));
  return from;
}
