import { belowFloors, testFloors } from './floors.js';
import { articlesOf, codebookOf, scoreSet, TOPIC } from './score-set.js';

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
