import type { Tense } from './types.js';

/**
 * What one word (or short phrase) says about the time of its clause. `perfect` is kept apart
 * from `past` because "for more than 60 years" reaches up to the reference only under a perfect
 * or present verb; everywhere else it counts as past.
 */
export type MarkerKind = 'future' | 'past' | 'perfect' | 'present';

export interface TenseMarker {
  /** Offset of the word in the analysed text. */
  readonly at: number;
  readonly kind: MarkerKind;
}

const FUTURE_WORDS = new Set([
  'will', 'shall', "won't", 'upcoming', 'forthcoming', 'planned', 'scheduled', 'slated', 'tomorrow',
]);
// "Hope" after these is the noun ("never gave up hope to ...", "new hope to ..."), no plan.
const HOPE_AS_NOUN_AFTER = new Set(['up', 'new', 'renewed', 'high', 'every']);
// Each of these means "in the future" only when followed by "to" + a verb ("expected to visit",
// not "due to the war", "going to Moscow").
const FUTURE_BEFORE_TO = new Set([
  'plan', 'plans', 'planning', 'intend', 'intends', 'intending', 'aim', 'aims', 'aiming', 'expect',
  'expects', 'expected', 'set', 'poised', 'due', 'going', 'about', 'likely', 'unlikely', 'hope',
  'hopes', 'hoping', 'prepare', 'prepares', 'preparing',
]);
const PREPARE = new Set(['prepare', 'prepares', 'preparing']);
const GERUND_AFTER = new Set(['of', 'for', 'about', 'from', 'against', 'without', 'by']);
const DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'the', 'a', 'an', 'any', 'no']);
const BE_PRESENT = new Set(['is', 'are', 'am']);
const MODAL_FUTURE = new Set(['would', 'may', 'might']);
const NARRATED_NEXT = /^(?:day|morning|afternoon|evening|night|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)|decades?)$/;
const PAST_ADVERBS = new Set(['yesterday', 'ago', 'previously', 'formerly', 'earlier']);

const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't",
  // Irregular simple pasts that are not also common nouns, adjectives or present forms
  // ("left", "thought", "read", "set", "put" are left out on purpose).
  'said', 'met', 'held', 'took', 'made', 'gave', 'told', 'came', 'went', 'wrote', 'found', 'began',
  'became', 'brought', 'bought', 'caught', 'chose', 'drew', 'drove', 'ate', 'fell', 'felt', 'fought',
  'flew', 'forgot', 'froze', 'got', 'grew', 'hung', 'heard', 'hid', 'kept', 'knew', 'led', 'lost',
  'meant', 'paid', 'ran', 'rang', 'rose', 'saw', 'sought', 'sold', 'sent', 'shook', 'sang', 'sank',
  'sat', 'slept', 'spoke', 'spent', 'stood', 'stole', 'struck', 'swore', 'taught', 'threw', 'understood',
  'wore', 'won', 'withdrew', 'overthrew', 'undertook', 'oversaw', 'overcame', 'upheld', 'withheld',
  'arose', 'forbade', 'foresaw', 'mistook', 'tore', 'blew', 'bled', 'bred', 'built', 'clung', 'crept',
  'dealt', 'dug', 'fed', 'fled', 'flung', 'knelt', 'lent', 'rode', 'slid', 'spun', 'sprang', 'stuck',
  'stung', 'swam', 'swept', 'swung', 'wept', 'broke', 'shot',
]);

const IRREGULAR_PARTICIPLES = new Set([
  'been', 'done', 'gone', 'seen', 'taken', 'given', 'made', 'held', 'met', 'said', 'told', 'come',
  'become', 'begun', 'written', 'known', 'shown', 'grown', 'drawn', 'spoken', 'broken', 'chosen',
  'fallen', 'forgotten', 'gotten', 'got', 'hidden', 'risen', 'stolen', 'sworn', 'thrown', 'worn', 'won',
  'found', 'left', 'lost', 'paid', 'sent', 'spent', 'stood', 'understood', 'brought', 'bought', 'caught',
  'fought', 'sought', 'taught', 'thought', 'kept', 'felt', 'dealt', 'meant', 'built', 'led', 'fled',
  'heard', 'had', 'sold', 'put', 'set', 'cut', 'hit', 'let', 'read', 'run', 'struck', 'withdrawn',
  'undertaken', 'overseen', 'driven', 'eaten', 'flown', 'frozen', 'ridden', 'shaken', 'sunk', 'sung',
  'slept', 'upheld', 'withheld', 'arisen', 'forbidden', 'foreseen', 'mistaken', 'overcome', 'torn',
  'blown', 'spun', 'stuck', 'swept', 'shot', 'lent', 'knelt', 'bled', 'fed', 'hung', 'dug',
]);

