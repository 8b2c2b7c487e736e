import { ArticleRepository, IngestArticle, RetractNewsEvent, SystemClock, type NewsEvent } from '#lib/articles';
import { IngestArticleHandler } from '../../../articles/src/commands/ingest-article/ingest-article.handler.js';
import { RetractNewsEventHandler } from '../../../articles/src/commands/retract-news-event/retract-news-event.handler.js';
import { CodebookRegistry, loadCodebooks } from '#lib/codebook';
import { PostgresEventStore } from '#lib/event-store';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { seedArticle } from '../../../../test/support/fixtures.js';
import { projectAll } from '../../../../test/support/projections.js';
import { StancesRepository } from '../stances.repository.js';

let db: TestSchema;
let store: PostgresEventStore;
let stances: StancesRepository;
let ingest: IngestArticleHandler;
const TOPIC = 'kuril-islands';

// Repeats until the checkpoints pass the log head: another test file's open transaction can hold
// the gap-safe reader back for a moment.
const project = () => projectAll(db);
const at = async (date: string, knownAt?: { position: number }) =>
  Object.fromEntries((await stances.stancesAt(TOPIC, date, { knownAt })).map((s) => [`${s.actor} ${s.question}`, s.position]));

let seedPosition: number;
let seedEvents: NewsEvent[];

beforeAll(async () => {
  db = await createTestSchema();
  store = new PostgresEventStore(db.pool);
  stances = new StancesRepository(db.pool);
  const articles = new ArticleRepository(store);
  ingest = new IngestArticleHandler(articles, new CodebookRegistry(loadCodebooks()), new SystemClock());
  const seed = seedArticle();
  const result = await ingest.execute(new IngestArticle(seed));
  seedPosition = result.position;
  seedEvents = result.events;
  await project();
});
afterAll(() => db.drop());

describe('StanceProjection on the seed article', () => {
  it('at 2018-10-01: Russia treaty-first and seeking a treaty, Japan territory-first, no basis-1956 stance yet', async () => {
    const s = await at('2018-10-01');
    expect(s).toMatchObject({ 'russia sequencing': 'treaty-first', 'japan sequencing': 'territory-first', 'russia peace-treaty': 'seeks' });
    expect(Object.keys(s).filter((k) => k.endsWith('basis-1956'))).toEqual([]);
  });

  it('at 2018-12-01: both accept the 1956 basis; the Russian public opposes a handover', async () => {
    expect(await at('2018-12-01')).toMatchObject({
      'russia basis-1956': 'accepts',
      'japan basis-1956': 'accepts',
      'russian-public handover': 'opposes',
    });
  });

  it('at 2019-01-21: Russia recognition-first and russia-all; the nationalists oppose a handover', async () => {
    expect(await at('2019-01-21')).toMatchObject({
      'russia sequencing': 'recognition-first',
      'russia sovereignty': 'russia-all',
      'russian-nationalists handover': 'opposes',
    });
  });

  it('at 1960-01-01: Russia two-islands', async () => {
    expect(await at('1960-01-01')).toMatchObject({ 'russia sovereignty': 'two-islands' });
  });

  it('the history of russia/sequencing: treaty-first from 2018-09, then recognition-first from 2019-01', async () => {
    const history = await stances.history(TOPIC, 'russia', 'sequencing');
    expect(history.map((h) => [h.position, h.since.slice(0, 7), h.validFrom.slice(0, 7)])).toEqual([
      ['treaty-first', '2018-09', '2018-09'],
      ['recognition-first', '2019-01', '2019-01'],
    ]);
    expect(history[1].evidence[0]).toMatchObject({ eventId: expect.any(String), articleId: expect.any(String) });
  });

  it('known at a position before the ingestion: no stances at all; at the ingestion: the same as now', async () => {
    expect(await at('2019-01-21', { position: seedPosition - 100 })).toEqual({});
    expect(await at('2019-01-21', { position: seedPosition })).toEqual(await at('2019-01-21'));
  });

  it('a late article about the past inserts an interval in the past and recomputes only its own key', async () => {
    const { rows: before } = await db.pool.query(
      "SELECT actor, question, known_from_position FROM stance_intervals WHERE known_to_position IS NULL AND NOT (actor = 'russia' AND question = 'sequencing') ORDER BY 1, 2, 3",
    );
    const late = await ingest.execute(
      new IngestArticle({
        url: 'https://example.org/archive/1956-moscow-talks',
        title: 'Archive: the 1956 Moscow talks',
        publishedAt: '2019-02-01T00:00:00Z',
        events: [
          {
            type: 'consult',
            date: '1956-08',
            context: ['historical'],
            actors: ['russia', 'japan'],
            summary: 'Soviet negotiators insist a peace treaty come first, the islands after',
            stances: [{ actor: 'russia', question: 'sequencing', position: 'treaty-first' }],
            confidence: 0.9,
          },
        ],
      }),
    );
    await project();
    const history = await stances.history(TOPIC, 'russia', 'sequencing');
    expect(history.map((h) => [h.position, h.validFrom, h.validTo])).toEqual([
      ['treaty-first', '1956-08-01', '2019-01-01'],
      ['recognition-first', '2019-01-01', null],
    ]);
    expect(history[0].evidence.map((e) => e.articleId)).toContain(late.id);
    const { rows: after } = await db.pool.query(
      "SELECT actor, question, known_from_position FROM stance_intervals WHERE known_to_position IS NULL AND NOT (actor = 'russia' AND question = 'sequencing') ORDER BY 1, 2, 3",
    );
    expect(after).toEqual(before);
    expect((await at('1960-01-01'))['russia sequencing']).toBe('treaty-first');
  });

  it('retracting the Lavrov event makes russia sequencing treaty-first again, while knownAt before the retraction still answers recognition-first', async () => {
    const lavrov = seedEvents.find((e) => e.stances.some((s) => s.actor === 'russia' && s.position === 'recognition-first'))!;
    const retraction = await new RetractNewsEventHandler(new ArticleRepository(store)).execute(
      new RetractNewsEvent(lavrov.articleId, lavrov.id, 'misattributed'),
    );
    await project();
    expect((await at('2019-01-21'))['russia sequencing']).toBe('treaty-first');
    expect((await at('2019-01-21', { position: retraction.position - 1 }))['russia sequencing']).toBe('recognition-first');
    const events = await stances.events(TOPIC, {}, null, 100);
    expect(events.some((e) => e.id === lavrov.id)).toBe(false);
    const before = await stances.events(TOPIC, { knownAt: { position: retraction.position - 1 } }, null, 100);
    expect(before.some((e) => e.id === lavrov.id)).toBe(true);
  });
});
