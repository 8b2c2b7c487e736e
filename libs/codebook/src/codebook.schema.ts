import { z } from 'zod';

/** PLOVER event types, plus `statement` and `poll`, which a stance tracker needs. */
export const EVENT_TYPES = [
  'agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat', 'investigate', 'demand', 'disapprove',
  'reject', 'threaten', 'protest', 'mobilize', 'sanction', 'coerce', 'assault', 'fight', 'statement', 'poll',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** PLOVER contexts a stance tracker uses. Future, hypothetical and negated events carry no stance signals. */
export const CONTEXTS = ['historical', 'future', 'hypothetical', 'negation'] as const;
export type EventContext = (typeof CONTEXTS)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a lower-case kebab-case id' });
const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });

/** A regular expression source, compiled case-insensitively at load time (so a bad one fails start-up). */
const pattern = z.string().min(2).superRefine((source, ctx) => {
  try {
    new RegExp(source, 'iu');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
  }
});

const alias = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    /** Speaks for the actor only from/until these dates (a person in office), as in PETRARCH dictionaries. */
    from: isoDay.optional(),
    to: isoDay.optional(),
    /** Also a place name ("Moscow", "Tokyo"): after a locative preposition it is the place, not the actor. */
    place: z.boolean().optional(),
    /** A person: "he"/"she" may refer back to them. */
    person: z.boolean().optional(),
    /**
     * A crowd noun ("protesters"): the actor only where no one else is named as the crowd
     * ("protesters including former residents" are those residents) and it rallies there.
     */
    crowd: z.boolean().optional(),
  }),
]);

const actor = z.strictObject({
  id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** `state` actors act and speak; `public` actors are measured by polls; `group` actors rally and publish. */
  kind: z.enum(['state', 'public', 'group', 'media']),
  aliases: z.array(alias).min(1),
  /** "Russian" in "the Russian president", "the Russian side": nouns that make a demonym stand for the actor. */
  demonyms: z.array(z.string().min(1)).default([]),
  /** Places where an unnamed crowd that rallies is this actor ("several hundred people rallied in Nemuro"). */
  rallyPlaces: z.array(z.string().min(1)).default([]),
  /**
   * Outlets whose hosts and presenters speak as this actor ("PRESENTER: The Kurils were, are and will
   * remain ours" in a state broadcaster's transcript): regular expressions, case-insensitive, read
   * over the outlet's name and the article's address.
   */
  outlets: z
    .array(
      z.string().refine((source) => {
        try {
          new RegExp(source, 'i');
          return source.length > 0;
        } catch {
          return false;
        }
      }, 'an outlet pattern must be a non-empty regular expression'),
    )
    .default([]),
  /** A public's state: a poll taken in that state ("In Russia, a survey found ...") measures this public. */
  publicOf: id.optional(),
  /** Places whose residents are this public: a poll taken there ("a survey of adults on Iturup") measures it. */
  homePlaces: z.array(z.string().min(1)).default([]),
});

/** A cue template (libs/codebook/src/template.ts): words by lemma and part of speech, synonym sets, actor slots. */
const template = z.string().min(1);

const cue = z.union([
  template,
  z.strictObject({
    template,
    /** Who holds the position when the clause names no speaker or subject actor (e.g. the giver of a handover). */
    holder: id.optional(),
    /** A template that, matching in the same clause, voids the cue (a list of all four islands is no two-island stance). */
    unless: template.optional(),
    /** What the wording says of the islands themselves ("claimed by both countries"): see `standing` on slot cues. */
    standing: z.boolean().optional(),
  }),
]);

