import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This file runs from dist/test/bench/ingest/; the fixtures stay in the source tree. */
const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url));
const ARTICLE_BYTES = 5 * 1024;

/** An article as POST /v1/articles takes it. */
export interface BenchArticle {
  url: string;
  title: string;
  outlet?: string;
  author?: string;
  publishedAt: string;
  topic?: string;
  text: string;
}

/**
 * The eight corpus articles and the seed, each about 5 KB of page capture: a corpus body (3 KB) goes
 * on with the first lines of the next article's body, the seed (10 KB) is cut. Never by repeating
 * the article's own lines: cleaning drops every line that occurs twice (captions), so a repeated
 * body would be stored, and extracted, as next to nothing. Cuts fall between lines.
 */
export function fiveKilobyteArticles(): BenchArticle[] {
  const dir = join(FIXTURES, 'articles');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => corpusArticle(readFileSync(join(dir, name), 'utf8')));
  const seedMeta = JSON.parse(readFileSync(join(FIXTURES, 'seed', 'kuriles-rferl-2019-01-21.json'), 'utf8')) as Omit<BenchArticle, 'text'>;
  const seedText = readFileSync(join(FIXTURES, 'seed', 'kuriles-rferl-2019-01-21.txt'), 'utf8');
  const seed: BenchArticle = {
    url: seedMeta.url,
    title: seedMeta.title,
    outlet: seedMeta.outlet,
    author: seedMeta.author,
    publishedAt: seedMeta.publishedAt,
    topic: seedMeta.topic,
    text: seedText,
  };
  const padded = sources.map((article, i) => ({ ...article, text: fillTo(article.text, sources[(i + 1) % sources.length].text) }));
  return [...padded, { ...seed, text: fillTo(seed.text, '') }];
}

/**
 * Copy `n` of `article`, tagged `tag` (unique per measurement): its own url, and one sentence of
 * its own at the end of the text, so the service takes it as a new article (a new url and a new
 * text hash) rather than answering 200 for a duplicate. The sentence is running text, not
 * boilerplate, so it survives cleaning.
 */
export function numberedCopy(article: BenchArticle, tag: string, n: number): BenchArticle {
  const id = `${tag}-${n}`;
  return {
    ...article,
    url: `${article.url.replace(/\/+$/, '')}/bench-${id}`,
    text: `${article.text}\n\nThis is copy ${id} of the article, as posted by the ingest benchmark.\n`,
  };
}

function corpusArticle(content: string): BenchArticle {
  const split = content.indexOf('\n\n');
  const header = new Map(
    content
      .slice(0, split)
      .split('\n')
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const;
      }),
  );
  const field = (name: string): string => {
    const value = header.get(name);
    if (value === undefined) throw new Error(`article fixture without ${name}: ${content.slice(0, 80)}`);
    return value;
  };
  return {
    url: field('url'),
    title: field('title'),
    outlet: header.get('outlet'),
    author: header.get('author'),
    publishedAt: field('publishedAt'),
    topic: header.get('topic'),
    text: content.slice(split + 2),
  };
}

/** `text`, then lines of `more`, up to ARTICLE_BYTES; cut at the last whole line that fits. */
function fillTo(text: string, more: string): string {
  const lines = [...text.split('\n'), '', ...more.split('\n')];
  const kept: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > ARTICLE_BYTES) break;
    kept.push(line);
    bytes += size;
  }
  return kept.join('\n');
}
