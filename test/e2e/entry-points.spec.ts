import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quoteIdent } from '#lib/database';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../support/env.js';
import { freePort, startProcess, type AppProcess } from '../support/process.js';

// These tests run the built entry points (npm test builds first) against a database of their
// own, which the service itself creates on first start.
const database = `stanceline_e2e_${randomBytes(4).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();
const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2 });
const running: AppProcess[] = [];

afterAll(async () => {
  for (const app of running) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  await Promise.all(running.map((app) => app.exited));
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  await admin.end();
});

async function start(app: 'stanceline' | 'api' | 'worker', env: Record<string, string> = {}) {
  const port = await freePort();
  const process = startProcess(app, { DATABASE_URL: databaseUrl, REDIS_URL: TEST_REDIS_URL, PORT: String(port), ...env });
  running.push(process);
  return { process, url: `http://127.0.0.1:${port}` };
}

describe('entry points', () => {
  it('API and worker starting at once create the database and apply each migration exactly once', async () => {
    const [api, worker] = await Promise.all([start('api'), start('worker')]);
    await Promise.all([
      api.process.waitForOutput(/listening on/),
      worker.process.waitForOutput(/workers started/),
    ]);
    const migrations = new pg.Client({ connectionString: databaseUrl });
    await migrations.connect();
    const { rows } = await migrations.query<{ name: string; n: number }>(
      'SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name',
    );
    await migrations.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(`${api.process.output()}${worker.process.output()}`.match(/applied \d+-CreateEventStore/g)).toHaveLength(1);

    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    api.process.child.kill('SIGTERM');
    worker.process.child.kill('SIGTERM');
    const exits = await Promise.all([api.process.exited, worker.process.exited]);
    for (const exit of exits) expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
  });

  it('npm start serves /health and /v1/log, and on SIGTERM finishes the request in flight before it exits', async () => {
    const { process: app, url } = await start('stanceline');
    await app.waitForOutput(/listening on/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(await (await fetch(`${url}/v1/log?limit=1`)).json()).toMatchObject({ items: expect.any(Array), next: expect.any(String) });

    // Hold the events table so the next log read blocks inside the database.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`${url}/v1/log?limit=5`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    app.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.child.exitCode).toBeNull(); // still draining
    await expect(fetch(`${url}/health`)).rejects.toThrow(); // no new requests are taken
    await blocker.query('COMMIT');
    await blocker.end();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ items: [] });
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([app.exited, new Promise<'still running'>((resolve) => (timer = setTimeout(resolve, 10_000, 'still running')))]);
    clearTimeout(timer);
    expect(exit).not.toBe('still running');
    const { code, signal } = exit as { code: number | null; signal: string | null };
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'stanceline: configuration error: PORT must be an integer from 0 to 65535 (PORT="eighty")'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'stanceline: configuration error: DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'stanceline: configuration error: REDIS_URL must be a redis:// or rediss:// URL'],
  ])('a malformed %j stops start-up with one line naming the variable', async (env, message) => {
    const { process: app } = await start('stanceline', env);
    const exit = await app.exited;
    expect(exit.code).toBe(1);
    expect(app.output().trim()).toBe(app.output().trim().split('\n')[0]);
    expect(app.output()).toContain(message);
  });
});
