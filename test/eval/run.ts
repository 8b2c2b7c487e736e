import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { EvaluationReport, Tally } from '../../libs/extraction/src/evaluation/evaluate.js';
import { belowFloors, testFloors } from './floors.js';
import { articlesOf, PARTS, type Part, scoreSet, TOPIC } from './score-set.js';

// npm run eval [-- --parts fixtures,dev,test] [--details]
// Prints precision and recall of stance signals (date-aware and date-blind) per part, broken down
// by question, position and actor kind, the share of dates right and the confusion between
// positions, and writes it all as JSON to eval/report.json. --details lists each article's misses
// and spurious signals, for the fixtures and the dev part only: the test part is only ever scored.

const REPORT = fileURLToPath(new URL('../../../eval/report.json', import.meta.url));

const { values } = parseArgs({ options: { parts: { type: 'string', default: PARTS.join(',') }, details: { type: 'boolean', default: false } } });
const parts = values.parts.split(',').map((p) => p.trim()) as Part[];
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--parts takes ${PARTS.join(', ')}, not ${part}`);

const pct = (x: number) => x.toFixed(2);
const row = (name: string, t: Tally) =>
  `  ${name.padEnd(40)} ${pct(t.precision)} / ${pct(t.recall)}   blind ${pct(t.precisionIgnoringDate)} / ${pct(t.recallIgnoringDate)}   (${t.matched}/${t.extracted} found, ${t.expected} expected)`;

function print(part: Part, report: EvaluationReport): void {
  const o = report.overall;
  const lines = [
    `\n== ${part}: ${report.articles} articles, ${o.expected} signals`,
    `precision ${pct(o.precision)}  recall ${pct(o.recall)}  (date-blind ${pct(o.precisionIgnoringDate)} / ${pct(o.recallIgnoringDate)});` +
      `  dates right ${pct(report.dates.share)} (${report.dates.right}/${report.dates.judged})`,
    'by question', ...Object.entries(report.byQuestion).map(([k, t]) => row(k, t)),
    'by position', ...Object.entries(report.byPosition).map(([k, t]) => row(k, t)),
    'by actor kind', ...Object.entries(report.byActorKind).map(([k, t]) => row(k, t)),
    'confusion (annotated → extracted instead)',
    ...Object.entries(report.confusion).flatMap(([from, to]) => Object.entries(to).map(([p, n]) => `  ${from} → ${p}: ${n}`)),
  ];
  if (values.details && part !== 'test') {
    for (const { slug, score } of report.perArticle) {
      lines.push(`${slug}: ${score.matched}/${score.expected} found, ${score.extracted - score.matched} spurious`);
      for (const m of score.missed) lines.push(`    missed   ${m.actor} ${m.question}=${m.position} ${m.earliest}..${m.latest}`);
      for (const s of score.spurious) lines.push(`    spurious ${s.actor} ${s.question}=${s.position} ${s.date}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

const out: Record<string, unknown> = {};
for (const part of parts) {
  const report = scoreSet(articlesOf(part));
  print(part, report);
  // The test part's per-article misses are left out of the JSON too.
  out[part] = part === 'test' ? { ...report, perArticle: undefined } : report;
  if (part === 'test') {
    const below = belowFloors(report, testFloors(TOPIC));
    process.stdout.write(below.length ? `test part below its floors: ${below.join('; ')}\n` : 'test part: at or above its floors\n');
  }
}
mkdirSync(fileURLToPath(new URL('.', `file://${REPORT}`)), { recursive: true });
writeFileSync(REPORT, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`\nwritten to eval/report.json\n`);