const PERFECT_AUXILIARIES = new Set(["has", "have", "'ve", "hasn't", "haven't", 'having', "it's", "he's", "she's", "that's", "there's"]);

// Words ending in -ed that are not past tenses.
const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'deed', 'weed', 'reed', 'creed', 'greed', 'breed', 'steed', 'heed',
  'bleed', 'indeed', 'proceed', 'exceed', 'succeed', 'embed', 'shed', 'sled', 'hundred', 'kindred',
  'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'jagged', 'crooked', 'beloved', 'wretched', 'learned',
  'aged', 'dogged', 'blessed', 'legged', 'bed', 'red', 'wed', 'biased', 'so-called', 'unprecedented',
  'unlimited', 'united', 'limited', 'detailed', 'advanced', 'sophisticated', 'complicated', 'interested',
  'concerned', 'based', 'uninhabited', 'inhabited', 'unresolved', 'unsettled', 'unsigned', 'unratified', 'undisputed',
  'unchanged', 'unfounded', 'unprovoked', 'unnamed', 'unidentified', 'unexpected', 'unoccupied', 'unfinished',
]);

// After these an -ed word is an adjective ("the disputed islands") or a present passive
// ("is expected", "are still considered"), not a past tense.
const NOT_PAST_BEFORE_ED = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those',
  'some', 'any', 'no', 'most', 'more', 'less', 'very', 'so', 'too', 'well', 'much', 'many', 'newly',
  'is', 'are', 'am', 'be', 'being', 'been', "it's", "isn't", "aren't", 'get', 'gets', 'getting', 'become',
  'becomes', 'remain', 'remains', 'seem', 'seems', 'appear', 'appears', 'will', 'to',
  // ("the four disputed islands", "two small uninhabited islets")
  'two', 'three', 'four', 'five', 'both', 'all', 'several', 'other', 'small', 'remote', 'tiny', 'sparsely',
]);
/** A past act of agreeing or promising, then "that", some words before `i` ("agreed that ... would"). */
function backshifted(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 12); j--) {
    if (tokens[j]!.word !== 'that') continue;
    if (BACKSHIFTING.has(tokens[j - 1]!.word)) return true;
    // ("Peskov denied reports that Russia would hand over ...": what a past denial was about.)
    if (REPORT_NOUNS.has(tokens[j - 1]!.word) && [tokens[j - 2], tokens[j - 3]].some((t) => t !== undefined && DENIED.has(t.word))) return true;
  }
  return false;
}

const REPORT_NOUNS = new Set(['reports', 'report', 'speculation', 'suggestions', 'suggestion', 'rumours', 'rumors', 'claims', 'talk']);
const DENIED = new Set(['denied', 'rejected', 'dismissed', 'refuted']);

const BACKSHIFTING = new Set(['agreed', 'promised', 'pledged', 'decided', 'confirmed', 'vowed', 'declared', 'stipulated', 'guaranteed', 'undertook', 'committed']);

/** "Will" after these is the noun ("good will", "political will", "the will of"). */
const WILL_AS_NOUN_AFTER = new Set(['good', 'ill', 'free', 'political', 'the', 'a', 'his', 'her', 'their', 'its', 'our', 'popular', 'strong', 'mutual', 'of']);

// Skipped when looking for the word before an -ed form or after "has".
const SOFT_ADVERBS = new Set([
  'not', 'never', 'still', 'also', 'already', 'just', 'long', 'now', 'often', 'recently', 'since', 'ever',
  'all', 'both', 'only', 'even', 'reportedly', 'apparently', 'repeatedly', 'widely', 'largely', "n't",
]);

