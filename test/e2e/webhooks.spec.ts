import { PostgresEventStore } from '#lib/event-store';
import { rebuildProjection } from '#lib/projections';
import { stancelineProjections } from '#lib/runtime';
import { WebhookOutbox } from '#lib/webhooks';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { startTestApi, TEST_API_KEY, type TestApi } from '../support/api.js';
import { createTestSchema, type TestSchema } from '../support/database.js';
import { type RedisServer, redisServer } from '../support/redis-server.js';
import { postSeedArticle } from '../support/seed.js';
import { verify, WebhookReceiver } from '../support/webhook-receiver.js';

// Webhooks end to end in one process, as `npm start` runs them: the API, the projection workers
// and the delivery workers over real PostgreSQL and a Redis of this file's own (another file's
// workers on a shared Redis would take our jobs), delivering to receivers on loopback that verify
// with the `standardwebhooks` package. The retry schedule is shortened; everything else is as shipped.

const KEY = TEST_API_KEY;
const OTHER_KEY = 'other-key-0123456789abcdefgh';
const STEP_MS = 300;
const DISABLE_AFTER_MS = 3_000;

let db: TestSchema;
let redis: RedisServer;
let api: TestApi;
let receiver: WebhookReceiver;

beforeAll(async () => {
  db = await createTestSchema({ poolSize: 20 });
  redis = await redisServer();
  await redis.start();
  receiver = await WebhookReceiver.start();
  api = await startTestApi({
    db,
    modules: [ApiModule, WorkerModule],
    redisUrl: redis.url,
    apiKeys: [KEY, OTHER_KEY],
    env: {
      WEBHOOK_ALLOW_CIDRS: '127.0.0.0/8',
      WEBHOOK_RETRY_SCHEDULE: ['0', ...Array(14).fill(`${STEP_MS}ms`)].join(','),
      WEBHOOK_TIMEOUT: '2s',
      WEBHOOK_DISABLE_AFTER: `${DISABLE_AFTER_MS}ms`,
      WEBHOOK_SWEEP_INTERVAL: '500ms',
    },
  });
});
afterAll(async () => {
  await api.close();
  await receiver.close();
  await redis.kill();
  await db.drop();
});

interface Subscription {
  id: string;
  secret: string;
}

