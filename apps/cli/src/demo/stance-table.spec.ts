import type { CodebookSummary } from '#lib/codebook';
import type { StanceView } from '#lib/stances';
import { formatStanceTable } from './stance-table.js';

const topic: CodebookSummary = {
  id: 'kuril-islands',
  title: 'Kuril Islands',
  actors: [
    { id: 'russia', name: 'Russia', kind: 'state', aliases: [] },
    { id: 'japan', name: 'Japan', kind: 'state', aliases: [] },
  ],
  questions: [
    { id: 'peace-treaty', text: '?', positions: [{ id: 'seeks' }, { id: 'suspended' }] },
    { id: 'sequencing', text: '?', positions: [{ id: 'treaty-first' }, { id: 'recognition-first' }] },
  ],
};

const stance = (overrides: Partial<StanceView>): StanceView => ({
  topic: 'kuril-islands',
  actor: 'russia',
  question: 'sequencing',
  position: 'treaty-first',
  since: '2018-09',
  certain: true,
  evidence: [],
  ...overrides,
});

describe('formatStanceTable', () => {
  it('prints every actor against every question: the position, * when not certain, - when none', () => {
    const table = formatStanceTable(topic, [
      stance({ question: 'peace-treaty', position: 'seeks' }),
      stance({ position: 'recognition-first', since: '2019-01-01/2019-01-21', certain: false }),
    ]);
    const lines = table.trimEnd().split('\n');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\| actor +\| peace-treaty +\| sequencing +\|$/);
    expect(lines[3]).toMatch(/^\| russia +\| seeks +\| recognition-first\* +\|$/);
    expect(lines[5]).toMatch(/^\| japan +\| - +\| - +\|$/);
  });
});
