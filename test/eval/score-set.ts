import { type Codebook, loadCodebooks } from '#lib/codebook';
import { edtfBounds, extractNewsEvents, prepareArticleText } from '#lib/extraction';
import { type EvaluationReport, evaluate } from '../../libs/extraction/src/evaluation/evaluate.js';
import { type AnnotatedArticle, corpusArticles, corpusPart } from '../support/fixtures.js';

export const TOPIC = 'kuril-islands';
export const PARTS = ['fixtures', 'dev', 'test'] as const;
export type Part = (typeof PARTS)[number];

/** The articles of one part: the fixtures the extractor was first built on, or a corpus part. */
export function articlesOf(part: Part): AnnotatedArticle[] {
  return part === 'fixtures' ? corpusArticles() : corpusPart(TOPIC, part);
}

export function codebookOf(topic = TOPIC): Codebook {
  const codebook = loadCodebooks().find((c) => c.id === topic);
  if (!codebook) throw new Error(`no codebook ${topic}`);
  return codebook;
}

/**
 * Runs the extractor over annotated articles and scores its stance signals against the coder's.
 * Only events the coder gave stances are expected; the coder's stances carry the event's date window.
 */
export function scoreSet(articles: AnnotatedArticle[], codebook: Codebook = codebookOf()): EvaluationReport {
  const kinds = new Map(codebook.document.actors.map((a) => [a.id, a.kind]));
  return evaluate(
    articles.map(({ slug, article, expected }) => ({
      slug,
      expected: expected.flatMap((e) => e.stances.map((s) => ({ ...s, ...windowOf(e.date) }))),
      events: extractNewsEvents({ text: prepareArticleText(article.text), publishedAt: article.publishedAt, author: article.author, outlet: article.outlet, url: article.url }, codebook),
    })),
    (actor) => kinds.get(actor) ?? 'unknown',
  );
}

/**
 * The annotated date's window. A coder may write an interval whose end is level-1 unspecified
 * ("195X/2022-02-07"), which the EDTF grammar only takes at level 2: its ends are read one by one.
 * An open or unknown end ("/2018-11", "../2018-11", "1993/..") leaves that side unbounded.
 */
export function windowOf(date: string): { earliest: string; latest: string } {
  try {
    return edtfBounds(date);
  } catch (error) {
    const [from, to] = date.split('/');
    if (to === undefined) throw error;
    const open = (end: string) => end === '' || end === '..';
    return { earliest: open(from) ? '0001-01-01' : edtfBounds(from).earliest, latest: open(to) ? '9999-12-31' : edtfBounds(to).latest };
  }
}
