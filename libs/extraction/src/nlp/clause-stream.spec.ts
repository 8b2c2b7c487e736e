import { loadCodebooks } from '#lib/codebook';
import { actorMentions } from '../analysis/mentions.js';
import { compile } from '../codebook/compiled-codebook.js';
import { annotate } from './annotate.js';
import { clauseStream, matchIndexed, matchTemplate } from './clause-stream.js';

const cb = compile(loadCodebooks().find((c) => c.id === 'kuril-islands')!);

describe('matchIndexed', () => {
  it('finds the same matches as matching every template of the codebook one by one', () => {
    const text = [
      'Russian Foreign Minister Sergei Lavrov said on Monday that Japan must recognise the results of World War II before any peace treaty talks.',
      '"The islands are ours and we will never give them up," protesters chanted outside the embassy in Tokyo.',
      'Abe and Putin agreed in Singapore to accelerate negotiations on a peace treaty based on the 1956 declaration, which promised Japan two islands.',
      'Tokyo did not agree to suspend the talks, according to the Foreign Ministry.',
    ].join('\n\n');
    const doc = annotate(text);
    for (const sentence of doc.sentences) {
      const stream = clauseStream(doc.tokens, sentence.tokenStart, sentence.tokenEnd, sentence, actorMentions(text, sentence, cb));
      const oneByOne = cb.templates.templates.map((t) => [t, matchTemplate(t, stream)] as const).filter(([, m]) => m.length > 0);
      expect([...matchIndexed(cb.templates, stream)]).toEqual(oneByOne);
    }
  });
});
