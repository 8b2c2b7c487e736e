import { alternation } from '../text/alternation.js';
import { AnchorIndex, compileTemplate, templateContext, type Codebook, type CodebookDocument, type CompiledTemplate, type EventType, type LanguageDocument } from '#lib/codebook';

export interface AliasEntry {
  actor: string;
  text: string;
  from?: string;
  to?: string;
  place: boolean;
  person: boolean;
  /** A crowd noun ("protesters"): who else the crowd is named as comes first. */
  crowd?: boolean;
}

/** Reporting verbs of one word (by lemma, as verbs), reporting phrases, and phrases naming their speaker after them. */
export interface Speech {
  verbs: Set<string>;
  /** Nouns for people who comment without speaking for a party, at the end of the text before a verb. */
  commentators: RegExp;
  /** Lower-case titles and role nouns (language file): "prime", "minister", "ambassador". */
  titles: Set<string>;
  /** A role noun anywhere in a text: "Japan's ambassador to Moscow, ...". */
  role: RegExp;
  reporting: CompiledTemplate[];
  inverted: CompiledTemplate[];
}

export interface CompiledCue {
  template: CompiledTemplate;
  question: string;
  /** The position, or (slot cues) the slot whose filler decides it. */
  position: string | { slot: string; positions: Record<string, string> };
  holder?: string;
  /** The position is a demand on another party: held by who demands it, never by the one told to act. */
  demand: boolean;
  /** The cue says nothing when this also matches in the clause. */
  unless?: CompiledTemplate;
  /** An attribute of the islands, held at publication whatever the clause tells (read by `standingSignals`). */
  standing: boolean;
}

/** A codebook turned into the regular expressions extraction runs: built once per codebook. */
export interface CompiledCodebook {
  id: string;
  keywords: RegExp;
  /** Every alias, longest first, as one case-sensitive alternation with an optional possessive. */
  aliases: RegExp;
  aliasByText: Map<string, AliasEntry>;
  /** "<Demonym> [Word] <role noun>": the Russian president, the Japanese Foreign Minister. */
  demonymRoles: RegExp;
  /** Two demonyms coordinated before one role noun: "the Japanese and Russian governments". */
  demonymPairs: RegExp;
  /** "Soviet-Japanese", "Russo-Japanese", "Japan-Russia": both actors take part. */
  compounds: RegExp;
  actorOfDemonym: Map<string, string>;
  actorKind: Map<string, string>;
  /** The one actor of kind media, if the codebook has exactly one: whom "the state channel" names. */
  mediaActor: string | null;
  /** The state whose public an actor is ("the Russians proposed" speaks for Russia). */
  stateOfPublic: Map<string, string>;
  /** Actors of kind `group` (who rallies and protests). */
  groups: string[];
  /** Who an unnamed crowd rallying at a place is, by place. */
  ralliesAt: Map<string, string>;
  /** Outlets whose hosts speak as an actor: the pattern over the outlet's name and address, and the actor. */
  outletVoices: { pattern: RegExp; actor: string }[];
  positionsOf: Map<string, string[]>;
  /** The dispute's two sides, if the codebook names them. */
  parties: string[] | null;
  /** A state's public, by state: who a poll taken there measures. */
  publicOfState: Map<string, string>;
  /** A public by the places its residents live, after a locative ("on Iturup"): who a poll taken there measures. */
  homes: { place: RegExp; actor: string }[];
  /** By `question/position`: the actors of the other side, who hold it only when a cue's slot says so. */
  notHeldBy: Map<string, Set<string>>;
  /** `question/position` → what it implies of another question, for which holders. */
  implies: Map<string, { question: string; position: string; holders: Set<string> }[]>;
  cues: CompiledCue[];
  eventTypes: { type: EventType; templates: CompiledTemplate[] }[];
  /** Each event-type template's type, and its place in `eventTypes` read type by type. */
  eventTypeOf: Map<CompiledTemplate, { type: EventType; order: number }>;
  language: LanguageDocument;
  /** Reporting verbs (as verbs) and phrases; `inverted` ones name their speaker after them ("according to X"). */
  speech: Speech;
  /** Words that make a clause a possibility ("if", "could"), as one pattern over its text. */
  hypothetical: RegExp;
  /** A relative pronoun between words, and a relative clause set off by commas (which the main verb is not in). */
  relative: { clause: RegExp; aside: RegExp };
  eras: { regex: RegExp; date: string }[];
  /** Documents named without a year: the name ending a text, and the document's date; `named`: any of its names anywhere. */
  documents: { atEnd: RegExp; named: RegExp; date: string }[];
  annualDays: { regex: RegExp; day: string }[];
  places: RegExp | null;
  placeNames: Set<string>;
  /** Years that the codebook's keywords use as names ("1956 declaration"). */
  documentYears: Set<string>;
  /** Every template above (cues, their exceptions, event types, reporting phrases), indexed by anchor. */
  templates: AnchorIndex;
}

