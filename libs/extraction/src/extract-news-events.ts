import type { Codebook, CompiledTemplate, EventContext, EventType } from '#lib/codebook';
import { attribute, type PersonRef, type Speaker } from './analysis/attribution.js';
import { actorMentions, type Mention, personNames } from './analysis/mentions.js';
import { hypothetical, negatedAt, prevented } from './analysis/modality.js';
import { compile, type CompiledCodebook } from './codebook/compiled-codebook.js';
import { edtfBounds, findDateMentions, tenseOf } from './dates/index.js';
import { mergeDrafts, type Draft, type DatedValue } from './events/merge-drafts.js';
import { summarize } from './events/summarize.js';
import type { ExtractedEvent, ExtractedStance } from './extracted-event.js';
import { annotate, type AnnotatedSentence, type Token } from './nlp/annotate.js';
import { clauseStream, matchTemplate, type TemplateMatch } from './nlp/clause-stream.js';
import { clauses, insideAny, type Sentence, type Span } from './text/segment.js';

/** Sees what each stage decided, for debugging and evaluation; extraction never depends on it. */
export interface Tracer {
  clause?(trace: { text: string; speaker: Speaker | null; frame: string | null; event?: { type: EventType; date: string; context: EventContext[]; stances: ExtractedStance[] }; why?: string }): void;
}

const noTrace: Tracer = {};

export interface ArticleForExtraction {
  /** The article's stored text (already stripped of markup and boilerplate); offsets point into it. */
  text: string;
  /** ISO 8601; year-less and relative dates resolve against its date. */
  publishedAt: string;
}

const PLURAL_SUBJECT = /\b(they|both (?:sides|leaders|governments|countries|nations)|the two (?:leaders|sides|countries|governments|nations|men|ministers))\b/gi;
const HISTORICAL_AFTER_DAYS = 365;
const PEG_DAYS = 14;
const SUBORDINATE = /\b(?:since|before|which|who|whom|whose|until|where)\s/i;
const LONGSTANDING = /\b(?:has|have)\s+(?:long|always|consistently|repeatedly)\b|\b(?:still|continues to|continue to)\b/i;

/**
 * Reads an article with a topic's codebook and returns the dated news events it reports: type,
 * date (EDTF with bounds), context, place, actors, summary, evidence with offsets, confidence and
 * stance signals. Pure: the same article and codebook always give the same events.
 */
