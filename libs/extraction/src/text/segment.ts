export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
  /** Quoted stretches of this sentence, as absolute offsets. */
  quotes: Span[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'sen', 'rep', 'gov', 'pres', 'amb',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'co',
  'corp', 'ltd', 'jr', 'sr', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'vol', 'mt',
]);

/** Paragraphs are separated by blank lines; offsets are into `text`. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * Sentences of each paragraph. A sentence never ends inside a quotation: a quoted passage of
 * several sentences stays with its attribution (".... It is ours," he said.).
 */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  paragraphs(text).forEach((paragraph, index) => {
    let start = paragraph.start;
    let inQuote = false;
    let quoteStart = -1;
    let quotes: Span[] = [];
    const end = paragraph.end;
    for (let i = paragraph.start; i < end; i++) {
      const c = text[i];
      if (c === '"' || c === '“' || c === '”') {
        const opening = c === '“' || (c === '"' && !inQuote);
        if (opening && !inQuote) {
          inQuote = true;
          quoteStart = i;
        } else if (inQuote && (c === '”' || c === '"')) {
          inQuote = false;
          quotes.push({ start: quoteStart, end: i + 1 });
          // `... before any peace treaty." But few expect ...`: the quote closed the sentence.
          if (/[.!?]/.test(text[i - 1])) {
            let k = i + 1;
            while (k < end && /\s/.test(text[k])) k++;
            if (k > i + 1 && k < end && /[\p{Lu}"“]/u.test(text[k])) {
              push(start, i + 1);
              start = k;
              i = k - 1;
            }
          }
        }
        continue;
      }
      if (inQuote || (c !== '.' && c !== '!' && c !== '?')) continue;
      let j = i + 1;
      while (j < end && /["'”’)\]]/.test(text[j])) {
        if (text[j] === '"' || text[j] === '”') break;
        j++;
      }
      if (j < end && !/\s/.test(text[j])) continue;
      let k = j;
      while (k < end && /\s/.test(text[k])) k++;
      if (k < end && !/[\p{Lu}\d"“'‘(]/u.test(text[k])) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      push(start, j);
      start = k;
      i = k - 1;
    }
    if (inQuote) quotes.push({ start: quoteStart, end });
    push(start, end);

    function push(from: number, to: number) {
      while (from < to && /\s/.test(text[from])) from++;
      while (to > from && /\s/.test(text[to - 1])) to--;
      if (to <= from) return;
      result.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        paragraph: index,
        quotes: quotes.filter((q) => q.start < to && q.end > from).map((q) => ({ start: Math.max(q.start, from), end: Math.min(q.end, to) })),
      });
      quotes = quotes.filter((q) => q.end > to);
    }
  });
  return result;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (/^\p{L}$/u.test(word)) return true; // an initial: "Stephen R. Nagy"
  return ABBREVIATIONS.has(word);
}

/** Verbs by which a document holds what it provides ("a declaration that mentions Moscow handing over ..."), beside "stipulates" and "provides". */
export const DOCUMENT_CONTAINS = 'mentions|mentioned|includes|included|contains|contained';

/** Clause boundaries inside a sentence: where a new event may start ("..., that the Soviet Union captured"). */
// (Each way opens on what it must see first, a comma, a space or a semicolon, and looks back only then: a
// look back at every position cost more than the rest of the pattern.)
/** What a subject does now, after "and" or "but": a new clause with its own time ("..., but Japan continues to claim them"). */
const HOLDS_NOW = String.raw`(?:(?:has|have)\s+(?:been\s+[a-z]{3,}ing|long|always|repeatedly|consistently|ever\s+since)|wants|claims|demands|insists|maintains|considers|regards|continues|refuses|rejects|still|never)`;
// (After "but", a name may end the clause before: "the islands passed to Russia but Japan still claims them".)
const CLAUSE_BREAK =
  new RegExp(String.raw`(?:,\s+(?!which\s+(?:it|they|[\p{Lu}][\p{L}-]+)\s+(?:calls?|called|names?|refers?\s+to\s+as|knows?\s+as)\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s*,)(?=(?:that|which|although|though|while|whereas|but|when|since)\s|however,\s)|,\s+(?=and\s+(?:in|on|at|last|later|then(?=\s+(?:in|on|at|last|the|a|an|he|she|they|it|we|its|their|[A-Z]))|since|after|from|by|two|three|four|five|six|a\s+(?:year|month|week|day))\s)|,\s+(?=and\s+(?:the\s+|some\s+|many\s+|several\s+|hundreds\s+of\s+|thousands\s+of\s+)?[a-z]{3,}s\s+(?:[a-z]{3,}ed|met|held|said|told|took|went|came|gave|made|sent|rallied|marched)\s)|,\s+(?=and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:[a-z]+s\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do|still|also|then|plans?|wants?|says?|said|[a-z]{3,}(?:ed|s))\s)|\s+(?=(?:calling\s+for|providing\s+for|stipulating|envisaging|envisioning|promising|pledging)\s)(?<=\b(?:declaration|agreement|treaty|accord|document|pact)\s+)|\s+(?=(?:that|which)\s+(?:promised|stipulated|provided|envisaged|envisioned|called\s+for|offered|pledged|foresaw|promises|stipulates|provides|envisages|calls\s+for|offers|foresees|states|stated|specifies|specified|${DOCUMENT_CONTAINS})\b)(?<=\b(?:[Dd]eclaration|[Aa]greement|[Tt]reaty|[Aa]ccord|[Dd]eal|[Dd]ocument|[Pp]act|[Pp]roposal|[Oo]ffer|[Pp]lan|[Ff]ormula)(?:\s+(?:with|between)\s+(?:the\s+)?(?:then\s+|former\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?)?(?:\s*(?:--|[–—])[^–—]{1,60}?(?:--|[–—]))?\s+)|;\s+|:\s+(?=[A-Z]|(?:in|on|since)\s+(?:\d|[A-Z])|last\s+(?:year|month|week|[A-Z])|at\s+(?:a|an|the)\s+(?:[a-z]+\s+){1,3}(?:in|on)\s+[A-Z0-9])|\s+(?=(?:and|but)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]+\s+${HOLDS_NOW}\b)(?<=\b(?:[a-z]{2,}|\d{4}|WWII|WW2|II)\s+)|\s+(?=but\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]+\s+${HOLDS_NOW}\b)|\s+(?=(?:while|whereas)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]+\s+(?:has|have|is|are|says|insists|claims|maintains|wants|considers|regards|demands|still)\b)|\s(?=(?:under|in|by|through|according to) which\s)|\s+(?:--|[–—])\s+(?!which\s+(?:it|they|[\p{Lu}][\p{L}-]+)\s+(?:calls?|called|names?|refers?\s+to\s+as|knows?\s+as)\s+[^–—]{1,40}?(?:--|[–—]))(?=(?:which|who)\s))`, 'gu');
const A_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|[a-z]{2,}(?:ed|s))\b/;
const LIST_OF_NAMES = /\p{Lu}[\p{L}'’-]*,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
/** A relative clause closed by a comma and followed by a verb-led remainder of the main clause. */
const EMBEDDED = /^[^,;]{3,80},\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do|[a-z]+(?:s|ed))\s/;
/** ", that" after these nouns opens their content ("a proposal, at a forum, that the two sign"), not a new clause. */
const CONTENT_NOUN = /\b(proposal|idea|suggestion|demand|offer|statement|position|view|insistence|hope|call|plan|condition|promise|pledge|assurance|claim|argument|notion)\b[^.;]{0,60}$/i;

