import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { paragraphs, type Sentence, type Span } from '../text/segment.js';

/** One word or punctuation mark of the article, as the language model reads it. */
export interface Token extends Span {
  /** Lower-cased surface form. */
  lower: string;
  /** Lower-cased lemma ("claimed" → "claim", "islands" → "island"). */
  lemma: string;
  /** Universal part of speech: NOUN, VERB, AUX, PROPN, ADP, PART, PUNCT... */
  pos: string;
  /** In the scope of a negation ("did not agree to accelerate talks": agree, to, accelerate, talks). */
  negated: boolean;
}

export interface AnnotatedSentence extends Sentence {
  /** The sentence's tokens: `tokens.slice(tokenStart, tokenEnd)` of the article. */
  tokenStart: number;
  tokenEnd: number;
}

/** The article as sentences and tokens with lemmas, parts of speech and negation scope. */
export interface AnnotatedText {
  text: string;
  tokens: Token[];
  sentences: AnnotatedSentence[];
}

// One pipeline per process: sentence boundaries, part-of-speech tags (lemmas come with them) and
// negation scope. Named-entity recognition is left out: the codebook names the actors and the date
// grammar reads dates, and without it the model runs about 1.6x faster.
// Loaded on first use (about a second): processes that never extract, such as workers, never pay it.
let nlp: ReturnType<typeof winkNLP> | null = null;
function pipeline(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return nlp;
}

/**
 * Reads `text` paragraph by paragraph (blank lines separate them) with wink-nlp's English model:
 * tokens with offsets into `text`, lemmas, parts of speech and negation flags, and sentences. A
 * sentence never ends inside a quotation: a quoted passage of several sentences stays with its
 * attribution (".... It is ours," he said.).
 */
export function annotate(text: string, options: { negationExceptions?: string[] } = {}): AnnotatedText {
  const exceptions = (options.negationExceptions ?? []).map((e) => e.toLowerCase().split(/\s+/));
  // Only a token that is some phrase's first word can start one.
  const firsts = new Set(exceptions.map((words) => words[0]));
  const tokens: Token[] = [];
  const sentences: AnnotatedSentence[] = [];
  const all = paragraphs(text);
  const carried = quotedBlocks(text, all);
  all.forEach((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    const doc = pipeline().readDoc(body);
    const its = pipeline().its;
    const words = doc.tokens();
    const values = words.out() as string[];
    const lemmas = words.out(its.lemma as never) as unknown as string[];
    const tags = words.out(its.pos) as string[];
    const negations = words.out(its.negationFlag) as unknown as boolean[];
    const first = tokens.length;
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const at = body.indexOf(value, cursor);
      const start = at < 0 ? cursor : at;
      const end = at < 0 ? cursor : at + value.length;
      cursor = end;
      tokens.push({
        start: paragraph.start + start,
        end: paragraph.start + end,
        // (A typographic apostrophe is the plain one: "country’s", "won’t" read as "country's", "won't".)
        lower: plainApostrophes(value.toLowerCase()),
        lemma: plainApostrophes((lemmas[i] ?? value).toLowerCase()),
        pos: tags[i] ?? 'X',
        negated: negations[i] === true,
      });
    }
    verbalGerunds(tokens, first);
    presentVerbs(tokens, first);
    scopeNotYet(tokens, first);
    liftNegation(tokens, first, exceptions, firsts);
    scopeWithout(tokens, first);
    scopeCoordination(tokens, first);
    const spans = shortLinesApart(doc.sentences().out(its.span) as unknown as number[][], tokens, first, text);
    const quotes = quoteSpans(text, paragraph, carried.has(index));
    let open: { from: number; to: number } | null = null;
    const push = (from: number, to: number) => {
      const start = tokens[first + from].start;
      const end = tokens[first + to].end;
      sentences.push({
        start,
        end,
        text: text.slice(start, end),
        paragraph: index,
        quotes: quotes.filter((q) => q.start < end && q.end > start).map((q) => ({ start: Math.max(q.start, start), end: Math.min(q.end, end) })),
        tokenStart: first + from,
        tokenEnd: first + to + 1,
      });
    };
    for (const [from, to] of spans) {
      // A "sentence" that starts in lower case continues the one before ('... "The Kuriles are ours!"
      // and "We won't return them!"'): the model split it after an exclamation inside quotes.
      const last = sentences[sentences.length - 1];
      const head = tokens[first + from];
      if (!open && last && last.paragraph === index && head && /^[a-z]/.test(text[head.start])) {
        sentences.pop();
        open = { from: last.tokenStart - first, to };
      }
      const merged: { from: number; to: number } = open ? { from: open.from, to } : { from, to };
      const endsInsideQuote = quotes.some((q) => q.start < tokens[first + to].end && q.end > tokens[first + to].end);
      if (endsInsideQuote) {
        open = merged;
        continue;
      }
      open = null;
      push(merged.from, merged.to);
    }
    if (open) push(open.from, open.to);
  });
  return { text, tokens, sentences };
}