const PRESENT_WORDS = new Set([
  'is', 'are', 'am', "isn't", "aren't", 'does', "doesn't", "don't", 'can', "can't", 'cannot', 'must',
  'has', 'have', "there's", "it's", "that's", "what's", 'says', 'tells', 'thinks', 'believes', 'argues',
  'insists', 'notes', 'adds', 'writes', 'remains', 'continues', 'seems', 'appears', 'wants', 'needs',
  'sees', 'knows', 'considers', 'describes', 'hopes', 'claims', 'denies', 'rejects', 'accepts',
  'refuses', 'supports', 'opposes', 'demands', 'warns', 'urges', 'calls', 'holds', 'stands', 'agrees',
  'admits', 'suggests', 'explains', 'stresses', 'maintains', 'contends', 'acknowledges', 'recalls',
  'reports', 'shows', 'means', 'depends', 'exists', 'includes', 'involves', 'looks', 'faces', 'leads',
  'lies', 'sits', 'lives', 'works', 'serves', 'provides', 'plays',
  // (Stance verbs a tagger may read as plural nouns: "but Japan contests sovereignty over ...".)
  'disputes', 'contests', 'challenges', 'regards', 'seeks', 'asserts', 'controls', 'administers',
  'occupies', 'owns', 'possesses', 'retains', 'refers', 'recognizes', 'recognises', 'intends',
]);
// Plural present forms count only after a subject-looking word ("analysts say", "they talk"),
// never after "to" or a modal, where they are infinitives.
const PLURAL_PRESENT = new Set([
  'say', 'think', 'believe', 'argue', 'insist', 'remain', 'continue', 'agree', 'want', 'need', 'see',
  'know', 'consider', 'hope', 'claim', 'deny', 'reject', 'accept', 'refuse', 'support', 'oppose',
  'demand', 'warn', 'urge', 'hold', 'stand', 'talk', 'meet', 'face', 'fear', 'expect',
]);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'i', 'people', 'officials', 'analysts', 'experts']);
const NOT_A_VERB_AFTER_TO = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those',
  'him', 'them', 'us', 'me', 'it', 'some', 'any', 'all', 'each', 'every', 'what', 'which', 'whom',
]);

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*|['’](?:ll|ve|s|d)\b/g;

interface Token {
  readonly word: string;
  readonly at: number;
  /** Lower-case in the text (or sentence-initial): capitalised words are names, not verbs. */
  readonly plain: boolean;
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    const raw = match[0];
    const word = raw.includes('’') ? raw.replaceAll('’', "'").toLowerCase() : raw.toLowerCase();
    tokens.push({ word, at: match.index, plain: raw === word || tokens.length === 0 });
  }
  return tokens;
}

/**
 * The tense markers in `text.slice(from, to)`, each with its offset in `text`: the words that
 * tell when the clause happens. A heuristic for news English, not a parser.
 */
export function tenseMarkers(text: string, from = 0, to = text.length): TenseMarker[] {
  const tokens = tokenize(text, from, to);
  const markers: TenseMarker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = markerAt(tokens, i);
    if (kind) markers.push({ at: tokens[i]!.at, kind });
  }
  return markers;
}

/**
 * Every word `markerAt` can find a marker in by itself, besides "'ll" forms and regular pasts:
 * any other word is no marker, whatever its neighbours (most words of a clause are none).
 */
const MARKER_WORDS = new Set([
  ...FUTURE_WORDS, ...MODAL_FUTURE, ...FUTURE_BEFORE_TO, ...PREPARE, ...BE_PRESENT, 'expected', 'next', 'coming',
  ...PERFECT_AUXILIARIES, ...PAST_ADVERBS, ...PAST_WORDS, ...PRESENT_WORDS, ...PLURAL_PRESENT,
]);