async function subscribe(path: string, filters: { actors?: string[]; questions?: string[] } = {}, key = KEY): Promise<Subscription> {
  const response = await api.post('/v1/subscriptions', { url: receiver.url(path), topic: 'kuril-islands', ...filters }, key);
  if (response.status !== 201) throw new Error(`subscribing ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const get = (path: string, key = KEY) => api.get(path, { headers: { authorization: `Bearer ${key}` } });

async function deliveries(subscription: Subscription): Promise<any[]> {
  return (await get(`/v1/subscriptions/${subscription.id}/deliveries`)).body.items;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('stance.changed', () => {
  const actors = ['russia', 'japan', 'russian-public', 'russian-nationalists', 'russian-state-media', 'japanese-public', 'united-states'];
  let all: Subscription;
  let russiaSequencing: Subscription;
  const byActor = new Map<string, Subscription>();
  let stances: { actor: string; question: string; position: string }[];

  beforeAll(async () => {
    all = await subscribe('/all');
    russiaSequencing = await subscribe('/russia-sequencing', { actors: ['russia'], questions: ['sequencing'] });
    for (const actor of actors) byActor.set(actor, await subscribe(`/actor/${actor}`, { actors: [actor] }));
    await postSeedArticle(api);
    // Every (actor, question) the seed gives a stance to has been announced to the catch-all subscription.
    stances = (await eventually(() => api.get('/v1/topics/kuril-islands/stances'), (r) => r.body.items?.length > 0)).body.items;
    await eventually(
      async () => receiver.received('/all').map((w) => JSON.parse(w.body).data),
      (sent) => stances.every((s) => sent.some((d: any) => d.actor === s.actor && d.question === s.question)),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // stragglers for the filtered subscriptions
  });

  it('announces each change once per matching subscription, signed so that standardwebhooks verifies it', () => {
    const sent = receiver.received('/all');
    expect(stances.length).toBeGreaterThan(5);
    expect(sent.length).toBeGreaterThanOrEqual(stances.length);
    for (const webhook of sent) {
      const payload = verify(all.secret, webhook);
      expect(payload).toMatchObject({
        type: 'stance.changed',
        timestamp: expect.any(String),
        data: {
          topic: 'kuril-islands',
          actor: expect.any(String),
          question: expect.any(String),
          current: expect.objectContaining({ position: expect.any(String), since: expect.any(String) }),
          eventId: expect.any(String),
          articleId: expect.any(String),
          position: expect.any(Number),
          affectsCurrent: expect.any(Boolean),
        },
      });
      expect(webhook.headers['webhook-id']).toMatch(/^msg_/);
      expect(webhook.headers['content-type']).toBe('application/json');
      expect(webhook.headers['user-agent']).toMatch(/^Stanceline/);
    }
    expect(new Set(sent.map((w) => w.headers['webhook-id'])).size).toBe(sent.length);
    expect(() => verify(byActor.get('japan')!.secret, sent[0])).toThrow();
  });

  it('the last change announced for each (actor, question) names its current stance', () => {
    const latest = new Map<string, any>();
    for (const data of receiver.received('/all').map((w) => JSON.parse(w.body).data).sort((a, b) => a.position - b.position)) {
      if (data.affectsCurrent) latest.set(`${data.actor} ${data.question}`, data);
    }
    for (const s of stances) expect([s.actor, s.question, latest.get(`${s.actor} ${s.question}`)?.current?.position]).toEqual([s.actor, s.question, s.position]);
  });

  it('sends a filtered subscription exactly the matching changes, and a subscription nothing matches nothing', () => {
    const bodies = (path: string) => receiver.received(path).map((w) => w.body).sort();
    const allBodies = bodies('/all');
    let silent = 0;
    for (const actor of actors) {
      const expected = allBodies.filter((b) => JSON.parse(b).data.actor === actor);
      expect([actor, bodies(`/actor/${actor}`)]).toEqual([actor, expected]);
      if (expected.length === 0) silent++;
    }
    expect(silent).toBeGreaterThan(0); // some actor of the codebook takes no stance in the seed
    expect(bodies('/russia-sequencing')).toEqual(allBodies.filter((b) => JSON.parse(b).data.actor === 'russia' && JSON.parse(b).data.question === 'sequencing'));
    expect(bodies('/russia-sequencing').length).toBeGreaterThan(0);
    for (const webhook of receiver.received('/russia-sequencing')) verify(russiaSequencing.secret, webhook);
  });

  it('a rebuild of the stance projection announces nothing again, not even to a subscription made since', async () => {
    const count = async () => Number((await db.pool.query('SELECT count(*) FROM webhook_messages')).rows[0].count);
    await subscribe('/late');
    const before = await count();
    const [stanceProjection] = stancelineProjections(new WebhookOutbox());
    const result = await rebuildProjection(db.pool, new PostgresEventStore(db.pool), stanceProjection);
    expect(result.events).toBeGreaterThan(0);
    expect(await count()).toBe(before);
    expect(receiver.received('/late')).toHaveLength(0);
  });

  it('logs each message with its attempt', async () => {
    const log = await deliveries(all);
    expect(log.length).toBe(receiver.received('/all').length);
    expect(log[0]).toMatchObject({ type: 'stance.changed', status: 'succeeded', attempts: [{ statusCode: 200, succeeded: true, response: 'ok', error: null }] });
  });
});

describe('delivery', () => {
  const ping = (subscription: Subscription) => api.post(`/v1/subscriptions/${subscription.id}/test`, {}, KEY);

  it('retries a receiver that answers 500 twice with the same webhook-id, and the log shows the three attempts', async () => {
    const subscription = await subscribe('/flaky');
    receiver.script('/flaky', { status: 500, body: 'down' }, { status: 500, body: 'still down' }, { status: 200, body: 'ok' });
    const queued = await ping(subscription);
    expect(queued).toMatchObject({ status: 202, body: { id: expect.stringMatching(/^msg_/), status: 'pending' } });
    const sent = await receiver.waitFor('/flaky', 3);
    expect(sent.map((w) => w.headers['webhook-id'])).toEqual([queued.body.id, queued.body.id, queued.body.id]);
    for (const webhook of sent) expect(verify(subscription.secret, webhook)).toMatchObject({ type: 'subscription.test' });
    const [message] = await eventually(() => deliveries(subscription), (log) => log[0]?.status === 'succeeded');
    expect(message).toMatchObject({ id: queued.body.id, status: 'succeeded', type: 'subscription.test' });
    expect(message.attempts.map((a: any) => [a.statusCode, a.response, a.succeeded])).toEqual([
      [500, 'down', false],
      [500, 'still down', false],
      [200, 'ok', true],
    ]);
    expect(message.attempts[0]).toMatchObject({ error: expect.stringContaining('500'), latencyMs: expect.any(Number), attemptedAt: expect.any(String) });
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(STEP_MS * 0.8 - 50);
    expect((await get(`/v1/subscriptions/${subscription.id}`)).body).toMatchObject({ enabled: true, failingSince: null });
  });

  it('disables the subscription at once on 410 Gone, visibly', async () => {
    const subscription = await subscribe('/gone');
    receiver.script('/gone', { status: 410 });
    await ping(subscription);
    const view = await eventually(() => get(`/v1/subscriptions/${subscription.id}`), (r) => r.body.enabled === false);
    expect(view.body).toMatchObject({ enabled: false, disabledAt: expect.any(String), disabledReason: expect.stringContaining('410') });
    await new Promise((resolve) => setTimeout(resolve, STEP_MS * 3));
    expect(receiver.received('/gone')).toHaveLength(1);
    expect((await deliveries(subscription))[0]).toMatchObject({ status: 'failed', attempts: [{ statusCode: 410 }] });
    expect(await ping(subscription)).toMatchObject({ status: 409, body: { message: expect.stringContaining('disabled') } });
  });

  it('honours Retry-After on 429', async () => {
    const subscription = await subscribe('/busy');
    receiver.script('/busy', { status: 429, headers: { 'retry-after': '2' } }, { status: 200 });
    await ping(subscription);
    const sent = await receiver.waitFor('/busy', 2);
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(1_900);
    expect(sent[1].headers['webhook-id']).toBe(sent[0].headers['webhook-id']);
  });

  it('does not follow a redirect: a 3xx is a failed attempt and the target hears nothing', async () => {
    const subscription = await subscribe('/moved');
    receiver.script('/moved', { status: 302, headers: { location: receiver.url('/target') } }, { status: 200 });
    await ping(subscription);
    await receiver.waitFor('/moved', 2);
    expect(receiver.received('/target')).toHaveLength(0);
    const [message] = await eventually(() => deliveries(subscription), (log) => log[0]?.status === 'succeeded');
    expect(message.attempts[0]).toMatchObject({ statusCode: 302, succeeded: false, error: expect.stringContaining('redirect') });
  });

  it('disables a subscription whose deliveries have all failed for the configured time, visibly', async () => {
    const subscription = await subscribe('/broken');
    receiver.script('/broken', ...Array(40).fill({ status: 500 }));
    await ping(subscription);
    const view = await eventually(() => get(`/v1/subscriptions/${subscription.id}`), (r) => r.body.enabled === false, 15_000);
    expect(view.body).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/^every delivery has failed since /), failingSince: expect.any(String) });
    const failedFor = Date.parse(view.body.disabledAt) - Date.parse(view.body.failingSince);
    expect(failedFor).toBeGreaterThanOrEqual(DISABLE_AFTER_MS - 1_000);
    const [message] = await deliveries(subscription);
    expect(message.status).toBe('failed');
    expect(message.attempts.length).toBeGreaterThan(3);
  });

  it('refuses, at delivery, an address that became blocked (no connection is made) and logs why', async () => {
    const subscription = await subscribe('/moved-away');
    await db.pool.query(`UPDATE webhook_subscriptions SET url = 'http://10.0.0.1:9/hook' WHERE id = $1`, [subscription.id]);
    await ping(subscription);
    const [message] = await eventually(() => deliveries(subscription), (log) => log[0]?.attempts.length > 0);
    expect(message.attempts[0]).toMatchObject({ statusCode: null, succeeded: false, error: expect.stringMatching(/blocked.*10\.0\.0\.1.*private/) });
  });

  it('redelivers a delivered message on request, with the same webhook-id', async () => {
    const subscription = await subscribe('/again');
    const queued = await ping(subscription);
    await receiver.waitFor('/again', 1);
    await eventually(() => deliveries(subscription), (log) => log[0]?.status === 'succeeded');
    expect(await api.post(`/v1/deliveries/${queued.body.id}/redeliver`, {}, OTHER_KEY)).toMatchObject({ status: 404 });
    expect(await api.post(`/v1/deliveries/${queued.body.id}/redeliver`, {}, KEY)).toMatchObject({ status: 202, body: { id: queued.body.id, status: 'pending' } });
    const sent = await receiver.waitFor('/again', 2);
    expect(sent[1].headers['webhook-id']).toBe(queued.body.id);
    const [message] = await eventually(() => deliveries(subscription), (log) => log[0]?.attempts.length === 2);
    expect(message.attempts.map((a: any) => a.statusCode)).toEqual([200, 200]);
  });
});

describe('secret rotation', () => {
  it('signs with both secrets during the overlap, so a receiver holding either verifies', async () => {
    const subscription = await subscribe('/rotating');
    const rotated = await api.post(`/v1/subscriptions/${subscription.id}/rotate-secret`, {}, KEY);
    expect(rotated).toMatchObject({ status: 200, body: { id: subscription.id, secret: expect.stringMatching(/^whsec_/), previousSecretExpiresAt: expect.any(String) } });
    expect(rotated.body.secret).not.toBe(subscription.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await api.post(`/v1/subscriptions/${subscription.id}/test`, {}, KEY);
    const [webhook] = await receiver.waitFor('/rotating', 1);
    expect(webhook.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verify(subscription.secret, webhook)).toMatchObject({ type: 'subscription.test' });
    expect(verify(rotated.body.secret, webhook)).toMatchObject({ type: 'subscription.test' });
  });
});

describe('GET /metrics', () => {
  it('counts attempts by outcome, with their latency', async () => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    expect(value('stanceline_webhook_deliveries_succeeded_total')).toBeGreaterThan(0);
    expect(value('stanceline_webhook_deliveries_failed_total')).toBeGreaterThan(0);
    expect(value('stanceline_webhook_deliveries_attempted_total')).toBe(
      value('stanceline_webhook_deliveries_succeeded_total') + value('stanceline_webhook_deliveries_failed_total'),
    );
    expect(text).toMatch(/^stanceline_webhook_delivery_latency_seconds_count\{outcome="succeeded"\} \d+$/m);
    expect(text).toMatch(/^stanceline_webhook_delivery_latency_seconds_bucket\{outcome="failed",le="\+Inf"\} \d+$/m);
  });
});
