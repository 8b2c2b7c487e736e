import type { IngestResult } from '#lib/articles';
import { startTestApi, type TestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { projectAll } from '../../../../test/support/projections.js';
import { postSeedArticle } from '../../../../test/support/seed.js';
import { ApiModule } from '../api.module.js';

let db: TestSchema;
let api: TestApi;
let seed: IngestResult;

beforeAll(async () => {
  db = await createTestSchema();
  api = await startTestApi({ db, modules: [ApiModule] });
  seed = await postSeedArticle(api);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

const status = async () => {
  const response = await api.get('/v1/projections');
  expect(response.status).toBe(200);
  return response.body as { items: any[]; head: { position: number; recordedAt: string } };
};

describe('GET /v1/projections', () => {
  // The article, its events and a claim on its text, in one append to a fresh log: positions 1 to N.
  let logEvents: number;

  it('before the projections have run: each is all the log behind', async () => {
    const { items, head } = await status();
    expect(head).toEqual({ position: expect.any(Number), recordedAt: expect.any(String) });
    expect(head.position).toBeGreaterThanOrEqual(seed.position);
    logEvents = head.position;
    expect(items.map((p) => p.name)).toEqual(['stances', 'world-events']);
    for (const p of items) {
      expect(p).toEqual({ name: p.name, checkpoint: expect.any(String), position: 0, eventsApplied: 0, lagEvents: logEvents, lagSeconds: 0 });
    }
  });

  it('once caught up: no lag, and the checkpoint is a log cursor with nothing after it', async () => {
    await projectAll(db);
    const { items, head } = await status();
    for (const p of items) {
      expect(p).toMatchObject({ position: head.position, eventsApplied: logEvents, lagEvents: 0, lagSeconds: 0 });
      expect(await api.get(`/v1/log?after=${p.checkpoint}`)).toMatchObject({ status: 200, body: { items: [] } });
    }
  });

  it('after another write: behind by its events, and by the time between the last applied and the head', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const write = await api.post('/v1/articles', {
      url: 'https://news.example.com/projections-lag',
      title: 'Talks resume',
      publishedAt: '2019-02-01',
      topic: 'kuril-islands',
      events: [
        { type: 'consult', date: '2019-02-01', context: [], actors: ['russia', 'japan'], summary: 'Talks resume', stances: [], confidence: 0.9 },
        { type: 'statement', date: '2019-02-01', context: [], actors: ['japan'], summary: 'Japan restates its claim', stances: [], confidence: 0.9 },
      ],
    });
    expect(write.status).toBe(201);
    const { items, head } = await status();
    expect(head.position).toBeGreaterThanOrEqual(write.body.position);
    for (const p of items) {
      expect(p.lagEvents).toBe(head.position - logEvents);
      expect(p.lagEvents).toBeGreaterThanOrEqual(3);
      expect(p.lagSeconds).toBeGreaterThan(0);
      expect(p.lagSeconds).toBeLessThan(60);
    }
  });
});
