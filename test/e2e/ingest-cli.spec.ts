import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eDatabase } from '../support/e2e-database.js';
import { TEST_REDIS_URL } from '../support/env.js';
import { FIXTURES, parseHeaderedText } from '../support/fixtures.js';
import { startScript, type AppProcess } from '../support/process.js';

// `npm run ingest` as a process (npm test builds first), against a database it creates itself.
const db = e2eDatabase('ingest');
const running: AppProcess[] = [];

afterAll(async () => {
  for (const app of running) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  await Promise.all(running.map((app) => app.exited));
  await db.drop();
});

async function ingest(...args: string[]): Promise<{ code: number | null; output: string }> {
  const process = startScript('dist/apps/cli/src/ingest.js', args, { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL });
  running.push(process);
  const { code } = await process.exited;
  return { code, output: process.output() };
}

const articleCount = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE type = 'ArticleIngested'"))[0].n;

const CORPUS = ['abe-putin-singapore-daily-2018', 'nagato-summit-business-2016', 'russia-suspends-treaty-talks-wire-2022'];

/** A folder of 7 articles: 4 new, 1 duplicate (same text, other url), 2 that cannot be ingested. */
function articlesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  mkdirSync(join(dir, 'corpus'));
  for (const slug of CORPUS) copyFileSync(join(FIXTURES, 'articles', `${slug}.txt`), join(dir, 'corpus', `${slug}.txt`));
  const mirrored = parseHeaderedText(readFileSync(join(FIXTURES, 'articles', `${CORPUS[0]}.txt`), 'utf8'));
  const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
  writeFileSync(
    join(dir, 'batch.json'),
    JSON.stringify([
      {
        url: 'https://news.example.com/curated-1',
        title: 'A curated article',
        publishedAt: '2019-01-21T09:00:00Z',
        events: [{ type: 'statement', date: '2019-01-14', actors: ['russia'], summary: 'Lavrov says Moscow wants a peace treaty' }],
      },
      { ...mirrored, url: 'https://mirror.example.org/same-text' }, // the same text under another url
      { url: 'https://news.example.com/from-the-future', title: 'Not yet', publishedAt: future, text: 'Text.' },
    ]),
  );
  writeFileSync(join(dir, 'raw-capture.txt'), 'Skip to main content\nMenu\n\nAn article without its header.\n');
  return dir;
}

describe('npm run ingest', () => {
  const dir = articlesFolder();

  it('ingests a folder in one run: a summary of ingested, duplicates and failures with reasons, exit 1 because some failed', async () => {
    const { code, output } = await ingest(dir);
    expect(output).toContain('created database');
    expect(output).toMatch(/ingested 4 \(\d+ events\), duplicates 1, failed 2 — 7 articles in [\d.]+ s/);
    expect(output).toContain(`  ${join(dir, 'batch.json')}[2]: publishedAt: is more than a day in the future`);
    expect(output).toMatch(new RegExp(`  ${join(dir, 'raw-capture.txt').replace(/[.]/g, '\\.')}: header: "Skip to main content" is not a "field: value" line`));
    expect(output).not.toContain('\r'); // no progress bar when stderr is not a terminal
    expect(code).toBe(1);
    expect(await articleCount()).toBe(4);
  });

  it('given the same articles again, counts them as duplicates, writes nothing and exits 0', async () => {
    const before = await articleCount();
    const corpus = join(dir, 'corpus');
    const { code, output } = await ingest(join(corpus, `${CORPUS[1]}.txt`), corpus);
    expect(output).toMatch(/ingested 0 \(0 events\), duplicates 4, failed 0/);
    expect(code).toBe(0);
    expect(await articleCount()).toBe(before);
  });

  it('reports a path that does not exist as a failure', async () => {
    const { code, output } = await ingest(join(dir, 'no-such-folder'));
    expect(output).toContain(`${join(dir, 'no-such-folder')}: no such file or folder`);
    expect(code).toBe(1);
  });

  it('without paths, prints its usage and exits 2', async () => {
    const { code, output } = await ingest();
    expect(output).toMatch(/^usage: npm run ingest -- <files or folders>/);
    expect(code).toBe(2);
  });
});
