import { signalRecord } from '../../../../test/support/signals.js';
import { type SignalRecord, timeline } from './timeline.js';

/** Dated by month, as many signals are. */
const signal = (position: string, earliest: string, extra: Partial<SignalRecord> = {}) => signalRecord(position, earliest, { since: earliest.slice(0, 7), ...extra });

describe('timeline', () => {
  it('given signals in any order of arrival, orders them by valid time into [from, to) intervals', () => {
    const late = signal('recognition-first', '2019-01-01');
    const early = signal('treaty-first', '2018-09-01');
    const old = signal('two-islands', '1956-10-01');
    expect(timeline([late, early, old]).map((i) => [i.position, i.validFrom, i.validTo])).toEqual([
      ['two-islands', '1956-10-01', '2018-09-01'],
      ['treaty-first', '2018-09-01', '2019-01-01'],
      ['recognition-first', '2019-01-01', null],
    ]);
  });

  it('merges consecutive signals of one position, dated by the first, evidenced by all', () => {
    const first = signal('treaty-first', '2018-09-01');
    const again = signal('treaty-first', '2018-11-01');
    const [only] = timeline([again, first]);
    expect(only).toMatchObject({ position: 'treaty-first', validFrom: '2018-09-01', validTo: null, since: '2018-09' });
    expect(only.evidence.map((e) => e.eventId)).toEqual([first.eventId, again.eventId]);
  });

  it('of two signals with the same date, the one recorded later wins', () => {
    const a = signal('treaty-first', '2018-09-01', { recordedPosition: 10 });
    const b = signal('territory-first', '2018-09-01', { recordedPosition: 20 });
    expect(timeline([b, a]).map((i) => i.position)).toEqual(['territory-first']);
  });

  it('unless the later one has the lower confidence', () => {
    const a = signal('treaty-first', '2018-09-01', { recordedPosition: 10, confidence: 0.9 });
    const b = signal('territory-first', '2018-09-01', { recordedPosition: 20, confidence: 0.5 });
    expect(timeline([a, b]).map((i) => i.position)).toEqual(['treaty-first']);
  });

  it('has no intervals without signals', () => {
    expect(timeline([])).toEqual([]);
  });
});
