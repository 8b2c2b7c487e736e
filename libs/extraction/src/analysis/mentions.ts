import type { CompiledCodebook } from '../codebook/compiled-codebook.js';
import type { Span } from '../text/segment.js';

export interface Mention extends Span {
  actor: string;
  text: string;
  person: boolean;
  /** The preposition right before the mention ("to Japan", "against Japan"), lower-case, if any. */
  preposition: string | null;
}

const TITLED_NAME = /^\s+\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?!\s*\p{Lu})(?<!\b(?:University|Institute|Islands?|Ministry|Council|Centre|Center|Agency|Committee|Office|Party|Federation|Union|Republic|Forum|Group))/u;
const OFFICIALS_IN = /\b(?:officials|official|spokes(?:man|woman|person)|diplomats|diplomat|policymakers|policy-makers|government sources|officials and diplomats|government|(?<!occupation\s)authorities|leadership)\s+in\s+$/i;
const LOCATIVE = /\b(in|at|to|from|near|outside|across|around|central|into|toward|towards|via|downtown|western|eastern|northern|southern)\s+$/i;
const DOCUMENT_NAME = /^\s+(?:joint\s+)?(?:declaration|treaty|agreement|accord|communiqu[eé]|statement|pact|memorandum)\b/i;
// "a league of former island residents said": the body is its members'.
const BODY_NOUNS = 'league|association|group|union|council|committee|movement|federation|society|organi[sz]ation|centre|center|branch|chapter';
const OF_A_BODY = new RegExp(`\\b(${BODY_NOUNS})\\s+of\\s+(?:the\\s+)?$`, 'i');
const BODY_NOUN = new RegExp(`^(?:${BODY_NOUNS})$`, 'i');
// "a presenter on a state television channel told viewers": the presenter speaks for the channel.
const OF_A_ROLE = /\b(?:host|presenter|anchor|anchorman|anchorwoman|commentator)\s+(?:of|on|at)\s+(?:the\s+|a\s+)?$/i;
// "the then Prime Minister of Japan agreed", "the government in Tokyo maintains": the holder of a state's office is the state.
const OFFICE_OF = /\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Mm]inister|[Gg]overnment|[Aa]dministration|[Cc]abinet|[Ee]mperor|[Ee]mbassy|[Aa]mbassador|[Pp]arliament|[Ll]eaders?|[Pp]eople)\s+of\s+(?:the\s+)?$|\b(?:[Gg]overnment|[Aa]uthorities|[Ll]eadership)\s+in\s+$/;
const SHARE_OF = /\b(?:majority|minority|most|many|half|share|proportion|bulk|third|quarter|two-thirds|three-quarters)\s+of\s+(?:the\s+)?$/i;
const OF_A_LAW = /\b(?:amendments?|articles?|clauses?|provisions?|chapters?)\s+(?:\d+\s+)?(?:to|of|in)\s+(?:the\s+)?$/i;
const ACTED_AS_SIDE = /^\s+(?:(?:then|also|instead|quickly)\s+)?(?:proposed|offered|countered|insisted|refused|rejected|agreed|demanded|suggested|replied|responded|answered)\b/;
// (And a title before them: "talks with Russian President Vladimir Putin".)
const GIVEN_NAMES = /(?:(?:then-|ex-|former\s+|then\s+)?\p{Lu}[\p{Ll}'’.-]*\s+){1,5}$/u;
// ("whatever the tension between Tokyo and Moscow": the second of a pair after "between" is in the phrase too.)
// (The second may carry its title: "between Abe and Russian President Vladimir Putin".)
const BETWEEN_PAIR = /\bbetween\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s+and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
const PREPOSITION = /\b(to|against|with|from|for|over|on|of|by|between|about|toward|towards|into|at|in|than|among|like|under|without|across|throughout|inside|within|near|around|outside|beyond)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;

/** The actor a demonym stands for, whatever its case ("RUSSIAN", "russian"). */
function demonymActor(cb: CompiledCodebook, word: string): string | undefined {
  return cb.actorOfDemonym.get(word) ?? [...cb.actorOfDemonym].find(([d]) => d.toLowerCase() === word.toLowerCase())?.[1];
}

/**
 * The codebook actors named in `text[span]`: aliases (not where a place alias is used as a place,
 * and not outside a date-bounded alias's term of office), "<demonym> <role>" phrases and compounds
 * such as "Soviet-Japanese".
 */
export function actorMentions(text: string, span: Span, cb: CompiledCodebook, date?: { earliest: string; latest: string }): Mention[] {
  const slice = text.slice(span.start, span.end);
  const found: Mention[] = [];
  const add = (actor: string, start: number, end: number, person: boolean) => {
    const before = text.slice(Math.max(span.start, start - (person ? 64 : 24)), start);
    // "amendments to the Russian Constitution", "Article 67 of the Constitution of the Russian
    // Federation": the state whose law it is speaks through it, as a subject would.
    // ("talks with Taro Kono", "talks with Russian President Vladimir Putin": a person's title and
    // given names stand between the preposition and the name.)
    const named = person ? before.replace(GIVEN_NAMES, '') : before;
    // ("The administration of former Prime Minister Shinzo Abe hoped": the office's holder is its subject.)
    // ("The vast majority of Russians consider ...": the share of a people is that people acting.)
    const preposition =
      OF_A_LAW.test(before) || OF_A_BODY.test(before) || OF_A_ROLE.test(before) || OFFICE_OF.test(before) || OFFICE_OF.test(named) || SHARE_OF.test(before)
        ? null
        : (PREPOSITION.exec(named)?.[1]?.toLowerCase() ?? (BETWEEN_PAIR.test(text.slice(Math.max(span.start, start - 64), start)) ? 'between' : null));
    found.push({ actor, start, end, text: text.slice(start, end), person, preposition });
  };

  cb.aliases.lastIndex = 0;
  for (let m = cb.aliases.exec(slice); m; m = cb.aliases.exec(slice)) {
    const entry = cb.aliasByText.get(m[1])!;
    const start = span.start + m.index;
    // ("Officials in Tokyo insist ...": the officials of the capital's state.)
    // (Not a possessive: "little headway in Tokyo's efforts to ..." is the state's.)
    if (entry.place && LOCATIVE.test(text.slice(Math.max(0, start - 16), start)) && !OFFICIALS_IN.test(text.slice(Math.max(0, start - 40), start)) && !/['’]s$/.test(m[0]) && !/^['’]s\b/.test(text.slice(start + m[0].length, start + m[0].length + 3))) continue;
    if (date && !withinTerm(entry.from, entry.to, date)) continue;
    // "Chief Cabinet Secretary Yoshito Sengoku": a title before a name is that person, whom "he" is next.
    const titled = !entry.place && TITLED_NAME.test(text.slice(start + m[0].length, start + m[0].length + 60));
    // ("The Russians proposed signing a treaty first": a people acting as a side in talks is its state.)
    const side = /^[A-Z]/.test(m[0]) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, start - 4), start)) && ACTED_AS_SIDE.test(text.slice(start + m[0].length, start + m[0].length + 40))
      ? cb.stateOfPublic.get(entry.actor)
      : undefined;
    add(side ?? entry.actor, start, start + m[0].length, entry.person || titled);
  }
  cb.demonymRoles.lastIndex = 0;
  for (let m = cb.demonymRoles.exec(slice); m; m = cb.demonymRoles.exec(slice)) {
    const actor = cb.actorOfDemonym.get(m[1]) ?? cb.aliasByText.get(m[1].replace(/['’]s$/, ''))?.actor ?? demonymActor(cb, m[1]);
    const start = span.start + m.index;
    if (actor && !found.some((f) => f.start <= start && f.end > start && f.actor !== actor)) add(actor, start, start + m[0].length, false);
  }
  // ("the Japanese and Russian governments": a mention of each, over the whole phrase.)
  cb.demonymPairs.lastIndex = 0;
  for (let m = cb.demonymPairs.exec(slice); m; m = cb.demonymPairs.exec(slice)) {
    const start = span.start + m.index;
    for (const part of [m[1], m[2]]) {
      const actor = demonymActor(cb, part);
      if (actor && !found.some((f) => f.start === start && f.actor === actor)) add(actor, start, start + m[0].length, false);
    }
  }
  cb.compounds.lastIndex = 0;
  for (let m = cb.compounds.exec(slice); m; m = cb.compounds.exec(slice)) {
    const start = span.start + m.index;
    // "the 1956 Soviet-Japanese Joint Declaration" names a document, not its parties.
    if (DOCUMENT_NAME.test(text.slice(start + m[0].length, start + m[0].length + 30))) continue;
    for (const part of [m[1], m[2]]) {
      const actor = cb.actorOfDemonym.get(part) ?? cb.aliasByText.get(part)?.actor;
      if (actor) add(actor, start, start + m[0].length, false);
    }
  }
  // "the state-run Example-24 channel", "the state channel Example-1": a state's broadcaster named
  // by what it is, the codebook's one media actor.
  const media = cb.mediaActor;
  if (media) {
    STATE_BROADCASTER.lastIndex = 0;
    for (let m = STATE_BROADCASTER.exec(slice); m; m = STATE_BROADCASTER.exec(slice)) add(media, span.start + m.index, span.start + m.index + m[0].length, false);
  }
  // ("In Nemuro, about 500 residents adopted a resolution ...", "On Kunashir, islanders say ..."): the
  // people of a public's home place, named in the sentence, are that public.
  // (Only where no other public or group is named: "residents came out to pickets, where activists of
  // patriotic movements held placards" is the activists'.)
  // (The home places are looked for only in a sentence that names such people.)
  const home = !LOCAL_WORD.test(slice) || found.some((f) => cb.actorKind.get(f.actor) !== 'state') ? undefined : cb.homes.find((h) => h.place.test(slice));
  if (home) {
    LOCALS.lastIndex = 0;
    for (let m = LOCALS.exec(slice); m; m = LOCALS.exec(slice)) {
      const start = span.start + m.index + m[0].length - m[1].length;
      if (!found.some((f) => f.start <= start && f.end > start)) add(home.actor, start, start + m[1].length, false);
    }
  }
  // A longer mention that covers a shorter one of the same actor wins ("Russian Foreign Minister Sergei Lavrov" once).
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => k.actor === m.actor && k.start <= m.start && k.end >= m.end)) kept.push(m);
  return kept;
}

