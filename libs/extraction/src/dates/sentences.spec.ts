import { clausesOf, sentenceStarts } from './sentences.js';

function sentences(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim());
}

describe('sentenceStarts', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(sentences('Putin met Abe. They talked! Did they agree? No.')).toEqual([
      'Putin met Abe.',
      'They talked!',
      'Did they agree?',
      'No.',
    ]);
  });

  it('does not split after abbreviations, initials or before lower case', () => {
    expect(
      sentences('Stephen R. Nagy spoke on Jan. 13 in the U.S. capital. Mr. Abe agreed, e.g. on trade. Then he left.'),
    ).toEqual(['Stephen R. Nagy spoke on Jan. 13 in the U.S. capital.', 'Mr. Abe agreed, e.g. on trade.', 'Then he left.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('"It is a sensation." The presenter gushed.')).toEqual(['"It is a sensation."', 'The presenter gushed.']);
  });

  it('ends a sentence at a line break unless the next line carries on in lower case', () => {
    expect(sentences('Breaking News\nThe Kuriles Question\nwas raised again\n\nToday they met')).toEqual([
      'Breaking News',
      'The Kuriles Question\nwas raised again',
      'Today they met',
    ]);
  });
});

describe('clausesOf', () => {
  it('splits on punctuation, quotes and clause-opening words', () => {
    const text = 'On January 20, some 300 nationalists gathered, and Putin said that he would go.';
    const clauses = clausesOf(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end).trim());
    expect(clauses).toEqual(['On January 20', 'some 300 nationalists gathered', 'and Putin said', 'that he would go.']);
  });
});
