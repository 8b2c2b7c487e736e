import type { IngestResult } from '#lib/articles';
import { startTestApi, type TestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { projectAll } from '../../../../test/support/projections.js';
import { postSeedArticle } from '../../../../test/support/seed.js';
import { ApiModule } from '../api.module.js';

const EVENTS = '/v1/topics/kuril-islands/events';

let db: TestSchema;
let api: TestApi;
let seed: IngestResult;

beforeAll(async () => {
  db = await createTestSchema();
  api = await startTestApi({ db, modules: [ApiModule] });
  seed = await postSeedArticle(api);
  await projectAll(db);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

const get = async (query: string) => {
  const response = await api.get(`${EVENTS}?${query}`);
  expect(response.status).toBe(200);
  return response.body as { items: any[]; next?: string };
};

describe('GET /v1/topics/:topic/events', () => {
  it('given the seed article, lists its events in world-time order, as recorded', async () => {
    const { items, next } = await get('limit=1000');
    expect(next).toBeUndefined();
    expect(items.map((e) => e.id).sort()).toEqual(seed.events.map((e) => e.id).sort());
    const earliest = items.map((e) => e.earliest);
    expect(earliest).toEqual([...earliest].sort());
    const putin = seed.events.find((e) => e.stances.some((s) => s.actor === 'russia' && s.position === 'treaty-first'))!;
    expect(items.find((e) => e.id === putin.id)).toMatchObject({
      articleId: seed.id,
      topic: 'kuril-islands',
      type: putin.type,
      date: putin.date,
      earliest: putin.earliest,
      latest: putin.latest,
      actors: putin.actors,
      summary: putin.summary,
      stances: putin.stances,
      evidence: putin.evidence,
      confidence: putin.confidence,
    });
  });

  it('pages with an opaque cursor: every event once, in order, and no `next` on the last page', async () => {
    const all = (await get('limit=1000')).items.map((e) => e.id);
    const seen: string[] = [];
    let after = '';
    for (let page = 0; page < 20; page++) {
      const { items, next } = await get(`limit=4${after ? `&after=${after}` : ''}`);
      seen.push(...items.map((e) => e.id));
      if (!next) break;
      expect(items).toHaveLength(4);
      after = next;
    }
    expect(seen).toEqual(all);
  });

  it('from/to take EDTF or ISO dates: from its earliest day, to its latest day', async () => {
    const { items } = await get('from=2018-09&to=2018-12');
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) {
      expect(e.latest >= '2018-09-01').toBe(true);
      expect(e.earliest <= '2018-12-31').toBe(true);
    }
    expect(items.map((e) => e.date)).toContain('2018-09');
    const uncertainYear = await get('from=1955%3F&to=1956-12-31');
    expect(uncertainYear.items.length).toBeGreaterThan(0);
    for (const e of uncertainYear.items) expect(e.latest >= '1955-01-01' && e.earliest <= '1956-12-31').toBe(true);
  });

  it('filters by actor and by type', async () => {
    const japan = await get('actor=japan&limit=1000');
    expect(japan.items.length).toBeGreaterThan(0);
    for (const e of japan.items) expect(e.actors).toContain('japan');
    const type = seed.events[0].type;
    const ofType = await get(`type=${type}&limit=1000`);
    expect(ofType.items.length).toBeGreaterThan(0);
    for (const e of ofType.items) expect(e.type).toBe(type);
  });

  it('known at a position before the ingestion: no events; at its position, all of them', async () => {
    expect((await get('knownAt=0')).items).toEqual([]);
    expect((await get(`knownAt=${seed.position}&limit=1000`)).items).toHaveLength(seed.events.length);
  });

  it('with minPosition already projected, answers at once', async () => {
    expect((await get(`minPosition=${seed.position}&limit=1000`)).items).toHaveLength(seed.events.length);
  });

  it.each([
    ['from=sometime', 'from'],
    ['to=2019-02-30', 'to'],
    ['from=2019-01-01/..', 'from'],
    ['type=party', 'type'],
    ['actor=nobody', 'actor'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['after=garbage', 'after'],
    ['after=' + Buffer.from('t1:2019-01-01:not-a-uuid').toString('base64url'), 'after'],
    ['knownAt=soon', 'knownAt'],
    ['page=2', 'page'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const response = await api.get(`${EVENTS}?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', field });
    expect(response.body.message).toContain(field);
  });
});
