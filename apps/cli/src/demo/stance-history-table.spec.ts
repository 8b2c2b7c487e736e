import { formatStanceHistory } from './stance-history-table.js';

describe('formatStanceHistory', () => {
  it('prints each interval with its bounds, its EDTF date and its evidence; an open interval runs to now', () => {
    const table = formatStanceHistory([
      { position: 'treaty-first', from: '2018-09-01', to: '2019-01-01', since: '2018-09', evidence: [{ eventId: 'e1', articleId: 'a', quote: 'without any preconditions' }] },
      { position: 'recognition-first', from: '2019-01-01', to: null, since: '2019-01-01/2019-01-21', evidence: [{ eventId: 'e2', articleId: 'a', quote: null }] },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\| position +\| from +\| to +\| since \(EDTF\) +\| evidence +\|$/);
    expect(lines[3]).toMatch(/^\| treaty-first +\| 2018-09-01 \| 2019-01-01 \| 2018-09 +\| "without any preconditions" \|$/);
    expect(lines[5]).toMatch(/^\| recognition-first \| 2019-01-01 \| \(now\) +\| 2019-01-01\/2019-01-21 \| event e2 +\|$/);
  });
});
