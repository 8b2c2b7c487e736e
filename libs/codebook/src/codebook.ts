import type { CodebookDocument } from './codebook.schema.js';
import type { LanguageDocument } from './language.schema.js';

type Actor = CodebookDocument['actors'][number];
type Question = CodebookDocument['questions'][number];

/** A validated codebook: one tracked dispute, its actors, questions and positions, and its cues. */
export class Codebook {
  private readonly actorsById: Map<string, Actor>;
  private readonly questionsById: Map<string, Question>;

  constructor(
    readonly document: CodebookDocument,
    /** The function words and synonym sets of the codebook's language. */
    readonly language: LanguageDocument,
  ) {
    this.actorsById = new Map(document.actors.map((a) => [a.id, a]));
    this.questionsById = new Map(document.questions.map((q) => [q.id, q]));
  }

  get id(): string {
    return this.document.id;
  }

  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  question(id: string): Question | undefined {
    return this.questionsById.get(id);
  }

  hasPosition(questionId: string, positionId: string): boolean {
    return this.questionsById.get(questionId)?.positions.some((p) => p.id === positionId) ?? false;
  }

  /** The public view: ids, names and positions, without the extraction cues. */
  summary(): CodebookSummary {
    const d = this.document;
    return {
      id: d.id,
      title: d.title,
      description: d.description,
      actors: d.actors.map((a) => ({
        id: a.id,
        name: a.name,
        description: a.description,
        kind: a.kind,
        aliases: a.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
      })),
      questions: d.questions.map((q) => ({
        id: q.id,
        text: q.text,
        positions: q.positions.map((p) => ({ id: p.id, description: p.description })),
      })),
    };
  }
}

export interface CodebookSummary {
  id: string;
  title: string;
  description?: string;
  actors: { id: string; name: string; description?: string; kind: string; aliases: string[] }[];
  questions: { id: string; text: string; positions: { id: string; description?: string }[] }[];
}