const FRONTED_PHRASE = /^\s*(?:In|Under|By|Through|With|At|After|Before|During|Since|Unlike|Like)\s[^,;]{0,60}$/;

/** Splits a sentence into clauses, never inside a quotation. */
export function clauses(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence.text); m; m = CLAUSE_BREAK.exec(sentence.text)) {
    const at = sentence.start + m.index;
    if (sentence.quotes.some((q) => at > q.start && at < q.end)) continue;
    const next = sentence.text.slice(m.index + m[0].length);
    if (/^that\s/.test(next) && m[0].startsWith(',') && CONTENT_NOUN.test(sentence.text.slice(0, m.index))) continue;
    // ("Russia, China, and Japan agreed": the last of a list of names, not a new subject.)
    // ("Abe's successor, Yoshihide Suga, and Putin agreed": nor a subject before that has no verb yet.)
    if (/^and\s+(?:the\s+)?\p{Lu}/u.test(next) && (LIST_OF_NAMES.test(sentence.text.slice(0, m.index)) || !A_VERB.test(sentence.text.slice(start - sentence.start, m.index)))) continue;
    // ", which took effect on July 4, bars ...": a relative clause inside the main one is not a break.
    if (/^(that|which|when)\s/.test(next) && m[0].startsWith(',') && EMBEDDED.test(next)) continue;
    // ("In the 1956 declaration, which restored relations, the two sides agreed ...": a relative
    // clause on a fronted phrase's noun, before the main clause, is no break either.)
    if (/^which\s[^,;]{3,80},\s/.test(next) && m[0].startsWith(',') && FRONTED_PHRASE.test(sentence.text.slice(0, m.index))) continue;
    spans.push({ start, end: at });
    start = at + m[0].length;
  }
  spans.push({ start, end: sentence.end });
  return spans.filter((s) => s.end > s.start);
}

export function insideAny(spans: Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}
