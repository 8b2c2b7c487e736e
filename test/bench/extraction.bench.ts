import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebooks } from '../../libs/codebook/src/index.js';
import { extractNewsEvents, prepareArticleText } from '../../libs/extraction/src/index.js';
import { annotate } from '../../libs/extraction/src/nlp/annotate.js';
import { sentences } from '../../libs/extraction/src/text/segment.js';
import type { Row } from './report.js';
import { timingFor, type Suite, type SuiteContext } from './suite.js';
import { median } from './support/stats.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const ARTICLE_BYTES = 5 * 1024;
const TARGET_PER_SECOND = 200;
const UNIT = 'articles/s';

/**
 * Extraction on one core (this thread): 5 KB articles made of the seed and the corpus, cleaned
 * and extracted as ingestion does. Beside it, in the same run: the floor of reading the same text
 * (boilerplate removal and sentence splitting only), and the target of 200 articles/s.
 */
export const extractionSuite: Suite = {
  name: 'extraction',
  async run(context: SuiteContext): Promise<Row[]> {
    const timing = timingFor(context.smoke);
    const codebook = loadCodebooks().find((c) => c.id === 'kuril-islands')!;
    const articles = fiveKilobyteArticles();
    const full = (raw: string, publishedAt: string) => extractNewsEvents({ text: prepareArticleText(raw), publishedAt }, codebook);
    const floor = (raw: string) => sentences(prepareArticleText(raw));
    const linguistic = (raw: string) => annotate(prepareArticleText(raw)).tokens;
    const oursSamples: number[] = [];
    const floorSamples: number[] = [];
    const layerSamples: number[] = [];
    for (let round = 0; round < timing.rounds; round++) {
      oursSamples.push(rate(articles, timing, (a) => full(a.text, a.publishedAt).length));
      floorSamples.push(rate(articles, timing, (a) => floor(a.text).length));
      layerSamples.push(rate(articles, timing, (a) => linguistic(a.text).length));
      context.log(
        `extraction round ${round + 1}/${timing.rounds}: ${Math.round(oursSamples[round])} ${UNIT} ` +
          `(text floor ${Math.round(floorSamples[round])}, linguistic layer alone ${Math.round(layerSamples[round])})`,
      );
    }
    const ours = median(oursSamples);
    const text = median(floorSamples);
    const layer = median(layerSamples);
    const base = { suite: 'extraction', workload: '5 KB articles, one core', clients: 1, eventsPerAppend: 0, unit: UNIT };
    return [
      // ours ÷ linguistic layer (articles/s) is the layer's share of extraction time.
      { ...base, target: 'ours', value: ours, ratios: { 'text floor': ours / text, 'linguistic layer': ours / layer, target: ours / TARGET_PER_SECOND }, samples: oursSamples },
      { ...base, target: 'text floor', value: text, ratios: {}, samples: floorSamples, detail: 'cleaning + sentences only' },
      { ...base, target: 'linguistic layer', value: layer, ratios: {}, samples: layerSamples, detail: 'cleaning + wink-nlp annotation only' },
      { ...base, target: 'target', value: TARGET_PER_SECOND, ratios: {}, samples: [TARGET_PER_SECOND], detail: 'issue #3' },
    ];
  },
};

interface BenchArticle {
  text: string;
  publishedAt: string;
}

/**
 * Each corpus article (and the seed) continued with the next ones' text up to 5 KB. (Repeating an
 * article's own text would not do: cleaning drops lines that appear twice, as captions do.)
 */
function fiveKilobyteArticles(): BenchArticle[] {
  const dir = join(FIXTURES, 'articles');
  const sources: BenchArticle[] = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const content = readFileSync(join(dir, name), 'utf8');
      const split = content.indexOf('\n\n');
      const publishedAt = /publishedAt:\s*(\S+)/.exec(content.slice(0, split))![1];
      return { text: content.slice(split + 2), publishedAt };
    });
  sources.push({ text: readFileSync(join(FIXTURES, 'seed', 'kuriles-rferl-2019-01-21.txt'), 'utf8'), publishedAt: '2019-01-21T00:00:00Z' });
  return sources.map(({ text, publishedAt }, i) => {
    let padded = text;
    for (let k = 1; Buffer.byteLength(padded) < ARTICLE_BYTES; k++) padded += `\n\n${sources[(i + k) % sources.length].text}`;
    return { text: padded.slice(0, ARTICLE_BYTES), publishedAt };
  });
}

function rate(articles: BenchArticle[], timing: { warmupMs: number; measureMs: number }, work: (a: BenchArticle) => number): number {
  const run = (ms: number) => {
    const started = performance.now();
    let done = 0;
    let sink = 0;
    while (performance.now() - started < ms) {
      sink += work(articles[done % articles.length]);
      done++;
    }
    if (sink < 0) throw new Error('unreachable');
    return done / ((performance.now() - started) / 1000);
  };
  run(timing.warmupMs);
  return run(timing.measureMs);
}