const LOCAL_WORD = /\b(?:residents|locals|inhabitants|islanders|townspeople)\b/i;
/** People named only as living somewhere: "about 500 residents", "the islanders", "locals". */
const LOCALS = /\b(?:(?:the|many|most|some|about|around|nearly|roughly|more than|over|hundreds of|dozens of|thousands of|\d[\d,]*)\s+)*(residents|locals|inhabitants|islanders|townspeople)\b/gi;

const STATE_BROADCASTER = /\b(?:state(?:-run|-owned|-controlled)?|Kremlin-(?:backed|controlled|friendly)|pro-Kremlin)\s+(?:[\p{Lu}][\p{L}\d-]*\s+){0,2}(?:television|TV|channel|broadcaster)(?:\s+[\p{Lu}][\p{L}\d-]*)?/gu;

/** Whether an alias dated by a term of office (`from`, `to`: years or days) may name someone at `date`. */
export function withinTerm(from: string | undefined, to: string | undefined, date: { earliest: string; latest: string }): boolean {
  if (from && date.latest < from) return false;
  if (to && date.earliest > endOf(to)) return false;
  return true;
}

function endOf(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) return `${partial}-31`;
  return partial;
}

const CAPITALIZED = /(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.|(?:van|von|de|der|al|bin)\b)){0,6}/gu;

