import { type PersonRef, type Speaker } from '../analysis/attribution.js';
import type { Mention } from '../analysis/mentions.js';
import { findDateMentions } from '../dates/index.js';
import { type Sentence, type Span } from '../text/segment.js';

// The attribution stage beyond the reporting-verb model (analysis/attribution.ts): transcript labels,
// where reported content starts, quotes that continue a speaker, who "he" is next.

/**
 * A paragraph's label: "Zakharova: ..." inline, or a line of its own ending in a colon, as a
 * roundup introduces each quotation ("Maria Zakharova, Foreign Ministry spokeswoman, at her weekly
 * briefing on Wednesday:").
 */
export function labelOf(text: string, sentence: Span): RegExpExecArray | null {
  const head = text.slice(sentence.start, sentence.end);
  // ("SOUNDBITE, OLEG KOZHEMYAKO, Governor of the Sakhalin Region: ...": a broadcast script's cue, longer.)
  return /^([A-Z][^:\n"“]{0,50}):\s/.exec(head) ?? /^((?:SOUNDBITE|SYNC|SOT)\b[^:\n"“]{0,120}):\s/.exec(head) ?? LABEL_LINE.exec(head);
}

// "Name, role, when:" (a name, then a comma): not a sentence that runs into a colon ("He put it bluntly: ...").
const LABEL_LINE = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,4},\s[^:\n"“]{0,140}):[ \t]*(?:\n|(?=["“]))/u;

/** "Zakharova: ...", "Q: ...", "A: ...": the speaker a transcript's paragraph label names. */
export function transcriptLabel(
  text: string,
  sentence: Span,
  mentions: Mention[],
  persons: { start: number; end: number; text: string }[],
  /** An actor by alias, for a label in capitals ("ABE (translated):", "PUTIN:"). */
  byName: (name: string) => string | undefined = () => undefined,
): Speaker | 'answer' | null {
  // "- Is there any chance ...?" asks; "- Today there are no conditions ..." answers.
  if (/^[-–—]\s/.test(text.slice(sentence.start, sentence.start + 2))) {
    const end = text.indexOf('\n\n', sentence.start);
    return text.slice(sentence.start, end < 0 ? text.length : end).trim().endsWith('?') ? { kind: 'other', name: 'Q' } : 'answer';
  }
  const label = labelOf(text, sentence);
  // "From Nemuro, Aya Kitamura reports:" introduces a report, not a speaker.
  if (!label || /\b(?:reports|reporting|writes|explains)\s*$/i.test(label[1])) return null;
  const end = sentence.start + label[1].length;
  if (/^(?:Q|Question)\b/i.test(label[1])) return { kind: 'other', name: label[1] };
  if (/^(?:A|Answer)$/i.test(label[1].trim())) return 'answer';
  // "Speaker: Chief Cabinet Secretary Takeo Kawamura": who answers below.
  if (/^(?:speaker|interviewee|guest|respondent|answered by|briefing by|remarks by)$/i.test(label[1].trim())) {
    const named = mentions.find((m) => m.start > end);
    return named ? { kind: 'actor', actor: named.actor, person: true } : null;
  }
  // (A name in capitals is read below, by `byName`, which knows whose term the transcript falls in.)
  // ("ANCHOR (Tokyo)", "Reporter (Moscow)": a name alone in brackets says where the speaker is, not who.)
  const bracketed = (m: Mention) => /\(\s*$/.test(text.slice(sentence.start, m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3));
  const capitalised = (m: Mention) => m.person && !/\p{Ll}/u.test(m.text);
  const mention = mentions.find((m) => m.start < end && !capitalised(m) && !(bracketed(m) && !m.person));
  if (mention) return { kind: 'actor', actor: mention.actor, person: mention.person };
  // ("SUGA YOSHIHIDE, Prime Minister:": a family name in capitals, by whose term it is.)
  const inCapitals = mentions.find((m) => m.start < end && capitalised(m));
  const byCapitals = inCapitals ? byName(inCapitals.text[0] + inCapitals.text.slice(1).toLowerCase()) : undefined;
  if (byCapitals) return { kind: 'actor', actor: byCapitals, person: true };
  // ("PUTIN:", "ABE (translated):", "PRIME MINISTER ABE:", "PRESIDENT PUTIN:": the name is a word of it, the last first.)
  const capitals = /^([A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){0,3})\s*(?:\([^)]*\))?\s*$/.exec(label[1].trim());
  const named = capitals
    ? capitals[1]
        .split(/\s+/)
        .reverse()
        .map((word) => byName(word[0] + word.slice(1).toLowerCase()))
        .find((actor) => actor !== undefined)
    : undefined;
  if (named) return { kind: 'actor', actor: named, person: true };
  // ("Worth noting: ...", "Also watching: ...": a newsletter's lead-in, not a speaker.)
  if (/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(label[1])) return null;
  const person = persons.find((p) => p.start < end);
  return person ? { kind: 'other', name: person.text } : null;
}

