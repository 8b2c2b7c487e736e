import { e2eDatabase } from '../support/e2e-database.js';
import { TEST_REDIS_URL } from '../support/env.js';
import { freePort, startScript, type AppProcess } from '../support/process.js';

// `npm run demo` as a process (npm test builds first), on a database that does not exist yet.
const db = e2eDatabase('demo');
const running: AppProcess[] = [];

afterAll(async () => {
  for (const app of running) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  await Promise.all(running.map((app) => app.exited));
  await db.drop();
});

async function demo(): Promise<{ app: AppProcess; url: string }> {
  const port = await freePort();
  const app = startScript('dist/apps/cli/src/demo.js', [], { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, PORT: String(port) });
  running.push(app);
  await app.waitForOutput(/Stanceline is serving at http:\/\/\S+/, 60_000);
  return { app, url: /Stanceline is serving at (http:\/\/\S+)/.exec(app.output())![1] };
}

/** The lines of the demo's output from the one starting with `heading` to the next blank line. */
function section(output: string, heading: string): string {
  const start = output.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = output.indexOf('\n\n', start);
  return output.slice(start, end < 0 ? undefined : end);
}

async function stop(app: AppProcess): Promise<void> {
  app.child.kill('SIGTERM');
  const { code, signal } = await app.exited;
  expect(code === 0 || signal === 'SIGTERM').toBe(true);
}

describe('npm run demo', () => {
  it('on an empty database: migrates, ingests the seed, prints its timeline and keeps serving', async () => {
    const { app, url } = await demo();
    const output = app.output();
    expect(output).toContain('created database');
    expect(output).toContain('API_KEYS is empty: every write is refused with 401'); // none given: none made up
    expect(output).toMatch(/ingested as article [0-9a-f-]{36} at log position \d+; \d+ events extracted/);
    expect(output).toMatch(/\| date +\| type +\| actors +\| summary +\| stance signals +\|/);
    expect(output).toMatch(/^\| 2018-09 +\| /m); // the Vladivostok offer
    expect(url).toBe(`http://127.0.0.1:${new URL(url).port}`);

    // The stance tables, read back through the query bus once the projections have the seed.
    expect(section(output, 'Stances at 2018-10-01')).toMatch(/^\| russia +\| seeks +\| treaty-first +\| two-islands +\| - +\|/m);
    expect(section(output, 'Stances at 2018-10-01')).toMatch(/^\| japan +\| \S+ +\| territory-first +\|/m);
    expect(section(output, 'Stances at 2018-12-01')).toMatch(/^\| russian-public +\|( - +\|){4} opposes +\|$/m);
    expect(section(output, 'Stances at 2019-01-21')).toMatch(/^\| russia +\| seeks +\| recognition-first +\| russia-all +\| accepts +\|/m);
    const history = section(output, 'History of russia / sequencing');
    expect(history).toMatch(/^\| treaty-first +\| 2018-09-01 \| 2019-01-01 \| 2018-09 +\|/m);
    expect(history).toMatch(/^\| recognition-first \| 2019-01-01 \| \(now\) +\|/m);

    const topics = await fetch(`${url}/v1/topics`);
    expect(topics.status).toBe(200);
    expect(await topics.json()).toMatchObject({ items: [expect.objectContaining({ id: 'kuril-islands' })] });
    await stop(app);
  });

  it('run again: the seed is a duplicate, and the timeline is still printed', async () => {
    const { app, url } = await demo();
    expect(app.output()).toMatch(/already in the database as article [0-9a-f-]{36} \(a duplicate, nothing written\)/);
    expect(app.output()).toMatch(/^\| 2018-09 +\| /m);
    expect(section(app.output(), 'Stances at 2019-01-21')).toMatch(/^\| russia +\| seeks +\| recognition-first +\|/m);
    const id = /article ([0-9a-f-]{36})/.exec(app.output())![1];
    expect((await fetch(`${url}/v1/articles/${id}`)).status).toBe(200);
    expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE type = 'ArticleIngested'"))[0].n).toBe(1);
    await stop(app);
  });
});