const QUOTE_MARK = /["“”]/g;

/**
 * Paragraphs inside a statement quoted over several paragraphs, where only the first opens the
 * quotation and the last closes it ('"In connection with ... the following steps.' / 'Under the
 * current circumstances, ...' / '... good-neighbourly relations."'): those that open without a
 * quotation mark after a paragraph left open, up to one that closes it within a few paragraphs.
 */
function quotedBlocks(text: string, all: Span[]): Set<number> {
  const inside = new Set<number>();
  const marks = all.map((p) => text.slice(p.start, p.end).match(QUOTE_MARK) ?? []);
  for (let i = 0; i < all.length; i++) {
    // Left open: an odd number of marks, the last one opening.
    if (marks[i].length % 2 === 0 || marks[i][marks[i].length - 1] === '”') continue;
    let j = i + 1;
    while (j < all.length && j - i <= MAX_BLOCK && marks[j].length === 0) j++;
    // Closed by a paragraph that does not open with a mark and whose only mark closes at its end.
    const closing = j < all.length && j - i <= MAX_BLOCK && marks[j].length === 1 && /["”]\s*$/.test(text.slice(all[j].start, all[j].end)) && !/^\s*["“]/.test(text.slice(all[j].start, all[j].end));
    if (!closing) continue;
    for (let k = i + 1; k <= j; k++) inside.add(k);
    i = j;
  }
  return inside;
}

const MAX_BLOCK = 8;

/** The quoted stretches of a paragraph ("straight" or “curly” double quotes), as absolute offsets. */
function quoteSpans(text: string, paragraph: Span, opensInside = false): Span[] {
  const spans: Span[] = [];
  // (A paragraph inside a quoted block starts quoted, and its one closing mark ends the quotation.)
  let openAt = opensInside ? paragraph.start : -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (openAt < 0 && c !== '”') openAt = i;
    else if (openAt >= 0 && c !== '“') {
      spans.push({ start: openAt, end: i + 1 });
      openAt = -1;
    }
  }
  // A quotation left open runs to the end of its paragraph (news style for a quote continued below).
  if (openAt >= 0) spans.push({ start: openAt, end: paragraph.end });
  return spans;
}

/** "no change in our policy of resolving ...": after such a phrase nothing is denied, up to the next punctuation. */
/**
 * "its course of first settling the territorial question": the model may tag a gerund that takes
 * an object as a noun and leave it unlemmatised; it gets its verb's lemma ("settle"), so cues read
 * it as the verb (its own form is still matched as it stands).
 */
function verbalGerunds(tokens: Token[], from: number): void {
  for (let i = from; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || t.lemma !== t.lower || !/^[a-z]{3,}ing$/.test(t.lower) || !OBJECT_START.has(tokens[i + 1].pos)) continue;
    t.lemma = verbLemma(t.lower);
  }
}

const OBJECT_START = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'PROPN']);

