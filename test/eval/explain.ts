import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractNewsEvents, prepareArticleText } from '#lib/extraction';
import { scoreSignals } from '../../libs/extraction/src/evaluation/score-signals.js';
import { annotatedArticles } from '../support/fixtures.js';
import { codebookOf, windowOf } from './score-set.js';

// npm run -s build && node dist/test/eval/explain.js <folder> [slug]
// Scores a folder of annotated articles (`<slug>.txt` + `<slug>.expected.json`, as the corpus
// keeps them) with the scorer of `npm run eval`, and lists, per article, each signal missed (or
// found at another date) and each spurious one with the words that carry it. For the dev part,
// the fixtures, and annotated articles kept outside the repository (real published news, which
// may not be committed). The test part is only ever scored: for it, the total alone is printed.

const TEST_PART = fileURLToPath(new URL('../../../test/corpus/kuril-islands/test', import.meta.url));

const [folder, only] = process.argv.slice(2);
if (!folder) throw new Error('usage: node dist/test/eval/explain.js <folder> [slug]');
const scoreOnly = resolve(folder) === resolve(TEST_PART);
const codebook = codebookOf();
const total = { matched: 0, extracted: 0, expected: 0, matchedIgnoringDate: 0 };
const lines: string[] = [];

for (const { slug, article, expected } of annotatedArticles(folder)) {
  if (only && slug !== only) continue;
  const events = extractNewsEvents({ text: prepareArticleText(article.text), publishedAt: article.publishedAt, author: article.author, outlet: article.outlet, url: article.url }, codebook);
  const wanted = expected.flatMap((e) => e.stances.map((s) => ({ ...s, ...windowOf(e.date), date: e.date, quote: e.quote })));
  const score = scoreSignals(wanted, events);
  total.matched += score.matched;
  total.extracted += score.extracted;
  total.expected += score.expected;
  total.matchedIgnoringDate += score.matchedIgnoringDate;
  if (scoreOnly) continue;
  lines.push(`${slug} [${article.publishedAt.slice(0, 10)}]: ${score.matched}/${score.expected} found, ${score.extracted - score.matched} spurious`);
  const same = (a: { actor: string; question: string; position: string }, b: typeof a) => a.actor === b.actor && a.question === b.question && a.position === b.position;
  const quoteOf = (s: { actor: string; question: string; position: string; date: string }) =>
    events.find((e) => e.date === s.date && e.stances.some((x) => same(x, s)))?.evidence.quote ?? '';
  for (const miss of score.missed) {
    const want = wanted.find((w) => same(w, miss) && w.earliest === miss.earliest && w.latest === miss.latest)!;
    const other = score.spurious.find((s) => same(s, miss));
    lines.push(
      other
        ? `  DATE ${miss.actor} ${miss.question}=${miss.position} want ${want.date} got ${other.date} | ${want.quote.slice(0, 160)}`
        : `  MISS ${want.date} ${miss.actor} ${miss.question}=${miss.position} | ${want.quote.slice(0, 160)}`,
    );
  }
  for (const s of score.spurious) if (!score.missed.some((m) => same(m, s))) lines.push(`  SPUR ${s.date} ${s.actor} ${s.question}=${s.position} | ${quoteOf(s).slice(0, 160)}`);
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d).toFixed(3);
lines.push(
  `TOTAL matched ${total.matched} extracted ${total.extracted} expected ${total.expected} P ${ratio(total.matched, total.extracted)} R ${ratio(total.matched, total.expected)}` +
    ` blind ${ratio(total.matchedIgnoringDate, total.extracted)}/${ratio(total.matchedIgnoringDate, total.expected)}`,
);
process.stdout.write(`${lines.join('\n')}\n`);
