import type { Codebook, CompiledTemplate, EventContext, EventType } from '#lib/codebook';
import { attribute, introducedPersons, relativeSaying, type NamedSoFar, type PersonRef, type Speaker } from './analysis/attribution.js';
import { actorMentions, bodyHeads, bodyMentions, type Mention, officeMentions, officesOf, personNames, type PersonName, withinTerm } from './analysis/mentions.js';
import { hypothetical } from './analysis/modality.js';
import { type AliasEntry, compile, type CompiledCodebook, type CompiledCue } from './codebook/compiled-codebook.js';
import { tenseOf } from './dates/index.js';
import { mergeDrafts, type Draft, type DatedValue } from './events/merge-drafts.js';
import type { ExtractedEvent, ExtractedStance } from './extracted-event.js';
import { annotate, type Token } from './nlp/annotate.js';
import { clauseStream, matchIndexed, matchTemplate, type TemplateMatch } from './nlp/clause-stream.js';
import { clauses, DOCUMENT_CONTAINS, insideAny, type Span } from './text/segment.js';
import { findDateMentions, forgetDateScans, mayHoldADate, presentPerfect, tenseMarkers } from './dates/index.js';
import type { ClauseInput } from './stages/clause-input.js';
import { ANAPHORIC, opensOn, ofKnownDocument, ASIDE, HISTORICAL_AFTER_DAYS, SUBORDINATE, LONGSTANDING, EVER_SINCE, datesIn, anaphoricDate, yearMentions, mainPart, mainTense, tenseOfMain, recentBefore, relativeToStory, storyDayOf, sinceLastComma, afterSubordinate, whenClauseDate, datelineDay, chooseDate, HOLDS_VIEW, VIEW_VERBS, periodUpToNow, unquotedOr, documentDate, documentOfRelative, documentReferred, documentOfCue, DOCUMENT_NOUN, documentActed, reaffirmedDocument, dated, stripQuotes, daysBetween, stepFromMain } from './stages/dating.js';
import { transcriptLabel, labelOf, complementStart, opensInQuote, nextPerson, anyPerson, pronounSubject, PERSON_ROLE, UNNAMED_SPEAKER, SAID_IN_PAST, BROADCAST_ROLES, INTERVIEWED, INTERVIEWEE } from './stages/speakers.js';
import { pollSentence, eventType, stanceSignals, standingSignals, pluralStatesSubject } from './stages/signals.js';
import { placeOf, finish } from './stages/score.js';

// Extraction in stages, each in its own file and pure:
//   segment + annotate  nlp/annotate.ts       paragraphs, sentences, tokens, lemmas, POS, negation (wink-nlp)
//   mentions            analysis/mentions.ts  codebook actors by alias, demonym + role noun, possessive + role
//   attribute           analysis/attribution.ts, stages/speakers.ts   who says each sentence
//   date                stages/dating.ts      the clause's own date and the story's frame
//   signals             stages/signals.ts     event types and stance signals from cue templates, and their holders
//   score               stages/score.ts       the event's final form and confidence
// This file runs them over an article and carries the story's state from sentence to sentence.

/** Sees what each stage decided, for debugging and evaluation; extraction never depends on it. */
export interface Tracer {
  clause?(trace: { text: string; speaker: Speaker | null; frame: string | null; event?: { type: EventType; date: string; context: EventContext[]; stances: ExtractedStance[] }; why?: string }): void;
}

const noTrace: Tracer = {};
const NO_MATCHES: TemplateMatch[] = Object.freeze([]) as unknown as TemplateMatch[];

/**
 * "Oct. 19, 1956 - The declaration ends ...", "* AUGUST-SEPTEMBER 1945 - Soviet forces ...",
 * "THIS WEEK: ...": a paragraph that opens with a date and nothing else before a dash or colon
 * is a timeline entry (a bullet and capitals, as factboxes set them, aside).
 */
function timelineEntry(text: string, at: number, published: string): DatedValue | null {
  const m = ENTRY_HEAD.exec(text.slice(at, at + 64));
  if (!m) return null;
  // Month names are read capitalised; "in" lets a bare year or month be read as a date.
  const head = `in ${(m[1] ?? m[2]).replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase())}`;
  const found = findDateMentions(head, { date: published, tense: 'past' });
  if (found.length !== 1) return null;
  const [date] = found;
  const rest = head.slice(3, date.start) + head.slice(date.end);
  return /^(?:\s|(?:early|mid|late|the end of|end of|since)[-\s]?)*$/i.test(rest) ? { edtf: date.edtf, earliest: date.earliest, latest: date.latest } : null;
}

/** The signature of a paragraph that is a quotation signed after a dash: who said it, and when if the signature says. */
function signedQuote(text: string, at: number, paragraphIndex: number, cb: CompiledCodebook, known: ReadonlyMap<string, Speaker>, published: string): SignedQuote | null {
  const end = text.indexOf('\n\n', at);
  const paragraph = text.slice(at, end < 0 ? text.length : end);
  const dash = /["”]\s*[-–—]\s*(?=\p{Lu})/u.exec(paragraph);
  if (!dash || !/^["“]/.test(paragraph)) return null;
  const from = at + dash.index + dash[0].length;
  const tail = { start: from, end: at + paragraph.length };
  const mention = actorMentions(text, tail, cb)[0];
  const name = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}/u.exec(text.slice(from, tail.end))?.[0];
  const speaker: Speaker | undefined = mention ? { kind: 'actor', actor: mention.actor, person: mention.person } : name ? known.get(name.split(/\s+/).pop()!) : undefined;
  if (!speaker) return null;
  const date = findDateMentions(text.slice(from, tail.end), { date: published, tense: 'past' }).find((m) => m.precision === 'day') ?? null;
  return { speaker, date: date && { edtf: date.edtf, earliest: date.earliest, latest: date.latest }, paragraph: paragraphIndex };
}

interface SignedQuote {
  speaker: Speaker;
  /** The day the signature names ("in Nagato on Thursday"), if it names one. */
  date: DatedValue | null;
  paragraph: number;
}

/** A paragraph that is a date and nothing else ("Thursday, Jan. 21, 2021", "21 January 2021"), read as a day. */
function dateHeading(text: string, at: number, published: string): DatedValue | null {
  const end = text.indexOf('\n\n', at);
  // (A heading's lines: "1. House of Representatives, Plenary Sitting" over "Thursday, Jan. 21, 2021".)
  for (const raw of text.slice(at, end < 0 ? text.length : end).split('\n')) {
    const line = raw.trim();
    if (line.length > 40 || !/\d/.test(line)) continue;
    const found = findDateMentions(line, { date: published, tense: 'past' });
    if (found.length !== 1 || found[0].precision !== 'day') continue;
    const rest = line.slice(0, found[0].start) + line.slice(found[0].end);
    if (/^[\s,.()-]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[\s,.()-]*)?$/i.test(rest)) return { edtf: found[0].edtf, earliest: found[0].earliest, latest: found[0].latest };
  }
  return null;
}

/** How many paragraphs from a poll's figures the story may say when it was taken (wires put it a few paragraphs down). */
const FIELDWORK_REACH = 6;

/** How long before its figures are told a poll may have been taken ("conducted in late May", published in June). */
const FIELDWORK_LAG_DAYS = 92;

// (A poll's, not a photograph's: "in this picture taken on Dec. 3, 2016".)
const FIELDWORK =
  /\b(?:survey|poll|study|questioning|interviews)\b[^.;]{0,60}?\b(?:was|were)\s+(?:conducted|carried out|taken|held|done|fielded)\b|(?<!\b(?:picture|photo|photograph|image|footage|video|snapshot)\s+)\b(?:conducted|carried out|fielded|taken)\s+(?:[^.;]{0,20}?\b)?(?:between|from|on|in|last|this|earlier)\b/i;

/**
 * A poll's figures were measured when the poll was taken: a figure dated by its publication
 * ("published on Friday") takes the fieldwork date the story gives nearby ("conducted in late May").
 */
function takenWhen(draft: Draft, fieldworks: { paragraph: number; date: DatedValue }[]): Draft {
  if (draft.type !== 'poll') return draft;
  // ("In a similar survey taken in 2016 ...; the latest poll was conducted from Friday through
  // Sunday": the figure published on Monday was taken by the poll fielded last before it.)
  // (Not a survey taken long before, which the story only compares with: its figures are its own.)
  const near = fieldworks
    .filter((f) => Math.abs(f.paragraph - draft.paragraph) <= FIELDWORK_REACH && f.date.latest < draft.date.earliest && daysBetween(f.date.latest, draft.date.earliest) <= FIELDWORK_LAG_DAYS)
    .sort((a, b) => b.date.latest.localeCompare(a.date.latest))[0];
  if (!near) return draft;
  return { ...draft, date: near.date };
}

/** The actor a byline names, unless it is a journalist's ("staff writer", "correspondent"). */
function bylineActor(author: string | undefined, cb: CompiledCodebook): Speaker | null {
  if (!author || JOURNALIST.test(author)) return null;
  for (const form of [author, author.toLowerCase()]) {
    const m = actorMentions(form, { start: 0, end: form.length }, cb)[0];
    if (m) return { kind: 'actor', actor: m.actor, person: m.person };
  }
  return null;
}

/** The actor whose voice an outlet's presenters speak in, by the codebook's outlet patterns. */
function outletVoice(article: ArticleForExtraction, cb: CompiledCodebook): Speaker | null {
  const where = `${article.outlet ?? ''} ${article.url ?? ''}`.trim();
  const actor = where ? cb.outletVoices.find((v) => v.pattern.test(where))?.actor : undefined;
  return actor ? { kind: 'actor', actor, person: true } : null;
}

/** A label in capitals too long for a label line ("RESIDENT OF YUZHNO-KURILSK (soundbite, name not given):"): someone else speaks. */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}\s.'’-]{3,}[^:\n]{0,120}:\s/u;

/** A transcript's label for the programme's own presenter ("HOST (Arkady Voronin):", "ANCHOR:"). */
const HOST_LABEL = /^\s*(?:host|presenter|anchor|anchorman|anchorwoman|newsreader|commentator)\b/i;

const JOURNALIST = /\b(?:staff|correspondent|reporter|writer|desk|editor|bureau|journalist|columnist|contributor|news)\b/i;

const NEWS_SOURCE =
  /\b(?:reported|reports|reporting|News|news agency|agency|newspaper|daily|Times|Post|Shimbun|broadcaster|Kyodo|Jiji|NHK|TASS|Interfax|RIA|Reuters|AFP|Xinhua|Yonhap)\b/;

// A list's bullet, as pages set them: a timeline entry or a list item may open with one.
const BULLET = '[*•·▪–—-]';
// (Or a year and a full stop, as some timelines set it: "1956. The joint declaration ends ...".)
const ENTRY_HEAD = new RegExp(`^(?:${BULLET}\\s*)?(?:([^\\n:]{1,32}?)\\s*(?:\\s[-–—]\\s|:\\s)|(1[5-9]\\d\\d|20\\d\\d)\\.\\s+(?=\\p{Lu}))`, 'u');
// (A person's name as news gives it, "Philip Crowley", not a dateline's "RIA NOVOSTI".)
const PERSONAL_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+$/u;
// (", a political scientist at ...", " of the Example Institute": an appositive that says who a named speaker is.)
const APPOSITIVE_AFTER = /^\s*(?:,|\(|of\b|from\b|at\b|who\b)/;
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)\b/;

export interface ArticleForExtraction {
  /** The article's stored text (already stripped of markup and boilerplate); offsets point into it. */
  text: string;
  /** ISO 8601; year-less and relative dates resolve against its date. */
  publishedAt: string;
  /** The byline: an op-ed or letter signed by an actor ("Sergey Lavrov", "the Residents League") speaks in its voice. */
  author?: string;
  /** The outlet's name and the article's address: a broadcaster's presenters may speak as an actor (the codebook's `outlets`). */
  outlet?: string;
  url?: string;
}

/**
 * Reads an article with a topic's codebook and returns the dated news events it reports: type,
 * date (EDTF with bounds), context, place, actors, summary, evidence with offsets, confidence and
 * stance signals. Pure: the same article and codebook always give the same events.
 */