const cache = new WeakMap<CodebookDocument, CompiledCodebook>();

export function compile(codebook: Codebook): CompiledCodebook {
  const cached = cache.get(codebook.document);
  if (cached) return cached;
  const compiled = build(codebook.document, codebook.language);
  cache.set(codebook.document, compiled);
  return compiled;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Without the u flag V8 runs these several times faster; Latin letters with accents are still letters.
const NOT_WORD_BEFORE = '(?<![A-Za-z0-9_\\u00C0-\\u024F-])';
const NOT_WORD_AFTER = '(?![A-Za-z0-9_\\u00C0-\\u024F])';

function build(d: CodebookDocument, language: LanguageDocument): CompiledCodebook {
  const context = templateContext(d, language);
  const aliasByText = new Map<string, AliasEntry>();
  for (const actor of d.actors) {
    for (const alias of actor.aliases) {
      const entry: AliasEntry =
        typeof alias === 'string'
          ? { actor: actor.id, text: alias, place: false, person: false }
          : { actor: actor.id, text: alias.text, from: alias.from, to: alias.to, place: alias.place ?? false, person: alias.person ?? false, crowd: alias.crowd };
      if (!aliasByText.has(entry.text)) aliasByText.set(entry.text, entry);
      // A phrase in lower case ("residents of the islands") may open a sentence.
      const opening = entry.text[0].toUpperCase() + entry.text.slice(1);
      if (opening !== entry.text && !aliasByText.has(opening)) aliasByText.set(opening, { ...entry, text: opening });
      // ("Minister for Foreign Affairs KONO Taro": Japanese records and releases set the family name in capitals.)
      const capitals = entry.text.toUpperCase();
      if (entry.person && capitals !== entry.text && !aliasByText.has(capitals)) aliasByText.set(capitals, { ...entry, text: capitals });
    }
  }
  // ("most residents of Sakhalin", "Nemuro residents": the people of a public's home places are that public.)
  // (So is one of them who speaks: "a resident of Yuzhno-Kurilsk told reporters", "one Kunashir resident".)
  for (const actor of d.actors) {
    if (actor.kind !== 'public') continue;
    for (const place of actor.homePlaces) {
      const bare = place.replace(/^the\s+/, '');
      const texts = [`${bare} residents`, `${bare} inhabitants`, `${bare} resident`];
      for (const noun of ['residents', 'inhabitants', 'people', 'population', 'resident', 'inhabitant']) texts.push(`${noun} of ${place}`, `${noun} of the ${bare}`);
      for (const text of texts) {
        for (const form of [text, text[0].toUpperCase() + text.slice(1)]) if (!aliasByText.has(form)) aliasByText.set(form, { actor: actor.id, text: form, place: false, person: false });
      }
    }
  }
  const aliasTexts = [...aliasByText.keys()].sort((a, b) => b.length - a.length);
  const aliases = new RegExp(`${NOT_WORD_BEFORE}(${alternation(aliasTexts)})(?:['’]s)?${NOT_WORD_AFTER}`, 'g');

  const actorOfDemonym = new Map<string, string>();
  for (const actor of d.actors) for (const demonym of actor.demonyms) actorOfDemonym.set(demonym, actor.id);
  const demonyms = [...actorOfDemonym.keys()];
  const roles = [...d.roleNouns].sort((a, b) => b.length - a.length).map((r) => escape(r).replace(/ /g, '\\s+'));
  // "the Russian foreign minister", and "Russia's foreign minister" too.
  const possessives = aliasTexts.filter((t) => !aliasByText.get(t)!.person);
  const demonymRoles = new RegExp(
    `${NOT_WORD_BEFORE}((?:${alternation(possessives, { ignoreCase: true })})['’]s|${alternation(demonyms, { ignoreCase: true })})\\s+(?:[A-Za-z-]+\\s+)?(?:${roles.join('|')})${NOT_WORD_AFTER}`,
    'gi',
  );
  // "the Japanese and Russian governments", "Russian and Japanese officials": both, by one role noun.
  const demonymPairs = new RegExp(
    `${NOT_WORD_BEFORE}(${alternation(demonyms, { ignoreCase: true })})\\s+and\\s+(${alternation(demonyms, { ignoreCase: true })})\\s+(?:[A-Za-z-]+\\s+)?(?:${roles.join('|')})s?${NOT_WORD_AFTER}`,
    'gi',
  );
  const nameParts = alternation([...demonyms, ...aliasTexts.filter((t) => /^[A-Z][\w.]*$/.test(t))]);
  const compounds = new RegExp(`${NOT_WORD_BEFORE}(${nameParts})-(${nameParts})${NOT_WORD_AFTER}`, 'g');

  const cues: CompiledCue[] = [];
  for (const question of d.questions) {
    for (const position of question.positions) {
      for (const cue of position.cues) {
        cues.push({
          template: compileTemplate(typeof cue === 'string' ? cue : cue.template, context),
          question: question.id,
          position: position.id,
          holder: typeof cue === 'string' ? undefined : cue.holder,
          demand: position.demand ?? false,
          unless: typeof cue !== 'string' && cue.unless ? compileTemplate(cue.unless, context) : undefined,
          standing: typeof cue !== 'string' && cue.standing === true,
        });
      }
    }
    for (const cue of question.slotCues) {
      cues.push({
        template: compileTemplate(cue.template, context),
        question: question.id,
        position: { slot: cue.slot, positions: cue.positions },
        demand: false,
        unless: cue.unless ? compileTemplate(cue.unless, context) : undefined,
        standing: cue.standing === true,
      });
    }
  }

  const eventTypes = d.eventTypes.map((t) => ({ type: t.type, templates: t.cues.map((c) => compileTemplate(c, context)) }));
  const speech: Speech = {
    verbs: new Set(language.reportingVerbs.filter((v) => !/\s/.test(v))),
    commentators: new RegExp(`\\b(${language.commentators.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})s?\\s*$`, 'i'),
    titles: new Set(language.titles.map((w) => w.replace(/\.$/, ''))),
    role: new RegExp(`\\b(?:${language.titles.filter((w) => /^[a-z]{3,}$/.test(w)).map(escape).join('|')})s?\\b`, 'i'),
    reporting: language.reportingVerbs.filter((v) => /\s/.test(v)).map((v) => compileTemplate(v, context)),
    inverted: language.attributionPhrases.map((v) => compileTemplate(v, context)),
  };

  return {
    id: d.id,
    keywords: new RegExp(d.keywords.map(escape).join('|'), 'i'),
    aliases,
    aliasByText,
    demonymRoles,
    demonymPairs,
    compounds,
    actorOfDemonym,
    actorKind: new Map(d.actors.map((a) => [a.id, a.kind])),
    mediaActor: onlyOne(d.actors.filter((a) => a.kind === 'media'))?.id ?? null,
    stateOfPublic: new Map(d.actors.flatMap((a) => (a.publicOf ? [[a.id, a.publicOf] as [string, string]] : []))),
    groups: d.actors.filter((a) => a.kind === 'group').map((a) => a.id),
    ralliesAt: new Map(d.actors.flatMap((a) => a.rallyPlaces.map((p) => [p, a.id] as [string, string]))),
    outletVoices: d.actors.flatMap((a) => a.outlets.map((source) => ({ pattern: new RegExp(source, 'i'), actor: a.id }))),
    positionsOf: new Map(d.questions.map((q) => [q.id, q.positions.map((p) => p.id)])),
    parties: d.parties ?? null,
    // "on Iturup", "a survey of the Sakhalin region", "Sakhalin Region residents": where a public lives.
    homes: d.actors.flatMap((a) =>
      a.homePlaces.map((p) => ({
        place: new RegExp(`\\b(?:(?:on|in|at|from|of)\\s+(?:the\\s+)?${escape(p)}(?![\\p{L}-])|${escape(p)}(?:\\s+(?:[Rr]egion|[Dd]istrict|[Oo]blast))?\\s+(?:residents|respondents|inhabitants|islanders)\\b)`, 'iu'),
        actor: a.id,
      })),
    ),
    publicOfState: new Map(d.actors.flatMap((a) => (a.publicOf ? [[a.publicOf, a.id] as [string, string]] : []))),
    notHeldBy: new Map(d.questions.flatMap((q) => q.positions.map((p) => [`${q.id}/${p.id}`, new Set(p.notHeldBy)] as const))),
    implies: new Map(
      d.questions.flatMap((q) =>
        q.positions.filter((p) => p.implies.length > 0).map((p) => [`${q.id}/${p.id}`, p.implies.map((i) => ({ question: i.question, position: i.position, holders: new Set(i.holders) }))] as const),
      ),
    ),
    cues,
    eventTypes,
    eventTypeOf: new Map(eventTypes.flatMap(({ type, templates }) => templates.map((t) => [t, type] as const)).map(([t, type], order) => [t, { type, order }])),
    language,
    speech,
    relative: {
      clause: new RegExp(`\\s(?:${language.relativePronouns.map(escape).join('|')})\\s`),
      aside: new RegExp(`,\\s*(?:${language.relativePronouns.filter((w) => w !== 'that').map(escape).join('|')})\\b[^,]*,`, 'gi'),
    },
    // Case-sensitive but for a capital first letter, so that the month "May" is not the modal "may".
    hypothetical: new RegExp(
      `\\b(?:${language.hypothetical.map((w) => (w === 'may' ? w : `[${w[0].toUpperCase()}${w[0]}]${escape(w.slice(1))}`).replace(/ /g, '\\s+')).join('|')})\\b`,
    ),
    eras: d.eras.map((e) => ({ regex: new RegExp(e.pattern, 'i'), date: e.date })),
    documents: d.documents.map((k) => ({
      atEnd: new RegExp(`(?:${k.pattern})\\s*[,–—-]?\\s*$`, 'iu'),
      named: new RegExp(k.alsoNamed ? `(?:${k.pattern})|(?:${k.alsoNamed})` : k.pattern, 'iu'),
      date: k.date,
    })),
    annualDays: d.annualDays.map((a) => ({ regex: new RegExp(a.pattern, 'i'), day: a.day })),
    documentYears: new Set(d.keywords.flatMap((k) => k.match(/\b(1[5-9]\d\d|20\d\d)\b/g) ?? [])),
    placeNames: new Set(d.places),
    places: d.places.length ? new RegExp(`${NOT_WORD_BEFORE}(${d.places.map(escape).join('|')})${NOT_WORD_AFTER}`, 'g') : null,
    templates: new AnchorIndex([
      ...cues.flatMap((c) => (c.unless ? [c.template, c.unless] : [c.template])),
      ...eventTypes.flatMap((t) => t.templates),
      ...speech.reporting,
      ...speech.inverted,
    ]),
  };
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
