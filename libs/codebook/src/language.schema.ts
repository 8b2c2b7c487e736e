import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

/**
 * A language's function words, as extraction reads them: what introduces reported speech, what
 * negates, what makes a clause hypothetical, and synonym sets that cue templates of any topic may
 * use (`@resolve`). One file per language beside the topics (libs/codebook/languages/<id>.yaml).
 */
export const languageSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2,3}$/, { message: 'must be an ISO 639 code such as en' }),
  /** Lemmas (or lemma phrases: "point out") of verbs that report speech: say, stress, insist. */
  reportingVerbs: words,
  /** Phrases that attribute what follows or precedes without a verb: "according to". */
  attributionPhrases: words,
  /** Words that negate what follows in their clause. */
  negators: words,
  /** Phrases with a negator that deny nothing after them ("no change in our policy of..."). */
  negationExceptions: words,
  /** Words and phrases that make a clause a possibility rather than a fact: if, could, whether. */
  hypothetical: words,
  /** Relative pronouns: a clause they open belongs to their antecedent. */
  relativePronouns: words,
  /** Nouns for people who comment without speaking for a party: analysts, experts, scholars. */
  commentators: words,
  /**
   * Titles and role nouns that go before a name or stand for a person ("Chief Cabinet Secretary
   * Osamu Fujimura", "the ambassador, Mikhail Galuzin,"): not part of the name, and a role an
   * actor's person holds.
   */
  titles: words,
  /** Synonym sets, each member a cue template ("speed up"). */
  synonyms: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string().min(1)).min(1)).default({}),
});

export type LanguageDocument = z.infer<typeof languageSchema>;
