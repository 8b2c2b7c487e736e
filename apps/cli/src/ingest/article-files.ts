import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ValidationError } from '#lib/errors';
import { type IngestArticleBody, ingestArticleSchema } from '../../../api/src/articles/ingest-article.dto.js';
import { ZodValidationPipe } from '../../../api/src/http/zod-validation.pipe.js';

/** One article found on disk, or why the thing found could not be read as one. */
export type ArticleItem = { source: string; article: IngestArticleBody } | { source: string; error: string };

const ARTICLE_FILE = /\.(txt|json)$/i;
const HEADER_FIELDS = ['url', 'title', 'outlet', 'author', 'publishedAt', 'topic'] as const;
/** Articles on disk are checked like `POST /v1/articles` bodies, with the same messages. */
const articleBody = new ZodValidationPipe(ingestArticleSchema);

/**
 * The articles in `paths`, in order: a file named on the command line is read whatever its
 * extension; a folder contributes its `.txt` and `.json` files, recursively, in name order.
 * A path that cannot be read is an item with an error, so one bad path does not stop the run.
 */
export async function collectArticles(paths: readonly string[]): Promise<ArticleItem[]> {
  const items: ArticleItem[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = (await stat(path)).isDirectory() ? await filesUnder(path) : [path];
    } catch (error) {
      items.push({ source: path, error: reason(error) });
      continue;
    }
    if (files.length === 0) items.push({ source: path, error: 'no .txt or .json files in this folder' });
    for (const file of files) items.push(...(await readArticleFile(file)));
  }
  return items;
}

/** A `.json` file holds one article object or a list of them; any other file is headered text. */
export async function readArticleFile(file: string): Promise<ArticleItem[]> {
  let content: string;
  try {
    content = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return [{ source: file, error: reason(error) }];
  }
  if (extname(file).toLowerCase() !== '.json') return [item(file, () => parseHeaderedText(content))];
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return [{ source: file, error: `not valid JSON: ${(error as Error).message}` }];
  }
  if (Array.isArray(parsed)) return parsed.map((raw, i) => item(`${file}[${i}]`, () => articleBody.transform(raw)));
  return [item(file, () => articleBody.transform(parsed))];
}

/**
 * `key: value` lines (url, title, outlet, author, publishedAt, topic), a blank line, then the
 * article text. Throws ValidationError naming the header line or field that is wrong.
 */
export function parseHeaderedText(content: string): IngestArticleBody {
  const normalized = content.replace(/\r\n?/g, '\n');
  const split = normalized.indexOf('\n\n');
  const header = split < 0 ? normalized : normalized.slice(0, split);
  const fields: Record<string, string> = {};
  for (const line of header.split('\n')) {
    const match = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    if (!match) {
      throw new ValidationError(
        `header: ${JSON.stringify(line.slice(0, 60))} is not a "field: value" line; a text file starts with url:, title:, publishedAt: (and optionally outlet:, author:, topic:) lines, then a blank line, then the text`,
        'header',
      );
    }
    const name = HEADER_FIELDS.find((known) => known.toLowerCase() === match[1].toLowerCase());
    if (!name) throw new ValidationError(`header: unknown field ${match[1]}; known: ${HEADER_FIELDS.join(', ')}`, match[1]);
    if (match[2].trim() !== '') fields[name] = match[2].trim();
  }
  if (split < 0) throw new ValidationError('text: no blank line after the header, so there is no article text', 'text');
  return articleBody.transform({ ...fields, text: normalized.slice(split + 2) });
}

function item(source: string, parse: () => IngestArticleBody): ArticleItem {
  try {
    return { source, article: parse() };
  } catch (error) {
    return { source, error: reason(error) };
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) files.push(path);
  }
  return files;
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message ?? String(error);
}
