import type { Codebook, CodebookRegistry } from '#lib/codebook';
import { ValidationError } from '#lib/errors';

/**
 * The topic's codebook, after checking that the actor and question asked about belong to it: an
 * unknown topic is NotFoundError (it is the resource), an unknown actor or question a
 * ValidationError naming the parameter.
 */
export function topicCodebook(codebooks: CodebookRegistry, topic: string, filter: { actor?: string; question?: string }): Codebook {
  const codebook = codebooks.get(topic);
  const { actors, questions } = codebook.document;
  if (filter.actor !== undefined && !codebook.actor(filter.actor)) {
    throw new ValidationError(`actor: unknown actor ${JSON.stringify(filter.actor)} for topic ${topic}; known: ${actors.map((a) => a.id).join(', ')}`, 'actor');
  }
  if (filter.question !== undefined && !codebook.question(filter.question)) {
    throw new ValidationError(
      `question: unknown question ${JSON.stringify(filter.question)} for topic ${topic}; known: ${questions.map((q) => q.id).join(', ')}`,
      'question',
    );
  }
  return codebook;
}