/**
 * "Japan claims the Soviet Union seized the islands", "Tokyo demands their return": after a
 * name opening a clause, the model may tag a verb's -s form as a plural noun; it is the verb.
 */
function presentVerbs(tokens: Token[], from: number): void {
  for (let i = from + 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || !PRESENT_VERBS.has(t.lower)) continue;
    const subject = tokens[i - 1];
    const before = tokens[i - 2];
    if ((subject.pos !== 'PROPN' && subject.pos !== 'PRON') || (before !== undefined && i - 2 >= from && !CLAUSE_OPENING.has(before.pos))) continue;
    if (!CLAIM_OBJECT.has(tokens[i + 1].pos) && tokens[i + 1].lower !== 'that') continue;
    // (A saying's verb only before a clause of its own: "Japan claims all four, while ..." stays a noun phrase.)
    if (SAYING_VERBS.has(t.lower) && !clauseFollows(tokens, i + 1)) continue;
    t.pos = 'VERB';
    t.lemma = PRESENT_VERBS.get(t.lower)!;
  }
}

// (The stance and reporting verbs a -s form of which the model reads as a noun after a name.)
const PRESENT_VERBS = new Map(
  ['claim', 'demand', 'insist', 'argue', 'maintain', 'contend', 'warn', 'note', 'hope', 'want', 'seek', 'reject', 'deny', 'fear', 'urge', 'call', 'view', 'regard', 'consider', 'say', 'state', 'stress', 'dispute', 'describe', 'accuse', 'oppose', 'support', 'accept', 'recognize', 'recognise', 'refuse', 'protest'].map((verb) => [
    verb === 'say' ? 'says' : `${verb}s`,
    verb,
  ]),
);
const CLAUSE_OPENING = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
const SAYING_VERBS = new Set(['claims', 'says', 'states', 'stresses', 'insists', 'argues', 'maintains', 'contends', 'warns', 'notes', 'calls']);

function clauseFollows(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
    if (tokens[j].pos === 'PUNCT') return false;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  }
  return false;
}
const CLAIM_OBJECT = new Set(['DET', 'PRON', 'PROPN', 'ADJ', 'NUM', 'ADV', 'SCONJ']);

/** The lemma the model gives a gerund read as a verb ("settling" → "settle"), once per word. */
function verbLemma(gerund: string): string {
  let lemma = VERB_LEMMAS.get(gerund);
  if (lemma === undefined) {
    const its = pipeline().its;
    const words = pipeline().readDoc(`they are ${gerund}`).tokens();
    const lemmas = words.out(its.lemma as never) as unknown as string[];
    const tags = words.out(its.pos) as string[];
    lemma = tags[2] === 'VERB' && lemmas[2] ? lemmas[2].toLowerCase() : gerund;
    VERB_LEMMAS.set(gerund, lemma);
  }
  return lemma;
}

const VERB_LEMMAS = new Map<string, string>();

/**
 * "gathered without permission to protest against any concession": "without" with a noun negates
 * that noun phrase, not the rest of the sentence (as "without saying why" negates its verb phrase).
 */
function scopeWithout(tokens: Token[], from: number): void {
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i].lower !== 'without') continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM')) j++;
    if (j >= tokens.length || (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN')) continue;
    while (j < tokens.length && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN')) j++;
    for (let k = j; k < tokens.length && !CLAUSE_PUNCT.has(tokens[k].lower) && !STARTS_NEGATION.has(tokens[k].lower); k++) tokens[k].negated = false;
  }
}

/**
 * "have not yet signed a treaty": the model ends a negation's scope at "yet", read as the
 * conjunction; right after "not" or "never" it is the adverb, and the scope goes on past it.
 */
function scopeNotYet(tokens: Token[], from: number): void {
  for (let i = from; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].lower !== 'yet' || (tokens[i].lower !== 'not' && tokens[i].lower !== "n't" && tokens[i].lower !== 'never') || tokens[i + 2].negated) continue;
    for (let k = i + 1; k < tokens.length && !CLAUSE_PUNCT.has(tokens[k].lower) && !(k > i + 1 && STARTS_NEGATION.has(tokens[k].lower)); k++) tokens[k].negated = true;
  }
}

