import { AnchorIndex } from './anchor-index.js';
import { compileTemplate, matchTokens, type TemplateContext, type TokenView } from './template.js';

const context: TemplateContext = {
  synonyms: new Map([
    ['suspend', ['suspend', 'break off', 'pull out of']],
    ['talks', ['talk', 'negotiation']],
  ]),
  negators: new Set(['not', 'never', 'no']),
};

const SOURCES = [
  '@suspend ..2 @talks',
  'kuril* ..3 island*',
  'island* ..3 belong to $owner',
  'the? treaty',
  '(a|the)? treaty',
  'not ..2 @suspend',
  'talks',
  '...',
  '(sign* | conclude) ..4 treaty',
];

/** `word/lemma` tokens, or `@actor`. */
function view(tokens: string): TokenView {
  const v: TokenView = { length: 0, lemma: [], lower: [], pos: [], actor: [] };
  for (const t of tokens.split(' ')) {
    const [lower, lemma] = t.startsWith('@') ? [t, t] : t.split('/');
    v.lemma.push(lemma ?? lower);
    v.lower.push(lower);
    v.pos.push('X');
    v.actor.push(t.startsWith('@') ? t.slice(1) : null);
    v.length++;
  }
  return v;
}

function candidateSources(index: AnchorIndex, v: TokenView): string[] {
  return index.candidates(v).map((i) => index.templates[i].source);
}

describe(AnchorIndex.name, () => {
  const templates = SOURCES.map((s) => compileTemplate(s, context));
  const index = new AnchorIndex(templates);

  it.each([
    'russia/russia pulled/pull out/out of/of negotiations/negotiation',
    'the/the kurils/kurils are/be islands/island that/that belong/belong to/to @japan',
    'they/they signed/sign a/a peace/peace treaty/treaty',
    'tokyo/tokyo did/do not/not suspend/suspend talks/talk',
    'nothing/nothing here/here',
  ])('keeps every template that matches the clause "%s"', (tokens) => {
    const v = view(tokens);
    const matching = templates.filter((t) => matchTokens(t, v).length > 0).map((t) => t.source);
    expect(candidateSources(index, v)).toEqual(expect.arrayContaining(matching));
  });

  it('finds templates by word, by prefix, and keeps those without anchors', () => {
    expect(candidateSources(index, view('kurils/kurils and/and islands/island'))).toEqual(['kuril* ..3 island*', '...']);
    expect(candidateSources(index, view('signing/sign the/the treaty/treaty'))).toEqual(['the? treaty', '(a|the)? treaty', '...', '(sign* | conclude) ..4 treaty']);
  });

  it('leaves out a template when one of its required parts is missing, even if its anchor is there', () => {
    // "belong" and "to" are required by 'island* ..3 belong to $owner', as is an island* word.
    expect(candidateSources(index, view('islands/island belong/belong here/here'))).not.toContain('island* ..3 belong to $owner');
    expect(candidateSources(index, view('islands/island belong/belong to/to @japan'))).toContain('island* ..3 belong to $owner');
    // Talks without any way of suspending them.
    expect(candidateSources(index, view('the/the talks/talk resumed/resume'))).toEqual(['talks', '...']);
  });

  it('finds the same templates for a clause it has seen before, and after many words of no template', () => {
    const v = view('signing/sign the/the treaty/treaty');
    const first = candidateSources(index, v);
    expect(candidateSources(index, v)).toEqual(first);
    for (let i = 0; i < 60_000; i += 1000) index.candidates(view(Array.from({ length: 1000 }, (_, k) => `word${i + k}`).join(' ')));
    expect(candidateSources(index, v)).toEqual(first);
    expect(candidateSources(index, view('kurils/kurils and/and islands/island'))).toEqual(['kuril* ..3 island*', '...']);
  });

  it('knows its templates', () => {
    expect(index.has(templates[0])).toBe(true);
    expect(index.has(compileTemplate('talks', context))).toBe(false);
  });
});