function markerAt(tokens: readonly Token[], i: number): MarkerKind | undefined {
  const token = tokens[i]!;
  if (!token.plain) return undefined;
  const { word } = token;
  if (!MARKER_WORDS.has(word) && !word.endsWith("'ll") && !(word.length > 3 && word.endsWith('ed'))) return undefined;
  const next = tokens[i + 1]?.word;
  const previous = tokens[i - 1]?.word;

  // ("as a gesture of good will", "political will", "the will of the people": the noun, no future.)
  if (word === 'will' && previous !== undefined && WILL_AS_NOUN_AFTER.has(previous)) return undefined;
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) return 'future';
  if (MODAL_FUTURE.has(word)) {
    // ("Moscow agreed that once a treaty was signed it would hand over ...": a past act's content, backshifted.)
    if (word === 'would' && backshifted(tokens, i)) return 'past';
    // "would have met", "may have been": a past seen from a hypothetical.
    const after = next === 'not' ? tokens[i + 2]?.word : next;
    return after === 'have' || after === "'ve" ? 'perfect' : 'future';
  }
  // ("accused him of preparing to sell off Russian soil": a gerund after a preposition names an act, it tells no future.)
  // ("rejected a protest over its plans to stage exercises": a noun after a determiner tells no future either.)
  if (
    FUTURE_BEFORE_TO.has(word) &&
    next === 'to' &&
    isVerbAfterTo(tokens, i + 2) &&
    !(word.endsWith('ing') && previous !== undefined && GERUND_AFTER.has(previous)) &&
    !(previous !== undefined && DETERMINERS.has(previous)) &&
    // ("the league never gave up hope to see the islands again": the noun, a hope held, not a plan.)
    !(word === 'hope' && previous !== undefined && HOPE_AS_NOUN_AFTER.has(previous))
  ) {
    return 'future';
  }
  if (PREPARE.has(word) && next === 'for') return 'future';
  if (BE_PRESENT.has(word) && next === 'to' && isVerbAfterTo(tokens, i + 2)) return 'future';
  // "a treaty is expected by June": a present passive about the future.
  if (word === 'expected' && previous !== undefined && BE_PRESENT.has(previous)) return 'future';
  if (word === 'next') {
    // "the next day" narrates a past; "next to" is a place.
    // ("the next day", "for the next three decades": counted from a narrated time, not from now.)
    if (next === 'to' || (previous === 'the' && next !== undefined && NARRATED_NEXT.test(next))) return undefined;
    // ("agreed on Thursday to send a team as early as next month": the time of what a past act set up.)
    return setByPastAct(tokens, i) ? undefined : 'future';
  }
  if (word === 'coming' && (previous === 'the' || previous === 'in')) return 'future';

  if (PERFECT_AUXILIARIES.has(word)) {
    let j = i + 1;
    while (j < tokens.length && softAdverb(tokens[j]!.word)) j++;
    const participle = tokens[j];
    if (participle && participle.plain && isParticiple(participle.word)) return 'perfect';
    return word === 'having' ? undefined : PRESENT_WORDS.has(word) ? 'present' : undefined;
  }
  if (PAST_ADVERBS.has(word)) return 'past';
  // The participle of a perfect ("has sought") is already counted with its auxiliary.
  if (PAST_WORDS.has(word) && !afterPerfectAuxiliary(tokens, i)) {
    // "will be held", "is made": a participle after "be" is a passive, not a past.
    return IRREGULAR_PARTICIPLES.has(word) && (adjectival(tokens, i) || participleAfterPresent(tokens, i)) ? undefined : 'past';
  }
  if (isRegularPast(word) && !adjectival(tokens, i) && !afterPerfectAuxiliary(tokens, i) && !objectComplement(tokens, i) && !participleAfterPresent(tokens, i)) return 'past';
  if (PRESENT_WORDS.has(word)) return 'present';
  if (PLURAL_PRESENT.has(word) && previous !== undefined && looksLikeSubject(tokens[i - 1]!)) return 'present';
  return undefined;
}

/** A "to" infinitive after a simple past comes before token `i`: "agreed (on Thursday) to send ... next month". */
function setByPastAct(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 12); j--) {
    if (tokens[j]!.word !== 'to' || !isVerbAfterTo(tokens, j + 1)) continue;
    for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
      const word = tokens[k]!.word;
      if (!tokens[k]!.plain) continue;
      if ((PAST_WORDS.has(word) || isRegularPast(word)) && !adjectival(tokens, k) && !afterPerfectAuxiliary(tokens, k)) return true;
    }
    return false;
  }
  return false;
}

function isVerbAfterTo(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && token.plain && !NOT_A_VERB_AFTER_TO.has(token.word);
}

function isRegularPast(word: string): boolean {
  return word.length > 3 && word.endsWith('ed') && !word.includes('-') && !NOT_PAST_ED.has(word);
}

function isParticiple(word: string): boolean {
  return IRREGULAR_PARTICIPLES.has(word) || isRegularPast(word);
}

function adjectival(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (SOFT_ADVERBS.has(tokens[j]!.word) || (tokens[j]!.word.endsWith('ly') && !LY_NOUNS.has(tokens[j]!.word)))) j--;
  return j >= 0 && NOT_PAST_BEFORE_ED.has(tokens[j]!.word);
}

/**
 * "Tokyo disputes Russian claims over the islands called the Habomai", "insists the islands handed to
 * it by the Allies are Russian": an -ed form after the object of a verb in the present, with no
 * subject or clause boundary between them, is a participle on a noun, no past.
 */
