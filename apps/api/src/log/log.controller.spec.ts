import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '#lib/event-store';
import { startTestApi, type TestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { ApiModule } from '../api.module.js';

let db: TestSchema;
let api: TestApi;
let store: PostgresEventStore;

beforeAll(async () => {
  db = await createTestSchema();
  api = await startTestApi({ db, modules: [ApiModule] });
  store = new PostgresEventStore(db.pool);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

describe('GET /v1/log', () => {
  it('given appended events, pages through all of them in log order and keeps returning a cursor', async () => {
    const stream = `log-${randomUUID()}`;
    const ids = Array.from({ length: 5 }, () => randomUUID());
    await store.append(stream, ids.slice(0, 3).map((id, n) => ({ id, type: 'Numbered', data: { n } })));
    await store.append(stream, ids.slice(3).map((id, n) => ({ id, type: 'Numbered', data: { n: n + 3 } })));

    // The log is gap-safe: until no older transaction anywhere on the server is open (another test
    // file's), the reader may not see these yet.
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
      const all = await store.readAll(undefined, 1000);
      if (all.events.filter((e) => e.streamId === stream).length === 5) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const first = await api.get('/v1/log?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { id: string }) => e.id)).toEqual(ids.slice(0, 2));
    expect(first.body.items[0]).toMatchObject({
      streamId: stream,
      version: 1,
      type: 'Numbered',
      data: { n: 0 },
      metadata: { recordedAt: expect.any(String) },
      position: expect.any(Number),
      cursor: expect.any(String),
    });

    const rest = await api.get(`/v1/log?limit=100&after=${first.body.next}`);
    expect(rest.body.items.map((e: { id: string }) => e.id)).toEqual(ids.slice(2));

    const tail = await api.get(`/v1/log?after=${rest.body.next}`);
    expect(tail).toMatchObject({ status: 200, body: { items: [], next: rest.body.next } });

    // any item's cursor resumes just after it
    const resumed = await api.get(`/v1/log?limit=1&after=${first.body.items[0].cursor}`);
    expect(resumed.body.items[0].id).toBe(ids[1]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=ten', 'limit'],
    ['after=garbage', 'after'],
    ['after=' + Buffer.from('v1:1:x').toString('base64url'), 'after'],
    ['since=3', 'since'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const response = await api.get(`/v1/log?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', field });
    expect(response.body.message).toContain(field);
  });
});
