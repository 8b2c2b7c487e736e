import type { CompiledCodebook } from '../codebook/compiled-codebook.js';
import { edtfBounds, findDateMentions, tenseOf } from '../dates/index.js';
import { tenseMarkers } from '../dates/tense.js';
import { COUNT, MONTH_NAME, MONTH_WORD as MONTH_OR_ABBREVIATION, monthNumber, parseCount } from '../dates/vocabulary.js';
import type { DatedValue } from '../events/merge-drafts.js';
import { DOCUMENT_CONTAINS, insideAny, type Span } from '../text/segment.js';
import type { ClauseInput } from './clause-input.js';

// The date stage: a clause's own date (the narrative first, quotes read at the time of speech),
// story-relative dates, documents that date what they say, and the tense that decides between them.

/** Older than this before publication, an event is history. */
export const HISTORICAL_AFTER_DAYS = 365;


/** A date after these words dates a subordinate clause's event, not the story's frame. */
// ("Before dawn on Wednesday" is a time of day, not a clause.)
// (Or a pluperfect after the clause's own past: "hosted Kono for the talks the two leaders had
// ordered last month" tells of what came before.)
// (So does "a day after": "The exchange came a day after Moscow announced on Monday ..." is the day after.)
export const SUBORDINATE =
  /\b(?:since|(?:a|an|one|two|three|four|five|several|a few|\d+)\s+(?:days?|weeks?|hours?|months?)\s+after|before(?!\s+(?:dawn|daybreak|sunrise|noon|midday|midnight|sunset)\b)|which|who|whom|whose|until|where|[a-z]{3,}ed\b[^,;]*\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ld|ght|nt|id|ok|un))\s/i;

/** "Tokyo has long insisted": a standing position, current at publication. */
export const LONGSTANDING =
  /\b(?:has|have)\s+(?:long|always|consistently|repeatedly)\b|\b(?:has|have)\s+(?:said|stated|insisted|argued|maintained|stressed)\s+(?:repeatedly|consistently|many times|on many occasions|time and again)\b|\b(?:long-held|long-standing|longstanding|consistent)\s+(?:position|stance|policy|line|view|claim|demand)\s+(?:has|have)\s+been\b|\b(?:has|have)\s+(?:never|not)\s+(?:given up|abandoned|dropped|renounced|stopped|ceased)\b|\b(?:has|have)\s+(?:maintained|insisted|held|kept up|claimed|demanded|sought|stuck to|stood by|refused|rejected)\b|\b(?:still|continues to|continue to)\b|\bfor (?:decades|years|generations)\s+(?:has|have)\b|\bfor (?:decades|years|generations),?\s+(?:[\p{L}'’-]+\s+){1,4}(?:has|have)\s+(?:been\s+[a-z]+ing|[a-z]+ed)\b|^\s*(?:[\p{L}'’-]+\s+){1,3}(?:has|have)\s+[a-z]+ed\b[^.;,]{0,80}\bever since\s*(?:[.;,]|$)/iu;