export function extractNewsEvents(article: ArticleForExtraction, codebook: Codebook, tracer: Tracer = noTrace): ExtractedEvent[] {
  const cb = compile(codebook);
  const { text } = article;
  if (!cb.keywords.test(text)) return [];
  const published = article.publishedAt.slice(0, 10);

  const drafts: Draft[] = [];
  let frame: DatedValue | null = null;
  let lastPerson: PersonRef | null = null;
  let paragraphSpeaker: { paragraph: number; speaker: Speaker } | null = null;

  let paragraph = -1;
  let newsFrame: DatedValue | null = null;
  let peg: DatedValue | null = null;
  let labelParagraph = -1;
  let labelSpeaker: Speaker | null = null;
  let lastAnswerer: Speaker | null = null;
  const recentStates: string[][] = [];
  let lastPublic: string | null = null;
  let speechPast = false;
  let pollParagraph = -1;
  const doc = annotate(text, { negationExceptions: cb.language.negationExceptions });
  for (const sentence of doc.sentences) {
    // A dated aside ("in January 1960, ...", "last November, ...") colours its own paragraph only:
    // the next paragraph is back at the story's news peg unless it dates itself.
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      if (frame && newsFrame && daysBetween(frame.latest, published) > HISTORICAL_AFTER_DAYS) frame = newsFrame;
    }
    const mentions = actorMentions(text, sentence, cb);
    const persons = personNames(text, sentence, cb);
    // A quotation may continue the last speaker in a paragraph of its own.
    if (paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph > 1) paragraphSpeaker = null;
    const sentenceStream = clauseStream(doc.tokens, sentence.tokenStart, sentence.tokenEnd, sentence, mentions);
    const matched = new Map<CompiledTemplate, TemplateMatch[]>();
    const sentenceMatches = (template: CompiledTemplate) => {
      let found = matched.get(template);
      if (!found) matched.set(template, (found = matchTemplate(template, sentenceStream)));
      return found;
    };
    // Transcripts and interviews: "Zakharova: ...", "Q: ...", "A: ..." speak for the whole paragraph.
    if (sentence.paragraph !== labelParagraph) {
      labelParagraph = sentence.paragraph;
      const label = transcriptLabel(text, sentence, mentions, persons);
      if (label === 'answer') labelSpeaker = lastAnswerer;
      else if (label) labelSpeaker = label;
      else labelSpeaker = null;
      if (label && label !== 'answer' && label.kind === 'actor') lastAnswerer = label;
    }
    const attribution = attribute(text, sentence, sentenceStream, cb.speech, mentions, persons, lastPerson, (actor) => cb.actorKind.get(actor) !== 'state');
    let speaker: Speaker | null = attribution?.speaker ?? labelSpeaker;
    if (!speaker && paragraphSpeaker && opensInQuote(text, sentence)) speaker = paragraphSpeaker.speaker;
    if (attribution) paragraphSpeaker = { paragraph: sentence.paragraph, speaker: attribution.speaker };
    else if (speaker && paragraphSpeaker) paragraphSpeaker = { paragraph: sentence.paragraph, speaker };
    if (attribution) speechPast = tenseOf(text.slice(Math.max(sentence.start, attribution.verb.start - 12), attribution.verb.end)) === 'past';
    else if (!speaker) speechPast = false;
    // Reported speech after "said that" / inside quotes belongs to the speaker, not to the sentence's subject.
    // A transcript's answer or a quote continuing a speaker is the speaker's from its first word.
    const reportedFrom = attribution ? complementStart(text, sentence, attribution.verb, published) : speaker?.kind === 'actor' ? sentence.start : sentence.end;

    for (const clause of clauses(sentence)) {
      const speechFrame = frame;
      const draft = readClause({
        text, cb, sentence, clause, tokens: doc.tokens, mentions, published, frame: speechFrame, lastPerson, speaker,
        lastPublic,
        speechPast,
        sentenceMatches,
        inPoll: pollParagraph >= 0 && sentence.paragraph - pollParagraph <= 3,
        nearbyStates: [...new Set([...mentions.map((m) => m.actor), ...recentStates.flat()].filter((a) => cb.actorKind.get(a) === 'state'))],
        reportedFrom: Math.max(clause.start, Math.min(reportedFrom, clause.end)),
      });
      if (draft.frame) {
        frame = draft.frame;
        if (daysBetween(frame.latest, published) <= HISTORICAL_AFTER_DAYS) newsFrame = frame;
        // The news peg: the first date the story gives within a fortnight before publication.
        if (!peg && daysBetween(frame.latest, published) <= PEG_DAYS && frame.latest <= published) peg = frame;
      }
      if (draft.event) drafts.push(draft.event);
      if (draft.event?.type === 'poll') pollParagraph = sentence.paragraph;
      tracer.clause?.({
        text: text.slice(clause.start, clause.end),
        speaker,
        frame: speechFrame?.edtf ?? null,
        event: draft.event ? { type: draft.event.type, date: draft.event.date.edtf, context: draft.event.context, stances: draft.event.stances } : undefined,
        why: draft.why,
      });
    }
    lastPerson = nextPerson(speaker, mentions) ?? lastPerson;
    recentStates.push(mentions.map((m) => m.actor));
    lastPublic = [...mentions].reverse().find((m) => cb.actorKind.get(m.actor) === 'public')?.actor ?? lastPublic;
    if (recentStates.length > 2) recentStates.shift();
  }

  return mergeDrafts(drafts).map((draft) => finish(draft, text, published));
}

interface ClauseInput {
  text: string;
  cb: CompiledCodebook;
  sentence: AnnotatedSentence;
  tokens: Token[];
  clause: Span;
  mentions: Mention[];
  published: string;
  frame: DatedValue | null;
  lastPerson: PersonRef | null;
  speaker: Speaker | null;
  reportedFrom: number;
  /** State actors named in this sentence and the two before it: who "the two leaders" are. */
  nearbyStates: string[];
  /** The public the story last named: whom an unnamed poll ("76 percent of respondents") measured. */
  lastPublic: string | null;
  /** Every match of a template in the whole sentence (computed once per sentence and template). */
  sentenceMatches: (template: CompiledTemplate) => TemplateMatch[];
  /** A poll was reported in this paragraph or the one before: figures that follow are its results. */
  inPoll: boolean;
  /** The speaker spoke in the past ("said", "told"): quoted words are dated by the story, not by publication. */
  speechPast: boolean;
}

