import type { IngestResult } from '#lib/articles';
import { startTestApi, type TestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { projectAll } from '../../../../test/support/projections.js';
import { postSeedArticle } from '../../../../test/support/seed.js';
import { ApiModule } from '../api.module.js';

const TOPIC = '/v1/topics/kuril-islands';

let db: TestSchema;
let api: TestApi;
let seed: IngestResult;
let beforeIngest: string;
let afterIngest: string;

/** The stances at `date` as "actor question" → position, plus the whole answer. */
async function stancesAt(query: string): Promise<{ status: number; body: any; positions: Record<string, string> }> {
  const response = await api.get(`${TOPIC}/stances?${query}`);
  const positions = Object.fromEntries((response.body.items ?? []).map((s: any) => [`${s.actor} ${s.question}`, s.position]));
  return { ...response, positions };
}

beforeAll(async () => {
  db = await createTestSchema();
  api = await startTestApi({ db, modules: [ApiModule] });
  beforeIngest = new Date().toISOString();
  seed = await postSeedArticle(api);
  await projectAll(db);
  afterIngest = new Date().toISOString();
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

describe('GET /v1/topics/:topic/stances on the seed article', () => {
  it('at 2018-10-01: Russia treaty-first and seeking a treaty, Japan territory-first, no basis-1956 stance yet', async () => {
    const { status, body, positions } = await stancesAt('at=2018-10-01');
    expect(status).toBe(200);
    expect(body).toMatchObject({ topic: 'kuril-islands', at: '2018-10-01' });
    expect(positions).toMatchObject({ 'russia sequencing': 'treaty-first', 'japan sequencing': 'territory-first', 'russia peace-treaty': 'seeks' });
    expect(Object.keys(positions).filter((key) => key.endsWith('basis-1956'))).toEqual([]);
  });

  it('at 2018-12-01: Russia and Japan accept the 1956 basis; the Russian public opposes a handover', async () => {
    expect((await stancesAt('at=2018-12-01')).positions).toMatchObject({
      'russia basis-1956': 'accepts',
      'japan basis-1956': 'accepts',
      'russian-public handover': 'opposes',
    });
  });

  it('at 2019-01-21: Russia recognition-first and russia-all; the nationalists oppose a handover', async () => {
    expect((await stancesAt('at=2019-01-21')).positions).toMatchObject({
      'russia sequencing': 'recognition-first',
      'russia sovereignty': 'russia-all',
      'russian-nationalists handover': 'opposes',
    });
  });

  it('at 1960-01-01: Russia two-islands', async () => {
    expect((await stancesAt('at=1960-01-01')).positions).toMatchObject({ 'russia sovereignty': 'two-islands' });
  });

  it('answers a stance in the shape of the contract, with its evidence', async () => {
    const { body } = await stancesAt('at=2018-10-01&actor=russia&question=sequencing');
    expect(body.items).toEqual([
      {
        topic: 'kuril-islands',
        actor: 'russia',
        question: 'sequencing',
        position: 'treaty-first',
        since: '2018-09',
        certain: true,
        evidence: [{ eventId: expect.any(String), articleId: seed.id, quote: expect.any(String) }],
      },
    ]);
    expect(seed.events.map((e) => e.id)).toContain(body.items[0].evidence[0].eventId);
  });

  it('is not certain on a day inside the bounds of the signal’s date (2019-01-01/2019-01-21), and certain from its latest day on', async () => {
    const inside = await stancesAt('at=2019-01-10&actor=russia&question=sequencing');
    expect(inside.body.items).toEqual([expect.objectContaining({ position: 'recognition-first', since: '2019-01-01/2019-01-21', certain: false })]);
    const after = await stancesAt('at=2019-01-21&actor=russia&question=sequencing');
    expect(after.body.items).toEqual([expect.objectContaining({ position: 'recognition-first', certain: true })]);
  });

  it('narrows to one actor or one question', async () => {
    const russia = await stancesAt('at=2019-01-21&actor=russia');
    expect(new Set(russia.body.items.map((s: any) => s.actor))).toEqual(new Set(['russia']));
    const sequencing = await stancesAt('at=2019-01-21&question=sequencing');
    expect(new Set(sequencing.body.items.map((s: any) => s.question))).toEqual(new Set(['sequencing']));
    expect(sequencing.positions).toMatchObject({ 'russia sequencing': 'recognition-first', 'japan sequencing': 'territory-first' });
  });

  it('without `at`, answers for today (UTC)', async () => {
    const { status, body, positions } = await stancesAt('');
    expect(status).toBe(200);
    expect(body.at).toBe(new Date().toISOString().slice(0, 10));
    expect(positions['russia sequencing']).toBe('recognition-first');
  });

  it('accepts an EDTF day as `at`', async () => {
    const { status, body } = await stancesAt('at=2018-10-01~');
    expect(status).toBe(200);
    expect(body.at).toBe('2018-10-01');
  });

  it('known at a log position before the ingestion: no stances at all; at its position: the same as now', async () => {
    expect(await stancesAt('at=2019-01-21&knownAt=0')).toMatchObject({ status: 200, body: { items: [] } });
    const now = await stancesAt('at=2019-01-21');
    expect((await stancesAt(`at=2019-01-21&knownAt=${seed.position}`)).body).toEqual(now.body);
  });

  it('known at a moment before the ingestion: no stances at all; after it: the same as now', async () => {
    expect((await stancesAt(`at=2019-01-21&knownAt=${encodeURIComponent(beforeIngest)}`)).body.items).toEqual([]);
    const now = await stancesAt('at=2019-01-21');
    expect((await stancesAt(`at=2019-01-21&knownAt=${encodeURIComponent(afterIngest)}`)).body).toEqual(now.body);
  });
});

describe('GET /v1/topics/:topic/stances/history', () => {
  it('russia/sequencing: treaty-first from 2018-09, then recognition-first from 2019-01', async () => {
    const response = await api.get(`${TOPIC}/stances/history?actor=russia&question=sequencing`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ topic: 'kuril-islands', actor: 'russia', question: 'sequencing' });
    expect(response.body.items).toEqual([
      { position: 'treaty-first', from: '2018-09-01', to: '2019-01-01', since: '2018-09', evidence: [expect.objectContaining({ articleId: seed.id })] },
      {
        position: 'recognition-first',
        from: '2019-01-01',
        to: null,
        since: '2019-01-01/2019-01-21',
        evidence: [{ eventId: expect.any(String), articleId: seed.id, quote: expect.any(String) }],
      },
    ]);
  });

  it('known at a position before the ingestion: no intervals', async () => {
    const response = await api.get(`${TOPIC}/stances/history?actor=russia&question=sequencing&knownAt=0`);
    expect(response).toMatchObject({ status: 200, body: { items: [] } });
  });
});

describe('bad requests', () => {
  it.each([
    ['stances?at=2019-13-01', 'at'],
    ['stances?at=2019-02-30', 'at'],
    ['stances?at=2018-10', 'at'],
    ['stances?at=yesterday', 'at'],
    ['stances?knownAt=yesterday', 'knownAt'],
    ['stances?knownAt=2019-02-30T00:00:00Z', 'knownAt'],
    ['stances?knownAt=-5', 'knownAt'],
    ['stances?minPosition=-1', 'minPosition'],
    ['stances?minPosition=soon', 'minPosition'],
    ['stances?actor=nobody', 'actor'],
    ['stances?question=everything', 'question'],
    ['stances?since=2019', 'since'],
    ['stances/history?question=sequencing', 'actor'],
    ['stances/history?actor=russia', 'question'],
    ['stances/history?actor=nobody&question=sequencing', 'actor'],
    ['stances/history?actor=russia&question=everything', 'question'],
  ])('refuses %s with 400 naming %s', async (path, field) => {
    const response = await api.get(`${TOPIC}/${path}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', field });
    expect(response.body.message).toContain(field);
  });

  it.each(['stances', 'stances/history?actor=russia&question=sequencing', 'events'])('answers 404 for an unknown topic: /v1/topics/atlantis/%s', async (path) => {
    const response = await api.get(`/v1/topics/atlantis/${path}`);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('atlantis') });
  });
});

describe('minPosition: reading your own write', () => {
  let retraction: { position: number };
  const lavrov = () => seed.events.find((e) => e.stances.some((s) => s.actor === 'russia' && s.position === 'recognition-first'))!;

  beforeAll(async () => {
    const response = await api.post(`/v1/articles/${seed.id}/events/${lavrov().id}/retraction`, { reason: 'misattributed' });
    expect(response.status).toBe(201);
    retraction = response.body;
  });

  it('a position already projected answers at once', async () => {
    const started = Date.now();
    const response = await api.get(`${TOPIC}/stances?at=2019-01-21&minPosition=${seed.position}`);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a position not yet projected: every read answers 503 with Retry-After after about 5 s', async () => {
    const started = Date.now();
    const responses = await Promise.all(
      [
        `stances?at=2019-01-21&minPosition=${retraction.position}`,
        `stances/history?actor=russia&question=sequencing&minPosition=${retraction.position}`,
        `events?minPosition=${retraction.position}`,
      ].map((path) => api.get(`${TOPIC}/${path}`)),
    );
    const elapsed = Date.now() - started;
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining(String(retraction.position)) });
    }
    expect(elapsed).toBeGreaterThanOrEqual(4500);
    expect(elapsed).toBeLessThan(7000);
  });

  it('a read waiting for a position answers as soon as the projections apply it: the retraction makes Russia treaty-first again', async () => {
    const pending = api.get(`${TOPIC}/stances?at=2019-01-21&actor=russia&question=sequencing&minPosition=${retraction.position}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await projectAll(db);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([expect.objectContaining({ position: 'treaty-first', since: '2018-09' })]);
  });

  it('known at a position before the retraction, Russia is still recognition-first', async () => {
    const { positions } = await stancesAt(`at=2019-01-21&knownAt=${retraction.position - 1}`);
    expect(positions['russia sequencing']).toBe('recognition-first');
    const history = await api.get(`${TOPIC}/stances/history?actor=russia&question=sequencing&knownAt=${retraction.position - 1}`);
    expect(history.body.items.map((i: any) => i.position)).toEqual(['treaty-first', 'recognition-first']);
    const now = await api.get(`${TOPIC}/stances/history?actor=russia&question=sequencing`);
    expect(now.body.items.map((i: any) => i.position)).toEqual(['treaty-first']);
  });
});
