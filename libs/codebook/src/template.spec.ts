import { compileTemplate, matchTokens, TemplateError, type TemplateContext, type TokenView } from './template.js';

const context: TemplateContext = {
  synonyms: new Map([
    ['suspend', ['suspend', 'break off', 'pull out of']],
    ['talks', ['talk', 'negotiation']],
    ['loop', ['@loop']],
  ]),
  negators: new Set(['not', 'never', 'no']),
};

/** A clause as the extractor hands it over: `word/lemma/POS` or `@actor`, space-separated. */
function view(tokens: string): TokenView {
  const v: TokenView = { length: 0, lemma: [], lower: [], pos: [], actor: [] };
  for (const t of tokens.split(' ')) {
    const [lower, lemma, pos] = t.startsWith('@') ? [t, t, 'ACTOR'] : t.split('/');
    v.lemma.push(lemma ?? lower);
    v.lower.push(lower);
    v.pos.push(pos ?? 'X');
    v.actor.push(t.startsWith('@') ? t.slice(1) : null);
    v.length++;
  }
  return v;
}

function matches(template: string, tokens: string): string[] {
  const v = view(tokens);
  return matchTokens(compileTemplate(template, context), v).map(
    (m) => v.lower.slice(m.first, m.last + 1).join(' ') + [...m.slots].map(([k, a]) => ` [${k}=${a}]`).join(''),
  );
}

