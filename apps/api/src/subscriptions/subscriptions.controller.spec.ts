import { startTestApi, TEST_API_KEY, type TestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { ApiModule } from '../api.module.js';

// The subscription API alone (no workers, no allow-list): validation, the SSRF guard at creation,
// and ownership. Delivery is in test/e2e/webhooks.spec.ts.

const OWNER = TEST_API_KEY;
const STRANGER = 'stranger-key-0123456789abcdef';
const PUBLIC_URL = 'https://93.184.216.34/hooks/stanceline';

let db: TestSchema;
let api: TestApi;

beforeAll(async () => {
  db = await createTestSchema();
  api = await startTestApi({ db, modules: [ApiModule], apiKeys: [OWNER, STRANGER] });
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

const as = (key: string | null) => ({
  get: (path: string) => api.get(path, key === null ? {} : { headers: { authorization: `Bearer ${key}` } }),
  post: (path: string, body: unknown = {}) => api.post(path, body, key),
  delete: (path: string) => api.get(path, { method: 'DELETE', headers: key === null ? {} : { authorization: `Bearer ${key}` } }),
});
const owner = as(OWNER);
const stranger = as(STRANGER);

async function subscriptionCount(): Promise<number> {
  return Number((await db.pool.query('SELECT count(*) FROM webhook_subscriptions')).rows[0].count);
}

describe('POST /v1/subscriptions', () => {
  it('creates a subscription and shows its secret once: never again through the API', async () => {
    const created = await owner.post('/v1/subscriptions', { url: PUBLIC_URL, topic: 'kuril-islands', actors: ['russia'], description: 'Moscow only' });
    expect(created).toMatchObject({
      status: 201,
      body: {
        id: expect.stringMatching(/^sub_[0-9a-f]{32}$/),
        url: PUBLIC_URL,
        topic: 'kuril-islands',
        actors: ['russia'],
        questions: null,
        description: 'Moscow only',
        enabled: true,
        disabledReason: null,
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      },
    });
    expect(Buffer.from(created.body.secret.slice(6), 'base64')).toHaveLength(32);
    const read = await owner.get(`/v1/subscriptions/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(JSON.stringify(read.body)).not.toContain(created.body.secret.slice(6));
    const list = await owner.get('/v1/subscriptions');
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret.slice(6));
    const rotated = await owner.post(`/v1/subscriptions/${created.body.id}/rotate-secret`);
    expect(JSON.stringify((await owner.get(`/v1/subscriptions/${created.body.id}`)).body)).not.toContain(rotated.body.secret.slice(6));
  });

  it.each([
    ['loopback', 'http://127.0.0.1/hook'],
    ['private', 'http://10.0.0.1/hook'],
    ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', 'http://[::1]:8080/hook'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook'],
    ['the unspecified address', 'http://0.0.0.0/hook'],
    ['a hostname resolving to loopback', 'http://localhost:8080/hook'],
    ['decimal loopback', 'http://2130706433/hook'],
    ['octal loopback', 'http://0177.0.0.1/hook'],
    ['CGNAT', 'http://100.64.0.1/hook'],
    ['credentials in the url', 'https://user:secret@93.184.216.34/hook'],
    ['a scheme other than http(s)', 'ftp://93.184.216.34/hook'],
    ['a relative url', '/hook'],
  ])('refuses %s with 400 naming url, and writes nothing', async (_, url) => {
    const before = await subscriptionCount();
    const response = await owner.post('/v1/subscriptions', { url, topic: 'kuril-islands' });
    expect(response).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', field: 'url', message: expect.stringMatching(/^url/) } });
    expect(response.body.message).not.toContain('secret');
    expect(await subscriptionCount()).toBe(before);
  });

  it.each([
    [{ url: PUBLIC_URL, topic: 'atlantis' }, 'topic', /unknown topic "atlantis"/],
    [{ url: PUBLIC_URL, topic: 'kuril-islands', actors: ['atlantis'] }, 'actors', /"atlantis" is not an actor of topic kuril-islands/],
    [{ url: PUBLIC_URL, topic: 'kuril-islands', questions: ['weather'] }, 'questions', /"weather" is not a question of topic kuril-islands/],
    [{ topic: 'kuril-islands' }, 'url', /url/],
    [{ url: PUBLIC_URL, topic: 'kuril-islands', secret: 'whsec_mine' }, undefined, /secret/],
  ])('refuses %j with 400 naming what is wrong', async (body, field, message) => {
    const before = await subscriptionCount();
    const response = await owner.post('/v1/subscriptions', body);
    expect(response).toMatchObject({ status: 400, body: { message: expect.stringMatching(message) } });
    if (field) expect(response.body.field ?? response.body.message).toContain(field);
    expect(await subscriptionCount()).toBe(before);
  });
});

describe('ownership', () => {
  let id: string;
  let messageId: string;

  beforeAll(async () => {
    id = (await owner.post('/v1/subscriptions', { url: PUBLIC_URL, topic: 'kuril-islands' })).body.id;
    messageId = (await owner.post(`/v1/subscriptions/${id}/test`)).body.id;
  });

  it('another key can neither read, list, test, rotate, read the log of, redeliver nor delete it: 404 as if it did not exist', async () => {
    const notFound = { status: 404, body: { statusCode: 404, message: expect.stringContaining('not found') } };
    expect(await stranger.get(`/v1/subscriptions/${id}`)).toMatchObject(notFound);
    expect((await stranger.get('/v1/subscriptions')).body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    expect(await stranger.post(`/v1/subscriptions/${id}/test`)).toMatchObject(notFound);
    expect(await stranger.post(`/v1/subscriptions/${id}/rotate-secret`)).toMatchObject(notFound);
    expect(await stranger.get(`/v1/subscriptions/${id}/deliveries`)).toMatchObject(notFound);
    expect(await stranger.post(`/v1/deliveries/${messageId}/redeliver`)).toMatchObject(notFound);
    expect(await stranger.delete(`/v1/subscriptions/${id}`)).toMatchObject(notFound);
    expect((await owner.get(`/v1/subscriptions/${id}`)).status).toBe(200);
    expect((await owner.get(`/v1/subscriptions/${id}/deliveries`)).body.items).toEqual([expect.objectContaining({ id: messageId, type: 'subscription.test' })]);
  });

  it('every subscription route needs a key, reads included', async () => {
    for (const response of [await as(null).get('/v1/subscriptions'), await as(null).get(`/v1/subscriptions/${id}`), await as(null).post('/v1/subscriptions', {})]) {
      expect(response).toMatchObject({ status: 401, body: { message: expect.stringContaining('Authorization: Bearer') } });
    }
    expect((await as('not-a-key-0123456789abcdef').get('/v1/subscriptions')).status).toBe(401);
  });

  it('a message already queued is not redelivered twice (409); the owner deletes the subscription (204), then it is gone', async () => {
    expect(await owner.post(`/v1/deliveries/${messageId}/redeliver`)).toMatchObject({ status: 409, body: { message: expect.stringContaining('already queued') } });
    expect((await owner.delete(`/v1/subscriptions/${id}`)).status).toBe(204);
    expect((await owner.get(`/v1/subscriptions/${id}`)).status).toBe(404);
    expect((await owner.post(`/v1/deliveries/${messageId}/redeliver`)).status).toBe(404);
  });
});

describe('GET /v1/subscriptions', () => {
  it('pages newest first with a cursor', async () => {
    const key = 'pager-key-0123456789abcdefgh';
    const pager = await startTestApi({ db, modules: [ApiModule], apiKeys: [key] });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await pager.post('/v1/subscriptions', { url: `${PUBLIC_URL}/${i}`, topic: 'kuril-islands' }, key)).body.id);
      const read = (query: string) => pager.get(`/v1/subscriptions${query}`, { headers: { authorization: `Bearer ${key}` } });
      const first = await read('?limit=2');
      const second = await read(`?limit=2&after=${first.body.next}`);
      const third = await read(`?limit=2&after=${second.body.next}`);
      expect([...first.body.items, ...second.body.items, ...third.body.items].map((s: { id: string }) => s.id)).toEqual(ids.reverse());
      expect(third.body.next).toBeUndefined();
      expect(await read('?after=nonsense')).toMatchObject({ status: 400, body: { field: 'after' } });
      expect(await read('?limit=0')).toMatchObject({ status: 400 });
    } finally {
      await pager.close();
    }
  });
});