/** "then-Prime", "ex-President": a title with a prefix. */
function isTitled(word: string, cb: CompiledCodebook): boolean {
  const dash = word.indexOf('-');
  return dash > 0 && cb.speech.titles.has(word.slice(dash + 1).toLowerCase());
}
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'But', 'And', 'When', 'While', 'After', 'Before', 'In', 'On', 'At', 'For', 'If', 'As', 'It', 'This',
  'That', 'These', 'Those', 'Today', 'Yesterday', 'Tomorrow', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'We', 'I', 'He', 'She', 'They', 'There', 'Asked', 'Still', 'Yet', 'Meanwhile',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof',
]);
const ORGANIZATION_WORD = /\b(University|Institute|Center|Centre|Forum|Council|Ministry|Party|Declaration|Islands?|News|Times|Post|Agency|Fund|Foundation|Association|League|Union|Federation|Government|Affairs|Studies|Review|Journal|Daily|Press|Service|Office|Committee|Department|Parliament|Duma|Diet|Assembly|Bank|Group|Club|Academy|School|College|Program|Programme|Treaty|Empire|Territories|Kuriles|Kurils)\b/;

export interface PersonName extends Span {
  text: string;
}

/** Capitalized names that are not codebook aliases: analysts, experts, outlets' editors. */
export function personNames(text: string, span: Span, cb: CompiledCodebook): PersonName[] {
  const slice = text.slice(span.start, span.end);
  const names: PersonName[] = [];
  CAPITALIZED.lastIndex = 0;
  for (let m = CAPITALIZED.exec(slice); m; m = CAPITALIZED.exec(slice)) {
    let words = m[0].split(/\s+/);
    let offset = 0;
    // "Chief Cabinet Secretary Yoshito Sengoku", "then-Prime Minister Yoshiro Mori": the title is not the name.
    // (And a demonym or a state's name before the title: "Japanese Foreign Minister Taro Yamada", "Russia's Ambassador Igor Petrov".)
    while (words.length > 1 && (NOT_NAMES.has(words[0]) || cb.speech.titles.has(words[0].toLowerCase()) || isTitled(words[0], cb) || cb.actorOfDemonym.has(words[0]) || cb.aliasByText.has(words[0].replace(/['’]s$/, '')))) {
      offset += words[0].length + 1;
      words = words.slice(1);
    }
    // ("Sakhalin Governor Ivan Petrov": an alias of several words as the title.)
    for (let k = words.length - 1; k >= 2; k--) {
      if (!cb.aliasByText.has(words.slice(0, k).join(' '))) continue;
      offset += words.slice(0, k).join(' ').length + 1;
      words = words.slice(k);
      break;
    }
    if (!words.length || (words.length === 1 && (NOT_NAMES.has(words[0]) || cb.speech.titles.has(words[0].toLowerCase())))) continue;
    const name = words.join(' ');
    if (ORGANIZATION_WORD.test(name)) continue;
    if (words.some((w) => cb.aliasByText.has(w.replace(/['’]s$/, '')) || cb.actorOfDemonym.has(w))) continue;
    if (cb.placeNames.has(name)) continue;
    const start = span.start + m.index + offset;
    names.push({ start, end: start + name.length, text: name });
  }
  return names;
}

/**
 * "the league", "the association": a body the story named before ("the Chishima Habomai Islands
 * Residents League", "an association of former residents"), by its head noun, where no alias is.
 */
export function bodyMentions(text: string, span: Span, bodies: ReadonlyMap<string, string>, existing: Mention[]): Mention[] {
  if (bodies.size === 0) return existing;
  const found = [...existing];
  for (const m of text.slice(span.start, span.end).matchAll(/\b(?:[Tt]he|([Aa]n?))\s+([a-z]+)\b/g)) {
    // ("Russian state television has been blunter. A presenter on a talk show told viewers ...":
    // a broadcaster's people, named by role, without "the" too.)
    if (m[1] && !INDEFINITE_ROLES.has(m[2])) continue;
    const actor = bodies.get(m[2]);
    const start = span.start + m.index;
    const end = start + m[0].length;
    if (!actor || existing.some((x) => x.start < end && x.end > start)) continue;
    const before = text.slice(Math.max(span.start, start - 24), start);
    found.push({ actor, start, end, text: m[0], person: false, preposition: PREPOSITION.exec(before)?.[1]?.toLowerCase() ?? null });
  }
  return found.sort((a, b) => a.start - b.start);
}

const YEARLY_PUBLICATION = /^(?:bluebook|whitebook|yearbook|white-paper)$/;

const INDEFINITE_ROLES = new Set(['anchor', 'host', 'presenter', 'commentator', 'anchorman', 'anchorwoman']);

/**
 * A state's offices a story may later name bare: "the prime minister", "the president". (Not "the
 * government" nor "the Foreign Ministry": a speaker's "the government's policy" is their own,
 * whichever state the story named last.)
 */
const OFFICES = ['prime minister', 'premier', 'foreign minister', 'president'] as const;
const OFFICE_WORDS = new RegExp(`\\b(${OFFICES.join('|')})\\b`, 'gi');
const OFFICE_BEFORE = new RegExp(`\\b(${OFFICES.join('|')})\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,2}$`, 'iu');
const BARE_OFFICE = new RegExp(`\\b[Tt]he\\s+(${OFFICES.join('|')})\\b`, 'gi');

/**
 * The offices a mention of a state names ("Prime Minister Fumio Kishida", "Russian President
 * Vladimir Putin"), lower-case: whom a later bare "the prime minister" means.
 */
export function officesOf(text: string, m: Mention): string[] {
  const found = [...m.text.matchAll(OFFICE_WORDS)].map((x) => x[1].toLowerCase());
  const before = OFFICE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (before) found.push(before[1].toLowerCase());
  return found;
}

/**
 * "the prime minister", "the president": a state's office the story named before with its holder
 * ("Prime Minister Fumio Kishida"), where no alias is.
 */
export function officeMentions(text: string, span: Span, offices: ReadonlyMap<string, string>, existing: Mention[]): Mention[] {
  if (offices.size === 0) return existing;
  let found: Mention[] | null = null;
  BARE_OFFICE.lastIndex = 0;
  for (const m of text.slice(span.start, span.end).matchAll(BARE_OFFICE)) {
    const office = m[1].toLowerCase();
    const actor = offices.get(office);
    const start = span.start + m.index;
    const end = start + m[0].length;
    if (!actor || existing.some((x) => x.start < end && x.end > start)) continue;
    const before = text.slice(Math.max(span.start, start - 24), start);
    found ??= [...existing];
    found.push({ actor, start, end, text: m[0], person: true, preposition: PREPOSITION.exec(before)?.[1]?.toLowerCase() ?? null });
  }
  return found ? found.sort((a, b) => a.start - b.start) : existing;
}

/**
 * The head nouns a later "the <noun>" may use for a named body: its last word ("the Chishima
 * Habomai Islands Residents League" is "the league") and the body it was named as a member of
 * ("an association of former residents" is "the association"); `organised` says whether the head
 * names an organisation ("league", "association"), not just an institution ("ministry").
 */
export function bodyHeads(text: string, m: Mention): { head: string; organised: boolean }[] {
  const heads = [m.text.split(/\s+/).pop()!.toLowerCase()];
  // ("the Diplomatic Bluebook ... Last year's edition stated ...": a yearly publication's editions are its.)
  if (YEARLY_PUBLICATION.test(heads[0])) heads.push('edition', 'report');
  const of = OF_A_BODY.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (of) heads.push(of[1]!.toLowerCase());
  return heads.map((head) => ({ head, organised: BODY_NOUN.test(head) }));
}
