import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectArticles, parseHeaderedText, readArticleFile } from './article-files.js';

const header = ['url: https://news.example.com/a', 'title: Talks on the islands', 'outlet: Example Wire', 'author: A. Writer', 'publishedAt: 2019-01-21T09:00:00Z', 'topic: kuril-islands'];
const body = 'Foreign Minister Sergei Lavrov said on Monday that Moscow wants a peace treaty.\n\nSecond paragraph: it goes on.';
const article = { url: 'https://news.example.com/j', title: 'A JSON article', publishedAt: '2019-01-21', text: 'Some text.' };

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('parseHeaderedText', () => {
  it('reads the header fields, and the body after the first blank line verbatim', () => {
    expect(parseHeaderedText(`${header.join('\n')}\n\n${body}\n`)).toEqual({
      url: 'https://news.example.com/a',
      title: 'Talks on the islands',
      outlet: 'Example Wire',
      author: 'A. Writer',
      publishedAt: '2019-01-21T09:00:00Z',
      topic: 'kuril-islands',
      text: `${body}\n`,
    });
  });

  it('takes CRLF line ends, field names in any case, and leaves out empty optional fields', () => {
    const parsed = parseHeaderedText('URL: https://news.example.com/a\r\nTitle: T\r\nPUBLISHEDAT: 2019-01-21\r\nauthor:\r\n\r\nBody.');
    expect(parsed).toEqual({ url: 'https://news.example.com/a', title: 'T', publishedAt: '2019-01-21', text: 'Body.' });
  });

  it.each([
    ['no header at all', 'Skip to main content\nMenu\n\nThe article.', /^header: "Skip to main content" is not a "field: value" line/],
    ['an unknown header field', `${header.join('\n')}\nsection: politics\n\n${body}`, /^header: unknown field section; known: url, title/],
    ['a missing required field', `${header.filter((l) => !l.startsWith('title')).join('\n')}\n\n${body}`, /^title: is required$/],
    ['no blank line before the text', header.join('\n'), /^text: no blank line after the header/],
  ])('refuses %s with a message naming what is wrong', (_, content, message) => {
    expect(() => parseHeaderedText(content)).toThrow(message);
  });
});

describe('readArticleFile', () => {
  it('reads a JSON file holding one article, and one holding a list, naming each item by its index', async () => {
    const dir = tree({ 'one.json': JSON.stringify(article), 'many.json': JSON.stringify([article, { ...article, title: 7 }]) });
    expect(await readArticleFile(join(dir, 'one.json'))).toEqual([{ source: join(dir, 'one.json'), article }]);
    expect(await readArticleFile(join(dir, 'many.json'))).toEqual([
      { source: `${join(dir, 'many.json')}[0]`, article },
      { source: `${join(dir, 'many.json')}[1]`, error: expect.stringMatching(/^title: /) },
    ]);
  });

  it.each([
    ['malformed JSON', 'bad.json', '{"url":', /^not valid JSON: /],
    ['JSON that is no article', 'bad.json', '"a string"', /object/],
    ['a JSON article with an unknown field', 'bad.json', JSON.stringify({ ...article, tags: ['x'] }), /^tags: unknown field$/],
    ['a text file without a header', 'raw.txt', 'Just some text.\n\nMore text.', /^header: /],
  ])('gives an item with an error for %s', async (_, name, content, message) => {
    const dir = tree({ [name]: content });
    expect(await readArticleFile(join(dir, name))).toEqual([{ source: join(dir, name), error: expect.stringMatching(message) }]);
  });

  it('strips a byte-order mark', async () => {
    const dir = tree({ 'bom.txt': `\uFEFF${header.join('\n')}\n\n${body}` });
    expect(await readArticleFile(join(dir, 'bom.txt'))).toEqual([{ source: join(dir, 'bom.txt'), article: expect.objectContaining({ url: 'https://news.example.com/a' }) }]);
  });
});

describe('collectArticles', () => {
  it('walks folders recursively in name order, taking .txt and .json files and skipping hidden ones', async () => {
    const dir = tree({
      'b.txt': `${header.join('\n')}\n\n${body}`,
      'a/z.json': JSON.stringify([article, article]),
      'a/notes.md': '# not an article',
      '.hidden/x.txt': 'ignored',
      '.draft.json': 'ignored',
    });
    const items = await collectArticles([dir]);
    expect(items.map((i) => i.source)).toEqual([`${join(dir, 'a', 'z.json')}[0]`, `${join(dir, 'a', 'z.json')}[1]`, join(dir, 'b.txt')]);
  });

  it('reads a named file whatever its extension, and reports paths it cannot read without stopping', async () => {
    const dir = tree({ 'article.text': `${header.join('\n')}\n\n${body}`, 'empty/README.md': 'nothing' });
    const items = await collectArticles([join(dir, 'missing.txt'), join(dir, 'article.text'), join(dir, 'empty')]);
    expect(items).toEqual([
      { source: join(dir, 'missing.txt'), error: 'no such file or folder' },
      { source: join(dir, 'article.text'), article: expect.objectContaining({ title: 'Talks on the islands' }) },
      { source: join(dir, 'empty'), error: 'no .txt or .json files in this folder' },
    ]);
  });
});
