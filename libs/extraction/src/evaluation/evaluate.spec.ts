import type { ExtractedEvent } from '../extracted-event.js';
import { evaluate } from './evaluate.js';
import { scoreSignals, type ExpectedSignal } from './score-signals.js';

const signal = (earliest: string, latest = earliest): ExpectedSignal => ({ actor: 'japan', question: 'peace-treaty', position: 'seeks', earliest, latest });
const event = (date: string, earliest = date, latest = date): ExtractedEvent => ({
  type: 'statement', date, earliest, latest, context: [], actors: ['japan'], summary: '',
  stances: [{ actor: 'japan', question: 'peace-treaty', position: 'seeks' }],
  evidence: { quote: '', start: 0, end: 0 }, confidence: 0.5,
});

describe('evaluate', () => {
  it('judges each date by its own twin when an earlier signal of a timeline was missed', () => {
    // The coder marks four dated steps; the extractor finds the last three, each on its day.
    const expected = [signal('1998-04-18'), signal('2001-03-25'), signal('2013-04-29'), signal('2016-12-15')];
    const events = [event('2001-03-25'), event('2013-04-29'), event('2016-12-15')];
    const report = evaluate([{ slug: 'timeline', expected, events }], () => 'state');
    expect(report.dates).toEqual({ judged: 3, right: 3, share: 1 });
  });

  it('judges a date wrong when no twin has it, and right only as often as twins do', () => {
    const expected = [signal('2018-11-14'), signal('2019-01-22')];
    const events = [event('2018-11-14'), event('2018-11-15')];
    expect(evaluate([{ slug: 'two', expected, events }], () => 'state').dates).toEqual({ judged: 2, right: 1, share: 0.5 });
  });
});

describe('scoreSignals', () => {
  it('makes as many date-overlapping matches as can be made, whatever the order of the signals', () => {
    // A wide window first would take the only signal the narrow one can have.
    const expected = [signal('1956-01-01', '2019-12-31'), signal('2018-11-14')];
    const events = [event('2018-11-14'), event('1993-10-13')];
    for (const order of [expected, [...expected].reverse()]) {
      const score = scoreSignals(order, events);
      expect({ matched: score.matched, missed: score.missed, spurious: score.spurious }).toEqual({ matched: 2, missed: [], spurious: [] });
    }
  });

  it('lists what no extracted signal matches and what matches nothing expected', () => {
    const score = scoreSignals([signal('2018-11-14'), signal('2001-03-25')], [event('2018-11-14'), event('2022-03-21')]);
    expect(score).toMatchObject({ matched: 1, matchedIgnoringDate: 2, missed: [signal('2001-03-25')], spurious: [{ date: '2022-03-21' }] });
  });
});