export function extractNewsEvents(article: ArticleForExtraction, codebook: Codebook, tracer: Tracer = noTrace): ExtractedEvent[] {
  const cb = compile(codebook);
  const { text } = article;
  if (!cb.keywords.test(text)) return [];
  forgetDateScans();
  const published = article.publishedAt.slice(0, 10);
  // "We want all four of them returned", in a letter signed by a former residents' association.
  // ("PRESENTER: The Kurils were, are and will remain Russian" on a state broadcaster: its voice.)
  const hostVoice = outletVoice(article, cb);
  const authorVoice = bylineActor(article.author, cb);

  const drafts: Draft[] = [];
  // What the wording says of the islands themselves, held at publication: kept apart so that it
  // does not stand between an event and the clauses that go on with it.
  const standingDrafts: Draft[] = [];
  let frame: DatedValue | null = null;
  let lastPerson: PersonRef | null = null;
  const bodies = new Map<string, string>();
  const named: NamedSoFar = { lastBody: null, bodies, lastOrg: null, lastCollective: null };
  const collective = (actor: string) => cb.actorKind.get(actor) !== 'state';
  // Bodies of publics and groups, by head noun: "the league" is one of them, as a subject too.
  const publicBodies = new Map<string, string>();
  // A state's offices by the state last named with them: "the prime minister" after "Prime Minister Fumio Kishida".
  const offices = new Map<string, string>();
  let transcriptFrame: DatedValue | null = null;
  let interviewDate: DatedValue | null = null;
  let signed: SignedQuote | null = null;
  let frameParagraph = -1;
  // The frame a list's introduction set, which each of its items starts from; null outside a list.
  let listFrame: DatedValue | null = null;
  let inList = false;
  let backstory = false;
  let lastFrame: DatedValue | null = null;
  // When a new paragraph set a historical frame aside: the frames the story told before, latest last;
  // one comes back if the paragraph names an office-holder of its time.
  let setAside = false;
  const framesTold: DatedValue[] = [];
  let rallyPlace: string | null = null;
  let theyWere: string[] | null = null;
  let entryDate: DatedValue | null = null;
  const fieldworks: { paragraph: number; date: DatedValue }[] = [];
  let paragraphSpeaker: { paragraph: number; speaker: Speaker } | null = null;
  // The occasion each named speaker was last reported speaking on, by surname: an undated saying
  // of theirs later on is of the same occasion ("Kan had called the visit on Monday ... ¶ '...,'
  // Kan told a parliamentary committee"), not of a background day told between.
  const spokeOn = new Map<string, DatedValue>();
  // (The day a dateline gives is the filing's, no saying's occasion.)
  let filed: DatedValue | null = null;

  let paragraph = -1;
  let newsFrame: DatedValue | null = null;
  // The last day the news was told on: a coarser background date before it lasts one paragraph.
  let newsDay: DatedValue | null = null;
  let lastDay: DatedValue | null = null;
  let labelParagraph = -1;
  let labelSpeaker: Speaker | null = null;
  let lastAnswerer: Speaker | null = null;
  let dashQuestions = false;
  // "the morning press conference by Chief Cabinet Secretary Hirokazu Matsuno": whom "A:" is below.
  let host: Speaker | null = null;
  let answering = false;
  let lastActorSpeaker: Speaker | null = null;
  // An unnamed spokesperson or official of an actor who spoke last, and where.
  let officialBefore: { actor: string; paragraph: number } | null = null;
  let bodyBefore: string | null = null;
  const recentStates: string[][] = [];
  const stateCounts = new Map<string, number>();
  let lastPublic: string | null = null;
  let speechPast = false;
  let pollParagraph = -1;
  let pollDate: DatedValue | null = null;
  const doc = annotate(text, { negationExceptions: cb.language.negationExceptions });
  const years = yearMentions(text, cb);
  // People introduced with an actor's title, by surname: "Fujimura told reporters" later on.
  const known = new Map<string, Speaker>();
  for (const sentence of doc.sentences) {
    // A dated aside ("in January 1960, ...", "last November, ...") colours its own paragraph only:
    // a paragraph about the distant past does not date the paragraphs after it.
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      setAside = false;
      entryDate = timelineEntry(text, sentence.start, published);
      // (Though "The next day, ..." goes on from it: `lastFrame`.)
      // (So does a paragraph of backstory told in the pluperfect: "In September, Putin had startled Abe ...".)
      // (And so does a year or month of background told before the news day: "The trips began last year.")
      // (Not an item of a list the paragraph before introduced: "- The two states agreed to ...";
      // each item starts from that introduction's frame, not from the item before it.)
      const listItem = !entryDate && LIST_ITEM.test(text.slice(sentence.start, sentence.start + 3));
      if (!listItem) listFrame = null;
      else if (!inList && frameParagraph === paragraph - 1) listFrame = frame;
      inList = listItem;
      if (listItem && listFrame) {
        frame = listFrame;
        frameParagraph = paragraph;
      } else if (frame && (daysBetween(frame.latest, published) > HISTORICAL_AFTER_DAYS || (newsFrame && frame !== newsFrame && (backstory || coarseBefore(frame, newsDay))))) {
        lastFrame = frame;
        frame = newsFrame;
        setAside = true;
      }
      backstory = false;
      // ("TOKYO, Nov 1 (Example Press) - " in a wire updated through the day: a new dateline is a new story's day.)
      const dateline = datelineDay(text, sentence.start, published);
      if (dateline) {
        frame = filed = dateline;
        frameParagraph = paragraph;
        if (daysBetween(dateline.latest, published) <= HISTORICAL_AFTER_DAYS) newsFrame = newsDay = dateline;
      }
      signed = signedQuote(text, sentence.start, paragraph, cb, known, published);
      if (signed?.date) {
        frame = signed.date;
        frameParagraph = paragraph;
      }
      // ("Thursday, Jan. 21, 2021" on a line of its own, over a sitting's questions and answers: the
      // day of what follows, spoken or told.)
      const heading = dateHeading(text, sentence.start, published);
      if (heading) {
        frame = heading;
        frameParagraph = paragraph;
        if (transcriptFrame) transcriptFrame = heading;
        else interviewDate = heading;
      }
      // ("* NOVEMBER 2018 - Meeting in Singapore on the 14th, ...": the entry's date is its story's.)
      if (entryDate) {
        frame = { ...entryDate, at: sentence.start };
        frameParagraph = paragraph;
      }
    }
    const aliasMentions = actorMentions(text, sentence, cb);
    // ("In Hokkaido he will be remembered for six days in the spring of 1991. ¶ Gorbachev changed the
    // wording ...": a paragraph that opens on a holder of an office of the story's past goes on in that past.)
    // (Also a later sentence of that paragraph, while nothing else has dated it: "The result was a
    // compromise. In the joint statement, Gorbachev and Kaifu listed ...".)
    if (setAside) {
      const past = framesTold.findLast((f) => aliasMentions.some((m) => heldThen(cb.aliasByText.get(m.text), f, published)));
      if (past) {
        frame = past;
        frameParagraph = paragraph;
        setAside = false;
      }
    }
    // "a Rossiya-1 anchor ... The anchor told viewers": the broadcaster's people, by role, from the
    // sentence that names it on ("On a programme on state television, the host told viewers").
    for (const m of aliasMentions) if (cb.actorKind.get(m.actor) === 'media') for (const role of BROADCAST_ROLES) publicBodies.set(role, m.actor);
    const mentions = officeMentions(text, sentence, offices, bodyMentions(text, sentence, publicBodies, aliasMentions));
    const persons = personNames(text, sentence, cb);
    // A quotation may continue the last speaker in a paragraph of its own.
    if (paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph > 1) paragraphSpeaker = null;
    const sentenceStream = clauseStream(doc.tokens, sentence.tokenStart, sentence.tokenEnd, sentence, mentions);
    // Every template of the codebook is matched once per sentence, then filtered by clause.
    const matched = matchIndexed(cb.templates, sentenceStream);
    const sentenceMatches = (template: CompiledTemplate): TemplateMatch[] =>
      matched.get(template) ?? (cb.templates.has(template) ? NO_MATCHES : matchTemplate(template, sentenceStream));
    const sentenceCues = cuesMatched(matched, cb);
    const sentenceTypes = typedMatches(matched, cb);
    // "In Nemuro, about 250 people attended a rally. The rally adopted an appeal ...": where "the rally" was.
    if (sentenceTypes.some((t) => t.type === 'protest')) {
      // ("he was in Washington, so he sent a video message to the national rally in Tokyo": a place rallies are held.)
      const where = placeOf(text, sentence, cb, (place) => cb.ralliesAt.has(place));
      if (where) rallyPlace = where;
    }
    // Transcripts and interviews: "Zakharova: ...", "Q: ...", "A: ..." speak for the whole paragraph.
    // An interview in dashes ("- Is there any chance...?" / "- Today there are no conditions...")
    // answers for whom the story introduced as interviewed, and a first-person paragraph right
    // after an answer goes on with it.
    if (sentence.paragraph !== labelParagraph) {
      const previousAnswer: boolean = labelParagraph === sentence.paragraph - 1 && answering;
      labelParagraph = sentence.paragraph;
      // ("NOZDREV:" is the ambassador the introduction named.)
      // (A label speaks when the transcript was made: "HOSOKAWA", a host in 2025, is not the 1993 prime minister.)
      const byName = (name: string) => {
        const introduced = known.get(name);
        const alias = cb.aliasByText.get(name);
        const inOffice = alias && withinTerm(alias.from, alias.to, { earliest: published, latest: published }) ? alias.actor : undefined;
        return inOffice ?? (introduced?.kind === 'actor' ? introduced.actor : undefined);
      };
      // (A timeline entry's date is no speaker: "Oct. 19, 1956: Soviets pledge to return two islands".)
      const labelled = entryDate ? null : hostVoice && HOST_LABEL.test(labelOf(text, sentence)?.[1] ?? '') ? hostVoice : transcriptLabel(text, sentence, mentions, persons, byName);
      // ("- Is there any chance ...?" then "- Today there are no conditions ...": a dash answers
      // only after a dash has asked; before that, "- The two states agreed ..." is a list item.)
      const dashed = /^[-–—]\s/.test(text.slice(sentence.start, sentence.start + 2));
      if (dashed && labelled !== 'answer' && labelled?.kind === 'other') dashQuestions = true;
      const label = dashed && labelled === 'answer' && !dashQuestions ? null : labelled;
      if (label && !transcriptFrame) transcriptFrame = interviewDate ?? frame ?? dated(published.slice(0, 10));
      // "Maria Zakharova, at her weekly briefing on Wednesday:": a label that says when, dates what follows.
      const labelText = label && label !== 'answer' ? labelOf(text, sentence) : null;
      const labelDate = labelText ? datesIn(text, { start: sentence.start, end: sentence.start + labelText[1].length }, [], false, published, 'past', cb) : null;
      if (labelDate) transcriptFrame = labelDate;
      // (A speaker's label, "Maria Zakharova: ...", goes on the same way over first-person paragraphs.)
      const paragraphEnd = text.indexOf('\n\n', sentence.start);
      const firstPerson = FIRST_PERSON.test(stripQuotes(text, { start: sentence.start, end: paragraphEnd < 0 ? text.length : paragraphEnd }, sentence.quotes));
      // (A broadcaster's presenter goes on until the next label: a programme's transcript is all theirs.)
      const presenting = hostVoice?.kind === 'actor' && labelSpeaker?.kind === 'actor' && labelSpeaker.actor === hostVoice.actor;
      // (Not over a paragraph another label in capitals opens, even one too long to be read as a label.)
      const continued: boolean = previousAnswer && !label && !CAPITALS_LABEL.test(text.slice(sentence.start, sentence.start + 160)) && (firstPerson || presenting);
      answering = label === 'answer' || (label !== null && label.kind === 'actor') || continued;
      if (label === 'answer') labelSpeaker = lastAnswerer ?? host ?? lastActorSpeaker;
      // An interviewer's question reports as the story does ("In Singapore in 2018, Putin and Abe agreed ...?").
      else if (label) labelSpeaker = label;
      else if (!continued) labelSpeaker = null;
      if (label && label !== 'answer' && label.kind === 'actor') lastAnswerer = label;
    }
    if (!host) {
      const hosting = mentions.find((m) => HOSTED_BY.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)));
      if (hosting) host = { kind: 'actor', actor: hosting.actor, person: true };
    }
    // ("we sat down with Tetsuo Kamiyama, 87, chairman of the ... Residents League": whom the "A:" answers are.)
    if (!lastAnswerer && labelSpeaker === null) {
      const interview = INTERVIEWEE.exec(text.slice(sentence.start, sentence.end));
      const from = interview ? sentence.start + interview.index + interview[0].length : -1;
      const of = from >= 0 ? mentions.find((m) => m.start >= from && m.start - from < 120 && !insideAny(sentence.quotes, m.start)) : undefined;
      if (of) lastAnswerer = { kind: 'actor', actor: of.actor, person: true };
    }
    for (const [name, who] of introducedPersons(text, persons, mentions, cb.speech.role)) known.set(name, who);
    // ("On state television, host Arkady Voronin told viewers ...": a presenter of the broadcaster the sentence names speaks for it.)
    const broadcaster = mentions.find((m) => cb.actorKind.get(m.actor) === 'media' && !insideAny(sentence.quotes, m.start));
    if (broadcaster) {
      for (const p of persons) {
        if (BROADCAST_TITLE.test(text.slice(Math.max(sentence.start, p.start - 24), p.start))) known.set(p.text.split(/\s+/).pop()!, { kind: 'actor', actor: broadcaster.actor, person: true });
      }
    }
    const attribution = attribute(text, sentence, sentenceStream, sentenceMatches, cb.speech, mentions, persons, lastPerson, collective, known, named);
    let speaker: Speaker | null = attribution?.speaker ?? labelSpeaker;
    // ('A State Department spokesman said ... ¶ "...," Philip Crowley told a briefing': a name given
    // bare right after an unnamed spokesperson is that spokesperson, not an outsider.)
    const spokesperson = officialBefore && sentence.paragraph - officialBefore.paragraph <= 1 ? officialBefore.actor : null;
    const outsider = attribution?.speaker.kind === 'other' ? attribution.speaker.name : null;
    const bareName = spokesperson && outsider ? persons.find((p) => p.text === outsider) : undefined;
    if (spokesperson && bareName && !APPOSITIVE_AFTER.test(text.slice(bareName.end, bareName.end + 12)) && !anyPerson(mentions)) {
      speaker = { kind: 'actor', actor: spokesperson, person: true };
      known.set(bareName.text.split(/\s+/).pop()!, speaker);
    }
    // ("ANCHOR: In Moscow today Lavrov received Kono for the first round of treaty talks": a presenter
    // reading the news tells in the past what a state did; the presenter's own view is in the present.)
    if (
      !attribution &&
      hostVoice?.kind === 'actor' &&
      speaker?.kind === 'actor' &&
      speaker.actor === hostVoice.actor &&
      mentions.some((m) => m.preposition === null && cb.actorKind.get(m.actor) === 'state' && !insideAny(sentence.quotes, m.start)) &&
      tenseOf(stripQuotes(text, sentence, sentence.quotes)) === 'past'
    ) {
      speaker = null;
    }
    // "Japan will continue the talks, Kyodo News reported": a news outlet is the source, not a
    // commentator; the actor the report is about speaks.
    if (attribution && speaker?.kind === 'other' && NEWS_SOURCE.test(`${speaker.name} ${text.slice(attribution.verb.start, attribution.verb.end)}`)) {
      const about = mentions.find((m) => m.preposition === null && !insideAny(sentence.quotes, m.start) && m.end <= attribution.verb.start);
      speaker = about ? { kind: 'actor', actor: about.actor, person: about.person } : null;
    }
    if (!speaker && paragraphSpeaker && opensInQuote(text, sentence)) speaker = paragraphSpeaker.speaker;
    // ('"..." - Vladimir Putin, in an interview aired on Tuesday': the quotation's signature.)
    const signedHere = !attribution && signed?.paragraph === sentence.paragraph;
    if (signedHere) speaker = signed!.speaker;
    // ("We are for a peace treaty ... So let us say it plainly, from this studio": a state outlet's own
    // narration in the first person is the outlet's voice, as a byline's is its author's.)
    const ownVoice = authorVoice ?? hostVoice;
    if (!speaker && ownVoice && FIRST_PERSON.test(stripQuotes(text, sentence, sentence.quotes))) speaker = ownVoice;
    // ('Then came the sentence officials had prepared: "Our policy ... remains unchanged."': a
    // quotation a colon introduces, with no one else named to say it, is the last speaker's.)
    if (!speaker && lastPerson?.kind === 'actor' && COLON_QUOTE.test(text.slice(sentence.start, sentence.end)) && !mentions.some((m) => m.preposition === null && !insideAny(sentence.quotes, m.start))) speaker = lastPerson;
    if (attribution?.speaker.kind === 'actor') lastActorSpeaker = attribution.speaker;
    if (attribution) paragraphSpeaker = { paragraph: sentence.paragraph, speaker: attribution.speaker };
    else if (speaker && paragraphSpeaker) paragraphSpeaker = { paragraph: sentence.paragraph, speaker };
    if (attribution) speechPast = tenseOf(text.slice(Math.max(sentence.start, attribution.verb.start - 12), attribution.verb.end)) === 'past';
    else if (signedHere) speechPast = true;
    else if (!speaker) speechPast = false;
    // Reported speech after "said that" / inside quotes belongs to the speaker, not to the sentence's subject.
    // A transcript's answer or a quote continuing a speaker is the speaker's from its first word.
    const reportedFrom = attribution ? complementStart(text, sentence, attribution.verb, published) : speaker?.kind === 'actor' ? sentence.start : sentence.end;
    const sayer = attribution?.speaker.kind === 'actor' && attribution.speaker.person ? speakerName(text, sentence, attribution.verb, persons, mentions) : null;
    const occasion = sayer ? spokeOn.get(sayer) : undefined;
    if (occasion && frame && occasion.earliest > frame.latest && frameParagraph !== paragraph && !mayHoldADate(stripQuotes(text, sentence, sentence.quotes))) {
      frame = occasion;
      frameParagraph = paragraph;
    }

    // The story's state changes only between sentences: who "both sides" are is read once per sentence.
    // "The nationwide survey was conducted in late May": when a poll was taken, not published.
    const fieldwork = FIELDWORK.test(text.slice(sentence.start, sentence.end)) ? datesIn(text, sentence, sentence.quotes, false, published, 'past', cb) : null;
    if (fieldwork) fieldworks.push({ paragraph: sentence.paragraph, date: fieldwork });
    const nearbyStates = twoSides(mentions, recentStates, stateCounts, cb);
    // "Abe said he was determined to sign a treaty; Putin said Russia, too, wanted one": a part of
    // the sentence after a semicolon has its own speaker when it names one.
    let part: { speaker: Speaker | null; reportedFrom: number; speechAt: number | null } = { speaker, reportedFrom, speechAt: attribution?.verb.start ?? null };
    // A sentence that matches no cue or event type and names no date yields no event and moves no
    // frame: its clauses need no reading (most sentences of an article are such).
    // "The two leaders met on Sept. 7, when they confirmed ...": a later clause's "they" is this sentence's plural subject.
    const pluralHere = pluralStatesSubject(text, sentence, mentions, nearbyStates, cb, lastPerson);
    const idle = matched.size === 0 && !mayHoldADate(sentence.text) && !cb.eras.some((e) => e.regex.test(sentence.text)) && !cb.annualDays.some((a) => a.regex.test(sentence.text));
    // (What the wording says of the islands is read once per sentence, across its clauses:
    // "islands controlled by Russia but claimed by Japan".)
    let standingRead = false;
    let dayHere: DatedValue | null = null;
    for (const clause of idle ? [] : clauses(sentence)) {
      // ("Tokyo calls the takeover unlawful, while Moscow says the islands became Russian lawfully":
      // a contrasting clause that names its own sayer speaks for it.)
      const contrast = attribution && clause.start > attribution.verb.start && CONTRAST_OPENS.test(text.slice(clause.start, clause.end));
      if (attribution && clause.start > attribution.verb.start && (contrast || /;\s*$/.test(text.slice(sentence.start, clause.start)))) {
        const span = { start: clause.start, end: sentence.end, quotes: sentence.quotes };
        const own = attribute(text, span, sentenceStream, sentenceMatches, cb.speech, mentions, persons, lastPerson, collective, known, named);
        if (own) part = { speaker: own.speaker, reportedFrom: complementStart(text, span, own.verb, published), speechAt: own.verb.start };
        else if (!contrast) part = { speaker: null, reportedFrom: sentence.end, speechAt: null };
      }
      // ("..., when asked about a Japanese government paper which said Tokyo ...": a saying in a
      // relative clause on an actor's noun speaks for that actor, in this clause only.)
      const relative = attribution && clause.start > attribution.verb.end ? relativeSaying(text, clause, mentions) : null;
      const said = relative ? { speaker: relative.speaker, reportedFrom: relative.verb.end, speechAt: relative.verb.start } : part;
      // A transcript's answers are spoken when the transcript opened ("Friday, July 3"), not
      // when the last question's story happened ("when the lower house approved it on June 11").
      const speechFrame = !attribution && speaker && speaker === labelSpeaker && transcriptFrame ? transcriptFrame : frame;
      const clauseInput: ClauseInput = {
        text, cb, sentence, clause, tokens: doc.tokens, mentions, published: entryDate ? entryDate.latest : published, issued: published, frame: speechFrame, lastFrame, frameSetAside: setAside && clause.start === sentence.start, lastDay, frameHere: frameParagraph === sentence.paragraph, years, lastPerson,
        // (An answer's own story goes on from the date an earlier clause of it gave.)
        storyFrame: speechFrame !== frame && frameParagraph === sentence.paragraph ? frame : null,
        // An interviewer's question reports as the story does ("In Singapore in 2018, Putin and Abe agreed ..."),
        // and so do a broadcast's anchor and reporters ("ANCHOR (Tokyo):", "Reporter (Buenos Aires)").
        speaker: said.speaker?.kind === 'other' && (said.speaker === labelSpeaker || !attribution) && NEWS_VOICE.test(said.speaker.name) ? null : said.speaker,
        lastPublic,
        bodyBefore,
        rallyPlace,
        speechPast,
        sentenceMatches,
        sentenceCues,
        sentenceTypes,
        inPoll: pollParagraph >= 0 && sentence.paragraph - pollParagraph <= 3,
        pollDate,
        entryDate,
        answer: !attribution && speaker !== null && speaker === labelSpeaker && speaker.kind === 'actor' && transcriptFrame !== null,
        nearbyStates: [...nearbyStates],
        theyWere: clause.start > sentence.start && pluralHere ? pluralHere : theyWere,
        reportedFrom: Math.max(clause.start, Math.min(said.reportedFrom, clause.end)),
        speechAt: said.speechAt,
        explain: tracer.clause !== undefined,
      };
      const draft = readClause(clauseInput);
      const standing = standingRead ? [] : standingSignals({ ...clauseInput, clause: { start: sentence.start, end: sentence.end } });
      standingRead = true;
      if (standing.length) {
        standingDrafts.push({
          type: 'statement', date: dated(published), ownDate: true, context: [], actors: [...new Set(standing.map((x) => x.actor))], stances: standing,
          sentence: { start: sentence.start, end: sentence.end }, paragraph: sentence.paragraph, attributed: true,
        });
      }
      // "Nozdrev spoke to The World Tonight on Thursday": when the interview below took place.
      if (draft.frame && !transcriptFrame && INTERVIEWED.test(text.slice(clause.start, clause.end))) interviewDate = draft.frame;
      if (draft.frame) {
        if (draft.frame.earliest === draft.frame.latest) dayHere = draft.frame;
        setAside = false;
        backstory = PLUPERFECT.test(stripQuotes(text, clause, sentence.quotes));
        frame = draft.frame;
        frameParagraph = sentence.paragraph;
        framesTold.push(frame);
        // ("the first time since 1950": a long period up to now is no day of the news either.)
        if (daysBetween(frame.latest, published) <= HISTORICAL_AFTER_DAYS && !coarseBefore(frame, newsDay) && daysBetween(frame.earliest, published) <= HISTORICAL_AFTER_DAYS) newsFrame = frame;
        if (frame.earliest === frame.latest && daysBetween(frame.latest, published) <= HISTORICAL_AFTER_DAYS) newsDay = frame;
        if (frame.earliest === frame.latest) lastDay = frame;
      }
      for (const made of [draft.document, draft.provided, draft.event]) if (made) drafts.push({ ...made, date: ofKnownDocument(made.date, text, sentence, cb) });
      // ("Tokyo will speed up the talks, in line with an agreement Abe and Putin reached in Singapore
      // in November": the agreement's makers held what it provides when they made it.)
      const recalled = draft.event && draft.event.context.length === 0 ? recalledAgreement(text, clause, mentions, draft.event.stances, published, cb, nearbyStates) : null;
      if (recalled) drafts.push({ ...draft.event!, ...recalled, ownDate: true });
      // (The last day the story named, a subordinate clause's too: "since Russia announced on March 21 ...".)
      if (draft.event?.ownDate && draft.event.date.earliest === draft.event.date.latest && draft.event.date.latest <= published) lastDay = draft.event.date;
      if (draft.event?.type === 'poll') {
        if (pollParagraph < 0 || sentence.paragraph - pollParagraph > 3 || draft.event.ownDate) pollDate = draft.event.date;
        pollParagraph = sentence.paragraph;
      }
      tracer.clause?.({
        text: text.slice(clause.start, clause.end),
        speaker,
        frame: speechFrame?.edtf ?? null,
        event: draft.event ? { type: draft.event.type, date: draft.event.date.edtf, context: draft.event.context, stances: draft.event.stances } : undefined,
        why: draft.why,
      });
    }
    // ("Abe said that ... ¶ Abe's remarks at a news conference on Monday came a day after ...": the
    // day the remarks were made dates the sayings told before it with no date of their own.)
    const remarks = dayHere && dayHere.latest <= published ? REMARKS_MADE.exec(stripQuotes(text, sentence, sentence.quotes)) : null;
    if (remarks && dayHere) {
      const whose = new Set(mentions.filter((m) => m.start < sentence.start + remarks.index + remarks[0].length).map((m) => m.actor));
      if (lastPerson?.kind === 'actor' && /^(?:his|her|their|the)\b/i.test(remarks[0])) whose.add(lastPerson.actor);
      for (const d of drafts) {
        if (d.sentence.start < sentence.start && d.paragraph >= sentence.paragraph - 2 && !d.ownDate && d.date.edtf === published && d.actors.some((a) => whose.has(a))) d.date = dayHere;
      }
    }
    if (sayer && frame && frame !== filed) spokeOn.set(sayer, frame);
    // "An official who sailed with the group told reporters ...": an unnamed speaker no actor was
    // found for is still whom "He said" means next, not someone named paragraphs before.
    const unnamed = !attribution && UNNAMED_SPEAKER.exec(stripQuotes(text, sentence, sentence.quotes));
    // ("A Cabinet Office official told reporters ...": a person of the institution, whom "He" is next.)
    const official =
      attribution?.speaker.kind === 'actor' && !attribution.speaker.person && PERSON_ROLE.test(text.slice(sentence.start, attribution.verb.start)) ? attribution.speaker.actor : null;
    if (official) lastPerson = { kind: 'actor', actor: official, person: true };
    else if (unnamed) {
      const of = mentions.find((m) => m.start < sentence.start + unnamed[0].length && m.preposition === null);
      lastPerson = of ? { kind: 'actor', actor: of.actor, person: true } : { kind: 'other', name: 'unnamed' };
    }
    else lastPerson = nextPerson(speaker?.kind === 'other' && !attribution && speaker === labelSpeaker ? null : speaker, mentions) ?? roleOfActor(text, mentions) ?? anyPerson(mentions) ?? lastPerson;
    // (Unnamed: no name before the saying but those of the actors themselves, "the U.S. Department of State".)
    const nameBefore = (before: number) =>
      persons.some((p) => p.start < before && PERSONAL_NAME.test(p.text) && !mentions.some((m) => m.start <= p.start && p.end <= m.end)) || mentions.some((m) => m.person && m.start < before);
    officialBefore = official && attribution && !nameBefore(attribution.verb.start) ? { actor: official, paragraph: sentence.paragraph } : attribution ? null : officialBefore;
    const body = mentions.find((m) => m.preposition === null && !m.person && !insideAny(sentence.quotes, m.start));
    if (body) named.lastBody = { kind: 'actor', actor: body.actor, person: false };
    // ("... issued a statement. It urged ...", '"...," the resolution reads. It also called ...': whom "It" means next.)
    bodyBefore = body?.actor ?? (speaker?.kind === 'actor' && !speaker.person ? speaker.actor : null);
    const org = mentions.findLast((m) => !m.person && !insideAny(sentence.quotes, m.start) && !cb.aliasByText.get(m.text)?.place);
    if (org) named.lastOrg = org.actor;
    const group = mentions.findLast((m) => collective(m.actor) && !insideAny(sentence.quotes, m.start));
    if (group) named.lastCollective = group.actor;
    for (const m of mentions) if (cb.actorKind.get(m.actor) === 'state') for (const office of officesOf(text, m)) offices.set(office, m.actor);
    for (const m of mentions) {
      if (m.person) continue;
      // "the Chishima Habomai Islands Residents League" is "the league" later on; so is "an
      // association of former residents" "the association".
      for (const { head, organised } of bodyHeads(text, m)) {
        bodies.set(head, m.actor);
        if (organised && cb.actorKind.get(m.actor) !== 'state') publicBodies.set(head, m.actor);
      }
    }
    // "The two leaders met ...", "Abe and Putin agreed ...": whom a "they" in the next sentence means.
    // (A sentence that names no actor, "Kenji, remind us what they agreed.", leaves them as they were.)
    theyWere = pluralHere ?? (mentions.length === 0 ? theyWere : null);
    recentStates.push(mentions.map((m) => m.actor));
    for (const m of mentions) if (cb.actorKind.get(m.actor) === 'state') stateCounts.set(m.actor, (stateCounts.get(m.actor) ?? 0) + 1);
    lastPublic = mentions.findLast((m) => cb.actorKind.get(m.actor) === 'public')?.actor ?? lastPublic;
    if (recentStates.length > 2) recentStates.shift();
  }

  return mergeDrafts(withoutHeadlineRepeats([...drafts.map((d) => takenWhen(d, fieldworks)), ...standingDrafts], text)).map((draft) => finish(draft, text, published));
}

