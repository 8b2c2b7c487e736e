import { ArticleRepository, IngestArticle, RetractNewsEvent, SystemClock } from '#lib/articles';
import { CodebookRegistry, loadCodebooks } from '#lib/codebook';
import { PostgresEventStore } from '#lib/event-store';
import { StanceProjection, WorldEventsProjection } from '#lib/stances';
import { IngestArticleHandler } from '../../articles/src/commands/ingest-article/ingest-article.handler.js';
import { RetractNewsEventHandler } from '../../articles/src/commands/retract-news-event/retract-news-event.handler.js';
import { createTestSchema, type TestSchema } from '../../../test/support/database.js';
import { corpusArticles, seedArticle } from '../../../test/support/fixtures.js';
import { projectAll } from '../../../test/support/projections.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection } from './rebuild-projection.js';

let db: TestSchema;
let store: PostgresEventStore;
const stances = new StanceProjection();
const world = new WorldEventsProjection();

// Read models compared row for row, without surrogate ids.
const snapshot = async () => ({
  intervals: (await db.pool.query(`SELECT topic, actor, question, position, since, earliest, latest, valid_from, valid_to, evidence,
      known_from_position, known_from_time, known_to_position, known_to_time FROM stance_intervals ORDER BY 1, 2, 3, 8, 11`)).rows,
  signals: (await db.pool.query('SELECT * FROM stance_signals ORDER BY event_id, signal_index, recorded_position')).rows,
  events: (await db.pool.query('SELECT * FROM world_events ORDER BY event_id, known_from_position')).rows,
});

beforeAll(async () => {
  db = await createTestSchema();
  store = new PostgresEventStore(db.pool);
  const articles = new ArticleRepository(store);
  const ingest = new IngestArticleHandler(articles, new CodebookRegistry(loadCodebooks()), new SystemClock());
  const runner = new ProjectionRunner(db.pool, store);
  // Incremental: small batches, applied between writes, with a retraction in the middle.
  const all = [seedArticle(), ...corpusArticles().map((c) => c.article)];
  for (const [i, article] of all.entries()) {
    const result = await ingest.execute(new IngestArticle(article));
    if (i === 2) await new RetractNewsEventHandler(articles).execute(new RetractNewsEvent(result.id, result.events[0].id, 'test'));
    await runner.catchUp(stances, { batchSize: 7 });
    await runner.catchUp(world, { batchSize: 7 });
  }
  await projectAll(db); // whatever another file's open transaction held back
});
afterAll(() => db.drop());

describe(rebuildProjection.name, () => {
  it('rebuilds each projection from position 0 into fresh tables, identical row for row to the incremental build', async () => {
    const incremental = await snapshot();
    expect(incremental.intervals.length).toBeGreaterThan(20);
    expect(incremental.intervals.some((r) => r.known_to_position !== null)).toBe(true);
    const rebuilt = await rebuildProjection(db.pool, store, stances, { batchSize: 1000 });
    await rebuildProjection(db.pool, store, world);
    expect(rebuilt.events).toBeGreaterThan(50);
    const after = await snapshot();
    expect({ intervals: after.intervals.length, signals: after.signals.length, events: after.events.length }).toEqual({
      intervals: incremental.intervals.length, signals: incremental.signals.length, events: incremental.events.length,
    });
    expect(after).toEqual(incremental);
  });

  it('keeps the live index names and the checkpoint, and leaves no scratch schema behind', async () => {
    const { rows: indexes } = await db.pool.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'stance_intervals' ORDER BY 1");
    expect(indexes.map((r) => r.indexname)).toEqual(['stance_intervals_current_idx', 'stance_intervals_history_idx', 'stance_intervals_pkey']);
    const { rows: checkpoints } = await db.pool.query('SELECT name FROM projection_checkpoints ORDER BY 1');
    expect(checkpoints.map((r) => r.name)).toEqual(['stances', 'world-events']);
    const { rows: schemas } = await db.pool.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'");
    expect(schemas).toEqual([]);
    // and the live runner goes on from there
    expect(await new ProjectionRunner(db.pool, store).catchUp(stances)).toBe(0);
  });
});
