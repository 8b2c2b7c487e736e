import fc from 'fast-check';
import { alternation } from './alternation.js';

const flat = (words: string[]) =>
  [...new Set(words)]
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const all = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(`(?<![a-z])(${source})(?![a-z])`, flags))].map((m) => `${m.index}:${m[1]}`);

describe('alternation', () => {
  it('factors common prefixes and prefers the longest word', () => {
    const source = alternation(['Japan', 'Japanese', "Japan's", 'Russia']);
    expect(source).toBe("(?:Japan(?:ese|'s)?|Russia)");
    expect('the Japanese side'.match(new RegExp(source))?.[0]).toBe('Japanese');
  });

  it('escapes what a regular expression would read as syntax', () => {
    expect('see U.S. policy'.match(new RegExp(alternation(['U.S.', 'U.S.S.R.'])))?.[0]).toBe('U.S.');
    expect('USxS'.match(new RegExp(alternation(['U.S.'])))).toBeNull();
  });

  it('folds case when asked, and matches nothing for no words', () => {
    expect(new RegExp(alternation(['Tokyo', 'TOKYO'], { ignoreCase: true }), 'i').test('tOkYo')).toBe(true);
    expect(new RegExp(alternation([])).test('anything')).toBe(false);
  });

  it('matches exactly what a flat alternation sorted longest first matches, word boundaries and all', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', ' ', "'"), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', ' ', "'", 'x'), maxLength: 40 }), (words, text) => {
        expect(all(alternation(words), 'g', text)).toEqual(all(flat(words), 'g', text));
        expect(all(alternation(words, { ignoreCase: true }), 'gi', text.toUpperCase())).toEqual(all(flat(words), 'gi', text.toUpperCase()));
      }),
      { numRuns: 500 },
    );
  });
});