function readClause(input: ClauseInput): { event?: Draft; frame?: DatedValue; why?: string } {
  const { text, cb, sentence, clause, published, speaker } = input;
  const quotes = sentence.quotes;
  // After "X said (that)" comes what X said; the event is the saying, dated by the narrative.
  const reported = input.reportedFrom < clause.end;
  const narrative = reported ? { start: clause.start, end: input.reportedFrom } : clause;
  const grammatical = mainTense(text, narrative.end > narrative.start ? narrative : clause, quotes);
  // "Tokyo has long insisted": a standing position, current at publication rather than at the last date told.
  const tense = grammatical === 'past' && LONGSTANDING.test(stripQuotes(text, narrative, quotes)) ? 'present' : grammatical;
  const isFuture = tense === 'future';
  // What a speaker entertains ("could", "if") is part of what they said, not a hedge on the event.
  const isHypothetical = hypothetical(mainPart(stripQuotes(text, narrative.end > narrative.start ? narrative : clause, quotes)), cb.hypothetical);
  const mentions = input.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const subject = pronounSubject(text.slice(clause.start, clause.end), input.lastPerson);
  // A poll's figures run over several clauses ("54 percent wanted ..., while 29 percent said ...").
  const type = pollSentence(input)
    ? { type: 'poll' as EventType, negated: false }
    : reported
      ? (eventType(input, narrative) ?? { type: 'statement' as EventType, negated: false })
      : eventType(input, clause);

  // A stance the clause states in the negative ("does not intend to continue the talks") is a
  // stance, not a denial of the event.
  const stated = speaker?.kind !== 'other' ? stanceSignals(input, mentions, type?.type, subject) : [];
  // "We will keep asking for their return," Kan said: an intention a party states is a stance it
  // holds when it says so; a visit the story says will happen is a future event.
  const statedIntent = stated.length > 0 && speaker?.kind === 'actor' && (reported || insideAny(quotes, stated[0].evidence?.start ?? -1));
  const context: EventContext[] = [];
  if (isFuture && !statedIntent) context.push('future');
  if (isHypothetical) context.push('hypothetical');
  if (type?.negated && stated.length === 0) context.push('negation');
  const stances = context.length === 0 ? stated : [];

  // The event's own date comes from the narrative, the mention nearest before the stance it shows
  // ("Putin's proposal in September ... without preconditions"). Dates inside quotes count only for
  // a clause that is all quotation, read relative to the time of the speech.
  const cueAt = stances.length ? Math.min(...stances.map((x) => x.evidence?.start ?? clause.end)) : undefined;
  const narrativeDate = storyRelative(text, narrative, quotes, input.frame) ?? datesIn(text, narrative, quotes, false, published, tense, cb, cueAt);
  const allQuoted = stripQuotes(text, clause, quotes).replace(/[\s\p{P}]/gu, '').length === 0;
  const speechTime = tense === 'past' && input.frame ? input.frame.earliest : published;
  const own = narrativeDate ?? (allQuoted ? datesIn(text, clause, quotes, true, speechTime, tense, cb, cueAt) : null);
  // A date inside a subordinate clause ("since Abe and Putin agreed in November") dates that
  // clause's event, not the story's: it does not become the frame for the sentences after it.
  const subordinate = narrativeDate?.at !== undefined && SUBORDINATE.test(text.slice(narrative.start, narrativeDate.at));
  const frame = narrativeDate && !isFuture && !isHypothetical && !subordinate ? narrativeDate : undefined;

  if (reported && stances.length === 0 && (!type || type.type === 'statement')) {
    const event = reportedEvent(input, narrativeDate ?? input.frame, mentions);
    if (event) return { frame, event };
  }

  // What a speaker said in the past ("'The islands are ours,' Lavrov said") is dated when it was
  // said, whatever the tense inside the quotation; what a dated document says, by its date.
  const quotedSpeech = speaker?.kind === 'actor' && input.speechPast && (reported || allQuoted || (cueAt !== undefined && insideAny(quotes, cueAt)));
  const document = documentDate(text, reported ? narrative : clause, cueAt) ?? documentOfRelative(text, clause);
  const date = document && !own
    ? document
    : isFuture && stances.length
      ? (quotedSpeech ? (input.frame ?? dated(published)) : dated(published))
      : (own ??
        (isFuture || isHypothetical ? null : tense === 'present' && !quotedSpeech ? dated(published) : (input.frame ?? dated(published))));
  if (!date) return { frame, why: `no date (tense ${tense}, hypothetical ${isHypothetical})` };

  const actors = new Set<string>(mentions.map((m) => m.actor));
  if (subject) actors.add(subject);
  if (speaker?.kind === 'actor') actors.add(speaker.actor);
  for (const x of stances) actors.add(x.actor);
  if (actors.size === 0) return { frame, why: 'no actors' };
  const eventTypeName: EventType | null = type?.type ?? (stances.length ? 'statement' : null);
  if (!eventTypeName || (eventTypeName === 'statement' && stances.length === 0)) {
    return { frame, why: `type ${eventTypeName}, ${stances.length} stances, context ${context}` };
  }
  if (speaker?.kind === 'other' && !own) return { frame, why: 'commentary without a date' };

  return {
    frame,
    event: {
      type: eventTypeName,
      date,
      ownDate: own !== null,
      context,
      actors: [...actors],
      stances,
      sentence: { start: sentence.start, end: sentence.end },
      paragraph: sentence.paragraph,
      place: placeOf(text, sentence, cb),
      attributed: speaker?.kind === 'actor' || mentions.length > 0,
    },
  };
}

/**
 * "Abe said he would visit Russia early next year": when the saying itself shows no stance, the
 * event is the one reported, if it has a type and a date of its own (read from the speech's time).
 */
