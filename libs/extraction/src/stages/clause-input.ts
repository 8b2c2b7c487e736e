import type { CompiledTemplate, EventType } from '#lib/codebook';
import type { PersonRef, Speaker } from '../analysis/attribution.js';
import type { Mention } from '../analysis/mentions.js';
import type { CompiledCodebook, CompiledCue } from '../codebook/compiled-codebook.js';
import type { DatedValue } from '../events/merge-drafts.js';
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import type { TemplateMatch } from '../nlp/clause-stream.js';
import type { Span } from '../text/segment.js';

// What the clause stage knows of a clause: its sentence and words, who speaks, the story's dates so far.

export interface ClauseInput {
  text: string;
  cb: CompiledCodebook;
  sentence: AnnotatedSentence;
  tokens: Token[];
  clause: Span;
  mentions: Mention[];
  /** The day the clause's present tense means: publication, or a timeline entry's date. */
  published: string;
  /** The article's publication day, in a timeline entry too. */
  issued: string;
  frame: DatedValue | null;
  /**
   * The story's own date so far where it differs from `frame`: in a transcript's answer, `frame` is
   * when it was spoken, and this the date the answer's own story has reached ("In September 2018
   * ... Then in November").
   */
  storyFrame?: DatedValue | null;
  /** The story's date before a paragraph about the past was left behind: what "the next day" may go on from. */
  lastFrame: DatedValue | null;
  /**
   * This paragraph set a frame about the past aside and has dated nothing since: "The following
   * day" or "That month" opening it goes on from `lastFrame`, the time last told of.
   */
  frameSetAside: boolean;
  /** The last day the story was told on: what "the following day" counts from when the frame is a period ("since 1992"). */
  lastDay: DatedValue | null;
  /** The frame was set in this paragraph: a story told of its time, not one left over from a background paragraph. */
  frameHere: boolean;
  /** Every year the article names and where (documents' names aside): what "that October" points back to. */
  years: { at: number; year: string }[];
  lastPerson: PersonRef | null;
  speaker: Speaker | null;
  reportedFrom: number;
  /** Where the sentence's reporting verb is, if it has one. */
  speechAt: number | null;
  /** State actors named in this sentence and the two before it: who "the two leaders" are. */
  nearbyStates: string[];
  /** The two states the last sentence had as its plural subject ("the two leaders"): who "they" are now. */
  theyWere: string[] | null;
  /** The public the story last named: whom an unnamed poll ("76 percent of respondents") measured. */
  lastPublic: string | null;
  /** The body the sentence before named as its subject or let speak: what a sentence opening "It urged ..." means. */
  bodyBefore?: string | null;
  /** The cues with a match somewhere in the sentence: the only ones a clause need try. */
  sentenceCues: CompiledCue[];
  /** The event types' template matches in the sentence, in the codebook's order of types, templates and matches. */
  sentenceTypes: { type: EventType; match: TemplateMatch }[];
  /** Every match of a template in the whole sentence (computed once per sentence and template). */
  sentenceMatches: (template: CompiledTemplate) => TemplateMatch[];
  /** Where the story's last rally took place, if the codebook knows the place: where "the rally" is. */
  rallyPlace: string | null;
  /** A poll was reported in this paragraph or the one before: figures that follow are its results. */
  inPoll: boolean;
  /** When the poll last reported was taken: its later figures share its date. */
  pollDate: DatedValue | null;
  /** A timeline entry's date ("Oct. 19, 1956 - ..."): what its present tense narrates. */
  entryDate: DatedValue | null;
  /** The clause is a transcript's answer: its present tense is the time of the interview (`frame`). */
  answer: boolean;
  /** The speaker spoke in the past ("said", "told"): quoted words are dated by the story, not by publication. */
  speechPast: boolean;
  /** A tracer reads why a clause gives no event: the reasons are worked out (else a clause that can give none stops early). */
  explain?: boolean;
}
