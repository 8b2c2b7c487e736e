import { loadCodebooks } from '#lib/codebook';
import { compile } from '../codebook/compiled-codebook.js';
import { annotate } from '../nlp/annotate.js';
import { clauseStream, matchTemplate } from '../nlp/clause-stream.js';
import { attribute, introducedPersons, type Speaker } from './attribution.js';
import { actorMentions, personNames } from './mentions.js';

const cb = compile(loadCodebooks().find((c) => c.id === 'kuril-islands')!);

/** Each sentence's speaker, reading the text in order as extraction does. */
function speakers(text: string): (Speaker | null)[] {
  const doc = annotate(text);
  const known = new Map<string, Speaker>();
  return doc.sentences.map((sentence) => {
    const mentions = actorMentions(text, sentence, cb);
    const persons = personNames(text, sentence, cb);
    for (const [name, who] of introducedPersons(text, persons, mentions, cb.speech.role)) known.set(name, who);
    const stream = clauseStream(doc.tokens, sentence.tokenStart, sentence.tokenEnd, sentence, mentions);
    return attribute(text, sentence, stream, (t) => matchTemplate(t, stream), cb.speech, mentions, persons, null, () => false, known)?.speaker ?? null;
  });
}

describe('attribute with people the article introduced', () => {
  it('gives a surname the actor of the title it was introduced with, sentences later', () => {
    const text = 'Chief Cabinet Secretary Osamu Fujimura spoke in Tokyo on Friday.\n\nThe talks will go on, Fujimura told reporters.';
    expect(speakers(text)[1]).toEqual({ kind: 'actor', actor: 'japan', person: true });
  });

  it('reads a speaker through two asides in commas ("Kishida, speaking at the rally in Tokyo, held online, said")', () => {
    expect(speakers('Prime Minister Fumio Kishida, speaking at the national rally in Tokyo, held with a small audience and streamed online, said it was regrettable.')[0]).toEqual({
      kind: 'actor',
      actor: 'japan',
      person: true,
    });
  });

  it('reads a name given family name first ("Chief Cabinet Secretary Matsuno Hirokazu told reporters")', () => {
    expect(speakers('Chief Cabinet Secretary Matsuno Hirokazu told reporters the drills were unacceptable.')[0]).toEqual({ kind: 'actor', actor: 'japan', person: true });
  });

  it('reads a name in commas after an actor\'s role noun ("Japan\'s ambassador to Moscow, X,")', () => {
    const text = "Japan's ambassador to Moscow, Toyohisa Kozuki, met officials.\n\nNothing has changed, Kozuki said.";
    expect(speakers(text)[1]).toEqual({ kind: 'actor', actor: 'japan', person: true });
  });

  it('leaves a person nobody introduced as someone who does not speak for an actor', () => {
    const text = 'Nothing has changed, Kozuki said.';
    expect(speakers(text)[0]).toEqual({ kind: 'other', name: 'Kozuki' });
  });
});

describe('personNames', () => {
  it('leaves titles out of the name', () => {
    const names = (t: string) => personNames(t, { start: 0, end: t.length }, cb).map((p) => p.text);
    expect(names('Chief Cabinet Secretary Taro Yamashita said on Tuesday')).toEqual(['Taro Yamashita']);
    expect(names('Gen. Douglas MacArthur received the petition')).toEqual(['Douglas MacArthur']);
  });
});