const position = z.strictObject({
  id,
  description: z.string().optional(),
  /** A demand on another party ("the other side must first recognise..."): held by who demands it, not by who is told to act. */
  demand: z.boolean().optional(),
  /**
   * The other side of the dispute ("the islands are Russian" is not Tokyo's): a signal read for one
   * of these actors is taken for a misread holder and dropped, unless a cue's slot names them.
   */
  notHeldBy: z.array(id).default([]),
  /**
   * What this position says of another question for these holders ("the Kurils are Russian land",
   * chanted by nationalists, is their refusal of any handover too).
   */
  implies: z.array(z.strictObject({ question: id, position: id, holders: z.array(id).min(1) })).default([]),
  cues: z.array(cue).default([]),
});

/** A cue whose position depends on who fills one of its actor slots ("the islands belong to $owner"). */
const slotCue = z.strictObject({
  template,
  slot: z.string().regex(/^[a-z][a-z0-9]*$/),
  /** Filler actor id → position id. */
  positions: z.record(id, id),
  /** A template that, matching in the same clause, voids the cue ("a ban on ceding Russian territory" claims no islands). */
  unless: template.optional(),
  /**
   * An attribute the wording gives the islands themselves ("the islands, held by Russia but claimed
   * by Japan"): a position that stands at publication, whatever the clause around it tells (its
   * tense, mood, date or speaker). Its holder is the template's own slot or the cue's holder.
   */
  standing: z.boolean().optional(),
});

const question = z.strictObject({
  id,
  text: z.string().min(1),
  positions: z.array(position).min(2),
  slotCues: z.array(slotCue).default([]),
});

const era = z.strictObject({
  pattern,
  /** The EDTF date an expression such as "the final days of World War II" stands for. */
  date: z.string().min(4),
});

/** A document the dispute's news names without its year ("the Japan-Soviet Joint Declaration", "the Tokyo Declaration"). */
const knownDocument = z.strictObject({
  pattern,
  /** The EDTF date the document was signed or issued: what it provides is dated by it. */
  date: z.string().min(4),
  /**
   * Other names it goes by with its year ("the 1956 declaration"): an event dated only by that year
   * in a sentence naming it is dated by the document's day.
   */
  alsoNamed: pattern.optional(),
});

/** A day the dispute marks every year ("Northern Territories Day", the national rally): month and day. */
const annualDay = z.strictObject({
  pattern,
  day: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day is MM-DD'),
});