/**
 * "that" opening what was said, not the determiner of a time ("told reporters in November of that
 * year that ...", "said that day that ...").
 */
const COMPLEMENTIZER =
  /(?<!\b(?:of|in|on|at|during|by|for|from|since|after|before|until|like)\s+)\bthat\b(?!\s+(?:same\s+)?(?:year|month|week|day|morning|afternoon|evening|night|time|occasion|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

const OBJECT_THEN_WHEN = /^\s*(?:(?:on|to|about|upon)\s+)?(?:(?:the|his|her|its|their)\s+)?(?:[\p{L}'-]+\s+){1,2}(?:on|in|at|last|earlier|late|early|this)?\s*$/u;
const AUXILIARY = /\b(?:would|will|should|must|could|can|might|may|was|were|is|are|had|has|have|to|be|that)\b/i;

export function complementStart(text: string, sentence: Span, verb: Span, published: string): number {
  const rest = text.slice(verb.end, sentence.end);
  // ("Soviet forces claimed all four islands as the war ended"): "claim" with a noun for its
  // object and no clause after it tells an act, not a saying. (Only "claim": other verbs of saying
  // with a noun object, "confirmed the agreement", are dated well as sayings.)
  // (Up to a conjunct of its own: "claiming the four islands in 1945, and has burdened ties ever since".)
  if (/^claim/i.test(text.slice(verb.start, verb.end)) && NOUN_OBJECT.test(rest) && !CLAUSE_AFTER.test(rest.split(/,\s+(?:and|but)\s|;/)[0])) return sentence.end;
  const that = COMPLEMENTIZER.exec(rest);
  // ("Moscow now says the islands became Russian ..., and that there is nothing to discuss": a
  // second "that" coordinated after a bare complement is not where the first begins.)
  const thatAt = that && that.index < 80 && !/\S[^]*,\s*(?:and|but)\s*$/.test(rest.slice(0, that.index)) ? that.index : -1;
  // "Russia said on Monday it was ...": the date right after the verb dates the saying.
  const head = rest.slice(0, 48);
  // (Also after the verb's object: "urged the government on Sunday not to ...".)
  const when = findDateMentions(head, { date: published, tense: 'past' }).find(
    (m) =>
      /^\s*(?:on|in|at|last|earlier|late|early|this)?\s*$/i.test(head.slice(0, m.start)) ||
      (OBJECT_THEN_WHEN.test(head.slice(0, m.start)) && !AUXILIARY.test(head.slice(0, m.start))),
  );
  // ("said on Monday it would never accept a deal that left ...": a bare complement has begun, and
  // its "that" is a relative pronoun's.)
  if (thatAt >= 0 && !(when && when.end <= thatAt && BARE_COMPLEMENT.test(rest.slice(when.end, thatAt)))) return verb.end + thatAt;
  if (when) return verb.end + when.end;
  // '"...," Lavrov said at a news conference in Moscow on Monday.': after a content that came
  // first, the rest of the sentence says where and when it was said.
  const tail = contentFirstTail(text, sentence, verb, rest, published);
  if (tail !== null) return verb.end + tail;
  // ("Kishida answered the next day.": a day counted from the story's dates the saying too.)
  const after = STORY_DAY_AFTER_VERB.exec(rest);
  return after ? verb.end + after[0].length : verb.end;
}

/** The end of a date in an adjunct tail ("at a news conference on Monday") after a content-first saying, else null. */
function contentFirstTail(text: string, sentence: Span, verb: Span, rest: string, published: string): number | null {
  if (!/,\s*["”']?\s*(?:[\p{L}.'’-]+\s+){1,8}$/u.test(text.slice(Math.max(sentence.start, verb.start - 80), verb.start))) return null;
  if (!ADJUNCT_TAIL.test(rest)) return null;
  const when = findDateMentions(rest, { date: published, tense: 'past' }).pop();
  return when ? when.end : null;
}

/** Phrases of place, occasion and time to the sentence's end, with no clause of their own ("in Tokyo on Dec. 16, 2016"). */
const ADJUNCT_TAIL = /^(?:\s+(?:at|in|on|during|after|following|before|to|with|from|last|earlier|late|this|a|an|the|his|her|its|their|[\p{Lu}][\p{L}.'’-]*|\d{1,4}(?:st|nd|rd|th)?|[\p{Ll}-]+(?<!\b(?:who|which|that|when|where|because|and|but|would|will|was|were|is|are|had|has|have))),?){1,16}\s*[.!?]?["”']?\s*$/u;

const NOUN_OBJECT = /^\s+(?:the|these|those|all|its|their|his|her|four|two|both)\s/i;
/** What tells that a clause follows the verb's object ("claimed the islands were Russian", "told the rally that ..."). */
const CLAUSE_AFTER = /["“”]|\b(?:that|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|be|belong(?:s|ed)?|remain(?:s|ed)?|became|become|wants?|wanted)\b/i;

const BARE_COMPLEMENT = /^[\s,]*(?:it|he|she|they|we|I|\p{Lu}[\p{L}'’-]+|the\s+\p{Ll}+)\s+(?:would|will|was|were|is|are|had|has|have|could|should|must|did|does|do|can|cannot|remained|wanted)\b/u;

const STORY_DAY_AFTER_VERB = /^\s*(?:on\s+)?(?:the\s+(?:next|following|previous|same)\s+day|the\s+day\s+(?:after|before)|(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?)\s+(?:later|earlier))\b/i;

export function opensInQuote(text: string, sentence: Sentence): boolean {
  return sentence.quotes.length > 0 && sentence.quotes[0].start <= sentence.start + 1;
}

/** Who "he"/"she" will refer to: the sentence's speaker if a person, else its first person named. */
export function nextPerson(speaker: Speaker | null, mentions: Mention[]): PersonRef | null {
  if (speaker && (speaker.kind === 'other' || speaker.person)) return speaker;
  // ("After talks with Taro Kono, Sergei Lavrov laid it out": a person as a subject, before one after a preposition.)
  // ("The Japanese Prime Minister held talks with Russian President Vladimir Putin": the holder of an office as the subject too.)
  const person = mentions.find((m) => (m.person || INDIVIDUAL_OFFICE.test(m.text)) && m.preposition === null);
  return person ? { kind: 'actor', actor: person.actor, person: true } : null;
}

const INDIVIDUAL_OFFICE = /\b(?:president|prime\s+minister|premier|minister|spokes(?:man|woman|person)|ambassador|envoy|leader|governor)$/i;

/** Any person the sentence names, after a preposition too ("talks with Putin"): whom "he" means when no subject is one. */
export function anyPerson(mentions: Mention[]): PersonRef | null {
  const person = mentions.find((m) => m.person);
  return person ? { kind: 'actor', actor: person.actor, person: true } : null;
}

export const LEADING_PRONOUN = /^\s*(?:[\p{L}]+,?\s+){0,4}?(he|she)\b/iu;

export function leadingPronounEnd(clauseText: string): number {
  const m = LEADING_PRONOUN.exec(clauseText);
  return m ? m.index + m[0].length : Number.POSITIVE_INFINITY;
}

/** "He appealed to Putin..." — the actor "he" stands for, when the clause starts with it. */
export function pronounSubject(clauseText: string, lastPerson: PersonRef | null): string | null {
  if (!lastPerson || lastPerson.kind !== 'actor') return null;
  // ("..., and in December that year he and Putin agreed": after a time phrase without a comma too.)
  return /^\s*(?:[^,"“]{0,60},\s*){0,3}(?:(?:and|but|then|later|when|as)\s+)?(?:(?:in|on|at|that|the same|later that|earlier that)\s+(?:[\p{L}\d.]+\s+){1,3}?)?(he|she)\b/iu.test(clauseText) ? lastPerson.actor : null;
}

// Who speaks, between sentences: an official by role, an unnamed speaker, an interview, a broadcaster's people.
export const PERSON_ROLE = /\b(?:official|spokes(?:man|woman|person)|diplomat|minister|ambassador|envoy|aide|adviser|advisor|negotiator|source|president|chairman|chairwoman|chairperson|head|leader|director|governor|mayor|representative)\b/i;
export const UNNAMED_SPEAKER =
  /^\s*(?:[^,]{0,40},\s*)?(?:An?|One)\s+(?:[\p{L}-]+\s+){0,4}(?:official|spokesman|spokeswoman|spokesperson|diplomat|source|aide|officer|adviser|advisor|negotiator)\b[^.;]{0,140}\b(?:told|said|says|stressed|added|noted|explained)\b/u;
export const SAID_IN_PAST = /(?:ed|said|told|wrote|spoke|put)$/;
export const BROADCAST_ROLES = ['anchor', 'host', 'presenter', 'commentator', 'anchorman', 'anchorwoman'];
const TALKED_WITH = 'spoke (?:to|with)|talked (?:to|with)|sat down with|in conversation with';
export const INTERVIEWED = new RegExp(`\\b(?:interview(?:ed)?|${TALKED_WITH})\\b`, 'i');
/** Who an interview was with: "sat down with", "spoke to", "interviewed", "in an interview with" (the name follows). */
export const INTERVIEWEE = new RegExp(`\\b(?:interviewed|${TALKED_WITH}|(?:an|in an) interview with)\\s`, 'i');
