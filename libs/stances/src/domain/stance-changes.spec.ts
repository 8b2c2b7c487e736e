import { stanceChanges } from './stance-changes.js';
import { signalRecord } from '../../../../test/support/signals.js';
import { timeline } from './timeline.js';

const signal = (position: string, earliest: string) => signalRecord(position, earliest);
const TODAY = '2026-11-27';

describe('stanceChanges', () => {
  it('given no timeline, when a first signal arrives, then the stance changes from null to it, today included', () => {
    const first = signal('treaty-first', '2018-11-14');
    expect(stanceChanges([], timeline([first]), TODAY)).toEqual([
      { from: '2018-11-14', previous: null, current: { position: 'treaty-first', since: '2018-11-14' }, affectsCurrent: true },
    ]);
  });

  it('given a position in effect, when the same position is reported again, then nothing changes', () => {
    const a = signal('treaty-first', '2018-11-14');
    const b = signal('treaty-first', '2019-01-14');
    expect(stanceChanges(timeline([a]), timeline([a, b]), TODAY)).toEqual([]);
  });

  it('given a timeline, when a late article dates a position into the past, then only that stretch changes and today does not', () => {
    const a = signal('treaty-first', '2018-11-14');
    const b = signal('recognition-first', '2019-01-14');
    const past = signal('two-islands', '1956-10-19');
    const between = signal('two-islands', '2018-12-01');
    expect(stanceChanges(timeline([a, b]), timeline([a, b, past]), TODAY)).toEqual([
      { from: '1956-10-19', previous: null, current: { position: 'two-islands', since: '1956-10-19' }, affectsCurrent: false },
    ]);
    expect(stanceChanges(timeline([a, b]), timeline([a, b, between]), TODAY)).toEqual([
      {
        from: '2018-12-01',
        previous: { position: 'treaty-first', since: '2018-11-14' },
        current: { position: 'two-islands', since: '2018-12-01' },
        affectsCurrent: false,
      },
    ]);
  });

  it('given a timeline, when the latest signal is withdrawn, then the stance reverts to the one before it from that date on', () => {
    const a = signal('treaty-first', '2018-11-14');
    const b = signal('recognition-first', '2019-01-14');
    expect(stanceChanges(timeline([a, b]), timeline([a]), TODAY)).toEqual([
      {
        from: '2019-01-14',
        previous: { position: 'recognition-first', since: '2019-01-14' },
        current: { position: 'treaty-first', since: '2018-11-14' },
        affectsCurrent: true,
      },
    ]);
    expect(stanceChanges(timeline([a]), [], TODAY)).toEqual([
      { from: '2018-11-14', previous: { position: 'treaty-first', since: '2018-11-14' }, current: null, affectsCurrent: true },
    ]);
  });

  it('given a future-dated signal, then the change is not current until its date', () => {
    const a = signal('treaty-first', '2018-11-14');
    const future = signal('recognition-first', '2030-01-01');
    expect(stanceChanges(timeline([a]), timeline([a, future]), TODAY)).toEqual([
      expect.objectContaining({ from: '2030-01-01', affectsCurrent: false }),
    ]);
  });
});