export const codebookSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    description: z.string().optional(),
    /** The language of the cues: libs/codebook/languages/<language>.yaml gives its function words and synonym sets. */
    language: z.string().default('en'),
    /** Synonym sets of this topic, used in templates as @name (beside the language's). */
    synonyms: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string().min(1)).min(1)).default({}),
    /** Words that make an article relevant to the topic; an article naming none yields no events. */
    keywords: z.array(z.string().min(1)).min(1),
    actors: z.array(actor).min(1),
    /** The dispute's two sides: who "both sides" and "the two countries" are when the story names no other two nearby. */
    parties: z.array(id).length(2).optional(),
    /** Role nouns after a demonym that make it an actor ("Russian president", "Japanese government"). */
    roleNouns: z.array(z.string().min(1)).default([]),
    questions: z.array(question).min(1),
    /** Cues per event type, in priority order: when several types match a clause, the first listed wins. */
    eventTypes: z.array(z.strictObject({ type: z.enum(EVENT_TYPES), cues: z.array(template).min(1) })).min(1),
    /** Named periods that stand for dates. */
    eras: z.array(era).default([]),
    /** Documents named without a year, with their dates. */
    documents: z.array(knownDocument).default([]),
    /** Days marked every year: a clause that names one and no other date is of its last occurrence. */
    annualDays: z.array(annualDay).default([]),
    /** Known places, for an event's `place`. */
    places: z.array(z.string().min(1)).default([]),
  })
  .superRefine((codebook, ctx) => {
    const actorIds = new Set<string>();
    codebook.actors.forEach((a, i) => {
      if (actorIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'id'], message: `duplicate actor id ${a.id}` });
      actorIds.add(a.id);
    });
    codebook.actors.forEach((a, i) => {
      if (a.publicOf !== undefined && !actorIds.has(a.publicOf)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'publicOf'], message: `unknown actor ${a.publicOf}` });
    });
    for (const [k, p] of (codebook.parties ?? []).entries()) {
      if (!actorIds.has(p)) ctx.addIssue({ code: 'custom', path: ['parties', k], message: `unknown actor ${p}` });
    }
    // A word of a template that is an actor's one-word alias never matches as a word: the clause
    // stream carries the mention as the actor ("@russia"), so the template must name the slot.
    const actorOfWord = new Map<string, string>();
    for (const a of codebook.actors) {
      for (const entry of a.aliases) {
        const text = typeof entry === 'string' ? entry : entry.text;
        if (!/\s/.test(text)) actorOfWord.set(text.toLowerCase(), a.id);
      }
    }
    const checkTemplate = (source: string, path: (string | number)[]) => {
      for (const word of source.split(/[\s()|?]+/)) {
        const actor = actorOfWord.get(word.toLowerCase());
        if (actor && !source.includes(`=${actor}`)) {
          ctx.addIssue({ code: 'custom', path, message: `"${word}" is read as the actor ${actor}, never as a word: write $who=${actor}` });
        }
      }
    };
    for (const [name, entries] of Object.entries(codebook.synonyms)) entries.forEach((t, k) => checkTemplate(t, ['synonyms', name, k]));
    const questionIds = new Set<string>();
    codebook.questions.forEach((q, i) => {
      q.slotCues.forEach((c, k) => {
        checkTemplate(c.template, ['questions', i, 'slotCues', k, 'template']);
        if (c.unless !== undefined) checkTemplate(c.unless, ['questions', i, 'slotCues', k, 'unless']);
      });
      q.positions.forEach((p, j) =>
        p.cues.forEach((c, k) => {
          checkTemplate(typeof c === 'string' ? c : c.template, ['questions', i, 'positions', j, 'cues', k]);
          if (typeof c === 'object' && c.unless !== undefined) checkTemplate(c.unless, ['questions', i, 'positions', j, 'cues', k, 'unless']);
        }),
      );
      if (questionIds.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id ${q.id}` });
      questionIds.add(q.id);
      const positionIds = new Set<string>();
      q.slotCues.forEach((c, k) => {
        for (const [actorId, positionId] of Object.entries(c.positions)) {
          if (!actorIds.has(actorId)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'slotCues', k, 'positions'], message: `unknown actor ${actorId}` });
          if (!q.positions.some((x) => x.id === positionId)) {
            ctx.addIssue({ code: 'custom', path: ['questions', i, 'slotCues', k, 'positions'], message: `unknown position ${positionId}` });
          }
        }
      });
      q.positions.forEach((p, j) => {
        if (positionIds.has(p.id)) {
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'positions', j, 'id'], message: `duplicate position id ${p.id}` });
        }
        positionIds.add(p.id);
        p.implies.forEach((implied, k) => {
          const target = codebook.questions.find((x) => x.id === implied.question);
          if (!target || !target.positions.some((x) => x.id === implied.position)) {
            ctx.addIssue({ code: 'custom', path: ['questions', i, 'positions', j, 'implies', k], message: `unknown position ${implied.question}/${implied.position}` });
          }
          for (const a of implied.holders) if (!actorIds.has(a)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'positions', j, 'implies', k, 'holders'], message: `unknown actor ${a}` });
        });
        p.notHeldBy.forEach((a, k) => {
          if (!actorIds.has(a)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'positions', j, 'notHeldBy', k], message: `unknown actor ${a}` });
        });
        p.cues.forEach((c, k) => {
          if (typeof c === 'object' && c.holder !== undefined && !actorIds.has(c.holder)) {
            ctx.addIssue({ code: 'custom', path: ['questions', i, 'positions', j, 'cues', k, 'holder'], message: `unknown actor ${c.holder}` });
          }
        });
      });
    });
  });

export type CodebookDocument = z.output<typeof codebookSchema>;
