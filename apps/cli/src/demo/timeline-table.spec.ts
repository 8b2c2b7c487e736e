import type { NewsEvent } from '#lib/articles';
import { wrap } from './text-table.js';
import { formatTimeline } from './timeline-table.js';

const event = (overrides: Partial<NewsEvent>): NewsEvent => ({
  id: 'e',
  articleId: 'a',
  topic: 'kuril-islands',
  type: 'statement',
  date: '2019-01-14',
  earliest: '2019-01-14',
  latest: '2019-01-14',
  context: [],
  actors: ['russia'],
  summary: 'Lavrov says Moscow wants a peace treaty',
  stances: [],
  confidence: 1,
  ...overrides,
});

describe('formatTimeline', () => {
  it('prints date, type (with context), actors, summary and stance signals, in world-time order', () => {
    const table = formatTimeline([
      event({ date: '2019-06', earliest: '2019-06-01', latest: '2019-06-30', type: 'consult', context: ['future'], actors: ['russia', 'japan'], summary: 'Putin plans a visit' }),
      event({
        date: '2018-09',
        earliest: '2018-09-01',
        latest: '2018-09-30',
        type: 'agree',
        summary: 'Putin proposes signing a peace treaty by the end of the year without preconditions',
        stances: [
          { actor: 'russia', question: 'peace-treaty', position: 'seeks' },
          { actor: 'russia', question: 'sequencing', position: 'treaty-first' },
        ],
      }),
    ]);
    const lines = table.trimEnd().split('\n');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1); // every line as wide as the rules
    expect(lines[1]).toMatch(/^\| date +\| type +\| actors +\| summary +\| stance signals +\|$/);
    expect(lines[3]).toMatch(/^\| 2018-09 +\| agree +\| russia +\| Putin proposes signing a peace treaty by the +\| russia peace-treaty: seeks +\|$/);
    expect(lines[4]).toMatch(/^\| +\| +\| +\| end of the year without preconditions +\| russia sequencing: treaty-first +\|$/);
    expect(table).toMatch(/\| 2019-06 +\| consult +\| russia +\| Putin plans a visit +\| - +\|\n\| +\| \(future\) +\| japan +\|/);
  });
});

describe('wrap', () => {
  it('breaks between words, and cuts a word longer than the width', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrap('', 4)).toEqual(['']);
  });
});
