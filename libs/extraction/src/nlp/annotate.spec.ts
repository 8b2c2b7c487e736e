import { annotate } from './annotate.js';

describe('annotate', () => {
  it('gives tokens with offsets into the text, lemmas and parts of speech', () => {
    const text = 'Tokyo claims the four islands.';
    const { tokens } = annotate(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    expect(tokens.map((t) => t.lemma)).toEqual(['tokyo', 'claim', 'the', 'four', 'island', '.']);
    expect(tokens.find((t) => t.lower === 'islands')?.pos).toBe('NOUN');
  });

  it('marks the scope of a negation, and lifts it after the language\'s exceptions', () => {
    const denied = annotate('Tokyo did not agree to accelerate the talks.').tokens;
    expect(denied.find((t) => t.lower === 'accelerate')?.negated).toBe(true);
    const kept = annotate('There is no change in our policy of resolving the issue.', { negationExceptions: ['no change'] }).tokens;
    expect(kept.find((t) => t.lower === 'resolving')?.negated).toBe(false);
  });

  it('carries a negation past "yet" right after "not" ("have not yet signed"), where the model ends it', () => {
    const tokens = annotate('The two countries have not yet signed a treaty, officials said.').tokens;
    expect(tokens.find((t) => t.lower === 'signed')?.negated).toBe(true);
    expect(tokens.find((t) => t.lower === 'officials')?.negated).toBe(false);
  });

  it('limits "without" and a noun to that noun phrase', () => {
    const tokens = annotate('About 300 people gathered without permission in Yuzhno-Sakhalinsk to protest against any concession.').tokens;
    expect(tokens.find((t) => t.lower === 'permission')?.negated).toBe(true);
    expect(tokens.find((t) => t.lower === 'concession')?.negated).toBe(false);
  });

  it('never ends a sentence inside a quotation, and keeps paragraphs apart', () => {
    const text = '"The islands are ours. We will not give them up," Lavrov said.\n\nAbe replied on Tuesday.';
    const { sentences } = annotate(text);
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, '"The islands are ours. We will not give them up," Lavrov said.'],
      [1, 'Abe replied on Tuesday.'],
    ]);
    expect(sentences[0].quotes).toEqual([{ start: 0, end: 49 }]);
  });

  it('rejoins what the model split after an exclamation inside quotes', () => {
    const { sentences } = annotate('They chanted "The Kuriles are ours!" and "We won\'t return them!" in the square.');
    expect(sentences).toHaveLength(1);
  });

  it('keeps a statement quoted over several paragraphs quoted, where only the first opens and the last closes', () => {
    const text = ['The ministry published this statement on Monday.', '"The Russian side is taking the following steps.', 'It will not continue the talks.', 'Responsibility lies with Tokyo."', 'Tokyo protested.'].join('\n\n');
    const { sentences } = annotate(text);
    const quoted = (s: { start: number; end: number; quotes: { start: number; end: number }[] }) => s.quotes.some((q) => q.start <= s.start + 1 && q.end >= s.end - 1);
    expect(sentences.map((s) => quoted(s))).toEqual([false, true, true, true, false]);
  });

  it('lifts the negation of a phrase that keeps what it names ("will not drop its claim")', () => {
    const { tokens } = annotate('Tokyo will not drop its claim to the islands.', { negationExceptions: ['not drop'] });
    expect(tokens.find((t) => t.lower === 'claim')?.negated).toBe(false);
  });
  it('ends a sentence at a short line without closing punctuation before a capital (a headline, a caption), not inside wrapped prose', () => {
    const text = 'Updated: Monday, 3 March, 2003\nTokyo restates its claim\nThe prime minister spoke in Tokyo on Monday and said\nthe talks would go on.';
    expect(annotate(text).sentences.map((s) => s.text)).toEqual([
      'Updated: Monday, 3 March, 2003',
      'Tokyo restates its claim',
      'The prime minister spoke in Tokyo on Monday and said\nthe talks would go on.',
    ]);
  });
});
