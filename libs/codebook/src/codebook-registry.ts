import { NotFoundError, ValidationError } from '#lib/errors';
import type { Codebook } from './codebook.js';

/** The topics this service tracks, by id. */
export class CodebookRegistry {
  private readonly byId: Map<string, Codebook>;

  constructor(codebooks: readonly Codebook[]) {
    this.byId = new Map(codebooks.map((c) => [c.id, c]));
  }

  list(): Codebook[] {
    return [...this.byId.values()];
  }

  /** The topic's codebook; NotFoundError when there is none. */
  get(topic: string): Codebook {
    const codebook = this.byId.get(topic);
    if (!codebook) throw new NotFoundError(`unknown topic ${JSON.stringify(topic)}; known: ${[...this.byId.keys()].join(', ')}`);
    return codebook;
  }

  /** Like get, but an unknown topic in a request body is the caller's mistake in that field. */
  require(topic: string, field = 'topic'): Codebook {
    const codebook = this.byId.get(topic);
    if (!codebook) {
      throw new ValidationError(`${field}: unknown topic ${JSON.stringify(topic)}; known: ${[...this.byId.keys()].join(', ')}`, field);
    }
    return codebook;
  }
}
