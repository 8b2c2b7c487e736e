import type { Speech } from '../codebook/compiled-codebook.js';
import type { CompiledTemplate } from '#lib/codebook';
import type { ClauseStream, TemplateMatch } from '../nlp/clause-stream.js';
import type { Span } from '../text/segment.js';
import { insideAny } from '../text/segment.js';
import type { Mention, PersonName } from './mentions.js';

/** Who said a sentence: a codebook actor, or someone who is not one (an analyst, an outlet). */
export type Speaker = { kind: 'actor'; actor: string; person: boolean } | { kind: 'other'; name: string };

/** The person "he"/"she" would refer to next. */
export type PersonRef = Speaker;

const PRONOUN_BEFORE = /\b(he|she|it|they)\s+(?:also\s+|later\s+|then\s+|did\s+|does\s+|do\s+|had\s+|has\s+|have\s+|again\s+)?$/i;
// Between a speaker and the verb: a short modifier ("from Nemuro"), an appositive or relative
// clause in commas, an adverb.
// (Up to two asides in commas: "Kishida, speaking at the rally in Tokyo, held online, said".)
const GAP = /^\s*(?:(?:from|of|in|at|for|on)\s+[^,"“]{1,40}?)?\s*(?:,[^,]{0,90}(?:,[^,]{0,90})?,\s*)?(?:(?:also|later|then|now|still|even|has|have|had|was|were|is|are|again|separately|long|always|often|[a-z]+ly)\s+){0,3}$/;
/** "the ministry said", "the spokeswoman added": a definite role noun points back to the last speaker. */
const ITS_ROLE =
  /\b(?:its|their)\s+(?:[a-z-]+\s+)?(?:chairman|chairwoman|chair|head|leader|president|spokesman|spokeswoman|spokesperson|secretary-general|director|vice-chairman|vice-president|representative|founder|organi[sz]er)\s*$/i;
// What a collective adopted, or its own body: '"...," the resolution reads', "Their association wrote".
const COLLECTIVE_VOICE =
  /\b(?:(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:resolution|appeal|petition)|their\s+(?:[a-z-]+\s+)?(?:association|league|group|union|organi[sz]ation|federation|council|movement|committee))\s*$/i;
// "The league's vice-chairman told": a person of the body named before.
const BODY_ROLE = /\b[Tt]he\s+([a-z]+)['’]s\s+(?:[a-z-]+\s+){1,2}$/;
const POSTED_TO = /\b(?:ambassador|envoy|embassy|consul|consul-general|delegation|mission|representative)\s+(?:to|in)\s+(?:the\s+)?$/i;
const POSTED_ROLE = /\b(?:ambassador|envoy|consul|consul-general|representative)\s+$/i;
const POSTED_PLACE = /^\s*(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?/u;
// ("Russian officials describe the islands as Russian soil, integral to the Sakhalin region, and say ...")
const COORDINATED = /^\s+(?:[\p{L}'’-]+,?\s+){1,14}?(?:and|but)\s+(?:also\s+|still\s+)?$/u;
/** A pronoun subject opening the sentence and acting: "It accused ...", "He met ...". */
const LEADING_SUBJECT = /^\s*(it|he|she)\s+(?:also\s+|then\s+|later\s+|again\s+)?(?!(?:is|was|has|had|will|would|could|can|may|might|must|should|seems|seemed|appears|appeared)\b)[a-z]{3,}(?:ed|s)\b/i;
// ("the league said", "Last year's edition stated": a body named before, by its head noun.)
const SUBJECT_ADVERB = /\s+(?:also|then|later|further|again|earlier|separately|subsequently|additionally|meanwhile)\s*$/i;
const DEFINITE_HEAD = /\b(?:the|its|(?:this|last|next)\s+year['’]s|the\s+\d{4})\s+(?:[a-z-]+\s+)?([a-z]+)\s*$/i;
const DEFINITE_BODY = /\b(?:the|its)\s+(?:[a-z]+\s+)?(?:ministry|embassy|statement|readout|communiqu[eé]|document|note|government|office)\s*$/i;
const DEFINITE_ROLE =
  /\b(?:the|its|his|her)\s+(?:[a-z]+\s+)?(?:ministry|minister|spokesman|spokeswoman|spokesperson|diplomat|ambassador|envoy|premier|president|prime minister|aide|embassy|chancellor|secretary|official|statement|readout|leader|host|presenter|anchor|governor)\s*$/i;

/** A place, not a speaker: "outside the Russian Embassy". */
const PLACE_BEFORE = /\b(?:outside|near|around)\s+(?:the\s+)?$/i;
/** Capitalised words right before a mention ("the Russian Embassy"): the name's own, read past to what precedes it. */
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+)+$/u;

const QUOTED_AS = /\bquot(?:ed|es|ing)\s+([^,;"“”]{1,70}?)\s+as\s+(?:saying|telling|stating|declaring|writing)\b/g;

const RELATIVE_BEFORE = /\b(?:that|which|what)\s+(?:[\p{L}'’-]+\s+){1,3}$/u;
const FINITE_AFTER = /^\s+(?:was|were|is|are|had|has|have|would|will|could|might|amounted|meant|marked|showed|signalled|signaled|reflected|represented)\b/;

/** What the story has named so far, that a definite phrase ("the ministry", "its chairman") points back to. */
export interface NamedSoFar {
  /** The actor last named as a subject: who "the ministry" or "the statement" is. */
  lastBody: PersonRef | null;
  /** Bodies the story has named, by head noun ("league", "ministry"): who "the league" is. */
  bodies: ReadonlyMap<string, string>;
  /** The last organisation the story named: whose "its chairman" is. */
  lastOrg: string | null;
  /** The last public or group the story named: whose "the resolution" is. */
  lastCollective?: string | null;
}

const NO_NAMES: NamedSoFar = { lastBody: null, bodies: new Map(), lastOrg: null };

export interface Attribution {
  speaker: Speaker;
  /** Where the attribution verb is: reported speech after it belongs to the speaker. */
  verb: Span;
}

/**
 * The speaker of a sentence, from a speech verb outside quotes and the name, pronoun or actor
 * next to it: `Lavrov said`, `said Lavrov`, `he told Abe`, `according to Tokyo`, `Moscow made
 * clear that ...`. "He"/"she" resolve to `lastPerson`.
 */
export function attribute(
  text: string,
  sentence: Span & { quotes: Span[] },
  stream: ClauseStream,
  /** The matches of a template in `stream` (matched once per sentence by the caller). */
  matchesOf: (template: CompiledTemplate) => TemplateMatch[],
  speech: Speech,
  mentions: Mention[],
  persons: PersonName[],
  lastPerson: PersonRef | null,
  collective: (actor: string) => boolean,
  known: ReadonlyMap<string, Speaker> = new Map(),
  /** What the story has named so far: who "the ministry", "the league" or "its chairman" are. */
  named: NamedSoFar = NO_NAMES,
): Attribution | null {
  // Reporting verbs and phrases ("said", "stressed", "according to") in the order they occur.
  const found = [
    ...verbsIn(text, stream, speech.verbs),
    ...speech.reporting.flatMap((t) => matchesOf(t).map((m) => ({ ...m, inverted: false }))),
    ...speech.inverted.flatMap((t) => matchesOf(t).map((m) => ({ ...m, inverted: true }))),
  ].sort((a, b) => a.start - b.start);
  // ("Tass quoted Medvedev as saying": the one quoted is the speaker, the outlet only reports it.)
  const said = text.slice(sentence.start, sentence.end);
  QUOTED_AS.lastIndex = 0;
  for (let q = QUOTED_AS.exec(said); q; q = QUOTED_AS.exec(said)) {
    const at = sentence.start + q.index;
    if (insideAny(sentence.quotes, at)) continue;
    const from = at + q[0].indexOf(q[1]);
    const to = from + q[1].length;
    const mention = mentions.find((x) => x.start >= from && x.end <= to);
    const person = persons.find((x) => x.start >= from && x.end <= to);
    const speaker: Speaker | null = mention ? { kind: 'actor', actor: mention.actor, person: mention.person } : person ? personSpeaker(text, person, mentions, known) : null;
    if (speaker) return { speaker, verb: { start: at, end: at + q[0].length } };
  }
  for (const m of found) {
    const verb = { start: m.start, end: m.end };
    if (insideAny(sentence.quotes, verb.start) || verb.start < sentence.start || verb.start >= sentence.end) continue;
    // ("..., a shift that critics said amounted to a concession": a saying inside a relative clause
    // is about that clause's noun, not the sentence's speaker.)
    if (RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, verb.start - 40), verb.start)) && FINITE_AFTER.test(text.slice(verb.end, verb.end + 24))) continue;
    // ("After Ishiba told parliament that ..., Zakharova said Moscow would not ...": a saying in a
    // fronted subordinate clause is not the sentence's, when the main clause has its own.)
    if (FRONTED_SUBORDINATE.test(text.slice(sentence.start, verb.start)) && found.some((o) => o.start > verb.end && !insideAny(sentence.quotes, o.start) && text.slice(verb.end, o.start).includes(','))) continue;
    // ("Worth noting: Kishida used ...": a lead-in, not a saying.)
    if (/^\s*:/.test(text.slice(verb.end, verb.end + 2)) && /^\s*\p{Lu}\p{Ll}+\s+$/u.test(text.slice(sentence.start, verb.start))) continue;
    // ("a Japanese government paper which said Tokyo ...": a saying in a relative clause on an actor's noun is that actor's.)
    const own = m.inverted ? null : relativeSayer(text, sentence.start, verb, mentions);
    if (own) return { speaker: own, verb };
    const inverted = m.inverted;
    const speaker = inverted
      ? after(text, verb, mentions, persons, known)
      : (before(text, sentence, verb, mentions, persons, lastPerson, speech.commentators, known, speech.role, named) ?? after(text, verb, mentions, persons, known));
    if (!speaker) continue;
    // ("The Kremlin reacted to a Japanese government paper which said Tokyo ...": what
    // follows a later saying in a relative clause on an actor's noun is that actor's.)
    // (Only on a noun in the first verb's object, "responding to a ... report": not in what the first one said.)
    const inObject = mentions.filter((x) => x.start >= verb.end && OBJECT_BEFORE.test(text.slice(verb.end, x.start)));
    const relative = found.find((o) => o.start > verb.end && o.start < sentence.end && !insideAny(sentence.quotes, o.start) && relativeSayer(text, verb.end, o, inObject) !== null);
    if (relative) return { speaker: relativeSayer(text, verb.end, relative, inObject)!, verb: { start: relative.start, end: relative.end } };
    return { speaker: speaker.kind === 'other' ? (representative(text, sentence, speaker, mentions, collective) ?? speaker) : speaker, verb };
  }
  return null;
}

/** The actor whose noun a saying's relative clause is on ("a Japanese government paper which said"), if the verb opens one. */
function relativeSayer(text: string, from: number, verb: Span, mentions: Mention[]): Speaker | null {
  if (!SAYING_VERB.test(text.slice(verb.start, verb.end)) || !RELATIVE_SAYING.test(text.slice(Math.max(from, verb.start - 60), verb.start))) return null;
  const antecedent = mentions.findLast((x) => x.start >= from && x.end <= verb.start && ANTECEDENT_GAP.test(text.slice(x.end, verb.start)));
  return antecedent ? { kind: 'actor', actor: antecedent.actor, person: antecedent.person } : null;
}

/**
 * A saying in a relative clause on an actor's noun inside `span` ("..., when asked about a Japanese
 * government paper which said Tokyo ..."): its sayer and verb, if there is one.
 */
export function relativeSaying(text: string, span: Span, mentions: Mention[]): Attribution | null {
  RELATIVE_SAYING_IN.lastIndex = 0;
  const words = text.slice(span.start, span.end);
  for (let m = RELATIVE_SAYING_IN.exec(words); m; m = RELATIVE_SAYING_IN.exec(words)) {
    const verb = { start: span.start + m.index + m[0].length - m[1].length, end: span.start + m.index + m[0].length };
    const speaker = relativeSayer(text, span.start, verb, mentions);
    if (speaker) return { speaker, verb };
  }
  return null;
}


/** From a verb to an actor in its object: "to a", "on the latest". */
const OBJECT_BEFORE = /^\s+(?:(?:on|last|this|late|early)\s+[\p{L}\d]+\s+)?(?:(?:[a-z]+\s+)?(?:to|on|about|at|against|over)\s+)?(?:a|an|the|this|its|their|his|her)?\s*(?:[a-z-]+\s+){0,2}$/u;
/** A verb that says what follows it ("said", "stated"), not one that asks for it ("pressed for", "called for"). */
export const SAYING_VERBS = String.raw`say|says|said|states?|stated|tells?|told|writes?|wrote|declare[sd]?|argue[sd]?|insist(?:s|ed)?|stress(?:es|ed)|notes?|noted|adds?|added|reiterate[sd]?|warn(?:s|ed)?|maintain(?:s|ed)?|asserts?|asserted|affirm(?:s|ed)?`;
const SAYING_VERB = new RegExp(`^(?:${SAYING_VERBS})$`, 'i');
/** A relative pronoun and one of those verbs right after it: where `relativeSaying` looks, without trying every word. */
const RELATIVE_SAYING_IN = new RegExp(`\\b(?:which|that|who)\\s+(?:(?:also|had|has|have|recently|earlier|previously)\\s+)?(${SAYING_VERBS})\\b`, 'gi');
/** "a report which said", "an official who told": a saying in a relative clause. */
const RELATIVE_SAYING = /\s(?:which|that|who)\s+(?:(?:also|had|has|have|recently|earlier|previously)\s+)?$/i;
/** From an actor to the relative pronoun: its noun and the pronoun ("'s Foreign Ministry report which"). */
const ANTECEDENT_GAP = /^(?:['’]s)?(?:\s+[a-z-]+){0,3}\s+(?:which|that|who)\s+(?:(?:also|had|has|have|recently|earlier|previously)\s+)?$/;

/**
 * "said Tsuneo Kikuchi, 83, who heads a local association of former islanders": a named person
 * described as one of a public, group or outlet speaks for it. (A former diplomat does not speak
 * for a state, so only non-state actors qualify.)
 */
function representative(
  text: string,
  sentence: Span & { quotes: Span[] },
  speaker: Extract<Speaker, { kind: 'other' }>,
  mentions: Mention[],
  collective: (actor: string) => boolean,
): Speaker | null {
  const at = text.indexOf(speaker.name, sentence.start);
  if (at < 0 || at > sentence.end) return null;
  const appositive = /^[^,]*,([^"“”]*)/.exec(text.slice(at, sentence.end));
  if (!appositive) return null;
  const end = at + appositive[0].length;
  const member = mentions.find((m) => m.start > at && m.end <= end && collective(m.actor) && !insideAny(sentence.quotes, m.start));
  return member ? { kind: 'actor', actor: member.actor, person: false } : null;
}

/** "... slammed/criticised/praised <person> after he ...": the saying that drew the main clause's reaction. */
const REACTION_TO_SAYING = /\b(?:slam|criticis|criticiz|blast|rebuk|attack|condemn|denounc|lambast|mock|ridicul|prais|thank|welcom|respond|repl|hit)[a-z]*\s+[^,;"“”]{1,80}?\s+(?:after|when|because|as)\s+(?:he|she)\s+(?:also\s+|later\s+|had\s+)?$/i;

const ONE_PERSON_OFFICE = /\b(?:president|prime minister|premier|minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|chancellor|governor)$/i;

const FRONTED_SUBORDINATE = /^\s*(?:[^,]{0,40},\s*)?(?:(?:a\s+day|days|weeks|hours|shortly|soon|just|minutes)\s+)?(?:after|when|before|as|while|once|until|although|though|because|since)\s+[^,;"“”]*$/i;

function before(
  text: string,
  sentence: Span & { quotes: Span[] },
  verb: Span,
  mentions: Mention[],
  persons: PersonName[],
  lastPerson: PersonRef | null,
  commentators: RegExp,
  known: ReadonlyMap<string, Speaker>,
  role: RegExp,
  { lastBody, bodies, lastOrg, lastCollective }: NamedSoFar,
): Speaker | null {
  const left = text.slice(sentence.start, verb.start);
  const pronoun = PRONOUN_BEFORE.exec(left)?.[1]?.toLowerCase();
  // "Ishiba, who was abroad, sent a message in which he said": a person named as the sentence's
  // subject before the pronoun, else the last person named.
  if (pronoun === 'he' || pronoun === 'she') {
    const outside = mentions.filter((m) => m.preposition === null && m.end <= verb.start && !insideAny(sentence.quotes, m.start));
    // ("Medvedev slammed Japan's prime minister after he said ...": who drew the reaction, the main verb's object.)
    const reaction = REACTION_TO_SAYING.exec(left);
    const subordinator = reaction ? sentence.start + left.search(/\b(?:after|when|because|as)\s+(?:he|she)\s+(?:also\s+|later\s+|had\s+)?$/i) : -1;
    const object = reaction
      ? outside.filter((m) => (m.person || ONE_PERSON_OFFICE.test(text.slice(m.start, m.end))) && m.start > sentence.start + reaction.index && m.end <= subordinator).pop()
      : undefined;
    if (object) return { kind: 'actor', actor: object.actor, person: true };
    return outside[0]?.person ? { kind: 'actor', actor: outside[0].actor, person: true } : lastPerson;
  }
  if (pronoun) return null;
  // Not a name inside a relative clause between the subject and its verb ("X, who met Abe, said").
  const relative = /,\s*(?:who|which|whose|whom)\b[^,]*,\s*$/.exec(left);
  const limit = relative ? sentence.start + relative.index : verb.start;
  // The relative clause is transparent: "Kishida, who steps down this month, told..." is Kishida's.
  // ("the U.S. ambassador to Japan said": where an envoy is posted is part of the role.)
  const gapTo = (x: Span) => {
    const gap = relative ? text.slice(x.end, limit) : text.slice(x.end, verb.start);
    return POSTED_ROLE.test(text.slice(Math.max(sentence.start, x.end - 30), x.end) + ' ') ? gap.replace(POSTED_PLACE, '') : gap;
  };
  // "a Rossiya-24 presenter told", "the Kremlin spokesman said": an actor's role noun is a person of the actor's.
  const roleGap = (x: Span) => {
    const r = /^\s+((?:[a-z-]+\s+){1,3}?)(?=\S)/.exec(gapTo(x)) ?? /^\s+((?:[a-z-]+\s+){1,3})$/.exec(gapTo(x));
    if (r === null || !role.test(r[1])) return false;
    const rest = gapTo(x).slice(r[0].length);
    return GAP.test(POSTED_ROLE.test(r[1]) ? rest.replace(POSTED_PLACE, '') : rest);
  };
  // "Japan calls them the Northern Territories and says ...": the subject of a coordinated predicate.
  // ("When Putin proposed it, Tokyo rejected the idea and said ...": the main clause's subject, past a fronted clause.)
  const fronted = /^\s*(?:when|after|before|as|while|once|although|though|because|since|if)\b[^,;"“”]*,/i.exec(left);
  const mainStart = sentence.start + (fronted?.[0].length ?? 0);
  const coordinated = (x: Span) => x === mentions.find((m) => m.preposition === null && m.start >= mainStart) && COORDINATED.test(gapTo(x));
  // ("It accused Tokyo of an unfriendly course and said ...": a pronoun opening the sentence is the
  // subject of both predicates, not the object named in the first.)
  const leading = LEADING_SUBJECT.exec(text.slice(mainStart, verb.start));
  if (leading && /\b(?:and|but)\s+(?:also\s+|then\s+|later\s+|further\s+)?$/i.test(left)) {
    return leading[1].toLowerCase() === 'it' ? (lastBody?.kind === 'actor' ? lastBody : null) : lastPerson;
  }
  // (Not where an envoy is posted: "the U.S. ambassador to Japan, Rahm Emanuel, said" is not Japan's.)
  // ("Chief Cabinet Secretary Matsuno Hirokazu said": a family name first, then the given name.)
  const givenAfter = (x: Mention) => x.person && GAP.test(gapTo(x).replace(/^\s+\p{Lu}\p{Ll}+(?=\s)/u, ''));
  // (Not a place: "a crowd outside the Russian Embassy demanded ...".)
  const namedAsPlace = (x: Span) => PLACE_BEFORE.test(text.slice(Math.max(sentence.start, x.start - 40), x.start).replace(CAPITALISED_BEFORE, ''));
  const found = mentions.findLast(
    (x) => x.end <= limit && !namedAsPlace(x) && !POSTED_TO.test(text.slice(Math.max(sentence.start, x.start - 30), x.start)) && (GAP.test(gapTo(x)) || givenAfter(x) || roleGap(x) || coordinated(x)),
  );
  // ("Putin turned to Abe on stage and said ...": one named after a preposition in the first
  // predicate is not the subject of the second; the subject of both is.)
  const subjectOfBoth = found && found.preposition !== null ? mentions.find((m) => m.start < found.start && coordinated(m)) : undefined;
  const mention = subjectOfBoth ?? found;
  const person = persons.findLast((x) => x.end <= limit && !namedAsPlace(x) && GAP.test(gapTo(x)));
  if (mention && (!person || mention.end >= person.end)) return { kind: 'actor', actor: mention.actor, person: mention.person || !GAP.test(gapTo(mention)) };
  if (person) return personSpeaker(text, person, mentions, known);
  const commentator = commentators.exec(left);
  if (commentator) return { kind: 'other', name: commentator[1] };
  // "The statement said", "the ministry added": the body last named as a subject, if any.
  // "Its chairman said": a person of the organisation just named.
  if (ITS_ROLE.test(left) && lastOrg) return { kind: 'actor', actor: lastOrg, person: true };
  // '"...," the resolution reads', "Former islanders have lobbied Tokyo. Their association wrote ...":
  // what a body adopted, or the group's own body, speaks for the public or group last named.
  if (COLLECTIVE_VOICE.test(left) && lastCollective) return { kind: 'actor', actor: lastCollective, person: false };
  // ("The ministry also said ...": an adverb between the subject and its verb.)
  const subject = left.replace(SUBJECT_ADVERB, ' ');
  const head = (DEFINITE_HEAD.exec(subject) ?? BODY_ROLE.exec(subject))?.[1]?.toLowerCase();
  const named = head === undefined ? undefined : bodies.get(head);
  if (named) return { kind: 'actor', actor: named, person: false };
  if (DEFINITE_BODY.test(subject) && lastBody?.kind === 'actor') return lastBody;
  if (DEFINITE_ROLE.test(subject) && lastPerson?.kind === 'actor') return lastPerson;
  return null;
}

/** "Chief Cabinet Secretary Katsunobu Kato": a name right after an actor's title speaks for that actor. */
/** Whom a named person speaks for: the actor of a title before the name, the one the story introduced them with, or no actor. */
function personSpeaker(text: string, person: PersonName, mentions: Mention[], known: ReadonlyMap<string, Speaker>): Speaker {
  return titled(text, person, mentions) ?? known.get(surname(person.text)) ?? { kind: 'other', name: person.text };
}

function titled(text: string, person: PersonName, mentions: Mention[]): Speaker | null {
  // ... and so does a document or body of a state's: "Japan's annual Diplomatic Bluebook".
  const title = mentions.find((m) => m.end <= person.start && /^\s{1,2}(?:[a-z]+\s{1,2}){0,2}$/.test(text.slice(m.end, person.start)));
  if (!title) return null;
  // ("Japan's Ambassador to Russia Kenji Sato": where an envoy is posted is not whom the envoy speaks for; the title's owner is.)
  if (POSTED_TO.test(text.slice(Math.max(0, title.start - 30), title.start))) {
    const owner = mentions.findLast((m) => m.end <= title.start && TITLE_OWNER.test(text.slice(m.end, title.start)));
    return owner ? { kind: 'actor', actor: owner.actor, person: true } : null;
  }
  return { kind: 'actor', actor: title.actor, person: true };
}

/** From a state to the place its envoy is posted: "'s Ambassador to ", " Deputy Envoy in ". */
const TITLE_OWNER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(?:to|in)\s+(?:the\s+)?$/u;

function after(text: string, verb: Span, mentions: Mention[], persons: PersonName[], known: ReadonlyMap<string, Speaker>): Speaker | null {
  // "said Lavrov." / "said Tsuneo Kikuchi, 83, ..." — not "said Japan should accept", where Japan
  // is the subject of what was said.
  const near = (x: Span) =>
    x.start >= verb.end && /^[\s,]*(?:the\s+|(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/.test(text.slice(verb.end, x.start)) && x.start - verb.end <= 40 && /^(?:\s*[,.;:)"”]|\s*$)/.test(text.slice(x.end, x.end + 2));
  const mention = mentions.find(near);
  const person = persons.find(near);
  if (mention && (!person || mention.start <= person.start)) return { kind: 'actor', actor: mention.actor, person: mention.person };
  if (person) return personSpeaker(text, person, mentions, known);
  return null;
}

/**
 * People the sentence introduces with an actor's title ("Chief Cabinet Secretary Osamu Fujimura",
 * "Russia's ambassador, Mikhail Galuzin,"), by surname: later in the article "Fujimura told
 * reporters" speaks for the same actor.
 */
export function introducedPersons(text: string, persons: PersonName[], mentions: Mention[], roleNoun: RegExp): [string, Speaker][] {
  const out: [string, Speaker][] = [];
  for (const person of persons) {
    const speaker = titled(text, person, mentions) ?? appositiveOf(text, person, mentions, roleNoun) ?? appositiveAfter(text, person, mentions, roleNoun);
    if (speaker) out.push([surname(person.text), speaker]);
  }
  return out;
}

/** "Japan's ambassador to Moscow, Toyohisa Kozuki,": a name in commas right after an actor's role. */
function appositiveOf(text: string, person: PersonName, mentions: Mention[], roleNoun: RegExp): Speaker | null {
  const role = mentions.find(
    (m) => m.end <= person.start && /^(?:['’]s)?(?:\s+(?:[a-z-]+\s+){0,3}[a-z-]+)?(?:\s+(?:to|in|at)\s+[\p{Lu}][\p{L}-]+)?\s*,\s*$/u.test(text.slice(m.end, person.start)),
  );
  return role && roleNoun.test(text.slice(role.start, person.start)) ? { kind: 'actor', actor: role.actor, person: true } : null;
}

/**
 * "Nikolai Nozdrev, a career diplomat who became Moscow's ambassador in Tokyo this year,": a role
 * of an actor in the appositive after the name.
 */
function appositiveAfter(text: string, person: PersonName, mentions: Mention[], roleNoun: RegExp): Speaker | null {
  if (!/^\s*,/.test(text.slice(person.end, person.end + 3))) return null;
  const aside = text.slice(person.end, person.end + 120).match(/^\s*,([^,.;:"“”]*)/)?.[1] ?? '';
  const end = person.end + aside.length + 1;
  const role = mentions.find((m) => m.start > person.end && m.end <= end && !m.person && roleNoun.test(text.slice(m.start, Math.min(end, m.end + 30))));
  return role ? { kind: 'actor', actor: role.actor, person: true } : null;
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1];
}

/** One-word reporting verbs, found by lemma among the sentence's verbs. */
function verbsIn(text: string, stream: ClauseStream, verbs: Set<string>): { start: number; end: number; inverted: boolean }[] {
  const found: { start: number; end: number; inverted: boolean }[] = [];
  for (let i = 0; i < stream.length; i++) {
    if (stream.pos[i] !== 'VERB' || !verbs.has(stream.lemma[i])) continue;
    // ("In response to Putin's comment, Suga said ...": after a possessive or an article it is a noun, whatever the tagger says.)
    const previous = i > 0 ? text.slice(stream.spans[i - 1].start, stream.spans[i - 1].end).toLowerCase() : undefined;
    if (previous !== undefined && (/['’]s$/.test(previous) || NOUN_DETERMINERS.has(previous))) continue;
    found.push({ start: stream.spans[i].start, end: stream.spans[i].end, inverted: false });
  }
  return found;
}

const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
