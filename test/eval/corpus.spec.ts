import { belowFloors, testFloors } from './floors.js';
import { articlesOf, codebookOf, scoreSet, TOPIC, windowOf } from './score-set.js';

// The held-out test part of the evaluation corpus (test/corpus/README.md): only its totals are
// scored here, against the floors in floors.json, which are raised as the extractor improves.
describe('extraction on the held-out test part of the evaluation corpus', () => {
  const articles = articlesOf('test');
  const report = scoreSet(articles);

  it('has at least 25 articles that together use every position of every question', () => {
    expect(articles.length).toBeGreaterThanOrEqual(25);
    const used = new Set(articles.flatMap((a) => a.expected.flatMap((e) => e.stances.map((s) => `${s.question}=${s.position}`))));
    const all = codebookOf().document.questions.flatMap((q) => q.positions.map((p) => `${q.id}=${p.id}`));
    expect(all.filter((p) => !used.has(p))).toEqual([]);
  });

  it('does not fall below the floors for precision, recall and dates right', () => {
    const o = report.overall;
    process.stdout.write(
      `\n${TOPIC} test part: precision ${o.precision.toFixed(3)}, recall ${o.recall.toFixed(3)} ` +
        `(date-blind ${o.precisionIgnoringDate.toFixed(3)} / ${o.recallIgnoringDate.toFixed(3)}), dates right ${report.dates.share.toFixed(3)}\n`,
    );
    expect(belowFloors(report, testFloors(TOPIC))).toEqual([]);
  });
});

describe('the window of an annotated date', () => {
  it('reads level-1 dates, intervals with unspecified ends, and open ends as unbounded', () => {
    expect(windowOf('2018-09')).toEqual({ earliest: '2018-09-01', latest: '2018-09-30' });
    expect(windowOf('195X/2022-02-07')).toEqual({ earliest: '1950-01-01', latest: '2022-02-07' });
    expect(windowOf('/2018-11')).toEqual({ earliest: '0001-01-01', latest: '2018-11-30' });
    expect(windowOf('../2018-11')).toEqual({ earliest: '0001-01-01', latest: '2018-11-30' });
    expect(windowOf('1993/..')).toEqual({ earliest: '1993-01-01', latest: '9999-12-31' });
    expect(() => windowOf('someday')).toThrow();
  });
});