/**
 * "two islands were not enough and that Japan wanted all four back": a negation ends where a
 * coordinated clause of its own begins ("and that", "but they ...").
 */
function scopeCoordination(tokens: Token[], from: number): void {
  for (let i = from; i + 1 < tokens.length; i++) {
    if (!tokens[i].negated || !COORDINATORS.has(tokens[i].lower)) continue;
    const next = tokens[i + 1];
    const ownClause = next.lower === 'that' || ((next.pos === 'PRON' || next.pos === 'PROPN') && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX'));
    if (!ownClause) continue;
    for (let k = i; k < tokens.length && !CLAUSE_PUNCT.has(tokens[k].lower) && !STARTS_NEGATION.has(tokens[k].lower); k++) tokens[k].negated = false;
  }
}

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”']);
const STARTS_NEGATION = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot']);

function liftNegation(tokens: Token[], from: number, exceptions: string[][], firsts: Set<string>): void {
  // (It only lifts: in a paragraph with nothing negated, as most are, no phrase is looked for.)
  if (exceptions.length === 0 || !anyNegated(tokens, from)) return;
  for (let i = from; i < tokens.length; i++) {
    if (!firsts.has(tokens[i].lower) && !firsts.has(tokens[i].lemma)) continue;
    // "urged the government not to compromise on": an infinitive's "to" may follow "not".
    const at = (words: string[], skip: number) => words.every((w, k) => {
      const t = tokens[i + k + (k > 0 ? skip : 0)];
      return t !== undefined && (t.lower === w || t.lemma === w);
    });
    const phrase = exceptions.find((words) => at(words, 0) || (words.length > 1 && tokens[i + 1]?.lower === 'to' && at(words, 1)));
    if (!phrase) continue;
    // ("has not changed: to resolve the territorial issue first ...": on past a colon or a comma.)
    for (let k = i; k < tokens.length && !SENTENCE_PUNCT.has(tokens[k].lower); k++) tokens[k].negated = false;
  }
}

const SENTENCE_PUNCT = new Set(['.', ';', '!', '?']);

function anyNegated(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (tokens[i].negated) return true;
  return false;
}

function plainApostrophes(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word;
}

/**
 * A short line with no closing punctuation before a capital is a unit of its own (a headline, a
 * caption, a byline, a page's navigation): prose is not wrapped that short. The model's sentences
 * are split there.
 */
function shortLinesApart(spans: number[][], tokens: Token[], first: number, text: string): number[][] {
  const out: number[][] = [];
  for (const [from, to] of spans) {
    let start = from;
    for (let t = from; t < to; t++) {
      // (The model keeps a line break as a token of its own; or it lies between two tokens.)
      const breakToken = /^\s*\n\s*$/.test(text.slice(tokens[first + t + 1].start, tokens[first + t + 1].end));
      const gap = breakToken ? '\n' : text.slice(tokens[first + t].end, tokens[first + t + 1].start);
      if (!gap.includes('\n') || (breakToken && t + 2 > to)) continue;
      const next = tokens[first + t + (breakToken ? 2 : 1)];
      const line = text.slice(text.lastIndexOf('\n', tokens[first + t].end - 1) + 1, tokens[first + t].end);
      if (line.length < SHORT_LINE && !/[.!?:;,"”)\]'’\-–—]$/.test(line) && /^\p{Lu}/u.test(text[next.start] ?? '')) {
        out.push([start, t]);
        start = t + (breakToken ? 2 : 1);
        t = start - 1;
      }
    }
    out.push([start, to]);
  }
  return out;
}

/** Lines shorter than this that end without punctuation are not wrapped prose. */
const SHORT_LINE = 80;
