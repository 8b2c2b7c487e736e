import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, from the sources or from their build in dist/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const FIXTURES = join(projectRoot(), 'test', 'fixtures');

export interface ArticleFixture {
  url: string;
  title: string;
  outlet?: string;
  author?: string;
  publishedAt: string;
  topic: string;
  text: string;
}

/** The seed article: the raw page capture with its metadata. */
export function seedArticle(): ArticleFixture {
  const meta = JSON.parse(readFileSync(join(FIXTURES, 'seed', 'kuriles-rferl-2019-01-21.json'), 'utf8'));
  return { ...meta, text: readFileSync(join(FIXTURES, 'seed', meta.textFile), 'utf8') };
}

/** A text file with a small `key: value` header, a blank line, then the body. */
export function parseHeaderedText(content: string): ArticleFixture {
  const split = content.replace(/\r\n?/g, '\n').indexOf('\n\n');
  const header = content.slice(0, split);
  const fields = Object.fromEntries(
    header.split('\n').map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
  return { ...fields, text: content.slice(split + 2) } as ArticleFixture;
}

export interface ExpectedEvent {
  date: string;
  type: string[];
  actors: string[];
  context: string[];
  summary?: string;
  stances: { actor: string; question: string; position: string }[];
  quote: string;
}

/** The generalisation corpus: articles written for this project with their expected events. */
export function corpusArticles(): AnnotatedArticle[] {
  return annotatedArticles(join(FIXTURES, 'articles'));
}

export interface AnnotatedArticle {
  slug: string;
  article: ArticleFixture;
  expected: ExpectedEvent[];
}

export const CORPUS = join(FIXTURES, '..', 'corpus');

/** The evaluation corpus of a topic: `dev` is tuned on, `test` is only scored (test/corpus/README.md). */
export function corpusPart(topic: string, part: 'dev' | 'test'): AnnotatedArticle[] {
  return annotatedArticles(join(CORPUS, topic, part));
}

/** `<slug>.txt` (headered text) and `<slug>.expected.json` pairs of a folder, by slug. */
export function annotatedArticles(dir: string): AnnotatedArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.txt$/, '');
      return {
        slug,
        article: parseHeaderedText(readFileSync(join(dir, name), 'utf8')),
        expected: JSON.parse(readFileSync(join(dir, `${slug}.expected.json`), 'utf8')).events as ExpectedEvent[],
      };
    });
}
