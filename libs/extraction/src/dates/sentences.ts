/** A half-open range `[start, end)` of the text. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

// A run of terminal punctuation (with closing quotes or brackets) followed by space, or a line
// break. Whether it really ends a sentence is decided by looking around it.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s)|\n/g;
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|vs|etc|No|Nos|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|approx|est|[A-Z]|[A-Za-z]\.[A-Za-z])$/;

/**
 * Start offsets of the sentences of `text`, ascending, the first being 0. A line break ends a
 * sentence unless the next line carries on in lower case (hard-wrapped text); a period ends one
 * unless it closes an abbreviation or an initial, or lower case follows.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next >= text.length) break;
    const following = text[next]!;
    if (following >= 'a' && following <= 'z') continue;
    if (match[0] !== '\n' && match[0].startsWith('.') && match[0].length === 1) {
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      if (ABBREVIATION.test(before)) continue;
    }
    if (next > starts[starts.length - 1]!) starts.push(next);
  }
  return starts;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

// Punctuation, quotes and dashes, and the conjunctions and relative words that open a clause.
const CLAUSE_BREAK =
  /[,;:()"“”[\]—–]|\s--?\s|\b(?:that|which|who|whom|whose|when|while|whereas|because|although|though|but|and|or|if|unless|where)\b/g;

/** Splits a sentence into clause-sized pieces for tense lookup; empty pieces are dropped. */
export function clausesOf(text: string, sentence: Segment): Segment[] {
  const clauses: Segment[] = [];
  let start = sentence.start;
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let match = CLAUSE_BREAK.exec(text); match && match.index < sentence.end; match = CLAUSE_BREAK.exec(text)) {
    if (match.index > start) clauses.push({ start, end: match.index });
    // A conjunction starts the next clause; punctuation belongs to neither.
    start = /^[A-Za-z]/.test(match[0]) ? match.index : match.index + match[0].length;
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end });
  return clauses.filter((clause) => /[A-Za-z0-9]/.test(text.slice(clause.start, clause.end)));
}