describe('cue templates', () => {
  it('match a word by its lemma or its surface form', () => {
    expect(matches('claim', 'tokyo/tokyo/PROPN claims/claim/VERB the/the/DET islands/island/NOUN')).toEqual(['claims']);
    expect(matches('islands', 'the/the/DET islands/island/NOUN')).toEqual(['islands']);
  });

  it('match a prefix, a part of speech, an optional word and alternatives', () => {
    expect(matches('kuril*', 'the/the/DET kurils/kurils/PROPN')).toEqual(['kurils']);
    expect(matches('protest/VERB', 'a/a/DET protest/protest/NOUN')).toEqual([]);
    expect(matches('protest/VERB', 'they/they/PRON protested/protest/VERB')).toEqual(['protested']);
    expect(matches('(a|the)? treaty', 'sign/sign/VERB a/a/DET treaty/treaty/NOUN')).toEqual(['a treaty']);
    expect(matches('(a|the)? treaty', 'treaty/treaty/NOUN talks/talk/NOUN')).toEqual(['treaty']);
  });

  it('bridge a gap of at most the stated number of tokens', () => {
    const tokens = 'suspend/suspend/VERB the/the/DET long/long/ADJ stalled/stall/VERB talks/talk/NOUN';
    expect(matches('suspend ..3 talks', tokens)).toEqual(['suspend the long stalled talks']);
    expect(matches('suspend ..2 talks', tokens)).toEqual([]);
  });

  it('pass over up to three modifiers (adjectives, determiners, numbers) without counting them, in a gap of three or more', () => {
    const tokens = 'signing/sign/VERB of/of/ADP a/a/DET bilateral/bilateral/ADJ post-war/post-war/ADJ peace/peace/NOUN treaty/treaty/NOUN';
    expect(matches('sign ..3 peace treaty', tokens)).toEqual(['signing of a bilateral post-war peace treaty']);
    expect(matches('sign ..0 peace treaty', 'sign/sign/VERB the/the/DET peace/peace/NOUN treaty/treaty/NOUN')).toEqual([]);
    // (A short gap stays as tight as written: "no ..2 territorial problem" is not "no visible progress on the territorial problem".)
    expect(matches('no ..2 territorial problem', 'no/no/DET visible/visible/ADJ progress/progress/NOUN on/on/ADP the/the/DET territorial/territorial/ADJ problem/problem/NOUN')).toEqual([]);
    // (At most three: a fourth modifier counts.)
    expect(matches('sign ..3 treaty', 'sign/sign/VERB a/a/DET new/new/ADJ formal/formal/ADJ lasting/lasting/ADJ peace/peace/NOUN and/and/CCONJ friendship/friendship/NOUN treaty/treaty/NOUN')).toEqual([]);
  });

  it('expand synonym sets, multi-word members included', () => {
    const tokens = 'russia/russia/PROPN pulled/pull/VERB out/out/ADP of/of/ADP negotiations/negotiation/NOUN';
    expect(matches('@suspend ..2 @talks', tokens)).toEqual(['pulled out of negotiations']);
  });

  it('fill actor slots, and a constrained slot only with its actor', () => {
    const tokens = 'the/the/DET islands/island/NOUN belong/belong/VERB to/to/ADP @japan';
    expect(matches('island* ..3 belong to $owner', tokens)).toEqual(['islands belong to @japan [owner=japan]']);
    expect(matches('island* ..3 belong to $owner=russia', tokens)).toEqual([]);
  });

  it('take the first way a start matches: alternatives and gap lengths in order, the slots of that way', () => {
    const tokens = '@japan urged/urge/VERB @russia to/to/ADP return/return/VERB the/the/DET islands/island/NOUN to/to/ADP @japan';
    expect(matches('$holder ..4 (return | return ..3 to $owner)', tokens)).toEqual(['@japan urged @russia to return [holder=japan]']);
    expect(matches('$holder ..4 (return ..3 to $owner | return)', tokens)).toEqual(['@japan urged @russia to return the islands to @japan [holder=japan] [owner=japan]']);
    expect(matches('urge ..4 $who', tokens)).toEqual(['urged @russia [who=russia]']);
  });

  it('go on after a group, an empty alternative or an optional slot to what follows it', () => {
    expect(matches('(| the) islands', 'the/the/DET islands/island/NOUN')).toEqual(['the islands']);
    expect(matches('(| the) islands', 'islands/island/NOUN')).toEqual(['islands']);
    expect(matches('$who? (urge | call on) $whom', '@japan urged/urge/VERB @russia')).toEqual(['@japan urged @russia [who=japan] [whom=russia]']);
    expect(matches('$who? (urge | call on) $whom', 'they/they/PRON called/call/VERB on/on/ADP @russia')).toEqual(['called on @russia [whom=russia]']);
  });

  it('match the same way a second time, and in another clause after a longer one', () => {
    const t = compileTemplate('island* ..3 belong to $owner', context);
    const long = view('the/the/DET islands/island/NOUN ' + Array.from({ length: 40 }, () => 'x/x/X').join(' ') + ' islands/island/NOUN belong/belong/VERB to/to/ADP @japan');
    const short = view('islands/island/NOUN belong/belong/VERB to/to/ADP @russia');
    expect(matchTokens(t, long).map((m) => [m.first, m.last])).toEqual([[42, 45]]);
    expect(matchTokens(t, short).map((m) => [m.first, m.last, [...m.slots]])).toEqual([[0, 3, [['owner', 'russia']]]]);
    expect(matchTokens(t, short).map((m) => [m.first, m.last, [...m.slots]])).toEqual([[0, 3, [['owner', 'russia']]]]);
  });

  it('match a prefix of any length, and tell apart words that share their length and first and last letters', () => {
    const tokens = 'kurils/kurils/PROPN islands/island/NOUN';
    expect(matches('k* island*', tokens)).toEqual(['kurils islands']);
    expect(matches('ku* islands', tokens)).toEqual(['kurils islands']);
    expect(matches('kurilsk* islands', tokens)).toEqual([]);
    expect(matches('(abcxe | abcye) islands', 'abcye/abcye/X islands/island/NOUN')).toEqual(['abcye islands']);
    expect(matches('(abcxe | abcye) islands', 'abcze/abcze/X islands/island/NOUN')).toEqual([]);
    expect(matches('étorofu', 'on/on/ADP étorofu/étorofu/PROPN')).toEqual(['étorofu']);
  });

  it('match a clause already read for other templates, with words of templates compiled since', () => {
    const v = view('the/the/DET zyxwv/zyxwv/NOUN returned/return/VERB');
    expect(matchTokens(compileTemplate('return', context), v).map((m) => m.first)).toEqual([2]);
    expect(matchTokens(compileTemplate('the zyxwv', context), v).map((m) => m.first)).toEqual([0]);
    expect(matchTokens(compileTemplate('return', context), v).map((m) => m.first)).toEqual([2]);
  });

  it('find every non-overlapping match, left to right', () => {
    expect(matches('talks', 'talks/talk/NOUN and/and/CCONJ more/more/ADJ talks/talk/NOUN')).toEqual(['talks', 'talks']);
  });

  it('know the anchors that must be present and whether they negate themselves', () => {
    const t = compileTemplate('not ..2 @suspend', context);
    expect(t.negates).toBe(true);
    expect(compileTemplate('@suspend ..2 talks', context).negates).toBe(false);
    expect(compileTemplate('of ..2 treaty', context).anchors).toEqual(new Set(['treaty']));
  });

  it.each([
    ['an unclosed group', '(a b', /unclosed \(/],
    ['an unmatched parenthesis', 'a b)', /unmatched \)/],
    ['an unknown synonym set', '@nothing here', /unknown synonym set @nothing/],
    ['a synonym set that refers to itself', '@loop', /refers to itself/],
  ])('refuse %s, naming it', (_, source, message) => {
    expect(() => compileTemplate(source, context)).toThrow(TemplateError);
    expect(() => compileTemplate(source, context)).toThrow(message);
  });

  it('stay fast on a long clause with nested gaps (failures are remembered)', () => {
    const long = Array.from({ length: 200 }, (_, i) => `w${i}/w${i}/NOUN`).join(' ');
    const t = compileTemplate('(w1|w2|w3)? ..8 (w5|w6)? ..8 (x|y)? ..8 nothing', context);
    // Without remembering failed states this explores millions of paths; with it, a few thousand.
    expect(matchTokens(t, view(long))).toEqual([]);
  });
});