/**
 * "Putin says Russia won't give up Kurils ¶ MOSCOW, June 20 - President Vladimir Putin said on
 * Thursday that ...": a headline's stances that the story goes on to tell are the story's, with its
 * date; the headline, dated only by publication, does not repeat them.
 */
function withoutHeadlineRepeats(drafts: Draft[], text: string): Draft[] {
  const firstBreak = text.search(/\n\s*\n/);
  if (firstBreak < 0) return drafts;
  const first = text.slice(0, firstBreak).trim();
  if (!first || first.length > 160 || /[.!?]["”'’)]?$/.test(first) || first.includes('\n')) return drafts;
  const isHeadline = (d: Draft) => d.paragraph === 0;
  const key = (x: ExtractedStance) => `${x.actor}|${x.question}|${x.position}`;
  const told = new Set(drafts.filter((d) => !isHeadline(d)).flatMap((d) => d.stances.map(key)));
  if (!told.size) return drafts;
  return drafts.map((d) => (isHeadline(d) ? { ...d, stances: d.stances.filter((x) => !told.has(key(x))) } : d));
}







/**
 * An agreement a clause says it follows, with its makers and its date: "in line with an agreement
 * Prime Minister Abe and President Putin reached in Singapore in November", "on the basis of the
 * understanding the two leaders struck in 2018". What the clause says of the talks and of the 1956
 * declaration is what the agreement provided, held by its makers on its date.
 */
function recalledAgreement(
  text: string,
  clause: Span,
  mentions: Mention[],
  stances: ExtractedStance[],
  published: string,
  cb: CompiledCodebook,
  nearbyStates: string[],
): Pick<Draft, 'date' | 'actors' | 'stances'> | null {
  const m = RECALLED_AGREEMENT.exec(text.slice(clause.start, clause.end));
  if (!m) return null;
  const makersFrom = clause.start + m.index + m[0].length - m[1].length - m[2].length;
  const makersTo = makersFrom + m[1].length;
  const named = [...new Set(mentions.filter((x) => x.start >= makersFrom && x.end <= makersTo).map((x) => x.actor))];
  const makers = named.length >= 2 ? named : /\b(?:two|both|our|their)\s+(?:leaders|sides|countries|governments)\b/i.test(m[1]) && nearbyStates.length === 2 ? nearbyStates : [];
  if (makers.length < 2) return null;
  // (The date after the verb: "reached in Singapore in November".)
  const date = datesIn(text, { start: makersTo, end: Math.min(clause.end, makersTo + m[2].length + 40) }, [], false, published, 'past', cb);
  if (!date || date.latest >= published) return null;
  // What the clause says of the talks and their basis, once per position, for each maker.
  const provided = new Map<string, ExtractedStance>();
  for (const x of stances) if (RECALLED_QUESTIONS.has(x.question) && makers.includes(x.actor) && !provided.has(`${x.question}/${x.position}`)) provided.set(`${x.question}/${x.position}`, x);
  if (!provided.size) return null;
  return { date, actors: makers, stances: makers.flatMap((actor) => [...provided.values()].map((x) => ({ ...x, actor }))) };
}

// (The makers, then the verb and what follows up to a date.)
const RECALLED_AGREEMENT =
  /\b(?:in\s+line\s+with|in\s+accordance\s+with|on\s+the\s+basis\s+of|based\s+on|under|following|pursuant\s+to)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:agreement|accord|understanding|deal)s?\s+((?:(?:[\p{Lu}][\p{L}.'’-]*|and|the|two|both|our|their|leaders|sides)\s+){1,12}?)((?:had\s+)?(?:reached|struck|made|sealed|agreed)\b)/u;
/** What an agreement recalled this way provides: the talks and their basis. */
const RECALLED_QUESTIONS = new Set(['peace-treaty', 'basis-1956']);

/**
 * The surname of the person a saying is attributed to, when it stands right by the verb: "Kan told",
 * "said Matsuno", "Chief Cabinet Secretary Hirokazu Matsuno told reporters".
 */
function speakerName(text: string, sentence: Span, verb: Span, persons: PersonName[], mentions: Mention[]): string | null {
  const before = /([\p{Lu}][\p{L}'’-]+)\s+(?:(?:also|later|then|again|further)\s+)?$/u.exec(text.slice(Math.max(sentence.start, verb.start - 40), verb.start))?.[1];
  const after = /^\s+([\p{Lu}][\p{L}'’-]+)\b/u.exec(text.slice(verb.end, Math.min(sentence.end, verb.end + 40)))?.[1];
  const isPerson = (word: string) => persons.some((p) => p.text.split(/\s+/).pop() === word) || mentions.some((m) => m.person && m.text.split(/\s+/).pop() === word);
  return [before, after].find((word) => word !== undefined && isPerson(word)) ?? null;
}

/** The event-type templates' matches among a sentence's, in the codebook's order of types, templates and matches. */
function typedMatches(matched: Map<CompiledTemplate, TemplateMatch[]>, cb: CompiledCodebook): { type: EventType; match: TemplateMatch }[] {
  const found: { type: EventType; match: TemplateMatch; order: number }[] = [];
  for (const [template, matches] of matched) {
    const typed = cb.eventTypeOf.get(template);
    if (typed) for (const match of matches) found.push({ type: typed.type, match, order: typed.order });
  }
  // A stable sort: a template's matches stay in text order.
  return found.sort((a, b) => a.order - b.order).map(({ type, match }) => ({ type, match }));
}

/**
 * What someone who is no party recounts as done ("Then in November, in Singapore, the two leaders
 * agreed to ...", said a former ambassador): the acts of the parties it tells, not the teller's view.
 * Only what is told in the past, outside quotation marks, with no hedge.
 */
function recounted(input: ClauseInput, mentions: Mention[], type: EventType | undefined, subject: string | null): ExtractedStance[] {
  const { text, clause, sentence, cb } = input;
  // (After "X said", what X said; a transcript's answer is all its own.)
  const content = input.reportedFrom < clause.end ? { start: Math.max(clause.start, input.reportedFrom), end: clause.end } : clause;
  if (content.end <= content.start) return [];
  const told = stripQuotes(text, content, sentence.quotes);
  // ("Since the vote in July 2020, Russia's constitution forbids ...": what a dated law provides is its state's.)
  const law = RECOUNTED_LAW.test(told) && mayHoldADate(told);
  if (!law && mainTense(text, content, sentence.quotes, cb.relative) !== 'past') return [];
  if (hypothetical(told, cb.hypothetical) || !(law || RECOUNTED_ACT.test(told))) return [];
  return stanceSignals({ ...input, speaker: null }, mentions, type, subject).filter((s) => s.evidence !== undefined && s.evidence.start >= content.start && !insideAny(sentence.quotes, s.evidence.start));
}

const RECOUNTED_LAW = /\b(?:constitution|law|amendments?|bluebook)\b[^.;]{0,40}\b(?:forbids|bans|prohibits|bars|outlaws|declares|describes|calls)\b/i;

const RECOUNTED_ACT = /\b(?:agreed|signed|pledged|proposed|promised|confirmed|declared|announced|adopted|concluded|offered|suspended|broke off|halted|withdrew)\b/i;

const DOCUMENT_STATES =
  new RegExp(String.raw`^\s*(?:The|That|This|Its|the|that|this|its)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|treaty|agreement|document|statement|accord|text)\b[^.;]{0,60}?\b(?:states|stated|says|said|stipulates|stipulated|provides|provided|envisages|envisaged|specifies|specified|notes|noted|${DOCUMENT_CONTAINS})\s+that\b`, 'u');

/**
 * The term of the clause's subject (a mention before the cue, outside quotes, with no preposition),
 * when its alias, not a person's, has one (from and to) that ended before `told` and it holds every
 * stance: "1945/1991-12" for "the Soviet Union".
 */
function termOfSubject(mentions: Mention[], stances: ExtractedStance[], cueAt: number, quotes: Span[], told: DatedValue, cb: CompiledCodebook): DatedValue | null {
  for (const m of mentions) {
    if (m.start >= cueAt || m.preposition !== null || insideAny(quotes, m.start)) continue;
    const alias = cb.aliasByText.get(m.text.replace(/['’]s$/, ''));
    if (!alias?.from || !alias.to || alias.person || !stances.every((x) => x.actor === alias.actor) || withinTerm(alias.from, alias.to, told)) continue;
    return dated(`${alias.from}/${alias.to}`);
  }
  return null;
}

const CONTRAST_OPENS = /^\s*(?:while|whereas)\s/i;

const BROADCAST_TITLE = new RegExp(`\\b(?:${BROADCAST_ROLES.join('|')}|newsreader)\\s+$`, 'i');

const POSSESSIVE_DATE = /^(?:(?:last|this|next|the\s+previous)\s+)?[\p{L}\d]+['’]s\s/u;

const VIEW_IS_THAT = /^[^,;"“]*?\b(?:line|position|view|stance|argument|contention|belief|insistence)\s+(?:is|remains)\s+that\s/i;

/**
 * "Japan's Foreign Ministry released its Bluebook. The government has been negotiating ...": a clause
 * opening on "the government", naming no country, after a sentence whose body was a state.
 */
function governmentBefore(input: ClauseInput, mentions: Mention[]): boolean {
  const { text, clause, cb, bodyBefore } = input;
  return THE_GOVERNMENT.test(text.slice(clause.start, clause.end)) && !!bodyBefore && cb.actorKind.get(bodyBefore) === 'state' && !mentions.some((m) => m.preposition === null && m.start < clause.start + 40);
}

const THE_GOVERNMENT = /^\s*The\s+(?:government|administration|cabinet)\s+(?!of\b|in\b)/;

/** A saying in the present perfect, before the cue: "have stated that", "has repeatedly said". */
const HAVE_SAID = /\b(?:has|have)\s+(?:(?:long|also|repeatedly|consistently|previously|already|often|both)\s+)?(?:said|stated|declared|made\s+(?:it\s+)?clear|insisted|stressed|emphasi[sz]ed|reiterated)\b/i;

const AS_RECALLED = /^[\s,]*(?:just\s+)?as\s+(?:the|both|he|she|they|we|[A-Z][a-z]+)\b/;

const IT_ACTED =
  /^\s*It\s+(?:also\s+|further\s+|then\s+|again\s+|later\s+)?(?!(?:is|was|has|had|will|would|seems|seemed|remains|remained|appears|appeared|may|might|could|can|must|should|took|takes|comes|came|goes|went|means|meant|needs|needed)\b)[a-z]{3,}(?:ed|s)\b/;

// ("Moscow wants a peace treaty but will not give up the islands": a refusal in the future tense is held now.)
// (So is a condition: "Japan will not sign a peace treaty unless the territorial issue is resolved".)
const INTENT_NOW =
  /\b(?:(?:does|do)\s+not|doesn't|don't|has\s+no|have\s+no)\s+(?:intend|intention|plans?|want|wish|desire)\b|\b(?:intends|aims|hopes|wants|wishes|seeks|(?:is|are)\s+(?:determined|ready|prepared|willing|eager|keen))\s+to\b|(?:\bwill\s+(?:not|never)|\bwon['’]t)\s+(?:give\s+up|hand\s+over|cede|return|accept|recogni[sz]e|agree|allow|abandon|renounce|compromise|drop)\b|(?:\bwill\s+(?:not|never)|\bwon['’]t)\s+(?:sign|conclude)\b[^.;]*\b(?:unless|until|before|without)\b/i;

function readClause(input: ClauseInput): { event?: Draft; document?: Draft; provided?: Draft; frame?: DatedValue; why?: string } {
  const { text, cb, sentence, clause, published, speaker } = input;
  const quotes = sentence.quotes;
  // After "X said (that)" comes what X said; the event is the saying, dated by the narrative.
  const reported = input.reportedFrom < clause.end;
  const narrative = reported ? { start: clause.start, end: input.reportedFrom } : clause;
  // "No treaty followed, and Tokyo has maintained ...": the saying's tense is its own conjunct's.
  const conjunct = reported ? [...text.slice(narrative.start, narrative.end).matchAll(/[,;]\s+(?:and|but|while|whereas|yet)\s/g)].pop() : undefined;
  const tensed = conjunct ? { start: narrative.start + conjunct.index + conjunct[0].length, end: narrative.end } : narrative;
  const narrativeWords = stripQuotes(text, narrative, quotes);
  // What a speaker entertains ("could", "if") is part of what they said, not a hedge on the event.
  const mainSpan = narrative.end > narrative.start ? narrative : clause;
  const main = mainPart(mainSpan === narrative ? narrativeWords : stripQuotes(text, clause, quotes), cb.relative);
  // (Without a conjunct the tense is the same main part's: it is read once.)
  const tenseSpan = tensed.end > tensed.start ? tensed : clause;
  // ("The moment the talks ran aground can be dated: January 14, the first round ...": a clause
  // without a verb is told in its sentence's tense.)
  // (A verb the tense words do not know is still a verb: "however, Japan disputes the ownership of ...".)
  const verbless =
    clause.start > sentence.start &&
    tenseMarkers(stripQuotes(text, clause, quotes)).length === 0 &&
    !input.tokens.some((t) => t.pos === 'VERB' && t.start >= clause.start && t.end <= clause.end && !insideAny(quotes, t.start));
  const grammatical = verbless
    ? mainTense(text, { start: sentence.start, end: clause.start }, quotes, cb.relative)
    : tenseSpan === mainSpan
      ? tenseOfMain(text, tenseSpan, main)
      : mainTense(text, tenseSpan, quotes, cb.relative);
  // "Tokyo has long insisted": a standing position, current at publication rather than at the last date told.
  // (A demand is read as a saying, its object as what is said: the clause tells that it stands.)
  // (Not a comment set after the clause in apposition: "Moscow agreed to hand over two islands, a
  // promise Putin has repeatedly called binding" tells of 1956.)
  const standing =
    grammatical === 'past' && (longstanding(narrativeWords.replace(APPOSITIVE_COMMENT, '').replace(STILL_APPOSITIVE, ',')) || (narrative.end < clause.end && EVER_SINCE.test(stripQuotes(text, clause, quotes))));
  // ("Japan wants all four back and has shown no interest in ...": a present beside a present perfect is now.)
  const nowPerfect = grammatical === 'past' && !standing && !verbless && presentPerfect(main) && tenseMarkers(main).some((m) => m.kind === 'present');
  // ("Moscow's line is that the islands became Russian as a result of the war": the view is held now.)
  const viewNow = grammatical === 'past' && !standing && VIEW_IS_THAT.test(narrativeWords);
  const mainTold = standing || nowPerfect || viewNow ? 'present' : grammatical;
  // ("The prime minister should press for the two islands first": the article's own advice, no one's stance.)
  const isHypothetical = hypothetical(main, cb.hypothetical);
  const advice = speaker === null && !reported && ADVICE.test(main) && !pollSentence(input);
  const mentions = input.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  // ("In 2016 Abe offered a plan, and in December that year he and Putin agreed ...": the person
  // an earlier clause of the sentence named first is whom "he" means.)
  const namedEarlier = input.mentions.find((m) => m.person && m.preposition === null && m.start >= sentence.start && m.end <= clause.start && !insideAny(quotes, m.start));
  const subject =
    pronounSubject(text.slice(clause.start, clause.end), namedEarlier ? { kind: 'actor', actor: namedEarlier.actor, person: true } : input.lastPerson) ??
    // ("The residents' league issued a statement. It urged the government to ...": "It" acting is the body last named.)
    (clause.start === sentence.start && (IT_ACTED.test(text.slice(clause.start, clause.end)) || governmentBefore(input, mentions)) ? (input.bodyBefore ?? null) : null);
  // A poll's figures run over several clauses ("54 percent wanted ..., while 29 percent said ...").
  const type = pollSentence(input)
    ? { type: 'poll' as EventType, negated: false }
    : reported
      ? (eventType(input, narrative) ?? { type: 'statement' as EventType, negated: false })
      : eventType(input, clause);

  // A stance the clause states in the negative ("does not intend to continue the talks") is a
  // stance, not a denial of the event.
  const stated = speaker?.kind !== 'other' ? stanceSignals(input, mentions, type?.type, subject) : recounted(input, mentions, type?.type, subject);
  // ("The remarks are likely to anger Japan, which lays claim to the islands": what a relative
  // clause on an actor states is told in its own tense, not in the main clause's.)
  // (Nor is what a clause after "since"/"after" tells: "The meeting will be the first since the
  // leaders agreed last month to speed up the talks".)
  // ("Back then the leaders agreed that both sides will accelerate the talks": what was agreed
  // then, in the future of the agreement, is the agreement's, as with "would".)
  const tense = (mainTold === 'future' && (relativeTense(text, clause, stated, quotes, mentions) ?? subordinatePast(text, clause, stated) ?? agreedThat(text, clause, stated))) || mainTold;
  const isFuture = tense === 'future';
  // "We will keep asking for their return," Kan said: an intention a party states is a stance it
  // holds when it says so; a visit the story says will happen is a future event.
  // So is what a dated document provides ("the 1956 declaration says Moscow will hand over...").
  // ("That declaration, signed in October 1956, states that the Soviet Union would hand over ...": any document named as the subject.)
  // ("the 1956 declaration, under which Moscow is to return two islands": a relative clause on a dated document too.)
  const provides =
    stated.length > 0 &&
    (documentDate(text, reported ? narrative : clause, stated[0].evidence?.start) !== null ||
      DOCUMENT_STATES.test(text.slice(clause.start, stated[0].evidence?.start ?? clause.end)) ||
      (isFuture && documentOfCue(text, clause, stated[0].evidence?.start, storyDayOf(input) ?? published, input.years, cb.documents) !== null));
  // "The Bluebook says Japan will continue negotiations", "Moscow said it would...": an intention
  // reported by any speech verb before it is held when it is reported (backshift is no future).
  const reportingVerb =
    stated.length > 0 && type?.type !== 'poll'
      ? (reportedBefore(input, Math.min(...stated.map((x) => x.evidence?.start ?? clause.end))) ?? reportedAfter(input, Math.max(...stated.map((x) => x.evidence?.end ?? clause.end))))
      : null;
  const statedIntent =
    provides ||
    (stated.length > 0 && speaker?.kind === 'actor' && (reported || insideAny(quotes, stated[0].evidence?.start ?? -1))) ||
    reportingVerb !== null ||
    // "Russia does not intend to continue the talks", "Tokyo hopes to conclude a treaty": an
    // intention in the present is held now, whatever it is about.
    (stated.length > 0 && INTENT_NOW.test(unquotedOr(text, narrative, quotes)));
  const context: EventContext[] = [];
  if (isFuture && !statedIntent) context.push('future');
  // "Is Moscow prepared to return to these formats?": a question asserts nothing.
  if (isHypothetical || advice || (/\?["”']?\s*$/.test(text.slice(sentence.start, sentence.end)) && !insideAny(quotes, sentence.end - 1) && !reported)) context.push('hypothetical');
  if (type?.negated && stated.length === 0) context.push('negation');
  const stances = context.length === 0 ? stated : [];
  // ("Tokyo might revisit a 1956 Soviet offer to give back two islands": what a dated
  // document or offer provides stands, whatever the clause that names it entertains.)
  const ofOffer = context.length > 0 ? heldInDocument(input, stated) : undefined;

  // The event's own date comes from the narrative, the mention nearest before the stance it shows
  // ("Putin's proposal in September ... without preconditions"). Dates inside quotes count only for
  // a clause that is all quotation, read relative to the time of the speech.
  const cueAt = stances.length ? Math.min(...stances.map((x) => x.evidence?.start ?? clause.end)) : undefined;
  // ("The following month, on Oct. 19, 1956, ...": a date the clause gives with its year says it better.)
  const storyStep = relativeToStory(input, narrative, tense);
  const read = backReference(input, narrative, tense, cueAt);
  // ("62 percent approved of last month's agreement between Abe and Putin": a date that owns a noun
  // dates what the respondents were asked about, not when they answered; "The poll follows last
  // month's agreement between Abe and Putin to ..." dates the agreement its makers hold.)
  const answered = type?.type === 'poll' && stances.length > 0 && stances.every((x) => cb.actorKind.get(x.actor) === 'public');
  const ownDate = answered && read?.at !== undefined && POSSESSIVE_DATE.test(text.slice(read.at, read.at + 24)) ? null : read;
  // ("a week later, on January 22": a day the clause names beside the step says it exactly.)
  const exactDay = ownDate !== null && storyStep !== null && ownDate.earliest === ownDate.latest && storyStep.earliest === storyStep.latest && Math.abs(daysBetween(ownDate.earliest, storyStep.earliest)) <= 3;
  // ("Two months later, on 14 November, ...": a day inside the month the step gives says it more exactly.)
  const finer =
    ownDate !== null && storyStep !== null && ownDate.earliest >= storyStep.earliest && ownDate.latest <= storyStep.latest && daysBetween(ownDate.earliest, ownDate.latest) < daysBetween(storyStep.earliest, storyStep.latest);
  const withYear = exactDay || finer || (ownDate !== null && yearWord(ownDate.edtf.slice(0, 4)).test(text.slice(narrative.start, narrative.end)));
  // ("Sakuragi recalls that in 2018 Abe and Putin agreed ...": what one who is no party recounts is
  // dated by the act it tells, not by the telling.)
  const recountedDate = reported && speaker?.kind === 'other' && stated.length > 0 ? backReference(input, { start: input.reportedFrom, end: clause.end }, 'past', cueAt) : null;
  const toldDate = (withYear ? ownDate : (storyStep ?? ownDate)) ?? recountedDate ?? whenClauseDate(input);
  // "Tokyo says the islands were seized unlawfully in 1945": a party's own view, said in
  // the present, is held when it says so; the past it tells of does not date it, and it is held now.
  // (The verb may be one the codebook does not list for reported speech: "Moscow, for its part, claims ...".)
  const presentVerb = reportingVerb === null ? PRESENT_SAYER.exec(text.slice(clause.start, clause.end)) : null;
  const sayingAt = reportingVerb !== null ? (PRESENT_SAYING.test(reportingVerb.lower) ? reportingVerb.start : null) : presentVerb ? clause.start + presentVerb[0].length - presentVerb[1].length - 1 : null;
  const sayer =
    sayingAt === null
      ? undefined
      : speaker?.kind === 'actor'
        ? speaker.actor
        : (subject ?? mentions.find((m) => m.end <= sayingAt && !insideAny(quotes, m.start))?.actor);
  const saysNow = sayingAt !== null && sayer !== undefined && stated.every((x) => x.actor === sayer);
  // ("Japan is currently mounting a push for a treaty that would end a dispute over islands captured
  // in the last days of the war": a date long past, after the cue of a clause in the present, is
  // of what the words after the cue tell, not of the clause.)
  // (The clause's verb before the cue decides, not a participle after it: "islands seized in 1945".)
  const narrativeDate =
    toldDate &&
    cueAt !== undefined &&
    toldDate.at !== undefined &&
    daysBetween(toldDate.latest, published) > HISTORICAL_AFTER_DAYS &&
    ((toldDate.at > cueAt && ((!reported && (tense === 'present' || presentBefore(text, narrative.start, cueAt))) || (saysNow && toldDate.at > sayingAt!))) ||
      presentAside(text, clause, cueAt, toldDate.at))
      ? null
      : toldDate;
  // (Nothing but spaces and punctuation outside the quotes.)
  const allQuoted = !WORDING.test(stripQuotes(text, clause, quotes));
  const speechTime = tense === 'past' && input.frame ? input.frame.earliest : published;
  // ("KENJI: They agreed to speed up the negotiations": an act a commentator recounts goes on from the story's date.)
  const storyThen = input.storyFrame ?? input.lastFrame;
  const recountedThen = speaker?.kind === 'other' && tense === 'past' && stated.length > 0 && storyThen && storyThen.latest < published ? storyThen : null;
  const own =
    (allQuoted ? null : (quotedAct(input, cueAt, speechTime) ?? reportedAct(input, reported, cueAt, narrativeDate?.latest ?? speechTime))) ?? narrativeDate ?? (allQuoted ? datesIn(text, clause, quotes, true, speechTime, tense, cb, cueAt) : null) ?? recountedThen;
  // A date inside a subordinate clause ("since Abe and Putin agreed in November") dates that
  // clause's event, not the story's: it does not become the frame for the sentences after it.
  // (Only since the last comma: "Nozdrev, who became ambassador this year, spoke on Thursday" is the main clause's.)
  // (Nor "..., as the two leaders agreed in Singapore last November": what is recalled in an "as" clause.)
  const lead = narrativeDate?.at !== undefined ? sinceLastComma(text, narrative.start, narrativeDate.at) : null;
  const subordinate = lead !== null && (SUBORDINATE.test(lead) || AS_RECALLED.test(lead));
  // ("Nozdrev, who became ambassador this year, spoke to us on Thursday": the main clause's date.)
  const mainDate = subordinate ? afterSubordinate(input, narrative, narrativeDate!, tense) : narrativeDate;
  // ("He will be remembered for six days in the spring of 1991": a past date in a future clause is still the story's.)
  // ("had hoped to visit the graves this summer": a past clause's date after publication is a plan's, not the story's.)
  const frame = mainDate && (isFuture ? mainDate.latest < published : tense !== 'past' || mainDate.earliest <= published) && !isHypothetical ? mainDate : undefined;

  if (reported && stances.length === 0 && (!type || type.type === 'statement')) {
    const event = reportedEvent(input, narrativeDate ?? input.frame, mentions);
    if (event) return { frame, event, provided: ofOffer };
  }
  // No type and no stance: whatever date follows, the clause is no event and only its frame
  // counts. Unless a tracer wants to know why, the rest (documents, the saying's date) is not read.
  if (!input.explain && stances.length === 0 && (!type || type.type === 'statement')) return { frame, provided: ofOffer };

  // What a speaker said in the past ("'The islands are ours,' Lavrov said") is dated when it was
  // said, whatever the tense inside the quotation; what a dated document says, by its date.
  const quotedSpeech = speaker?.kind === 'actor' && input.speechPast && (reported || allQuoted || (cueAt !== undefined && insideAny(quotes, cueAt)));
  // ("Putin recalled on Thursday that the 1956 Declaration stipulates that ...": what a dated document
  // says, in the complement too, is of the document whatever day it is recalled on.)
  const provision = documentDate(text, clause, cueAt);
  const document =
    provision ??
    documentOfRelative(text, clause, true, cb.documents) ??
    documentReferred(text, clause, (naming) => {
      const given = datesIn(text, naming, [], false, published, 'past', cb);
      return given && given.latest < published ? given : null;
    });
  // '"...," Kishida told parliament on Monday': the saying's date may follow the quotation.
  // (Only around the verb: a date in what was said dates what was said, not the saying.)
  const contentFirst = input.speechAt !== null && sentence.quotes.some((q) => q.start <= sentence.start + 1 && q.end <= input.speechAt!);
  // (A label already said when: "Hayashi, at his news conference on Wednesday: ..." is the frame.)
  const label = input.answer ? labelOf(text, sentence) : null;
  const verbPhrase = label
    ? { start: sentence.start + label[0].length, end: sentence.end }
    : input.speechAt === null || contentFirst || input.reportedFrom <= input.speechAt
      ? sentence
      : { start: sentence.start, end: input.reportedFrom };
  // (A year the story gave as background, "in 2022", does not date this year's saying.)
  // (The story's last day instead, when it falls in that year: "Kono met Lavrov in Munich on Saturday. ... In 2019, ... He repeated ...".)
  const yearFrame = input.frame !== null && /^\d{4}$/.test(input.frame.edtf) && daysBetween(input.frame.latest, published) <= HISTORICAL_AFTER_DAYS;
  const sayingFrame = yearFrame ? (input.lastDay && input.lastDay.edtf.startsWith(input.frame!.edtf) && input.lastDay.latest <= published ? input.lastDay : null) : input.frame;
  // ("Moscow has said the Kurils will remain Russian": a saying in the present perfect, with no date
  // of its own, stands at publication, not on the story's last day.)
  const sayingPerfect = reportingVerb !== null && /\b(?:has|have)\s+(?:(?:long|also|repeatedly|consistently|previously|already|often)\s+)?$/i.test(text.slice(Math.max(0, reportingVerb.start - 30), reportingVerb.start));
  // (So does one whose sayer the story does not name as a speaker: "Both leaders have stated that ...".)
  const saidSoFar = !quotedSpeech && !narrativeDate && cueAt !== undefined && HAVE_SAID.test(text.slice(clause.start, cueAt));
  const saying =
    quotedSpeech && !narrativeDate
      ? (pointedBack(input, verbPhrase, datesIn(text, verbPhrase, quotes, false, published, 'past', cb)) ?? (sayingPerfect ? dated(published) : sayingFrame))
      : saidSoFar
        ? dated(published)
        : input.frame;
  // The text of a statement quoted without a speaker ("The following is the full text of the
  // statement published on Monday"): said when the story's recent frame says.
  const quotedText =
    !quotedSpeech && speaker === null && cueAt !== undefined && insideAny(quotes, cueAt) && recentBefore(input.frame, published);
  // "Moscow still wanted a treaty, he said": what a speaker said in the past, whatever its tense,
  // is dated by the saying (the story's recent date), not by publication.
  const saidThen =
    reportingVerb !== null &&
    SAID_IN_PAST.test(reportingVerb.lower) &&
    // (Not "Tokyo has long insisted": a saying that stands to this day.)
    !/\b(?:has|have)\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, reportingVerb.start - 20), reportingVerb.start)) &&
    recentBefore(sayingFrame, published);
  const storyDay = storyDayOf(input);
  const ofDocument = documentOfCue(text, clause, cueAt, storyDay ?? published, input.years, cb.documents);
  // ("* 1951 - ... Tokyo argues that they belong to Japan": a view held now, not an act the entry tells.)
  const holdsView = input.entryDate !== null && tense === 'present' && HOLDS_VIEW.test(main);
  const date = chooseDate({
    ofDocument: ofDocument ?? provision,
    document,
    own,
    narrativeDate,
    frame: input.frame,
    entryDate: holdsView ? null : (input.entryDate ?? null),
    issuedWith: issuedDocumentSays(input),
    saying,
    sayingFrame,
    published: holdsView ? input.issued : published,
    // ("Moscow, for its part, claims the takeover was lawful": a view its holder states in the present is held now.)
    tense: saysNow && !isFuture ? 'present' : tense,
    isFuture,
    isHypothetical,
    hasStances: stances.length > 0,
    quotedSpeech,
    quotedText,
    standing,
    saidThen,
    answer: input.answer,
    reportedInPast: reportingVerb !== null && reportingVerb.lower !== reportingVerb.lemma,
    // ("Putin proposed to Abe, in front of the cameras, | that they sign a treaty by the end of the year": the proposal's time.)
    continuesPast:
      clause.start > sentence.start &&
      /^\s*that\s/i.test(text.slice(clause.start, clause.start + 8)) &&
      mainTense(text, { start: sentence.start, end: clause.start }, quotes, cb.relative) === 'past',
    perfect: grammatical === 'past' && !verbless && presentPerfect(main),
  });
  if (!date) return { frame, provided: ofOffer, why: `no date (tense ${tense}, hypothetical ${isHypothetical})` };
  // A poll's later figures ("Twenty-four percent said ...") were taken when the poll was.
  const polled =
    type?.type === 'poll' && !own && input.inPoll && input.pollDate && !datesIn(text, sentence, quotes, false, published, tense, cb) ? input.pollDate : null;

  const actors = new Set<string>(mentions.map((m) => m.actor));
  if (subject) actors.add(subject);
  if (speaker?.kind === 'actor') actors.add(speaker.actor);
  for (const x of stances) actors.add(x.actor);
  if (actors.size === 0) return { frame, provided: ofOffer, why: 'no actors' };
  const eventTypeName: EventType | null = type?.type ?? (stances.length ? 'statement' : null);
  if (!eventTypeName || (eventTypeName === 'statement' && stances.length === 0)) {
    return { frame, provided: ofOffer, why: `type ${eventTypeName}, ${stances.length} stances, context ${context}` };
  }
  if (speaker?.kind === 'other' && !own) return { frame, provided: ofOffer, why: 'commentary without a date' };

  // ("Since 2020 the constitution has forbidden ...": held from then to the clause's date, one span.)
  // ("..., said on Feb. 7 that Washington had recognised Japan's sovereignty since the 1950s": said
  // to be held since long before, it was shown then and is shown when said: two events, the second
  // one below.)
  const held = !polled && stances.length ? heldSince(text, reported ? { start: input.reportedFrom, end: clause.end } : clause, quotes, date, published) : null;
  const began = held && reported && daysBetween(held.earliest, date.earliest) > HISTORICAL_AFTER_DAYS ? { ...dated(held.edtf.split('/')[0]), at: held.at } : null;
  // ("Tokyo protested on Friday, a day after Moscow said it was pulling out of the talks": that long before.)
  const told = polled ?? (began ? date : held) ?? (cueAt !== undefined ? stepFromMain(text, clause, cueAt, date) : null) ?? date;
  // ("Putin recalled that the Soviet Union had once offered two of the islands": what a holder whose term
  // the codebook bounds did, told with no date of its own, was done in that term, not when told.)
  const term = own === null && tense === 'past' && cueAt !== undefined && stances.length > 0 ? termOfSubject(mentions, stances, cueAt, quotes, told, cb) : null;
  const eventDate = term ? { ...term, at: told.at } : told;
  // ("agreed to speed up the talks based on a 1956 declaration that envisages the return of two
  // islands": what the dated document provides is its own, dated by it, beside what the clause tells.)
  const provisions = ofDocument || cueAt === undefined ? null : documentProvisions(input, stances, cueAt, storyDay ?? published);
  const apart = provisions && provisions.date.edtf !== eventDate.edtf ? provisions : null;
  const event: Draft = {
    type: eventTypeName,
    date: eventDate,
    ownDate: own !== null,
    context,
    actors: [...actors],
    stances: apart ? stances.filter((x) => !apart.stances.includes(x)) : stances,
    sentence: { start: sentence.start, end: sentence.end },
    paragraph: sentence.paragraph,
    place: placeOf(text, sentence, cb),
    attributed: speaker?.kind === 'actor' || mentions.length > 0,
  };
  // ("reaffirmed an agreement reached in Singapore last November to accelerate the talks": the
  // agreement showed the stances then, as the reaffirming shows them now.)
  const taken = stances.length ? reaffirmedDocument(text, narrative, cueAt, published) : null;
  const document_ =
    taken && taken.edtf !== event.date.edtf ? { ...event, type: 'agree' as const, date: taken, ownDate: true } : began ? { ...event, date: began, ownDate: true } : undefined;
  const provided = apart ? { ...event, type: 'agree' as const, date: apart.date, ownDate: true, stances: apart.stances, actors: [...new Set(apart.stances.map((x) => x.actor))] } : undefined;
  return {
    // ("In it, the two governments agreed ...": the document's year goes on for the sentences about it.)
    // (Not what one recalls a document says: "Putin recalled that the 1956 Declaration stipulates ..." is told now.)
    frame: frame ?? (date === document && tense === 'past' && !own && !reported && reportingVerb === null ? document : undefined),
    event,
    document: document_,
    provided: provided ?? ofOffer,
  };
}

/**
 * "The government on Friday approved the 2024 Diplomatic Bluebook, which again describes ...": a
 * relative clause saying what a document says, after the clause that issued it, is of the issue's
 * date (the story's frame, when it is no later than publication).
 */
function issuedDocumentSays(input: ClauseInput): DatedValue | null {
  const { text, clause, sentence, frame, published } = input;
  if (clause.start <= sentence.start || !frame || frame.latest > published) return null;
  if (!DOCUMENT_RELATIVE.test(text.slice(clause.start, clause.end))) return null;
  return ISSUED_DOCUMENT.test(text.slice(sentence.start, clause.start)) ? frame : null;
}

const DOCUMENT_RELATIVE = /^\s*(?:which|that)\s+(?:(?:also|again|still|once\s+again)\s+)?(?:describes|states|says|calls|refers\s+to|stipulates|declares|notes|reiterates|repeats|reaffirms|asserts|maintains)\b/i;
const ISSUED_DOCUMENT =
  /\b(?:approved|adopted|published|released|issued|unveiled|presented|endorsed|passed)\b[^.;]{0,80}\b(?:bluebook|blue\s+book|white\s+paper|report|statement|resolution|declaration|communiqu[eé]|document|edition|appeal|law|bill)\b[^,;]{0,40},?\s*$/i;

/** The stances whose cue lies in a dated document or offer the clause names ("a 1956 Soviet proposal to return ..."), as that document's event. */
function heldInDocument(input: ClauseInput, stated: ExtractedStance[]): Draft | undefined {
  const { text, clause, sentence, published, cb } = input;
  for (const x of stated) {
    const at = x.evidence?.start;
    if (at === undefined || insideAny(sentence.quotes, at)) continue;
    const date = documentOfCue(text, clause, at, storyDayOf(input) ?? published, input.years, cb.documents);
    if (!date || date.latest >= published) continue;
    const stances = stated.filter((y) => y.evidence?.start === at);
    return {
      type: 'agree', date, ownDate: true, context: [], actors: [...new Set(stances.map((y) => y.actor))], stances,
      sentence: { start: sentence.start, end: sentence.end }, paragraph: sentence.paragraph, attributed: true,
    };
  }
  return undefined;
}

/** The stances after the clause's first cue that lie in a relative clause on a dated document, with the document's date. */
function documentProvisions(input: ClauseInput, stances: ExtractedStance[], cueAt: number, reference: string): { stances: ExtractedStance[]; date: DatedValue } | null {
  const { text, clause, years, cb } = input;
  let date: DatedValue | null = null;
  const provided = stances.filter((x) => {
    const of = x.evidence && x.evidence.start > cueAt ? documentOfCue(text, clause, x.evidence.start, reference, years, cb.documents) : null;
    date ??= of;
    return of !== null;
  });
  return date ? { stances: provided, date } : null;
}

/** The tense of the "which"/"who" clause on an actor mention that holds every stance of `stated`, if one does. */
/**
 * The cue lies in (or opens on the antecedent of) a relative clause in commas told in the present,
 * and `at` outside it: "The Kurils, which Tokyo regards as its own, were taken in 1945".
 */
function presentAside(text: string, clause: Span, cueAt: number, at: number): boolean {
  const words = text.slice(clause.start, clause.end);
  // (Or one coordinated at the end: "... that Soviet troops took in 1945 and which Tokyo still claims".)
  for (const open of words.matchAll(/(?:,|\band)\s+(?:which|who)\s[^,;]*(?=[,;]|[.!?"”]*\s*$)/g)) {
    const from = clause.start + open.index;
    const to = from + open[0].length;
    // (The cue may open on the antecedent just before the comma: "The Kurils, which ...".)
    const lead = open[0].startsWith(',') ? 40 : 0;
    // (Not in words a document or speaker is said to use: "The Bluebook that April described them as islands ... which are now occupied".)
    if (cueAt >= from - lead && cueAt < to && (at < from || at >= to)) return !DESCRIBED.test(text.slice(clause.start, from)) && tenseOf(open[0].replace(/^(?:,|and)/, '')) === 'present';
  }
  return false;
}

const DESCRIBED = /\b(?:described|describes|called|calls|said|says|stated|states|declared|declares|referred|refers|termed|labell?ed|characteri[sz]ed)\b/i;

function relativeTense(text: string, clause: Span, stated: ExtractedStance[], quotes: Span[], mentions: Mention[]): 'past' | 'present' | 'future' | null {
  if (!stated.length || stated.some((x) => !x.evidence)) return null;
  const first = Math.min(...stated.map((x) => x.evidence!.start));
  // (The cue may open with the pronoun itself, "which lays claim to ...", or with its antecedent, "Tokyo which lays claim to ...".)
  const after = (m: Mention) => text.slice(m.end, Math.max(first, m.end) + 8);
  const antecedent = mentions.findLast((m) => m.start <= first && RELATIVE_AFTER.test(after(m)));
  if (!antecedent || insideAny(quotes, antecedent.end) || !stated.every((x) => x.actor === antecedent.actor)) return null;
  const from = antecedent.end + RELATIVE_AFTER.exec(after(antecedent))![0].length;
  const comma = text.indexOf(',', Math.max(...stated.map((x) => x.evidence!.end)));
  return tenseOf(text.slice(from, comma >= 0 && comma < clause.end ? comma : clause.end));
}

const RELATIVE_AFTER = /^\s*,?\s+(?:which|who)\s/i;

/** 'past' when every stance of `stated` is told in a "that" clause after a past verb of agreeing or deciding. */
function agreedThat(text: string, clause: Span, stated: ExtractedStance[]): 'past' | null {
  if (!stated.length || stated.some((x) => !x.evidence)) return null;
  // (The cue may open on the verb of agreeing itself.)
  const first = Math.min(...stated.map((x) => x.evidence!.start));
  const m = AGREED_THAT.exec(text.slice(clause.start, clause.end));
  return m && clause.start + m.index <= first + 8 ? 'past' : null;
}

const AGREED_THAT = /\b(?:agreed|decided|confirmed|reaffirmed|affirmed|pledged|promised|vowed|resolved)\s+(?:[\p{L}'’-]+\s+){0,3}?that\s[^.;"“”]*?\b(?:will|shall)\b/u;

/** "Tokyo is currently making a push for ...": a verb in the present before `to`, and none in the past. */
function presentBefore(text: string, from: number, to: number): boolean {
  const markers = tenseMarkers(text, from, to);
  return markers.some((m) => m.kind === 'present') && !markers.some((m) => m.kind === 'past' || m.kind === 'perfect' || m.kind === 'future');
}

/** 'past' when every stance of `stated` is told in a clause opened by "since"/"after"/"because" whose verb is past. */
function subordinatePast(text: string, clause: Span, stated: ExtractedStance[]): 'past' | null {
  if (!stated.length || stated.some((x) => !x.evidence)) return null;
  const first = Math.min(...stated.map((x) => x.evidence!.start));
  const opener = [...text.slice(clause.start, first).matchAll(SUBORDINATE_OPENER)].pop();
  if (!opener) return null;
  const from = clause.start + opener.index + opener[0].length;
  const comma = text.indexOf(',', Math.max(...stated.map((x) => x.evidence!.end)));
  return tenseOf(text.slice(from, comma >= 0 && comma < clause.end ? comma : clause.end)) === 'past' ? 'past' : null;
}

// (A subject follows: "since the two leaders agreed", not "since 1956".)
const SUBORDINATE_OPENER = /\b(?:[Ee]ver\s+since|[Ss]ince|[Aa]fter|[Bb]ecause|[Nn]ow\s+that)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=(?:the\s+|their\s+|its\s+)?(?:[\p{Lu}][\p{L}'’-]+|two|both|leaders?|sides?|countries|governments?|he|she|they|it)\b)/gu;

/** A span from the clause's "since <date>" to the event's date, when the event's date is later and no span itself. */
function heldSince(text: string, span: Span, quotes: Span[], date: DatedValue, published: string): DatedValue | null {
  if (date.edtf.includes('/') || !/\bsince\b/i.test(text.slice(span.start, span.end))) return null;
  const part = text.slice(span.start, span.end);
  // (A perfect that runs up to then, "had recognised ... since"; not an aside, "..., occupied since 1945".)
  const perfect = /\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ept|ood|ght)\b/i.exec(part);
  if (!perfect) return null;
  const asides = [...part.matchAll(ASIDE)].map((a) => ({ start: a.index, end: a.index + a[0].length }));
  const mentions = findDateMentions(part, { date: date.latest, tense: 'past' }).filter((m) => !insideAny(quotes, span.start + m.start) && !insideAny(asides, m.start));
  const since = mentions.find((m) => /^(?:ever\s+)?since\b/i.test(m.text) && m.earliest < date.earliest);
  // ("Tokyo has been seeking their return since Soviet troops seized them at the end of the war":
  // a "since" clause after a present perfect dates its start; the seeking runs up to now.)
  const perfectAt = span.start + perfect.index;
  const sinceClause =
    !since && /^ha(?:s|ve)$/i.test(perfect[0].split(/\s/)[0]) && date.latest < published && date.at !== undefined && date.at > perfectAt && /\bsince\s+[^,.;]{3,60}$/i.test(text.slice(perfectAt, date.at));
  if (sinceClause) {
    try {
      return { ...dated(`${date.edtf.split('/')[0]}/${published}`), at: date.at };
    } catch {
      return null;
    }
  }
  if (!since) return null;
  const edtf = `${since.edtf.split('/')[0]}/${date.edtf}`;
  try {
    return { ...dated(edtf), at: span.start + since.start };
  } catch {
    return null;
  }
}

/**
 * "the host of Rossiya-1's weekly round-up", "a Channel One presenter": a person named by a role of
 * an actor is who "he" and "the host" are next.
 */
function roleOfActor(text: string, mentions: Mention[]): PersonRef | null {
  const m = mentions.find((x) => ROLE_OF.test(text.slice(Math.max(0, x.start - 80), x.start)) || ROLE_AFTER.test(text.slice(x.end, x.end + 40)));
  return m ? { kind: 'actor', actor: m.actor, person: true } : null;
}

const COLON_QUOTE = /:\s*["“][^"“”]{8,}["”]\s*$/;

const NEWS_VOICE = /^(?:Q|Question|Anchor|Reporter|Correspondent|Presenter|Narrator|Newsreader|Background|Note|Editor|Context|Explainer)\b/i;

const LIST_ITEM = new RegExp(`^${BULLET}\\s`);

const HOSTED_BY = /\b(?:press conference|news conference|briefing|interview|remarks|conversation)\s+(?:given\s+)?(?:by|with)\s+(?:the\s+)?$/i;

/** Any character but a space or punctuation: what a clause all in quotes has none of outside them. */
const WORDING = /[^\s\p{P}]/u;

/** "\b1956\b": a year as a word, one pattern per year (built on first use, not per clause). */
function yearWord(year: string): RegExp {
  let pattern = YEAR_WORDS.get(year);
  if (!pattern) YEAR_WORDS.set(year, (pattern = new RegExp(`\\b${year}\\b`)));
  return pattern;
}

const YEAR_WORDS = new Map<string, RegExp>();

/**
 * `LONGSTANDING`, tested only where it can match: each of its forms has "has", "have", "still"
 * or "continue" (tested with the same flags, so case-folded alike); most clauses have none.
 */
function longstanding(words: string): boolean {
  return LONGSTANDING_WORD.test(words) && LONGSTANDING.test(words);
}

const LONGSTANDING_WORD = /ha[sv]|still|continue/iu;

/** ", still chief Cabinet secretary, replied": "still" in an appositive tells who one was then, not that a position stands. */
const STILL_APPOSITIVE = /,\s+still\s+(?!(?:has|have|had|is|are|was|were|holds?|held|claims?|insists?|wants?|maintains?|regards?|considers?|sees?|views?)\b)[^,;]{1,60},/giu;

/**
 * The cues whose templates matched in a sentence, in the codebook's order: found from the
 * matches, through each template's cues, rather than by testing every cue of the codebook.
 */
function cuesMatched(matched: Map<CompiledTemplate, TemplateMatch[]>, cb: CompiledCodebook): CompiledCue[] {
  let byTemplate = CUES_BY_TEMPLATE.get(cb);
  if (!byTemplate) {
    byTemplate = new Map();
    cb.cues.forEach((cue, i) => {
      const list = byTemplate!.get(cue.template);
      if (list) list.push(i);
      else byTemplate!.set(cue.template, [i]);
    });
    CUES_BY_TEMPLATE.set(cb, byTemplate);
  }
  const at: number[] = [];
  for (const template of matched.keys()) {
    const list = byTemplate.get(template);
    if (list) for (const i of list) at.push(i);
  }
  return at.sort((a, b) => a - b).map((i) => cb.cues[i]);
}

const CUES_BY_TEMPLATE = new WeakMap<CompiledCodebook, Map<CompiledTemplate, number[]>>();

/** An alias with a term of office that includes `past` and has ended before `published` ("Gorbachev" for 1991). */
function heldThen(alias: AliasEntry | undefined, past: DatedValue, published: string): boolean {
  return alias !== undefined && alias.person && alias.to !== undefined && withinTerm(alias.from, alias.to, past) && !withinTerm(alias.from, alias.to, { earliest: published, latest: published });
}

/** A year or a month ("last year", "in June") wholly before the news day. */
function coarseBefore(frame: DatedValue, newsDay: DatedValue | null): boolean {
  return newsDay !== null && frame.earliest !== frame.latest && frame.latest < newsDay.earliest;
}

/** "X's remarks at a news conference on Monday came ...", "He made the comments on Tuesday", "Lavrov was speaking in Moscow": when what was said before was said. */
const REMARKS_MADE =
  /\b(?:remarks|comments|statement|announcement)\b[^.;]{0,80}?\b(?:came|were made|was made|were delivered|was delivered|followed)\b|\b(?:made|delivered|gave)\s+(?:the|his|her|their|those|these)\s+(?:remarks|comments|statement)\b|\b(?:was|were)\s+speaking\b/i;

const PLUPERFECT = /\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ld|ght|nt|id|ok|un)\b/i;

const ADVICE = /^(?:(?!\bthat\b)[^])*?\b(?:should|ought to|had better)\s+(?!have\b)/i;

// ("host of the flagship weekly current affairs program on the state channel Example-1")
const ROLE_OF = /\b(?:host|presenter|anchor|anchorman|anchorwoman|commentator|editor-in-chief)\s+(?:of|on|at)\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?:(?:on|of|at)\s+(?:the\s+|a\s+)?)?$/iu;
const ROLE_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(?:host|presenter|anchor|anchorman|anchorwoman|commentator)\b/iu;

/**
 * Who "the two leaders" or "both sides" are: the states named in this sentence and the two before
 * it when they are two, else the dispute's two sides as the codebook names them, else the two the story has named most so far.
 */
function twoSides(mentions: Mention[], recentStates: string[][], stateCounts: Map<string, number>, cb: CompiledCodebook): string[] {
  // (In order of first mention, this sentence's first.)
  const nearby: string[] = [];
  const add = (actor: string) => {
    if (cb.actorKind.get(actor) === 'state' && !nearby.includes(actor)) nearby.push(actor);
  };
  for (const m of mentions) add(m.actor);
  for (const actors of recentStates) for (const actor of actors) add(actor);
  if (nearby.length === 2) return nearby;
  // (Else the dispute's own two sides, as the codebook names them.)
  if (cb.parties) return cb.parties;
  if (stateCounts.size < 2) return nearby;
  return [...stateCounts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([actor]) => actor);
}

/** A reporting verb ("says", "said", "stressed"), outside quotes, in the sentence before `at`. */
function reportedBefore(input: ClauseInput, at: number): Token | null {
  const { tokens, sentence, cb } = input;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && tokens[i].start < at; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && cb.speech.verbs.has(t.lemma) && !insideAny(sentence.quotes, t.start)) return t;
  }
  return null;
}

/** ", a promise Putin has repeatedly called binding": a noun in apposition to the clause, and what is said of it. */
const APPOSITIVE_COMMENT =
  /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:promise|pledge|offer|move|step|position|stance|view|claim|commitment|decision|proposal|plan|formula|deal|concession|gesture)\s+(?:that\s+|which\s+)?(?:[\p{Lu}][\p{L}'’-]*|it|they|he|she|both|many|some)\b[^;]*$/u;

/** A subject and its present verb of holding a view at a clause's start: "Moscow, for its part, claims ". */
const PRESENT_SAYER = new RegExp(`^\\s*(?:[\\p{L}'’.-]+\\s+){0,3}?[\\p{L}'’.-]+(?:,\\s*[^,]{1,30},)?\\s+(says|holds|${VIEW_VERBS})\\s`, 'u');

/** A reporting verb in the present: "says", "maintains", "insists". */
const PRESENT_SAYING = new RegExp(`^(?:says|holds|stresses|considers|regards|${VIEW_VERBS})$`, 'i');

/** "Japan will continue the talks, Kyodo News reported": a reporting verb after the content, past a comma. */
function reportedAfter(input: ClauseInput, from: number): Token | null {
  const { tokens, sentence, cb, text } = input;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    if (t.start < from) continue;
    if (t.pos === 'VERB' && cb.speech.verbs.has(t.lemma) && !insideAny(sentence.quotes, t.start) && /,\s*(?:[\p{L}'’.-]+\s+){0,5}$/u.test(text.slice(Math.max(sentence.start, t.start - 60), t.start))) return t;
  }
  return null;
}

/**
 * The narrative's own date, where "that October" or "later that year" points back to the year
 * last named rather than to the publication's.
 */
function backReference(input: ClauseInput, narrative: Span, tense: 'past' | 'present' | 'future', cueAt: number | undefined): DatedValue | null {
  const { text, cb, sentence, published } = input;
  const storyDay = storyDayOf(input);
  const found =
    datesIn(text, narrative, sentence.quotes, false, published, tense, cb, cueAt, storyDay) ??
    (tense === 'past' ? documentActed(text, narrative) : null) ??
    // ("According to the document, Moscow hands over ...": what a document provides, in the present too.)
    (tense !== 'future' ? documentNamedBefore(text, narrative) : null);
  return pointedBack(input, narrative, found);
}

/** "In that declaration Moscow promised ...": the document named before, by the year it was named with. */
function documentNamedBefore(text: string, span: Span): DatedValue | null {
  const m = THAT_DOCUMENT.exec(text.slice(span.start, span.end));
  if (!m) return null;
  // ("the 1956 declaration", "the Joint Declaration signed on October 19, 1956", "In 1956, the two
  // countries signed a joint declaration": the last one named; "the document" is any of them.)
  const head = m[1] ?? m[2] ?? m[3];
  const noun = head.toLowerCase() === 'document' ? `(?:${DOCUMENT_NOUN})` : head;
  const named = [
    ...text
      .slice(Math.max(0, span.start - 1500), span.start)
      .matchAll(
        new RegExp(
          `\\b(1[5-9]\\d\\d|20\\d\\d)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}|${noun}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:signed|adopted|issued|concluded|reached)\\s+(?:on|in)\\s+[^.;]{0,20}?\\b(1[5-9]\\d\\d|20\\d\\d)\\b|\\bIn\\s+(1[5-9]\\d\\d|20\\d\\d),?\\s+[^.;]{0,60}?\\b(?:signed|adopted|concluded|issued)\\s+(?:a|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}`,
          'giu',
        ),
      ),
  ].pop();
  return named ? { ...dated(named[1] ?? named[2] ?? named[3]), at: span.start + m.index } : null;
}

// ("Under Article 9 of the declaration, the Soviet Union agreed ...": the one named before.)
// (Or one that is the clause's subject and provides: "That declaration included the Soviet side's promise to ...".)
const THAT_DOCUMENT = new RegExp(
  `^\\s*(?:In|Under|By|Through|According to)\\s+(?:(?:Article|Clause|Paragraph|Point|Section)\\s+\\d+\\s+of\\s+)?(?:that|this|the same|the)\\s+(?:(?:joint|bilateral|final|signed|original|historic)\\s+)?(${DOCUMENT_NOUN})\\b|^\\s*(?:The|That|This|The same)\\s+(?:(?:joint|bilateral|final|signed|original|historic)\\s+)?(${DOCUMENT_NOUN})\\s+(?:also\\s+)?(?:${DOCUMENT_CONTAINS}|provided|provides|promised|promises|stipulated|stipulates|envisaged|envisages|committed|commits|obliged|obliges|called\\s+for|calls\\s+for)\\b` +
    // ("Tokyo signed the declaration while insisting ...": the one named before, signed then.)
    `|^\\s*(?:[\\p{L}'’-]+\\s+){1,3}(?:signed|ratified|initialled|initialed)\\s+(?:the|that|this)\\s+(?:(?:joint|bilateral|final|historic)\\s+)?(declaration|treaty)\\b`,
  'iu',
);

/** `found`, unless the span's date points back ("that October") to the year last named. */
function pointedBack(input: ClauseInput, span: Span, found: DatedValue | null): DatedValue | null {
  // ("... since 1956. Aso summoned the ambassador the same day": the story's last day, not the period.)
  // ("In January 2019 Lavrov ... ¶ That same month, demonstrators ...": the time last told of, not the news.)
  const storyFrame = input.frameSetAside && input.lastFrame && opensOn(input.text, input.clause, ANAPHORIC) ? input.lastFrame : periodUpToNow(input.frame, input.published) && input.lastDay ? input.lastDay : input.frame;
  const fromFrame = anaphoricDate(input.text, span, input.sentence.quotes, input.years, storyFrame);
  // ("On Feb. 2 of the following year" after a paragraph about 1945: the story told before, not the news.)
  const back =
    (!fromFrame || fromFrame.earliest > input.published) && input.lastFrame
      ? (anaphoricDate(input.text, span, input.sentence.quotes, input.years, input.lastFrame) ?? fromFrame)
      : fromFrame;
  if (!back) return found;
  // The phrase's own month ("that October") is what the date finder read, against publication.
  if (!found || (found.at !== undefined && found.at >= back.at! - 3 && found.at <= back.at! + 40)) return back;
  return found;
}

/**
 * '"Last October, in my talks with President Putin, we confirmed that ...," he said': a dated act
 * the speaker recounts in the quotation before the cue is dated by the quotation, not the saying.
 */
function quotedAct(input: ClauseInput, cueAt: number | undefined, speechTime: string): DatedValue | null {
  if (cueAt === undefined || input.speaker?.kind !== 'actor') return null;
  const { text, sentence, cb } = input;
  const quote = sentence.quotes.find((q) => q.start <= cueAt && cueAt < q.end);
  if (!quote) return null;
  const act = QUOTED_ACT.exec(text.slice(quote.start, cueAt));
  if (!act) return null;
  const date = datesIn(text, { start: quote.start, end: quote.start + act.index }, [], true, speechTime, 'past', cb);
  return date && date.latest < speechTime ? date : null;
}

/**
 * "Kishida said Friday that he and Putin had agreed on Thursday to ...": a dated act the speaker
 * recounts in indirect speech, before the cue, is dated by the act, not the saying.
 */
function reportedAct(input: ClauseInput, reported: boolean, cueAt: number | undefined, sayingBy: string): DatedValue | null {
  if (!reported || cueAt === undefined || cueAt < input.reportedFrom || input.speaker?.kind !== 'actor') return null;
  const { text, sentence, cb } = input;
  // (The cue may open with the act's verb: "had agreed on Thursday to advance the talks".)
  const act = REPORTED_ACT.exec(text.slice(input.reportedFrom, input.clause.end));
  if (!act || input.reportedFrom + act[0].length > cueAt + 16) return null;
  // (Only the act's own conjunct: "..., and that the work agreed in Singapore would go on" is another.)
  const from = input.reportedFrom + act[0].length;
  const next = /,\s+(?:and|but|while|whereas)\s|;/.exec(text.slice(from, input.clause.end));
  const date = datesIn(text, { start: input.reportedFrom, end: next ? from + next.index : input.clause.end }, sentence.quotes, false, sayingBy, 'past', cb, cueAt);
  return date && date.latest <= sayingBy && !date.edtf.includes('/') ? date : null;
}

// ("he spoke by phone with Putin on Thursday and they agreed", "he and Putin had agreed on Thursday")
// (Past a fronted date or place: "Last year, in its Diplomatic Bluebook, Tokyo once again wrote that ...".)
const REPORTED_ACT =
  /^\s*(?:that\s+)?(?:[^,;"“”]{2,60},\s+){0,2}?(?:he|she|they|we|I|the\s+two\s+(?:sides|leaders|countries|ministers)|both\s+sides|[\p{Lu}][\p{L}'’-]+)(?:\s+and(?:\s+[\p{Lu}][\p{L}.'’-]*){1,4})?\s+(?:had\s+)?(?:(?:also|then|jointly|already|both|once\s+again|again)\s+)?(?:agreed|confirmed|signed|decided|reached|pledged|promised|reaffirmed|spoke|talked|met|wrote|stated|declared|announced)\b/u;

// (Or a statement made then: '"In spring 2022 we formally announced that we could not ...," he recalled', '"In March 2022, Russia unilaterally announced ..."'.)
const QUOTED_ACT = /\b(?:we|I|they|the\s+two\s+(?:sides|leaders|countries)|both\s+sides|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:(?:also|then|jointly|already|both|officially|formally|publicly|unilaterally|clearly)\s+)?(?:agreed|confirmed|signed|decided|reached|pledged|promised|reaffirmed|adopted|instructed|announced|declared|stated)\b/u;

/**
 * "Abe said he would visit Russia early next year": when the saying itself shows no stance, the
 * event is the one reported, if it has a type and a date of its own (read from the speech's time).
 */
function reportedEvent(input: ClauseInput, speechDate: DatedValue | null, mentions: Mention[]): Draft | null {
  const { text, cb, sentence, clause, published } = input;
  const content = { start: input.reportedFrom, end: clause.end };
  const type = eventType(input, content);
  if (!type || type.type === 'statement') return null;
  const tense = mainTense(text, content, sentence.quotes, cb.relative);
  // (A year-less "Aug. 8" told of a saying in 1945 is of 1945: read against the end of the speech's period.)
  const date = datesIn(text, content, sentence.quotes, false, speechDate?.latest ?? published, tense, cb);
  const actors = [...new Set(mentions.filter((m) => m.start >= content.start).map((m) => m.actor))];
  if (!date || actors.length === 0) return null;
  const context: EventContext[] = [];
  if (tense === 'future') context.push('future');
  if (hypothetical(mainPart(stripQuotes(text, content, sentence.quotes), cb.relative), cb.hypothetical)) context.push('hypothetical');
  if (type.negated) context.push('negation');
  return {
    type: type.type,
    date,
    ownDate: true,
    context,
    actors,
    stances: [],
    sentence: { start: sentence.start, end: sentence.end },
    paragraph: sentence.paragraph,
    place: placeOf(text, sentence, cb),
    attributed: true,
  };
}