function participleAfterPresent(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (previous === undefined || !previous.plain || !/^[a-z]+$/.test(previous.word) || previous.word.endsWith('ly')) return false;
  for (let j = i - 2; j >= Math.max(0, i - 12); j--) {
    const w = tokens[j]!.word;
    if (PARTICIPLE_STOPS.has(w) || !tokens[j]!.plain) return false;
    if (PRESENT_WORDS.has(w) && j < i - 2) return true;
  }
  return false;
}

const PARTICIPLE_STOPS = new Set(['that', 'which', 'who', 'whom', 'and', 'but', 'or', 'when', 'after', 'before', 'because', 'since', 'while', 'as', 'if', 'he', 'she', 'they', 'we', 'it', 'i', 'you', ',', ';', ':', 'said', 'was', 'were', 'had', 'did']);

/** "wants the question of their ownership settled": a participle completing a want's object is no past. */
function objectComplement(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
    const w = tokens[j]!.word;
    if (WANT_OBJECT.has(w)) return j < i - 1;
    if (STOPS_OBJECT.has(w) || w.endsWith('ed')) return false;
  }
  return false;
}

const WANT_OBJECT = new Set(['want', 'wants', 'need', 'needs', 'see', 'sees', 'get', 'gets', 'keep', 'keeps', 'leave', 'leaves', 'like', 'likes', 'prefer', 'prefers']);
const STOPS_OBJECT = new Set(['that', 'which', 'who', 'and', 'but', 'was', 'were', 'is', 'are', 'he', 'she', 'they', 'we', 'it', 'i', ',', ';']);

/** Nouns that end in -ly and are no adverb: "The rally adopted a resolution" is a past. */
const LY_NOUNS = new Set(['rally', 'assembly', 'family', 'supply', 'ally', 'reply', 'july', 'italy', 'monopoly', 'anomaly', 'daily', 'weekly', 'monthly', 'quarterly']);

function afterPerfectAuxiliary(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && softAdverb(tokens[j]!.word)) j--;
  return j >= 0 && PERFECT_AUXILIARIES.has(tokens[j]!.word);
}

/** A word skipped between an auxiliary and its participle: "not", "still", or an -ly adverb ("has effectively made"). */
function softAdverb(word: string): boolean {
  return SOFT_ADVERBS.has(word) || (word.length > 5 && word.endsWith('ly'));
}

function looksLikeSubject(token: Token): boolean {
  if (SUBJECT_PRONOUNS.has(token.word)) return true;
  // A capitalised name or a plural noun; "to say", "will say", "did say" are not subjects.
  return !token.plain || (token.word.endsWith('s') && !PRESENT_WORDS.has(token.word) && !PAST_WORDS.has(token.word));
}

/** Reduces markers to one tense: any future marker wins, then any past or perfect one. */
function summarize(markers: readonly TenseMarker[]): Tense | undefined {
  if (markers.length === 0) return undefined;
  if (markers.some((m) => m.kind === 'future')) return 'future';
  if (markers.some((m) => m.kind === 'past' || m.kind === 'perfect')) return 'past';
  return 'present';
}

/**
 * The grammatical tense of a clause or sentence, as the date resolver reads it.
 *
 * - `future` when it has will/shall/'ll/won't, going to, plan(s)/expected/set/due/about to + verb,
 *   is/are to + verb, planned, scheduled, upcoming, next (not "the next day"), prepare(s) for,
 *   or may/might/would + verb. "would" is future on purpose: in reported speech ("said he would
 *   visit in June") it is a past-in-future, and a plan reported in news is usually still pending
 *   at publication; "would have" is a past.
 * - `past` when it has a simple past (regular -ed forms that are not adjectives, irregular pasts
 *   such as said/met/held/took/was/were/had/did), has/have + participle, or ago/yesterday.
 * - `present` otherwise, including clauses with no verb at all.
 */
export function tenseOf(clause: string): Tense {
  return summarize(tenseMarkers(clause)) ?? 'present';
}

/** "have made", "has effectively ended": a present perfect and no simple past or future beside it. */
export function presentPerfect(clause: string): boolean {
  const markers = tenseMarkers(clause);
  return markers.some((m) => m.kind === 'perfect') && !markers.some((m) => m.kind === 'past' || m.kind === 'future');
}
