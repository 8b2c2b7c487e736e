import { startTestApi, type TestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { ApiModule } from '../api.module.js';

const KEYS = ['first-key-aaaaaaaaaaaaaaaa', 'second-key-bbbbbbbbbbbbbbbb'];

let db: TestSchema;

beforeAll(async () => {
  db = await createTestSchema();
});
afterAll(() => db.drop());

const article = (n: string) => ({
  url: `https://news.example.com/auth-${n}`,
  title: 'Auth check',
  publishedAt: '2019-01-21T09:00:00Z',
  topic: 'kuril-islands',
  events: [{ type: 'statement', date: '2019-01-14', actors: ['russia'], summary: `Statement ${n}` }],
});

async function articleCount(): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE type = 'ArticleIngested'");
  return rows[0].n;
}

describe('ApiKeyGuard', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ db, modules: [ApiModule], apiKeys: KEYS });
  });
  afterAll(() => api.close());

  it.each<[string, Record<string, string>, RegExp]>([
    ['no Authorization header', {}, /Authorization: Bearer/],
    ['a wrong key', { authorization: 'Bearer wrong-key-cccccccccccccccccc' }, /not valid/],
    ['a prefix of a right key', { authorization: `Bearer ${KEYS[0].slice(0, -1)}` }, /not valid/],
    ['a right key under another scheme', { authorization: `Basic ${KEYS[0]}` }, /Authorization: Bearer/],
    ['an empty bearer', { authorization: 'Bearer ' }, /Authorization: Bearer/],
  ])('refuses a write with %s: 401, nothing written', async (_, headers, message) => {
    const before = await articleCount();
    const response = await api.get('/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(article('refused')) });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringMatching(message) });
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await articleCount()).toBe(before);
  });

  it('asks for the key before it looks at the body', async () => {
    const response = await api.post('/v1/articles/x/events/y/retraction', { nonsense: true }, null);
    expect(response.status).toBe(401);
  });

  it.each(KEYS.map((key, i) => [i, key]))('accepts a write with key %i of API_KEYS', async (i, key) => {
    const response = await api.post('/v1/articles', article(`key-${i}`), key as string);
    expect(response.status).toBe(201);
  });

  it('keeps reads open', async () => {
    expect((await api.get('/v1/topics')).status).toBe(200);
    expect((await api.get('/v1/log')).status).toBe(200);
    expect((await api.get('/health')).status).toBe(200);
  });
});

describe('ApiKeyGuard with API_KEYS empty', () => {
  it('refuses every write, saying the server has no keys, and keeps reads open', async () => {
    const api = await startTestApi({ db, modules: [ApiModule], apiKeys: [] });
    try {
      const before = await articleCount();
      for (const key of [...KEYS, null]) {
        const response = await api.post('/v1/articles', article('no-keys'), key);
        expect(response).toMatchObject({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('API_KEYS') } });
      }
      expect(await articleCount()).toBe(before);
      expect((await api.get('/v1/topics')).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