function reportedEvent(input: ClauseInput, speechDate: DatedValue | null, mentions: Mention[]): Draft | null {
  const { text, cb, sentence, clause, published } = input;
  const content = { start: input.reportedFrom, end: clause.end };
  const type = eventType(input, content);
  if (!type || type.type === 'statement') return null;
  const tense = mainTense(text, content, sentence.quotes);
  const date = datesIn(text, content, sentence.quotes, false, speechDate?.earliest ?? published, tense, cb);
  const actors = [...new Set(mentions.filter((m) => m.start >= content.start).map((m) => m.actor))];
  if (!date || actors.length === 0) return null;
  const context: EventContext[] = [];
  if (tense === 'future') context.push('future');
  if (hypothetical(mainPart(stripQuotes(text, content, sentence.quotes)), cb.hypothetical)) context.push('hypothetical');
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

/** The first non-deadline date of `span` (quoted parts only when `quotedToo`), resolved against `reference`. */
function datesIn(
  text: string,
  span: Span,
  quotes: Span[],
  quotedToo: boolean,
  reference: string,
  tense: 'past' | 'present' | 'future',
  cb: CompiledCodebook,
  preferBefore?: number,
): DatedValue | null {
  if (span.end <= span.start) return null;
  const part = text.slice(span.start, span.end);
  const candidates: (DatedValue & { at: number; deadline: boolean })[] = [];
  // "MOSCOW/TOKYO, March 22 (Example Wire) -": a dateline dates the filing, not the event.
  const dateline = span.start === sentenceStartOf(text, span.start) ? (DATELINE.exec(part)?.[0].length ?? 0) : 0;
  for (const m of findDateMentions(part, { date: reference, tense })) {
    const at = span.start + m.start;
    if (m.start < dateline) continue;
    if (!quotedToo && insideAny(quotes, at)) continue;
    // "the 1956 declaration": a year the codebook uses to name a document names it, it does not date the event.
    if (/^\d{4}$/.test(m.text) && cb.documentYears.has(m.text) && NAMED_DOCUMENT.test(part.slice(m.end, m.end + 40))) continue;
    const deadline = /\b(by|until|till|before)\s+(the\s+)?$/i.test(part.slice(Math.max(0, m.start - 12), m.start)) || /^by\b/i.test(m.text);
    candidates.push({ edtf: m.edtf, earliest: m.earliest, latest: m.latest, at, deadline });
  }
  for (const era of cb.eras) {
    const m = era.regex.exec(part);
    if (m && (quotedToo || !insideAny(quotes, span.start + m.index))) {
      candidates.push({ edtf: era.date, ...edtfBounds(era.date), at: span.start + m.index, deadline: false });
    }
  }
  const usable = candidates.filter((c) => !c.deadline).sort((a, b) => a.at - b.at);
  const before = preferBefore === undefined ? [] : usable.filter((c) => c.at < preferBefore);
  const chosen = before.length ? before[before.length - 1] : usable[0];
  return chosen ? { edtf: chosen.edtf, earliest: chosen.earliest, latest: chosen.latest, at: chosen.at } : null;
}

const DATELINE = /^[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[–—-]+\s+/;

/** A dateline can only open a paragraph. */
function sentenceStartOf(text: string, at: number): number {
  return at === 0 || /\n\s*$/.test(text.slice(Math.max(0, at - 4), at)) ? at : -1;
}

const NAMED_DOCUMENT = /^\s+(?:[A-Z][\p{L}-]*\s+)*(?:joint\s+)?(declaration|agreement|accord|treaty|constitution|communiqu[eé]|statement|memorandum|formula|text|document|law|pact|deal|framework|amendment)s?\b/iu;
const RELATIVE_CLAUSE = /\s(?:that|which|who|whom|whose)\s/;

/** The clause up to its first relative clause: "a shift that could narrow..." does not hedge the main verb. */
function mainPart(clauseText: string): string {
  const cut = RELATIVE_CLAUSE.exec(clauseText);
  return cut && clauseText.slice(0, cut.index).split(/\s+/).length >= 4 ? clauseText.slice(0, cut.index) : clauseText;
}

const STORY_RELATIVE =
  /\b(?:(the (?:next|following) (day|week|month|year)|the day after)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?|months?|years?) (later|afterwards|after that|on))\b/i;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "The next day", "two months later", "four years on": dated from the story's current date, not from publication. */
function storyRelative(text: string, span: Span, quotes: Span[], frame: DatedValue | null): DatedValue | null {
  if (!frame) return null;
  const m = STORY_RELATIVE.exec(text.slice(span.start, span.end));
  if (!m || insideAny(quotes, span.start + m.index)) return null;
  const count = m[1] ? 1 : (COUNTS[m[3].toLowerCase()] ?? Number(m[3]));
  // "the day after" names its unit in neither group.
  const unit = (m[2] ?? m[4] ?? 'day').toLowerCase().replace(/s$/, '');
  const base = new Date(`${frame.earliest}T00:00:00Z`);
  if (unit === 'day') base.setUTCDate(base.getUTCDate() + count);
  if (unit === 'week') base.setUTCDate(base.getUTCDate() + 7 * count);
  if (unit === 'month') base.setUTCMonth(base.getUTCMonth() + count);
  if (unit === 'year') base.setUTCFullYear(base.getUTCFullYear() + count);
  const iso = base.toISOString().slice(0, 10);
  // The result is as precise as the story's date and the step: a day after a day, a month after a month.
  const precise = frame.earliest === frame.latest && (unit === 'day' || unit === 'week') ? iso : unit === 'year' ? iso.slice(0, 4) : iso.slice(0, 7);
  return { edtf: precise, ...edtfBounds(precise) };
}

/** The tense of the clause's main verb: quotes and relative clauses ("a treaty that would...") aside. */
function mainTense(text: string, span: Span, quotes: Span[]): 'past' | 'present' | 'future' {
  const main = mainPart(stripQuotes(text, span, quotes));
  return tenseOf(main.trim() ? main : text.slice(span.start, span.end));
}

const DOCUMENT_SPEAKS =
  /\b(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|constitution|law|decree|document|text|pact)s?\s+(?:also\s+|itself\s+)?(?:says|said|states|stated|stipulates|stipulated|provides|provided|envisages|envisaged|specifies|specified|reads|read|requires|required|commits|committed|promises|promised|foresees|foresaw)\b/iu;

/** "The 1956 declaration says ...": what a document of a given year says (after it, before the cue) is dated by that year. */
function documentDate(text: string, span: Span, cueAt: number | undefined): DatedValue | null {
  const m = DOCUMENT_SPEAKS.exec(text.slice(span.start, span.end));
  if (!m || (cueAt !== undefined && span.start + m.index > cueAt)) return null;
  return dated(m[1]);
}

const DOCUMENT_BEFORE =
  /\b(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|constitution|law|decree|document|pact)s?\s*,?\s*$/iu;

/** "..., the 1956 Joint Declaration, which provides for ...": a relative clause on a dated document is dated by it. */
function documentOfRelative(text: string, clause: Span): DatedValue | null {
  if (!/^\s*(?:which|that)\s/i.test(text.slice(clause.start, clause.start + 8))) return null;
  const m = DOCUMENT_BEFORE.exec(text.slice(Math.max(0, clause.start - 80), clause.start));
  return m ? dated(m[1]) : null;
}

function dated(edtf: string): DatedValue {
  return { edtf, ...edtfBounds(edtf) };
}

/** A template's matches inside `span`: matched once per sentence, then filtered by clause. */
function matchesIn(input: ClauseInput, template: CompiledTemplate, span: Span): TemplateMatch[] {
  return input.sentenceMatches(template).filter((m) => m.start >= span.start && m.end <= span.end);
}

function pollSentence(input: ClauseInput): boolean {
  const poll = input.cb.eventTypes.find((t) => t.type === 'poll');
  if (!poll) return false;
  if (poll.templates.some((t) => input.sentenceMatches(t).length > 0)) return true;
  // A poll write-up goes on giving figures in sentences that no longer say "poll".
  return input.inPoll && SHARE_FIGURE.test(input.sentence.text);
}

function eventType(input: ClauseInput, span: Span): { type: EventType; negated: boolean } | null {
  if (span.end <= span.start) return null;
  let negatedFallback: EventType | null = null;
  for (const { type, templates } of input.cb.eventTypes) {
    for (const template of templates) {
      for (const m of matchesIn(input, template, span)) {
        if (!m.negated && !negatedAt(input.text, span.start, m.start)) return { type, negated: false };
        negatedFallback ??= type;
      }
    }
  }
  return negatedFallback ? { type: negatedFallback, negated: true } : null;
}

function stanceSignals(input: ClauseInput, mentions: Mention[], type: EventType | undefined, subject: string | null): ExtractedStance[] {
  const { text, cb, sentence, clause, speaker } = input;
  const clauseText = text.slice(clause.start, clause.end);
  const signals: ExtractedStance[] = [];
  for (const cue of cb.cues) {
    const m = matchesIn(input, cue.template, clause).find((x) => !x.negated && !prevented(text, clause.start, x.start));
    if (!m) continue;
    if (cue.unless && matchesIn(input, cue.unless, clause).length > 0) continue;
    const at = m.start;
    // A slot decides the position ("belong to $owner"); the slot `holder`, when the template does
    // not fill it, is decided by whoever holds the stance ("our land" is Japan's claim from Tokyo).
    const byHolder = typeof cue.position !== 'string' && cue.position.slot === 'holder' && !m.slots.has('holder');
    const slotted = typeof cue.position === 'string' ? cue.position : byHolder ? '' : cue.position.positions[m.slots.get(cue.position.slot) ?? ''];
    if (slotted === undefined || (!slotted && !byHolder)) continue;
    let position = slotted;
    let holders: string[];
    // What respondents said: a share or the respondents come before the cue in the clause, and no
    // state is the cue's own subject ("98 percent knew that Japan claims the islands" is Japan's).
    const polled = type === 'poll' && RESPONDENTS.test(clauseText.slice(0, at - clause.start)) && !m.slots.has('owner');
    // What the words before the cue only entertain ("If only the two islands came back") is no stance.
    if (cb.hypothetical.test(text.slice(Math.max(clause.start, quoteStartOf(sentence.quotes, at)), at))) continue;
    if (polled) {
      // A poll measures a public (the one it names, or the one the story is about); a minority's
      // view means the majority holds the other position.
      holders = actorsOfKind(mentions, cb, 'public');
      if (!holders.length && input.lastPublic) holders = [input.lastPublic];
      // (With three positions, a minority's says nothing about the majority's.)
      if (minorityShare(clauseText.slice(0, at - clause.start))) position = otherPosition(cb, cue.question, position) ?? '';
      if (!position) continue;
    } else if (type === 'protest' && protesters(mentions, cb, speaker).length > 0) {
      // Slogans and demands at a rally are the protesters' own, whoever they are addressed to.
      holders = protesters(mentions, cb, speaker);
    } else if (m.slots.has('holder')) {
      holders = [m.slots.get('holder')!];
    } else if (documentOfRelative(text, clause)) {
      // "the 1956 declaration, which promised Japan two islands": the document's party, as the cue says.
      holders = cue.holder ? [cue.holder] : [];
    } else if (cue.demand) {
      // A demand on the other side ("Japan must first recognise..."): held by who demands it.
      holders = speaker?.kind === 'actor' ? [speaker.actor] : demander(text, clause, at, mentions);
    } else if (speaker?.kind === 'actor' && (at >= input.reportedFrom || insideAny(sentence.quotes, at))) {
      // "Putin said the two leaders agreed to...": a joint subject of what was said holds it jointly.
      const content = { start: input.reportedFrom <= at ? Math.max(clause.start, input.reportedFrom) : clause.start, end: at };
      holders = jointSubject(text, content, mentions, input.nearbyStates) ?? [speaker.actor];
    } else {
      holders =
        subjectBefore(clauseText, clause.start, at, mentions, subject, input.nearbyStates) ??
        relativeAntecedent(clauseText, clause.start, input.mentions, sentence) ??
        (cue.holder ? [cue.holder] : []);
    }
    for (const actor of holders) {
      const held = byHolder && typeof cue.position !== 'string' ? cue.position.positions[actor] : position;
      if (!held) continue;
      if (!signals.some((s) => s.actor === actor && s.question === cue.question && s.position === held)) {
        signals.push({ actor, question: cue.question, position: held, evidence: { quote: text.slice(m.start, m.end), start: m.start, end: m.end } });
      }
    }
  }
  // "backed writing a ban on ceding territory": when cues of one question disagree for one holder,
  // the later, nested construction is the one that states the position.
  return signals.filter(
    (s) => !signals.some((o) => o !== s && o.actor === s.actor && o.question === s.question && o.position !== s.position && (o.evidence?.start ?? 0) > (s.evidence?.start ?? 0)),
  );
}

/** The actor(s) doing the talking or acting before the cue: not the object of a preposition ("to Japan"). */
function subjectBefore(clauseText: string, clauseStart: number, at: number, mentions: Mention[], subject: string | null, nearbyStates: string[]): string[] | null {
  const plural = [...clauseText.slice(0, at - clauseStart).matchAll(PLURAL_SUBJECT)];
  // "the two leaders" is the subject only when no actor or pronoun came before it ("He appealed
  // to Putin, like he does every time the two leaders meet, to..." is his appeal).
  const earlier = plural.length > 0 && (mentions.some((m) => m.start < clauseStart + plural[0].index! && m.preposition === null) || leadingPronounEnd(clauseText) <= plural[0].index!);
  if (plural.length > 0 && !earlier) {
    const actors = [...new Set(mentions.filter((m) => m.start < clauseStart + plural[0].index!).map((m) => m.actor))];
    if (actors.length > 1) return actors;
    if (!/^they$/i.test(plural[0][1]) && nearbyStates.length === 2) return nearbyStates;
  }
  const index = mentions.findIndex((m) => m.start <= at && (m.preposition === null || m.preposition === 'by'));
  const first = mentions[index];
  if (first && (!subject || first.start < clauseStart + leadingPronounEnd(clauseText))) {
    // "Abe and Russian President Vladimir Putin agreed ...": a coordinated subject holds it jointly.
    const holders = [first.actor];
    for (let i = index + 1, prev = first; i < mentions.length && mentions[i].start < at; i++) {
      const gap = clauseText.slice(prev.end - clauseStart, mentions[i].start - clauseStart);
      if (!/^\s*(?:,|and|&)\s*(?:(?:and|&)\s+)?(?:[\p{L}.-]+\s+){0,3}$/u.test(gap)) break;
      if (!/\band\b|&/.test(clauseText.slice(first.end - clauseStart, mentions[i].start - clauseStart)) && !/^\s*$/.test(gap)) break;
      if (!holders.includes(mentions[i].actor)) holders.push(mentions[i].actor);
      prev = mentions[i];
    }
    return withPartners(holders, clauseText, clauseStart, at, mentions);
  }
  return subject ? withPartners([subject], clauseText, clauseStart, at, mentions) : null;
}

/**
 * The joint subject of reported content: "the two leaders agreed", "Abe and Putin confirmed",
 * "both sides expressed interest" (two state actors named nearby). Null when the subject is one.
 */
function jointSubject(text: string, content: Span, mentions: Mention[], nearbyStates: string[]): string[] | null {
  if (content.end <= content.start) return null;
  const part = text.slice(content.start, content.end);
  const plural = PLURAL_SUBJECT.exec(part);
  PLURAL_SUBJECT.lastIndex = 0;
  if (plural && !/^they$/i.test(plural[1]) && nearbyStates.length === 2) return nearbyStates;
  const inside = mentions.filter((m) => m.start >= content.start && m.end <= content.end && m.preposition === null);
  for (let i = 0; i + 1 < inside.length; i++) {
    const gap = text.slice(inside[i].end, inside[i + 1].start);
    if (inside[i].actor !== inside[i + 1].actor && /^\s*(?:and|&)\s+(?:[\p{L}.-]+\s+){0,3}$/u.test(gap)) return [inside[i].actor, inside[i + 1].actor];
  }
  return null;
}

/** Who demands what the cue says another side must do: the clause's first actor not itself told to do it. */
function demander(text: string, clause: Span, at: number, mentions: Mention[]): string[] {
  const first = mentions.find(
    (m) => m.start >= clause.start && m.start < at && m.preposition === null && !/^\s*(?:must|should|has to|had to|have to|needs? to|is to|was to|to)\b/i.test(text.slice(m.end, m.end + 12)),
  );
  return first ? [first.actor] : [];
}

/** "Zakharova: ...", "Q: ...", "A: ...": the speaker a transcript's paragraph label names. */
function transcriptLabel(text: string, sentence: Span, mentions: Mention[], persons: { start: number; end: number; text: string }[]): Speaker | 'answer' | null {
  const label = /^([A-Z][^:\n"“]{0,50}):\s/.exec(text.slice(sentence.start, sentence.end));
  if (!label) return null;
  const end = sentence.start + label[1].length;
  if (/^(?:Q|Question)\b/i.test(label[1])) return { kind: 'other', name: label[1] };
  if (/^(?:A|Answer)$/i.test(label[1].trim())) return 'answer';
  const mention = mentions.find((m) => m.start < end);
  if (mention) return { kind: 'actor', actor: mention.actor, person: mention.person };
  const person = persons.find((p) => p.start < end);
  return person ? { kind: 'other', name: person.text } : null;
}

/** "..., which described the islands as part of Japan": a relative clause speaks for its sentence's subject. */
function relativeAntecedent(clauseText: string, clauseStart: number, sentenceMentions: Mention[], sentence: Sentence): string[] | null {
  if (!/^\s*(which|that|who)\b/i.test(clauseText) || clauseStart === sentence.start) return null;
  const subject = sentenceMentions.find((m) => m.start < clauseStart && (m.preposition === null || m.preposition === 'by'));
  return subject ? [subject.actor] : null;
}

/** "he agreed with Putin to accelerate talks": the partner of a joint decision holds it too. */
function withPartners(holders: string[], clauseText: string, clauseStart: number, at: number, mentions: Mention[]): string[] {
  for (const m of mentions) {
    if (m.start >= at || m.preposition !== 'with') continue;
    if (/\b(agree[sd]?|agreeing|signed|concluded|reached (an )?agreement|decided)\s+with\s+(?:the\s+)?$/i.test(clauseText.slice(0, m.start - clauseStart)) && !holders.includes(m.actor)) {
      holders.push(m.actor);
    }
  }
  return holders;
}

const LEADING_PRONOUN = /^\s*(?:[\p{L}]+,?\s+){0,4}?(he|she)\b/iu;

function leadingPronounEnd(clauseText: string): number {
  const m = LEADING_PRONOUN.exec(clauseText);
  return m ? m.index + m[0].length : Number.POSITIVE_INFINITY;
}

/** "He appealed to Putin..." — the actor "he" stands for, when the clause starts with it. */
function pronounSubject(clauseText: string, lastPerson: PersonRef | null): string | null {
  if (!lastPerson || lastPerson.kind !== 'actor') return null;
  return /^\s*(?:[^,"“]{0,40},\s*){0,3}(?:(?:and|but|then|later|when|as)\s+)?(he|she)\b/i.test(clauseText) ? lastPerson.actor : null;
}

const RESPONDENTS = /(?:\d|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?)\s*(?:percent|per cent|%)|\b(?:respondents?|majority|most|minority|plurality|those (?:polled|questioned|surveyed|asked)|people (?:polled|questioned|surveyed|asked)|voters|residents|Russians|Japanese|half)\b/i;
const SHARE_FIGURE = /(?:\d|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?)\s*(?:percent|per cent|%)/i;
const TENS = ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SHARE =
  /(\d+(?:\.\d+)?|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s*(?:percent|per cent|%)|\b(majority|most|three[- ]quarters|two[- ]thirds|half|minority|few|a fraction)\b/gi;

/** "96", "ninety-six": a share written in figures or words. */
function shareValue(written: string): number {
  if (/^\d/.test(written)) return Number(written);
  const [tens, units] = written.toLowerCase().split(/[- ]/);
  return (TENS.indexOf(tens) + 1) * 10 + (units ? UNITS.indexOf(units) + 1 : 0);
}

/** In a poll, "only 17 percent support the handover" says the majority is on the other side. */
function minorityShare(before: string): boolean {
  const shares = [...before.slice(-80).matchAll(SHARE)];
  const last = shares[shares.length - 1];
  if (!last) return false;
  if (last[1] !== undefined) return shareValue(last[1]) < 50;
  return /^(minority|few|a fraction)$/i.test(last[2]);
}

/**
 * Who rallies: the groups or publics the clause names ("former residents rallied"); a rally of
 * unnamed people ("several hundred people") is the topic's protest group's, if it has exactly one.
 */
function protesters(mentions: Mention[], cb: CompiledCodebook, speaker: Speaker | null): string[] {
  const groups = actorsOfKind(mentions, cb, 'group');
  if (groups.length) return groups;
  const publics = actorsOfKind(mentions, cb, 'public');
  if (publics.length) return publics;
  return !speaker && cb.groups.length === 1 && mentions.every((m) => m.preposition !== null) ? cb.groups : [];
}

function actorsOfKind(mentions: Mention[], cb: CompiledCodebook, kind: string): string[] {
  return [...new Set(mentions.filter((x) => cb.actorKind.get(x.actor) === kind).map((x) => x.actor))];
}

function otherPosition(cb: CompiledCodebook, question: string, position: string): string | undefined {
  const positions = cb.positionsOf.get(question) ?? [];
  return positions.length === 2 ? positions.find((p) => p !== position) : undefined;
}

function complementStart(text: string, sentence: Span, verb: Span, published: string): number {
  const rest = text.slice(verb.end, sentence.end);
  const that = /\bthat\b/.exec(rest);
  if (that && that.index < 80) return verb.end + that.index;
  // "Russia said on Monday it was ...": the date right after the verb dates the saying.
  const head = rest.slice(0, 48);
  const when = findDateMentions(head, { date: published, tense: 'past' }).find((m) => /^\s*(?:on|in|at|last|earlier|late|early|this)?\s*$/i.test(head.slice(0, m.start)));
  return when ? verb.end + when.end : verb.end;
}

function opensInQuote(text: string, sentence: Sentence): boolean {
  return sentence.quotes.length > 0 && sentence.quotes[0].start <= sentence.start + 1;
}

/** Where the quotation around `at` opens, or -1. */
function quoteStartOf(quotes: Span[], at: number): number {
  return quotes.find((q) => at >= q.start && at < q.end)?.start ?? -1;
}

function stripQuotes(text: string, clause: Span, quotes: Span[]): string {
  let out = '';
  let at = clause.start;
  for (const q of quotes) {
    if (q.end <= clause.start || q.start >= clause.end) continue;
    out += text.slice(at, Math.max(at, q.start));
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, clause.end);
}

/** Who "he"/"she" will refer to: the sentence's speaker if a person, else its first person named. */
function nextPerson(speaker: Speaker | null, mentions: Mention[]): PersonRef | null {
  if (speaker && (speaker.kind === 'other' || speaker.person)) return speaker;
  const person = mentions.find((m) => m.person);
  return person ? { kind: 'actor', actor: person.actor, person: true } : null;
}

function placeOf(text: string, sentence: Span, cb: CompiledCodebook): string | undefined {
  if (!cb.places) return undefined;
  const slice = text.slice(sentence.start, sentence.end);
  cb.places.lastIndex = 0;
  for (let m = cb.places.exec(slice); m; m = cb.places.exec(slice)) {
    if (/\b(in|at|from|near|to)\s+(?:central\s+|the\s+(?:city|port|town)\s+of\s+)?$/i.test(slice.slice(Math.max(0, m.index - 30), m.index))) return m[1];
  }
  return undefined;
}

function finish(draft: Draft, text: string, published: string): ExtractedEvent {
  // A "future" event whose date is already past at publication was a plan then, not now.
  const context = draft.context.filter((c) => c !== 'future' || draft.date.latest >= published);
  if (daysBetween(draft.date.latest, published) > HISTORICAL_AFTER_DAYS && !context.includes('historical')) context.unshift('historical');
  const quote = text.slice(draft.sentence.start, draft.sentence.end);
  let confidence = 0.45;
  if (draft.ownDate) confidence += 0.2;
  if (draft.attributed) confidence += 0.1;
  if (draft.type !== 'statement') confidence += 0.1;
  if (draft.stances.length > 0) confidence += 0.1;
  return {
    type: draft.type,
    date: draft.date.edtf,
    earliest: draft.date.earliest,
    latest: draft.date.latest,
    context,
    place: draft.place,
    actors: draft.actors,
    summary: summarize(quote),
    stances: draft.stances,
    evidence: { quote, start: draft.sentence.start, end: draft.sentence.end },
    confidence: Math.round(Math.min(confidence, 0.95) * 100) / 100,
  };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