/** "and Japan has been demanding their return ever since": a demand (a verb of saying) held from then to now. */
export const EVER_SINCE = /^\s*(?:[\p{L}'’-]+\s+){1,3}(?:has|have)\s+(?:been\s+[a-z]+ing|[a-z]+ed)\b[^.;,]{0,80}\bever since\s*(?:[.;,]|$)/iu;

/**
 * The present-tense verbs of a view held now ("Tokyo maintains", "Moscow argues"), and phrases that
 * say the same ("the Kremlin proceeds from the premise that ...").
 */
export const VIEW_VERBS = 'maintains|insists|argues|contends|claims|asserts|believes|proceeds\\s+from\\s+the\\s+(?:assumption|premise|understanding|position)|takes\\s+the\\s+view|is\\s+of\\s+the\\s+view';

// (Or a view held now: "It maintains they are its territory, illegally occupied after the war".)
const POSITION_THAT = new RegExp(
  `\\b(?:position|view|stance|line|argument|contention|belief|insistence|assumption|premise|conviction)\\s+(?:(?:is|was|remains)\\s+)?that\\s[^,;:]*$|^\\s*(?:(?:which|that|what)\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*|It|They)\\s+(?:still\\s+|also\\s+)?(?:${VIEW_VERBS})(?:,\\s+however,)?\\s[^;:]*$`,
  'iu',
);

/** The first non-deadline date of `span` (quoted parts only when `quotedToo`), resolved against `reference`. */
export function datesIn(
  text: string,
  span: Span,
  quotes: Span[],
  quotedToo: boolean,
  reference: string,
  tense: 'past' | 'present' | 'future',
  cb: CompiledCodebook,
  preferBefore?: number,
  /** The story's day when it is in the past: a month and day without a year ("on October 13th") are read back from it. */
  storyDay?: string,
): DatedValue | null {
  if (span.end <= span.start) return null;
  const part = text.slice(span.start, span.end);
  const mentions = findDateMentions(part, { date: reference, tense });
  // (Read again against the story's year only when there is a year-less month to read.)
  const ofStoryYear =
    storyDay && mentions.some(yearlessMonth) ? new Map(findDateMentions(part, { date: storyDay, tense }).filter(yearlessMonth).map((m) => [m.start, m])) : null;
  // `deadline`: read but not the clause's own date (a deadline, a present clause's aside).
  const candidates: (DatedValue & { at: number; deadline: boolean; naming?: boolean })[] = [];
  // "MOSCOW/TOKYO, March 22 (Example Wire) -": a dateline dates the filing, not the event.
  const dateline = span.start === sentenceStartOf(text, span.start) ? (DATELINE.exec(part)?.[0].length ?? 0) : 0;
  const asides = [...part.matchAll(ASIDE)].map((a) => ({ start: a.index, end: a.index + a[0].length }));
  const participle = PARTICIPIAL_REPORT.exec(part);
  let previous: { end: number; day: boolean } | null = null;
  for (const found of mentions) {
    // "On March 21, a Monday, ...": a weekday in apposition restates the day before it.
    const restates = previous?.day && WEEKDAY_ONLY.test(found.text) && /^\s*(?:,|\(|[-–—])\s*(?:a\s+|on\s+a\s+)?$/.test(part.slice(previous.end, found.start));
    previous = { end: found.end, day: found.precision === 'day' };
    if (restates) continue;
    const m = (yearlessMonth(found) && ofStoryYear?.get(found.start)) || found;
    const at = span.start + m.start;
    if (m.start < dateline) continue;
    if (!quotedToo && insideAny(quotes, at)) continue;
    // "the 1956 declaration": a year the codebook uses to name a document names it, it does not date the event.
    if (/^\d{4}$/.test(m.text) && cb.documentYears.has(m.text) && NAMED_DOCUMENT.test(part.slice(m.end, m.end + 40))) continue;
    // "...agreed to continue the talks on the basis of past agreements, including the 2018 accord
    // reached in Singapore": after the cue, the date of a document named is the document's.
    const ofDocumentAfter =
      preferBefore !== undefined &&
      at > preferBefore &&
      ((/^\d{4}$/.test(m.text) && NAMED_DOCUMENT.test(part.slice(m.end, m.end + 40))) || DOCUMENT_DATED.test(part.slice(Math.max(0, m.start - 60), m.start)));
    // ("The two leaders reaffirmed an agreement reached in Singapore last November": a document a
    // later act takes up is dated by its own date, not the act.)
    const reaffirmed = DOCUMENT_REAFFIRMED.test(part.slice(Math.max(0, m.start - 140), m.start));
    // "a woman born on Etorofu in 1936", "the league, founded in 1958": a person's or body's date, not the event's.
    const biographical = /\b(?:born|founded)\b[^,.;:]{0,30}$/i.test(part.slice(Math.max(0, m.start - 40), m.start));
    // ("By Thursday morning, the two governments were offering different readings": opening a
    // sentence told in the past, "by" says when, not a deadline.)
    const asOf = tense === 'past' && /^\s*By\s+(?:the\s+)?$/.test(part.slice(0, m.start)) && span.start === sentenceOpening(text, span.start);
    // ("..., adding that he planned to visit Russia in January": a date in what a participle reports is its own.)
    const reportedAfter = participle !== null && m.start > participle.index;
    // ("announced a picket for September 2": a date something is set for.)
    // ("Before the 1991 visit, the Soviet side had maintained ...": in a pluperfect, "before" says up to when, not a deadline.)
    const upTo = tense === 'past' && /\bbefore\s+(?:the\s+)?$/i.test(part.slice(Math.max(0, m.start - 12), m.start)) && HAD_DONE.test(part);
    const deadline =
      (!asOf && !upTo && /\b(by|until|till|before|for)\s+(the\s+)?$/i.test(part.slice(Math.max(0, m.start - 12), m.start))) || /^(?:by|before|until|till)\b/i.test(m.text) || ofDocumentAfter || reaffirmed || biographical || reportedAfter;
    // "all four islands, seized by Soviet forces in 1945, are Japanese": an aside's date is its own
    // (though "The declaration, signed 62 years ago, ended the war" has no other).
    const aside = insideAny(asides, m.start);
    // "approved on Friday a revision of a 1982 law": a year naming a document dates the document.
    // (So does "the Treaty on Trade and Borders of 1855", "the Constitution of 1993".)
    const naming = /^\d{4}$/.test(m.text) && (NAMED_DOCUMENT.test(part.slice(m.end, m.end + 40)) || DOCUMENT_OF.test(part.slice(Math.max(0, m.start - 40), m.start)));
    // ("agreed to conduct the talks on the basis of the Declaration of 1956", "return to the 1956
    // declaration": a document a later act takes up does not date the act, as one agreed in does.)
    const takenUp = naming && TAKEN_UP.test(part.slice(Math.max(0, m.start - 60), m.start));
    // ("Moscow's position that the islands became Soviet after World War II": what a position holds happened is not when it is held.)
    const held = POSITION_THAT.test(part.slice(Math.max(0, m.start - 200), m.start));
    // ("agreed on Thursday to send a team as early as next month": a day still to come is what a past act set, not its date.)
    const ahead = tense === 'past' && m.earliest > reference && /\b(?:next|coming)\b/i.test(m.text);
    // ("The ambassador, who arrived in Tokyo last month, added that ...": when the person did
    // something else, in a relative clause set off by commas, is not when the clause's act was.)
    // (Unless the cue is in that clause: "Abe, who said on Monday that the talks were moving toward a treaty, did not ...".)
    const closing = /^[^,;]{0,60},/.exec(part.slice(m.end));
    const whoClause =
      WHO_ASIDE.test(part.slice(Math.max(0, m.start - 80), m.start)) &&
      closing !== null &&
      !(preferBefore !== undefined && preferBefore > span.start + m.end && preferBefore < span.start + m.end + closing[0].length);
    const ofIslands = islandsTaken(part, m.start, span.start, preferBefore);
    candidates.push({ edtf: m.edtf, earliest: m.earliest, latest: m.latest, at, deadline: deadline || takenUp || ahead || held || whoClause || ofIslands || (aside && tense !== 'past'), naming });
  }
  for (const era of cb.eras) {
    const m = era.regex.exec(part);
    // ("negotiating a peace agreement following World War II": what the treaty is to end, not when.)
    if (m && /^(?:after|following)\b/i.test(m[0]) && TREATY_BEFORE.test(part.slice(Math.max(0, m.index - 40), m.index))) continue;
    // ("talks on a treaty to mark the end of the Second World War": the end the treaty is to mark.)
    if (m && TREATY_TO_MARK.test(part.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (m && (quotedToo || !insideAny(quotes, span.start + m.index))) {
      // ("Eleven years after the war, the two restored ties": the era's year, counted on; so is
      // "sixty years after the end of the Second World War".)
      const later = /^(?:after|following)\b/i.test(m[0]) ? YEARS_ON.exec(part.slice(Math.max(0, m.index - 30), m.index)) : YEARS_AFTER.exec(part.slice(Math.max(0, m.index - 40), m.index));
      const edtf = later && /^\d{4}~?$/.test(era.date) ? `${Number(era.date.slice(0, 4)) + parseCount(later[1]).value}` : era.date;
      const held = POSITION_THAT.test(part.slice(Math.max(0, m.index - 200), m.index));
      const ofIslands = islandsTaken(part, m.index, span.start, preferBefore);
      candidates.push({ edtf, ...edtfBounds(edtf), at: span.start + m.index - (later?.[0].length ?? 0), deadline: held || ofIslands || (insideAny(asides, m.index) && tense !== 'past') });
    }
  }
  const undated = candidates.filter((c) => !c.deadline);
  // (A present-tense clause is not dated by the year naming a document: "Japan lays claim, referring to the treaty of 1855".)
  const usable = (undated.some((c) => !c.naming) ? undated.filter((c) => !c.naming) : tense === 'present' ? [] : undated).sort((a, b) => a.at - b.at);
  const before = preferBefore === undefined ? [] : usable.filter((c) => c.at < preferBefore);
  const first = before.length ? before[before.length - 1] : usable[0];
  // "Earlier this month, ... on September 7": a date inside the one chosen says it more precisely.
  const chosen = usable.find((c) => c !== first && c.earliest >= first.earliest && c.latest <= first.latest && (c.earliest > first.earliest || c.latest < first.latest) && Math.abs(c.at - first.at) < 120) ?? first;
  if (chosen) return { edtf: chosen.edtf, earliest: chosen.earliest, latest: chosen.latest, at: chosen.at };
  // (Only of what is told as done: "Japan marks that date every year as Northern Territories Day" is no event of a day.)
  return candidates.length || tense !== 'past' ? null : annualDayIn(part, span.start, quotes, quotedToo, reference, cb);
}

/**
 * "Kishida told the national rally that ...": a day the dispute marks each year, named with no
 * other date, is its last occurrence up to the reference.
 */
function annualDayIn(part: string, offset: number, quotes: Span[], quotedToo: boolean, reference: string, cb: CompiledCodebook): DatedValue | null {
  for (const annual of cb.annualDays) {
    const m = annual.regex.exec(part);
    if (!m || (!quotedToo && insideAny(quotes, offset + m.index))) continue;
    const year = Number(reference.slice(0, 4));
    const monthDay = reference.slice(5, 10);
    const edtf = `${monthDay >= annual.day ? year : year - 1}-${annual.day}`;
    return { ...dated(edtf), at: offset + m.index };
  }
  return null;
}

const TREATY_BEFORE = /\b(?:peace\s+)?(?:treaty|agreement|accord|settlement|deal|pact)\s+(?:(?:formally\s+)?(?:ending|to end|closing)\s+(?:the\s+)?(?:war|hostilities)\s+)?$/i;

const TREATY_TO_MARK = /\b(?:treaty|agreement|accord|settlement|deal|pact)\s+(?:that\s+would\s+|which\s+would\s+|to\s+)?(?:formally\s+|officially\s+)?(?:mark|marking|end|ending|close|closing|conclude|concluding|draw\s+a\s+line\s+under)\s+(?:the\s+)?$/i;

const YEARS_ON = new RegExp(`\\b(${COUNT})\\s+years?\\s+$`, 'i');
const YEARS_AFTER = new RegExp(`\\b(${COUNT})\\s+years?\\s+(?:after|following)\\s+(?:the\\s+)?$`, 'i');

const WEEKDAY_ONLY = /^(?:on\s+)?(?:a\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;

/** "October 13th", "in November": a month named without a year, not counted from today ("last month"). */
function yearlessMonth(m: { text: string }): boolean {
  return MONTH_WORD.test(m.text) && !/\d{4}|'\d\d/.test(m.text) && !/\b(?:last|next|this|ago|since|until|till|by|from|yesterday|today|tomorrow|week|weekend|early|late|mid)\b/i.test(m.text);
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

/** "the accord reached in Singapore in": a document's own date follows. */
// ("the agreement struck by Abe and Putin in 2018")
// (Its makers may stand before the verb, in up to twelve words: "an agreement Prime Minister Shinzo
// Abe and President Vladimir Putin reached in".)
const DOCUMENT_DATED =
  /\b(?:agreement|accord|declaration|deal|treaty|statement|document|understanding)s?\s+(?:[\p{L}.'’-]+\s+){0,12}?(?:(?:reached|signed|adopted|concluded|issued|struck|sealed)\s+)(?:by\s+(?:[\p{L}.'’-]+\s+){1,6}?)?(?:(?:in|at|on)\s+[\p{Lu}][\p{L}-]*\s+)?(?:in|on)?\s*$/iu;

/** A pluperfect: "had maintained", "had long insisted". */
const HAD_DONE = /\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ld|ght|nt|id|ok|un)\b/i;

/** "reaffirmed an agreement reached in Singapore in": the document is taken up, its date follows. */
const DOCUMENT_REAFFIRMED = new RegExp(
  `\\b(?:reaffirm\\w*|confirm\\w*|reiterat\\w*|uph[eo]ld\\w*|honou?r\\w*|abid\\w*\\s+by|stood\\s+by|stand\\w*\\s+by|in\\s+line\\s+with|on\\s+the\\s+basis\\s+of|based\\s+on|build\\w*\\s+on|built\\s+on)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${DOCUMENT_DATED.source.slice(2)}`,
  'iu',
);

/**
 * "The two leaders reaffirmed an agreement reached in Singapore last November to accelerate
 * negotiations ...": when the stance's words tell what a document taken up says, the document
 * showed it on its own date too. That date, or null.
 */
export function reaffirmedDocument(text: string, span: Span, cueAt: number | undefined, published: string): DatedValue | null {
  if (cueAt === undefined || cueAt <= span.start) return null;
  const part = text.slice(span.start, cueAt);
  for (const m of findDateMentions(part, { date: published, tense: 'past' })) {
    if (DOCUMENT_REAFFIRMED.test(part.slice(Math.max(0, m.start - 140), m.start)) && TELLS_WHAT.test(part.slice(m.end))) {
      return { edtf: m.edtf, earliest: m.earliest, latest: m.latest, at: span.start + m.start };
    }
  }
  return null;
}

/** "... last November to accelerate": what follows the document's date says what it provides. */
const TELLS_WHAT = /^[\s,]*(?:to|that|under which|in which|by which)\s+(?:[a-z]+\s+){0,2}$/i;

/** What comes before a date inside a relative clause on a person, set off by a comma: ", who arrived in Tokyo ". */
/**
 * "speaking of the four islands Soviet forces took as the war ended", "islands occupied by Moscow
 * soon after the war should be run jointly": a participle after the islands tells when they were
 * taken, not when the clause's act was.
 */
const ISLANDS_TAKEN =
  /\b(?:islands?|islets?|isles|territor(?:y|ies)|kurils|chain|archipelago)\s+(?:(?:that|which)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:seized|occupied|taken|captured|annexed|grabbed|lost)\s+(?:from\s+Japan\s+)?(?:by\s+[^,;]{1,50}?\s+)?(?:(?:shortly|soon|just|right)\s+)?(?:in|at|during|after|following|since|toward|towards|in\s+the\s+(?:closing|final|last)\s+days\s+of)?\s*(?:the\s+)?$/iu;

/** Whether the date at `at` of `part` tells when the islands before it were taken, the cue (at `cueAt`) not being that taking. */
function islandsTaken(part: string, at: number, offset: number, cueAt: number | undefined): boolean {
  const from = Math.max(0, at - 80);
  const m = ISLANDS_TAKEN.exec(part.slice(from, at));
  // ("rallied near the islets annexed by the USSR in February 1946": the annexation is what the clause tells of.)
  return m !== null && (cueAt === undefined || cueAt < offset + from + m.index);
}

const WHO_ASIDE = /,\s+who\s+[^,;]{0,70}$/;

/** An aside in commas (or closing the clause) that opens with a participle: ", seized by Soviet forces in 1945,". */
/** ", seized by Soviet forces in 1945,", ", illegally occupied since the war.": a participle's aside on a noun. */
export const ASIDE = /,\s*(?:[a-z]+ly\s+)?(?:[a-z]+ed|won|held|built|taken|fought|lost|seized|given)\s+(?:by|in|at|during|after|under|since)\b[^,;"“”]{0,100}?(?:,|[.!?]?\s*$)/g;

// ("YUZHNO-KURILSK, Russia, Nov 1 (Example Press) - ": a region may follow the place.)
export const DATELINE = /^[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][A-Za-z.]+(?=,)){0,2}(?:[,.]\s*([A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\([^)]{1,40}\))?\s*[–—-]+\s+/;

/** The day a paragraph's dateline gives ("TOKYO, Nov 1 (Example Press) - "), read against publication. */
export function datelineDay(text: string, at: number, published: string): DatedValue | null {
  if (sentenceStartOf(text, at) !== at) return null;
  const m = DATELINE.exec(text.slice(at, at + 120));
  if (!m?.[1]) return null;
  const day = findDateMentions(`on ${m[1]}`, { date: published, tense: 'past' })[0];
  return day && day.precision === 'day' ? { edtf: day.edtf, earliest: day.earliest, latest: day.latest, at } : null;
}

/** `at` when a sentence opens there (after a full stop or a paragraph break), else -1. */
function sentenceOpening(text: string, at: number): number {
  return at === 0 || /(?:[.!?]["”’]?|\n)\s*$/.test(text.slice(Math.max(0, at - 4), at)) ? at : -1;
}

/** A dateline can only open a paragraph. */
export function sentenceStartOf(text: string, at: number): number {
  return at === 0 || /\n\s*$/.test(text.slice(Math.max(0, at - 4), at)) ? at : -1;
}

// (Modifiers between, not function words: "in 1997 to conclude a treaty" names none.)
export const NAMED_DOCUMENT =
  /^\s+(?:(?!(?:to|a|an|the|and|or|of|by|for|with|on|in|at|that|which|was|were|is)\s)[\p{L}-]+\s+){0,3}?(?:declaration|agreement|accord|treaty|constitution|communiqu[eé]|statement|memorandum|formula|text|document|law|pact|deal|framework|amendment)s?\b/iu;

const TAKEN_UP =
  /\b(?:basis of|based on|return(?:s|ed|ing)? to|go(?:es|ing)? back to|went back to|confirm(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?|cit(?:e|es|ed|ing)|referr?(?:ing|ed|s)? to|respect(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|implement(?:s|ed|ing)?|build(?:s|ing)? on|built on)\s+(?:the\s+)?[^,.;]{0,45}$/i;
const DOCUMENT_OF = /\b(?:[Dd]eclaration|[Tt]reaty|[Aa]greement|[Aa]ccord|[Cc]onstitution|[Cc]ommuniqu[eé]|[Mm]emorandum|[Pp]act|[Bb]orders|[Pp]eace)\s+of\s+$/;

/** The clause up to its first relative clause: "a shift that could narrow..." does not hedge the main verb. */
const FRONTED = /^\s*(?:In|Under|At|During|After|Before|Since|From|Through|With|Following|On|Despite)\s/i;

const PARTICIPIAL_REPORT = /,\s+(?:saying|adding|arguing|insisting|noting|claiming|stressing|explaining|warning|complaining|citing)\b/i;

export function mainPart(clauseText: string, relative: { clause: RegExp; aside: RegExp }): string {
  // "Kishida, who is due to step down on Friday, told...": a relative clause in commas is not the main verb.
  clauseText = clauseText.replace(relative.aside, ',');
  // ("Japan considers them its territory, seized by Soviet troops in 1945.": nor is a participle's aside.)
  // (Not one ending the clause after a subject with no verb yet: "Abe and the Russian leader,
  // Vladimir Putin, agreed in 2018 to ..." is the main verb after an appositive.)
  clauseText = clauseText.replace(ASIDE, (aside: string, at: number, whole: string) => (aside.endsWith(',') || tenseMarkers(whole.slice(0, at)).length > 0 ? ' ' : aside));
  // "... agreed to speed up the talks — a move widely read as Tokyo preparing to ...": what follows
  // a dash is a comment on the clause, not its verb.
  const dash = /\s[—–]\s|\s--\s/.exec(clauseText);
  if (dash && clauseText.slice(0, dash.index).split(/\s+/).length >= 4) clauseText = clauseText.slice(0, dash.index);
  // "Moscow broke off the talks, saying it could not negotiate with ...": what the participle
  // reports is the reason given, not a hedge on the clause's verb.
  const saying = PARTICIPIAL_REPORT.exec(clauseText);
  if (saying && clauseText.slice(0, saying.index).split(/\s+/).length >= 4) clauseText = clauseText.slice(0, saying.index);
  // ("a treaty with Moscow it believes would settle the quarrel": a relative clause without its pronoun.)
  const pronounless = CONTACT_CLAUSE.exec(clauseText);
  const relativeCut = relative.clause.exec(clauseText);
  const cut = pronounless && (!relativeCut || pronounless.index < relativeCut.index) ? pronounless : relativeCut;
  if (!cut || clauseText.slice(0, cut.index).split(/\s+/).length < 4) return clauseText;
  // "In the 1956 declaration that restored ties, the Soviet Union agreed ...": a relative clause
  // inside a fronted phrase ends at its comma, and the main clause follows.
  const comma = clauseText.indexOf(',', cut.index);
  if (FRONTED.test(clauseText) && comma > 0) return clauseText.slice(0, cut.index) + clauseText.slice(comma);
  return clauseText.slice(0, cut.index);
}

const CONTACT_CLAUSE = /\s(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|\p{Lu}[\p{L}-]+)\s+(?:hopes|hoped|believes|believed|thinks|thought|expects|expected|fears|feared|says|said)\s+(?:will|would|could|can|might|may)\s/u;

// ("Hosoda said the day before that ...": after a verb of saying, "that" opens what was said.)
export const STORY_RELATIVE =
  /\b(?:((?<!\bof\s)the (?:next|following) (day|week|month|year)|the day after(?!\s+(?:he|she|they|it|we|I)\s|\s+(?:[\p{Lu}][\p{L}'’-]+\s+){1,4}(?:and\s+(?:[\p{Lu}][\p{L}'’-]+\s+){1,4})?[a-z]{3,}ed\b))|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?|months?|years?) (later|afterwards|after that|on|earlier|before(?=\s*[,.;:)])|after (?:the|that|this|his|her|their) (?:[\p{Lu}][\p{L}'’-]+ )?(?:meeting|talks|summit|visit|call|session|vote|announcement|rally|trip)\b(?! (?:in|on|of) \d))|the (previous|preceding) (day|week|month|year)|the (day|week|month|year) before(?=\s*[,.;:)]|\s*$|\s+that\s(?<=\b(?:said|says|stated|announced|noted|added|stressed|insisted|told\s+[\p{L}-]+)\s+the\s+\w+\s+before\s+that\s)))\b/iu;
// ("Within two months, ...": a count of days to years from the story's date.)
const WITHIN = /\bwithin (a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?|months?|years?)\b/i;
const NEXT_PERIOD = /\b(?:for|over|during|in)\s+(?:(?:most|much|all)\s+of\s+)?the\s+(?:next|following)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years|decades)\b/i;
export const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Whether `span` opens with `pattern`'s phrase ("The following day, ...", "And that month, ..."). */
export function opensOn(text: string, span: Span, pattern: RegExp): boolean {
  const part = text.slice(span.start, span.end);
  const m = pattern.exec(part);
  return m !== null && OPENING.test(part.slice(0, m.index));
}

const OPENING = /^[\s"“]*(?:(?:and|but|then|so|yet)\b\s*,?\s*)?(?:(?:on|in|at|by)\s+)?$/i;

/** "The next day", "two months later", "four years on", "two days after the meeting": dated from the story's current date, not from publication. */
export function storyRelative(
  text: string,
  span: Span,
  quotes: Span[],
  storyFrame: DatedValue | null,
  published?: string,
  /** The article's own day, when `published` is a timeline entry's ("- 1961: ... For the next three decades ..."). */
  issued: string | undefined = published,
): DatedValue | null {
  // ("For the next three decades Moscow denied that any territorial issue existed": the years
  // from the story's year on.)
  const period = NEXT_PERIOD.exec(text.slice(span.start, span.end));
  if (period && storyFrame && !insideAny(quotes, span.start + period.index)) {
    const from = Number(storyFrame.earliest.slice(0, 4));
    const count = COUNTS[period[1].toLowerCase()] ?? Number(period[1]);
    const years = count * (/^decade/i.test(period[2]) ? 10 : 1);
    const edtf = `${from}/${from + years}`;
    if (Number.isFinite(years) && years > 0 && (!issued || `${from + years}` <= issued.slice(0, 4))) return { edtf, ...edtfBounds(edtf) };
  }
  // ("Within two months, Lavrov was telling Tokyo ...": some time from the story's date to that much later.)
  const within = WITHIN.exec(text.slice(span.start, span.end));
  if (within && storyFrame && !insideAny(quotes, span.start + within.index)) {
    const unit = within[2].toLowerCase().replace(/s$/, '');
    const last = stepped(storyFrame.latest, unit, COUNTS[within[1].toLowerCase()] ?? Number(within[1]));
    const byDay = storyFrame.earliest === storyFrame.latest && (unit === 'day' || unit === 'week');
    const edtf = byDay ? `${storyFrame.earliest}/${last}` : `${storyFrame.earliest.slice(0, 7)}/${last.slice(0, 7)}`;
    if ((!published || last <= published) && edtf.split('/')[0] < edtf.split('/')[1]) return { edtf, ...edtfBounds(edtf) };
  }
  const m = STORY_RELATIVE.exec(text.slice(span.start, span.end));
  if (!m || insideAny(quotes, span.start + m.index)) return null;
  // "Edano had said the previous day": a day counted from a day. When the story's date is no day
  // and long past (an era, a year of history told before), the day is the publication's.
  const byDay = /^(?:day|week)/i.test(m[2] ?? m[4] ?? m[7] ?? m[8] ?? 'day');
  const backward = /^(?:earlier|before)$/i.test(m[5] ?? '') || m[6] !== undefined || m[8] !== undefined;
  const vague = storyFrame !== null && storyFrame.earliest !== storyFrame.latest && published !== undefined && daysBetween(storyFrame.latest, published) > HISTORICAL_AFTER_DAYS;
  // ("The day before, the prime minister held talks ...", with no date told yet: counted from the news day.)
  const fromNews = byDay && published !== undefined && (storyFrame === null || (vague && backward));
  const frame = fromNews ? dated(published) : storyFrame;
  if (!frame) return null;
  // "two days earlier", "the previous day", "the week before": back from the story's date.
  const back = /^(?:earlier|before)$/i.test(m[5] ?? '') || m[6] !== undefined || m[8] !== undefined;
  const count = (m[3] ? (COUNTS[m[3].toLowerCase()] ?? Number(m[3])) : 1) * (back ? -1 : 1);
  // "the day after" names its unit in no group.
  const unit = (m[2] ?? m[4] ?? m[7] ?? m[8] ?? 'day').toLowerCase().replace(/s$/, '');
  const iso = stepped(frame.earliest, unit, count);
  // ("In 2018 Putin proposed ... Two months later": a step finer than a year told only by its
  // year lands somewhere in the year's span, carried on.)
  if (unit !== 'year' && /-01-01$/.test(frame.earliest) && /-12-31$/.test(frame.latest)) {
    const span = `${iso.slice(0, 7)}/${stepped(frame.latest, unit, count).slice(0, 7)}`;
    return { edtf: span, ...edtfBounds(span) };
  }
  // The result is as precise as the story's date and the step: a day after a day, a month after a month.
  const precise = frame.earliest === frame.latest && (unit === 'day' || unit === 'week') ? iso : unit === 'year' ? iso.slice(0, 4) : iso.slice(0, 7);
  return { edtf: precise, ...edtfBounds(precise) };
}

/** `iso` moved `count` days, weeks, months or years (a month on from Jan. 31 is Feb. 28). */
function stepped(iso: string, unit: string, count: number): string {
  const base = new Date(`${iso}T00:00:00Z`);
  if (unit === 'day') base.setUTCDate(base.getUTCDate() + count);
  if (unit === 'week') base.setUTCDate(base.getUTCDate() + 7 * count);
  if (unit === 'month' || unit === 'year') {
    const months = base.getUTCMonth() + (unit === 'month' ? count : 12 * count);
    const day = Math.min(base.getUTCDate(), new Date(Date.UTC(base.getUTCFullYear(), months + 1, 0)).getUTCDate());
    return new Date(Date.UTC(base.getUTCFullYear(), months, day)).toISOString().slice(0, 10);
  }
  return base.toISOString().slice(0, 10);
}

/** The tense of the clause's main verb: quotes and relative clauses ("a treaty that would...") aside. */
export function mainTense(text: string, span: Span, quotes: Span[], relative: { clause: RegExp; aside: RegExp }): 'past' | 'present' | 'future' {
  return tenseOfMain(text, span, mainPart(stripQuotes(text, span, quotes), relative));
}

/** `mainTense` of a span whose main part (`mainPart` of its words outside quotes) is already at hand. */
export function tenseOfMain(text: string, span: Span, main: string): 'past' | 'present' | 'future' {
  return tenseOf(main.trim() ? main : text.slice(span.start, span.end));
}

export const DOCUMENT_SPEAKS =
  new RegExp(String.raw`\b(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|constitution|amendment|law|decree|document|text|pact)s?(?:\s*,[^,;.]{1,150},)?(?:\s+[^,;.]{1,80}?\s+and)?\s+(?:also\s+|itself\s+)?(?:says|said|states|stated|stipulates|stipulated|provides|provided|envisages|envisaged|specifies|specified|reads|read|requires|required|commits|committed|obliges|obliged|binds|promises|promised|foresees|foresaw|notes|noted|envisions|envisioned|${DOCUMENT_CONTAINS})\b`, 'iu');

/** "The 1956 declaration says ...", "A 1956 declaration restored ties and said ...": what a document of a given year says (after it, before the cue) is dated by that year. */
export function documentDate(text: string, span: Span, cueAt: number | undefined): DatedValue | null {
  const m = DOCUMENT_SPEAKS.exec(text.slice(span.start, span.end));
  if (!m || (cueAt !== undefined && span.start + m.index > cueAt)) return null;
  return dated(m[1]);
}

const DOCUMENT_ACTED =
  /^\s*(?:(?:the|a)\s+)?(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|constitution|amendment|law|decree|document|pact)s?\s+(?:(?:also|formally|effectively|thus)\s+)?(?:(?!(?:remained|stayed|seemed|appeared|continued|survived)\b)[a-z]+ed|ended|gave|made|set|left|took|brought|began|became|won|laid|drew|put|split|cut|broke)\b/iu;

/**
 * "The 1956 declaration ended the state of war", "In the 1956 Joint Declaration, the Soviet Union
 * agreed ...": a past clause whose subject, or whose opening frame, is a dated document is dated by it.
 */
export function documentActed(text: string, span: Span): DatedValue | null {
  const part = text.slice(span.start, span.end);
  const m = DOCUMENT_ACTED.exec(part) ?? DOCUMENT_FRAME.exec(part) ?? ACTED_IN_DOCUMENT.exec(part);
  return m ? { ...dated(m[1]), at: span.start + m.index } : null;
}

const DOCUMENT_FRAME =
  /^\s*(?:In|Under|Through|With)\s+(?:the|its|a)\s+(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|constitution|amendment|law|decree|document|pact)s?\b/iu;

// ("The Soviet Union agreed in a 1956 joint declaration to transfer ...")
const ACTED_IN_DOCUMENT =
  /\b(?:agreed|undertook|promised|pledged|committed\s+itself|recogni[sz]ed|confirmed|declared)\s+in\s+(?:the|a|its|their)\s+(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|document|pact)\b/iu;

export const DOCUMENT_BEFORE =
  /\b(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}(?:declaration|agreement|treaty|statement|memorandum|communiqu[eé]|accord|constitution|amendment|law|decree|document|pact)s?(?:\s+between\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|\s+with\s+(?:the\s+)?(?:then\s+|former\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s*(?:--|[–—])[^–—]{1,60}?(?:--|[–—]))?\s*,?\s*$|\b(?:declaration|agreement|treaty|accord|amendment|law|decree)s?\s+of\s+(1[5-9]\d\d|20\d\d)\s*,?\s*$/iu;

const DOCUMENT_APPOSITIVE = /,\s*(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}(?:document|text|agreement|declaration|treaty|accord|statement)\s*$/iu;

/** "..., the 1956 Joint Declaration, which provides for ...": a relative clause on a dated document is dated by it. */
export function documentOfRelative(text: string, clause: Span, framed = true, known: KnownDocuments = []): DatedValue | null {
  // ("..., in which Moscow promised": the document frames the clause; "..., which provides": it is its subject.)
  // ("a 1956 document calling for the return of two islands": a participle on it too.)
  if (!(framed ? /^\s*(?:(?:(?:in|under|by|through|according\s+to)\s+)?(?:which|that)|calling\s+for|providing\s+for|stipulating|envisaging|envisioning|promising|pledging)\s/i : /^\s*(?:which|that|calling\s+for|providing\s+for|stipulating|envisaging|envisioning|promising|pledging)\s/i).test(text.slice(clause.start, clause.start + 24))) return null;
  // ("the 1956 declaration, which also means recognising ...": what a speaker reads into it, not what it provides.)
  if (READ_INTO.test(text.slice(clause.start, clause.start + 40))) return null;
  // ("the 1956 Joint Declaration, the document in which Moscow promised ...": past an appositive naming it again.)
  const before = text.slice(Math.max(0, clause.start - 120), clause.start).replace(DOCUMENT_APPOSITIVE, '');
  const m = DOCUMENT_BEFORE.exec(before);
  return m ? dated(m[1] ?? m[2]) : knownDocumentAtEnd(before, known);
}

const READ_INTO = /^\s*(?:which|that)\s+(?:(?:would|will|also|above\s+all|first\s+of\s+all)\s+)*(?:means?|meant|implies|implied|requires|required|presupposes|presupposed)\b/i;

export type KnownDocuments = readonly { atEnd: RegExp; date: string }[];

/** "the Japan-Soviet Joint Declaration, which specifies ...": a document the codebook knows by name, ending `before`. */
function knownDocumentAtEnd(before: string, known: KnownDocuments): DatedValue | null {
  for (const document of known) if (document.atEnd.test(before)) return dated(document.date);
  return null;
}

/**
 * "... on the basis of the 1956 Joint Declaration, in which the Soviet Union promised to transfer
 * ...": a cue inside a relative clause on a dated document is dated by the document.
 */
export function documentOfCue(
  text: string,
  clause: Span,
  cueAt: number | undefined,
  reference: string,
  years: { at: number; year: string }[] = [],
  known: KnownDocuments = [],
): DatedValue | null {
  if (cueAt === undefined) return null;
  // The clause may open with the relative pronoun: look from a little before it.
  const from = Math.max(0, clause.start - 2);
  const before = text.slice(from, cueAt);
  // ("based on a 1956 Soviet proposal to return the two islands": an offer of a year and what it offers.)
  // (The cue may open on the offer itself: "a 1956 Soviet offer to hand back ...".)
  const start = Math.max(from, cueAt - 80);
  for (const offer of text.slice(start, cueAt + 40).matchAll(DATED_OFFER_TO)) {
    if (start + offer.index < cueAt && start + offer.index + offer[0].length >= cueAt) return dated(offer[1] ?? offer[2]);
  }
  // ("the 1956 declaration that promised ...": "that" too, when a document is what it follows.)
  const relative = [...before.matchAll(/(?:^|,?\s+)(?:(?:in|under|by|with)\s+)?(?:which|that)\s/gi)].pop();
  if (!relative || /[;.]/.test(before.slice(relative.index))) return null;
  if (READ_INTO.test(before.slice(relative.index).replace(/^,/, ''))) return null;
  const at = from + relative.index;
  // The antecedent: what comes before the pronoun in the same sentence.
  const window = text.slice(Math.max(0, at - 80), at);
  const antecedent = window.slice(Math.max(0, window.search(/[.!?]\s+[^.!?]*$/) + 1));
  const m = DOCUMENT_BEFORE.exec(antecedent);
  if (m) return dated(m[1] ?? m[2]);
  const named = knownDocumentAtEnd(antecedent, known);
  if (named) return named;
  // "... the agreement reached in Singapore in November 2018, under which ...": dated just before.
  const last = findDateMentions(antecedent, { date: reference, tense: 'past' }).pop();
  if (!last || last.end < antecedent.length - 2 || !/\b(?:agreement|accord|declaration|deal|treaty|statement|understanding|memorandum|document)\b/i.test(antecedent)) return null;
  // "the Joint Declaration signed that October, which ...": the year last named, not the story's.
  const back = anaphoricDate(text, { start: at - antecedent.length, end: at }, [], years, null);
  return back ?? { edtf: last.edtf, earliest: last.earliest, latest: last.latest };
}

// (Or an offer made in a dated document: "Moscow pledged in a 1956 declaration with Japan to return two islands".)
const DATED_OFFER_TO =
  /\b(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,2}(?:proposal|offer|promise|pledge|declaration|agreement|accord|plan)\s+to\s+|\b(?:offered|promised|pledged|agreed|proposed|undertook)\s+in\s+(?:a|the|its|their)\s+(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,2}(?:declaration|agreement|accord|treaty|statement|communiqu[eé]|document|pact)\s+(?:(?:with|between)\s+(?:[\p{L}-]+\s+){1,3})?to\s+(?:[\p{L}-]+\s+)?/giu;

export const DOCUMENT_NOUN = 'declaration|document|treaty|agreement|accord|statement|communiqu[eé]|memorandum|pact|constitution|law|decree';

const A_DOCUMENT_NOUN = new RegExp(`^(?:${DOCUMENT_NOUN})$`, 'i');

const REFERS_TO_DOCUMENT = new RegExp(
  [
    // "That document provides ...", "In that declaration ...", "Under the treaty, ..."
    // ("Since the declaration says ...": after a subordinating word too.)
    `^\\s*(?:[*•·▪–-]\\s+|\\()?(?:(?:Since|As|Because|While|Although|Though|But|And|Yet)\\s+)?(?:(?:In|Under|By|Through)\\s+)?(?:(?:Article|Clause|Paragraph|Point|Section)\\s+\\d+\\s+of\\s+)?(?:that|this|the\\s+same|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${DOCUMENT_NOUN})\\b(?=\\s*(?:,|(?:also\\s+|itself\\s+)?(?:says|said|states|stated|provides|provided|stipulates|stipulated|envisages|envisaged|specifies|specified|reads|read|requires|required|commits|committed|obliges|obliged|binds|promises|promised|foresees|foresaw|records|recorded|calls|called|mentions|mentioned|lists|listed|names|named)\\b))`,
    // "Its ninth article recorded ...", "The Soviet Union agreed in it to ..."
    `^\\s*(?:(?:In|Under|By)\\s+)?Its\\s+(?:[\\p{L}-]+\\s+)?(article|clause|paragraph|text|preamble|provision)s?\\b|\\b(?:agreed|undertook|promised|pledged|committed\\s+itself|recognised|recognized)\\s+in\\s+(it)\\b|^\\s*(?:In|Under)\\s+(it)(?:,|\\s+(?=(?:the|Moscow|Tokyo|Japan|Russia|both|each)\\b))`,
  ].join('|'),
  'iu',
);

/**
 * "That document provides for ...", "Its ninth article recorded ...", "Moscow agreed in it to
 * ...": a document the story named before, dated by the year it was named with ("the 1956
 * declaration") or, failing that, by the one year of the sentence that named it ("In October 1956
 * the two countries signed a Joint Declaration"), or by the date `dateOf` reads in that sentence
 * when it names no year ("Eleven years after the war, ...").
 */
export function documentReferred(text: string, span: Span, dateOf?: (sentence: Span) => DatedValue | null): DatedValue | null {
  const m = REFERS_TO_DOCUMENT.exec(text.slice(span.start, span.end)) ?? itSays(text, span);
  if (!m) return null;
  // "That document" may be the declaration named before; "Its ninth article", "in it", any document.
  const noun = m[1] && !/^document$/i.test(m[1]) ? m[1] : DOCUMENT_NOUN;
  const before = text.slice(Math.max(0, span.start - 1500), span.start);
  const namings = [...before.matchAll(new RegExp(`\\b(${noun})s?\\b`, 'giu'))];
  // ("The key passage is Article 9. In it, ...": the last naming with its year, a few back at most.)
  for (const last of namings.reverse().slice(0, 3)) {
    const sentenceStart = Math.max(before.lastIndexOf('. ', last.index), before.lastIndexOf('\n', last.index)) + 1;
    // (Not at an abbreviation: "the Joint Declaration of Oct. 19, 1956, is ...".)
    const after = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No))[.!?](?:\s|$)/.exec(before.slice(last.index));
    const sentence = before.slice(sentenceStart, after ? last.index + after.index : before.length);
    const years = [...new Set([...sentence.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((y) => y[1]))];
    if (years.length === 1) return { ...dated(years[0]), at: span.start + m.index };
    // ("In 2018 the leaders agreed to build on the 1956 declaration": the year the naming itself carries.)
    const own = /\b(1[5-9]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(before.slice(Math.max(0, last.index - 40), last.index));
    if (own) return { ...dated(own[1]), at: span.start + m.index };
    if (years.length > 1) return null;
    // ("The Joint Declaration signed that October ended the war. Under it, ...": named in the
    // sentence just before without a year, it is of the story's time then, not of an older naming.)
    if (sentenceStart >= before.lastIndexOf('. ', before.length - 3) - 1 && ANAPHORIC_TIME.test(sentence)) return null;
    // ("Eleven years after the war, the two restored ties with a Joint Declaration. In the declaration, ..."):
    // the date the naming sentence gives, however it gives it.
    const base = Math.max(0, span.start - 1500);
    const told = years.length === 0 && dateOf ? dateOf({ start: base + sentenceStart, end: base + (after ? last.index + after.index : before.length) }) : null;
    if (told) return { ...told, at: span.start + m.index };
  }
  return null;
}

/**
 * "What does the 1956 declaration say? It says that ...": "It" is a document when the first
 * writing the sentence before names is one (not "the report", "the Bluebook", "the resolution").
 */
export function itSays(text: string, span: Span): RegExpExecArray | null {
  const m = IT_SAYS.exec(text.slice(span.start, span.end));
  if (!m) return null;
  // (The nearer of the two sentences before that names one, "What does it say?" naming none; its
  // first, as the sentence's subject: "Instead, the report refers to the 1956 declaration. It states ..." is the report.)
  const sentences = text.slice(Math.max(0, span.start - 500), span.start).split(/(?<=[.!?])\s+/).filter((x) => x.trim());
  const writing = sentences.slice(-2).reverse().map((x) => [...x.matchAll(WRITINGS)][0]).find((x) => x !== undefined);
  if (!writing || !A_DOCUMENT_NOUN.test(writing[1])) return null;
  m[1] = writing[1];
  return m;
}

const IT_SAYS = /^\s*["“]?It\s+(?:says|said|states|stated|stipulates|stipulated|provides|provided|envisages|envisaged|specifies|specified|reads)\s+that\b/;

const WRITINGS = new RegExp(`\\b(${DOCUMENT_NOUN}|report|bluebook|blue book|paper|book|resolution|appeal|letter|article|plan|programme|program|proposal|manifesto|white paper|editorial)s?\\b`, 'gi');

const ANAPHORIC_TIME = /\b(?:that|the same|the following|the next|later that)\s+(?:year|month|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// ("In it, ...", "Under its Article 9, ...", "Its ninth clause ...": a text opening on a document's provisions.)
const OPENS_ON_ITS_TEXT = /^\s*(?:(?:In|Under|By)\s+(?:it\b|its\s+(?:[\p{L}-]+\s+)?(?:article|clause|paragraph|text|preamble|provisions?)\b)|Its\s+(?:[\p{L}-]+\s+)?(?:article|clause|paragraph|text|preamble|provisions?)\b)/iu;

/**
 * "Under the 1956 declaration, Moscow agreed to hand over ...": an event dated only by the year of a
 * document the codebook knows, in a paragraph that names it so far (or the paragraph before, when
 * this one opens on the document's text by a pronoun), is dated by the document's day.
 */
export function ofKnownDocument(date: DatedValue, text: string, sentence: Span, cb: CompiledCodebook): DatedValue {
  if (!/^\d{4}$/.test(date.edtf)) return date;
  // (The paragraph so far: "The 1956 declaration ended the state of war. In its ninth article, ...".)
  const paragraphStart = text.lastIndexOf('\n\n', sentence.start) + 1;
  const paragraph = text.slice(paragraphStart, sentence.end);
  // (And the paragraph before, when the paragraph or the sentence opens on the document by a pronoun: "In its ninth article, ...".)
  const before = paragraphStart > 1 && (OPENS_ON_ITS_TEXT.test(paragraph) || OPENS_ON_ITS_TEXT.test(text.slice(sentence.start, sentence.end))) ? text.lastIndexOf('\n\n', paragraphStart - 3) + 1 : paragraphStart;
  const part = text.slice(before, sentence.end);
  const days = new Set(cb.documents.filter((d) => d.date.startsWith(date.edtf) && d.named.test(part)).map((d) => d.date));
  return days.size === 1 ? { ...dated([...days][0]), at: date.at } : date;
}

/**
 * "Tokyo protested on Friday, a day after Moscow said it was pulling out of the talks": what the
 * "after" clause tells happened that long before the date the clause gives (and "a week before" that
 * long after), at the same precision. Null when the cue is not in such a clause or the date is not a
 * single day or month.
 */
export function stepFromMain(text: string, clause: Span, cueAt: number, date: DatedValue): DatedValue | null {
  STEP.lastIndex = 0;
  const part = text.slice(clause.start, clause.end);
  for (let m = STEP.exec(part); m; m = STEP.exec(part)) {
    const from = clause.start + m.index;
    // (Only up to the next comma: "A day after Moscow walked out, Tokyo said ..." goes on in the main clause.)
    const rest = text.slice(from + m[0].length, clause.end);
    const to = from + m[0].length + (/[,;]/.exec(rest)?.index ?? rest.length);
    if (cueAt < from || cueAt >= to || (date.at !== undefined && date.at >= from)) continue;
    // (Not a step after an event named by a noun: "The Kremlin said a day after the summit that
    // Russia had no plans to ..." dates the saying, which the clause's date already counts.)
    if (EVENT_NOUN_AFTER.test(rest)) continue;
    // ("in Tokyo on May 8, the day after she and her counterpart agreed ...": one.)
    const { value, vague } = m[1].toLowerCase() === 'the' ? { value: 1, vague: false } : parseCount(m[1]);
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const count = m[3].toLowerCase() === 'after' ? -value : value;
    const day = date.earliest === date.latest;
    const month = /^\d{4}-\d{2}$/.test(date.edtf);
    if (vague || !(day || month) || (!day && unit !== 'month')) return null;
    const iso = stepped(date.earliest, unit, count);
    return { ...dated(day && unit !== 'month' ? iso : iso.slice(0, 7)), at: date.at };
  }
  return null;
}

const EVENT_NOUN_AFTER = /^(?:the|that|this|his|her|their|its)\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?(?:meeting|talks|summit|visit|call|session|vote|announcement|rally|trip|election|decision|statement|ceremony|conference|referendum|poll)\b/u;

// (And "the day after" opening a clause, not "said the day before that ...".)
const STEP = new RegExp(
  `\\b(${COUNT}|the(?=\\s+(?:day|week|month)\\s+after\\s+(?:he|she|they|it|we|I|(?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,4}(?:and\\s+(?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,4})?[a-z]{3,}ed)\\b))\\s+(days?|weeks?|months?)\\s+(after|before)\\s`,
  'giu',
);

export function dated(edtf: string): DatedValue {
  return { edtf, ...edtfBounds(edtf) };
}

export function stripQuotes(text: string, clause: Span, quotes: Span[]): string {
  let out = '';
  let at = clause.start;
  for (const q of quotes) {
    if (q.end <= clause.start || q.start >= clause.end) continue;
    out += text.slice(at, Math.max(at, q.start));
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, clause.end);
}

/** Where the quotation around `at` opens, or -1. */
export function quoteStartOf(quotes: Span[], at: number): number {
  return quotes.find((q) => at >= q.start && at < q.end)?.start ?? -1;
}

/** Within a month before publication: a date a statement quoted or reported today was made on. */
export function recentBefore(date: DatedValue | null, published: string): boolean {
  return date !== null && date.latest <= published && daysBetween(date.latest, published) <= RECENT_DAYS;
}

const RECENT_DAYS = 31;

/** "since 1992": a period of more than a month that runs up to publication, no day the story was told on. */
export function periodUpToNow(frame: DatedValue | null, published: string): boolean {
  return frame !== null && frame.edtf.includes('/') && frame.latest >= published.slice(0, 10) && daysBetween(frame.earliest, published) > 31;
}

export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export const ANAPHORIC = new RegExp(
  [
    // "in November of that year", "late March of the same year", "in December that year"
    `\\b(?:(early|mid-?|late)\\s+)?(${MONTH_NAME})\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b`,
    // "that October", "that same September"
    `\\b[Tt]hat\\s+(?:same\\s+)?(${MONTH_NAME})`,
    // "later that year", "that same year", "the same year", "earlier that month", "that day",
    // "at the end of the month" (told of the past: the story's month)
    `\\b(?:(?:later|earlier)\\s+(?:in\\s+)?that|that\\s+same|the\\s+same|that|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:the|that))\\s+(year|month|day)\\b`,
    // "On Feb. 2 of the following year", "the following February": after the story's date
    `\\b(${MONTH_OR_ABBREVIATION})\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+of\\s+the\\s+(?:following|next)\\s+year\\b|\\b[Tt]he\\s+(?:following|next)\\s+(${MONTH_NAME})\\b`,
    // "signed in Moscow on Oct. 19 of that year"
    `\\b(${MONTH_OR_ABBREVIATION})\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b`,
    // "that autumn" (the story's year), "the following spring" (the first after the story's date)
    `\\b[Tt]hat\\s+(?:same\\s+)?(spring|summer|autumn|fall|winter)\\b`,
    `\\b[Tt]he\\s+(?:following|next)\\s+(spring|summer|autumn|fall|winter)\\b`,
    // "At that time Putin and Abe agreed ...": the story's date as told (not "at the time of ...").
    `\\b[Aa]t\\s+(that)\\s+time\\b(?!\\s+of\\b)`,
  ].join('|'),
  'i',
);

const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * A word each form of `ANAPHORIC` has ("that", "same", "following", "next", or "end", "beginning",
 * "start", "middle" of the year), tested with the same flags: most clauses have none, and this
 * test is cheaper than the pattern's.
 */
const ANAPHORIC_WORD = /that|same|following|next|end|beginning|start|middle/i;

/** Years mentioned in `text` and where, except those naming a document ("the 1956 declaration"). */
export function yearMentions(text: string, cb: CompiledCodebook): { at: number; year: string }[] {
  const out: { at: number; year: string }[] = [];
  for (const m of text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b(?!-)/g)) {
    if (cb.documentYears.has(m[1]) && NAMED_DOCUMENT.test(text.slice(m.index + 4, m.index + 44))) continue;
    out.push({ at: m.index, year: m[1] });
  }
  return out;
}

/**
 * "That October", "in November of that year", "later that year", "the same day": a date that
 * points back to the year last named before it (or, for a month or a day, to the story's date).
 */
export function anaphoricDate(
  text: string,
  span: Span,
  quotes: Span[],
  years: { at: number; year: string }[],
  frame: DatedValue | null,
): DatedValue | null {
  const part = text.slice(span.start, span.end);
  const m = ANAPHORIC_WORD.test(part) ? ANAPHORIC.exec(part) : null;
  if (!m || insideAny(quotes, span.start + m.index)) return null;
  // ("sign a treaty by the end of the year": a deadline, not when anything happened.)
  if (/\b(?:by|until|till|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, span.start + m.index - 12), span.start + m.index))) return null;
  const at = span.start + m.index;
  let year: string | undefined;
  for (const y of years) if (y.at < at) year = y.year;
  if (m[5] || m[7]) {
    // After the story's date: its next year, or the first such month after it.
    if (!frame) return null;
    const name = (m[5] ?? m[7])!;
    const monthOf = monthNumber(name);
    const frameYear = Number(frame.latest.slice(0, 4));
    const frameMonth = Number(frame.latest.slice(5, 7));
    const nextYear = m[5] !== undefined || monthOf <= frameMonth ? frameYear + 1 : frameYear;
    const ym = `${nextYear}-${String(monthOf).padStart(2, '0')}`;
    const day = m[6] ? `${ym}-${m[6].padStart(2, '0')}` : ym;
    return { ...dated(day), at };
  }
  if (m[8]) {
    // ("The 1956 document, signed on Oct. 19 of that year": the year its own sentence named, a document's too.)
    const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
    const named = [...text.slice(sentenceStart, at).matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].pop()?.[1] ?? year;
    return named ? { ...dated(`${named}-${String(monthNumber(m[8])).padStart(2, '0')}-${m[9].padStart(2, '0')}`), at } : null;
  }
  if (m[10] || m[11]) {
    // A season: of the story's year ("that autumn"), or the first one after the story's date ("the following spring").
    if (!frame && !year) return null;
    const first = SEASON_FIRST_MONTH[(m[10] ?? m[11])!.toLowerCase()]!;
    let seasonYear = frame ? Number(frame.latest.slice(0, 4)) : Number(year);
    if (m[11] && frame && `${seasonYear}-${String(first).padStart(2, '0')}` <= frame.latest.slice(0, 7)) seasonYear++;
    const from = `${seasonYear}-${String(first).padStart(2, '0')}`;
    const to = first === 12 ? `${seasonYear + 1}-02` : `${seasonYear}-${String(first + 2).padStart(2, '0')}`;
    return { ...dated(`${from}/${to}`), at };
  }
  // ("..., the agreement made at a summit in 2018. At that time ...": the year last named, when the
  // story's date is not in it; else the story's day, month or year, not a span up to now.)
  if (m[12]) {
    if (year && (!frame || !frame.edtf.startsWith(year))) return { ...dated(year), at };
    return frame && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(frame.edtf) ? { ...frame, at } : null;
  }
  const month = m[2] ?? m[3];
  if (month) return year ? { ...dated(`${year}-${String(monthNumber(month)).padStart(2, '0')}`), at } : null;
  const unit = m[4].toLowerCase();
  if (unit === 'year') return year ? { ...dated(year), at } : null;
  // A month or a day is only as known as the story's date.
  if (!frame) return null;
  const precise = unit === 'month' ? frame.edtf.slice(0, 7) : frame.edtf;
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(precise) || (unit === 'day' && precise.length !== 10)) return null;
  return { ...dated(precise), at };
}

/**
 * "Two months later", "the next day": from the story's date, or, when that would put what is told
 * in the past after publication, from the date of the paragraph about the past just left behind.
 */
export function relativeToStory(input: ClauseInput, narrative: Span, tense: 'past' | 'present' | 'future'): DatedValue | null {
  const { text, sentence, published } = input;
  // ("visits held since 1992 ... Kishida replied the following day": from the story's last day, not the period.)
  const frame = input.storyFrame ?? input.frame;
  // ("On Sept. 12, 2018, Putin proposed ... ¶ The following day, Suga ...": a paragraph that opens
  // by counting on goes on from the time last told of, though that was a paragraph about the past.)
  const from = input.frameSetAside && input.lastFrame && (opensOn(text, input.clause, STORY_RELATIVE) || opensOn(text, input.clause, WITHIN)) ? input.lastFrame : ((periodUpToNow(frame, published) ? input.lastDay : null) ?? frame ?? input.lastFrame);
  const found = storyRelative(text, narrative, sentence.quotes, from, published, input.issued);
  if (found && tense === 'past' && found.earliest > published) {
    // (Told of the past, it cannot be after publication: count from the paragraph about the past
    // just left behind, or from the last day the story named: "... announced on March 21 that ...
    // Kishida responded the following day".)
    if (input.lastFrame && input.frame) {
      const fromPast = storyRelative(text, narrative, sentence.quotes, input.lastFrame, published);
      if (!fromPast || fromPast.earliest <= published || !input.lastDay) return fromPast ?? found;
    }
    if (input.lastDay) return storyRelative(text, narrative, sentence.quotes, input.lastDay, published) ?? found;
  }
  return found;
}

/**
 * In a paragraph about the past, "on October 13th" is of the year it is about, not the publication's:
 * the day a year-less date is read back from (the end of that year; or, told on from a day late in
 * a year, a few months on: "on Dec. 20, 2018 ... After talks on Jan. 22" is January 2019).
 */
export function storyDayOf(input: ClauseInput): string | undefined {
  const year = storyYearOf(input);
  if (!year) return undefined;
  const frame = input.storyFrame ?? input.frame;
  const endOfYear = `${year}-12-31`;
  if (!frame || frame.latest.slice(0, 4) !== year || daysBetween(frame.earliest, frame.latest) > 31) return endOfYear;
  const on = new Date(`${frame.latest}T00:00:00Z`);
  on.setUTCMonth(on.getUTCMonth() + STORY_RUNS_ON_MONTHS);
  const later = on.toISOString().slice(0, 10);
  const day = later > endOfYear ? later : endOfYear;
  return day < input.published ? day : undefined;
}

/** How far past a day late in a year a year-less date of the story may fall. */
const STORY_RUNS_ON_MONTHS = 4;

function storyYearOf(input: ClauseInput): string | undefined {
  const { frameHere, published, text, clause, years } = input;
  const frame = input.storyFrame ?? input.frame;
  if (!frame || !frameHere || daysBetween(frame.latest, published) <= HISTORICAL_AFTER_DAYS) return undefined;
  // ("People begin in 1855 ... the year that matters is 1956. On October 19 they signed ...": the
  // year the paragraph named last, if it is a past one too.)
  const paragraphStart = text.lastIndexOf('\n', clause.start) + 1;
  const last = years.filter((y) => y.at >= paragraphStart && y.at < clause.start).pop();
  return last && last.year < published.slice(0, 4) && last.year !== frame.latest.slice(0, 4) && daysBetween(`${last.year}-12-31`, published) > HISTORICAL_AFTER_DAYS
    ? last.year
    : frame.latest.slice(0, 4);
}

export function sinceLastComma(text: string, from: number, to: number): string {
  const part = text.slice(from, to);
  return part.slice(part.lastIndexOf(',') + 1);
}

/**
 * "..., in Singapore in November 2018, when they agreed to ...": a "when" clause right after a
 * date is of that date.
 */
export function whenClauseDate(input: ClauseInput): DatedValue | null {
  const { text, sentence, clause, published } = input;
  if (!/^\s*when\s/i.test(text.slice(clause.start, clause.start + 8))) return null;
  const from = Math.max(sentence.start, clause.start - 80);
  const before = text.slice(from, clause.start);
  const storyDay = storyDayOf(input);
  const last = findDateMentions(before, { date: storyDay ?? published, tense: 'past' }).pop();
  if (!last || !/^[\s,;–—-]*$/.test(before.slice(last.end))) return null;
  return { edtf: last.edtf, earliest: last.earliest, latest: last.latest, at: from + last.start };
}

/** A date of the narrative after the subordinate clause that held its first one, if not itself subordinate. */
export function afterSubordinate(input: ClauseInput, narrative: Span, first: DatedValue, tense: 'past' | 'present' | 'future'): DatedValue | null {
  const { text, sentence, cb, published } = input;
  const comma = text.indexOf(',', first.at);
  if (comma < 0 || comma >= narrative.end) return null;
  const rest = { start: comma + 1, end: narrative.end };
  const later = datesIn(text, rest, sentence.quotes, false, published, tense, cb);
  return later?.at !== undefined && !SUBORDINATE.test(text.slice(rest.start, later.at)) ? later : null;
}

/** The span's words outside quotations, or all of them when it is all quotation (a statement's text). */
export function unquotedOr(text: string, span: Span, quotes: Span[]): string {
  const outside = stripQuotes(text, span, quotes);
  return outside.trim() ? outside : text.slice(span.start, span.end);
}

/** What a clause's reading knows when it picks the clause's date (readClause gathers it). */
export interface DateFacts {
  /** The date of the document a cue quotes ("the 1956 declaration says Moscow will hand over ..."). */
  ofDocument: DatedValue | null;
  /** The date of the document the clause is about ("That document provides ..."). */
  document: DatedValue | null;
  /** The clause's own date, from its narrative (or, for a clause all in quotes, from the quotation). */
  own: DatedValue | null;
  narrativeDate: DatedValue | null;
  /** The story's date so far. */
  frame: DatedValue | null;
  /** A timeline entry's date ("Oct. 19, 1956 - ..."). */
  entryDate: DatedValue | null;
  /** When the document whose words a relative clause gives was issued ("approved the Bluebook on Friday, | which describes ..."). */
  issuedWith: DatedValue | null;
  /** When a quoted speaker spoke, and the story's date as a saying's date. */
  saying: DatedValue | null;
  sayingFrame: DatedValue | null;
  published: string;
  tense: 'past' | 'present' | 'future';
  isFuture: boolean;
  isHypothetical: boolean;
  hasStances: boolean;
  quotedSpeech: boolean;
  quotedText: boolean;
  /** "Tokyo has long insisted": a position that stands to this day. */
  standing: boolean;
  /** "Moscow still wanted a treaty, he said": a saying reported in the past. */
  saidThen: boolean;
  /** A transcript's answer. */
  answer: boolean;
  /** "Moscow said on Monday it would ...": the reporting verb is in the past. */
  reportedInPast: boolean;
  /** A "that" clause going on from an earlier clause of its sentence told in the past ("proposed, ..., that they sign"). */
  continuesPast: boolean;
  /** "New laws have made it illegal ...": a present perfect, told up to now. */
  perfect: boolean;
}

/** A view held in the present ("Tokyo argues that", "Moscow regards them as", "Moscow's line is that"), not an act a timeline tells. */
export const HOLDS_VIEW = new RegExp(`\\b(?:${VIEW_VERBS}|holds|regards|considers|views|treats|sees|still|continues\\s+to)\\b|\\b(?:line|position|view|stance|argument|claim)\\s+is\\b`, 'i');

/** The clause's date, by the first of these rules that applies; null when what it tells did not happen. */
export function chooseDate(f: DateFacts): DatedValue | null {
  // What a dated document provides is of the document.
  if (f.ofDocument) return f.ofDocument;
  if (f.document && !f.own) return f.document;
  // An intention a party states ("We will keep asking ...") is held when it is stated.
  if (f.isFuture && f.hasStances) {
    // ("In March last year, the ministry said it would not continue ...": when the narrative dates the saying.)
    if (f.quotedSpeech) return f.narrativeDate ?? f.saying ?? dated(f.published);
    if (f.reportedInPast || f.continuesPast) return f.narrativeDate ?? f.frame ?? dated(f.published);
    // (So is one a transcript's answer states: "A. Prime Minister Suga: The Government will ...".)
    if ((f.quotedText || f.answer) && f.frame) return f.frame;
    return dated(f.published);
  }
  if (f.own) return f.own;
  // A plan or a supposition has no date of its own.
  if (f.isFuture || f.isHypothetical) return null;
  // A standing position told in the present: at publication (or the entry's, an answer's or a quoted text's time).
  if (f.tense === 'present' && (!f.quotedSpeech || f.standing) && !f.saidThen && !f.continuesPast) {
    return f.entryDate ?? f.issuedWith ?? ((f.answer || f.quotedText) && f.frame ? f.frame : dated(f.published));
  }
  // ("The islands were seized in 1945. New laws have made it illegal to give up any territory.":
  // a present perfect runs up to now, not back to the history the story told last.)
  if (f.perfect && !f.quotedSpeech && f.frame && daysBetween(f.frame.latest, f.published) > HISTORICAL_AFTER_DAYS) return dated(f.published);
  // Else when it was said: the saying's date, the story's, or publication.
  return f.saying ?? f.sayingFrame ?? dated(f.published);
}
