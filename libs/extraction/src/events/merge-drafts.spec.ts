import { edtfBounds } from '../dates/edtf-bounds.js';
import { type Draft, oneSignalPerStance } from './merge-drafts.js';

const draft = (edtf: string, ownDate: boolean, paragraph: number): Draft => ({
  type: 'statement',
  date: { edtf, ...edtfBounds(edtf) },
  ownDate,
  context: [],
  actors: ['russia'],
  stances: [{ actor: 'russia', question: 'sovereignty', position: 'russia-all' }],
  sentence: { start: paragraph * 100, end: paragraph * 100 + 50 },
  paragraph,
  attributed: true,
});

const held = (drafts: Draft[]) => drafts.map((d) => `${d.date.edtf}:${d.stances.length}`);

describe('oneSignalPerStance', () => {
  it('given the same stance "a week ago" and "on Monday, January 14", keeps it with the precise date', () => {
    expect(held(oneSignalPerStance([draft('2019-01-14~', true, 0), draft('2019-01-14', true, 1)]))).toEqual(['2019-01-14~:0', '2019-01-14:1']);
  });

  it('given the same stance on a date the story inherited and on a day inside it, keeps it on the day', () => {
    expect(held(oneSignalPerStance([draft('2019-01', false, 0), draft('2019-01-09', true, 1)]))).toEqual(['2019-01:0', '2019-01-09:1']);
  });

  it('given the same stance twice on the same date, keeps the first', () => {
    expect(held(oneSignalPerStance([draft('2019-01-09', true, 0), draft('2019-01-09', true, 1)]))).toEqual(['2019-01-09:1', '2019-01-09:0']);
  });

  it('keeps both when each dates its own event (a month named, and a day inside it)', () => {
    expect(held(oneSignalPerStance([draft('2021-10', true, 0), draft('2021-10-12', true, 1)]))).toEqual(['2021-10:1', '2021-10-12:1']);
  });
  it('keeps a stance held over a period of years up to now ("since 2020") beside the same stance on a day inside it', () => {
    expect(held(oneSignalPerStance([draft('2020/2024-11-08', false, 0), draft('2024-11-07', true, 1)]))).toEqual(['2020/2024-11-08:1', '2024-11-07:1']);
  });
});
