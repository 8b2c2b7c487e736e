import pg from 'pg';
import { ArticleRepository, IngestArticle, type IngestArticleInput, type IngestResult, SystemClock } from '#lib/articles';
import { CodebookRegistry, loadCodebooks } from '#lib/codebook';
import { quoteIdent } from '#lib/database';
import { PostgresEventStore } from '#lib/event-store';
import { ProjectionRunner } from '#lib/projections';
import { StanceProjection } from '#lib/stances';
import { IngestArticleHandler } from '../../libs/articles/src/commands/ingest-article/ingest-article.handler.js';
import { createTestSchema, type TestSchema } from '../support/database.js';
import { seedArticle } from '../support/fixtures.js';
import { catchUpToHead } from '../support/projections.js';

// The stance read model must not depend on where batch boundaries fall. Two copies of the seed
// article report the same signals with the same dates and confidences; by the rule "of two signals
// with the same date, the later one wins unless its confidence is lower", the second copy's signals
// win. Applied in one batch they do; applied in two batches (the first copy's signals read back
// from stance_signals), they do not when the confidence is 0.55 or 0.85: the signals are stored
// through a `confidence real` column definition (float4) into a double precision column, so 0.85
// comes back as 0.8500000238418579 and the later 0.85 counts as lower.

let db: TestSchema;
let first: IngestResult;
let second: IngestResult;
const clean = () => `${db.schema}_clean`;

const copy = (n: number): IngestArticleInput => {
  const seed = seedArticle();
  return { ...seed, url: `${seed.url}?copy=${n}`, text: `${seed.text}\n\nThis syndicated copy was filed by the archive desk as item q${'ab'[n]}x.\n` };
};

const intervals = async (schema: string) =>
  (
    await db.pool.query(
      `SELECT topic, actor, question, position, since, earliest::text, latest::text, valid_from::text, valid_to::text, evidence,
              known_from_position, known_to_position
         FROM ${quoteIdent(schema)}.stance_intervals ORDER BY 1, 2, 3, 8, 11, 12 NULLS LAST`,
    )
  ).rows;

beforeAll(async () => {
  db = await createTestSchema();
  const store = new PostgresEventStore(db.pool);
  const ingest = new IngestArticleHandler(new ArticleRepository(store), new CodebookRegistry(loadCodebooks()), new SystemClock());
  const runner = new ProjectionRunner(db.pool, store);
  // Incremental: a batch boundary between the two copies (each applied in full before the next
  // ingest, even while another test file's open transaction holds the gap-safe read back).
  first = await ingest.execute(new IngestArticle(copy(0)));
  await catchUpToHead(runner, store, db.pool, new StanceProjection());
  second = await ingest.execute(new IngestArticle(copy(1)));
  await catchUpToHead(runner, store, db.pool, new StanceProjection());

  // Clean: the same log in one batch, into fresh tables that shadow the live ones.
  await db.pool.query(`CREATE SCHEMA ${quoteIdent(clean())}`);
  for (const table of ['projection_checkpoints', 'stance_signals', 'stance_intervals']) {
    await db.pool.query(`CREATE TABLE ${quoteIdent(clean())}.${table} (LIKE ${quoteIdent(db.schema)}.${table} INCLUDING ALL)`);
  }
  const pool = new pg.Pool({ connectionString: db.connectionString, max: 1, options: `-c search_path=${quoteIdent(clean())},${quoteIdent(db.schema)}` });
  try {
    const cleanStore = new PostgresEventStore(pool);
    await catchUpToHead(new ProjectionRunner(pool, cleanStore), cleanStore, pool, new StanceProjection(), { batchSize: 10_000 });
  } finally {
    await pool.end();
  }
});

afterAll(async () => {
  await db.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(clean())} CASCADE`);
  await db.drop();
});

describe('StanceProjection across batch boundaries', () => {
  it('stores a signal with the confidence it was reported with', async () => {
    const { rows } = await db.pool.query<{ confidence: number }>(
      'SELECT DISTINCT confidence FROM stance_signals WHERE event_id = ANY($1::uuid[]) ORDER BY 1',
      [first.events.map((e) => e.id)],
    );
    expect(rows.map((r) => r.confidence)).toEqual([...new Set(first.events.filter((e) => e.stances.length > 0).map((e) => e.confidence))].sort((a, b) => a - b));
  });

  it('lets the later of two same-dated, equally confident signals win when they are applied in different batches', async () => {
    // japan / sequencing: territory-first from 2018-09, confidence 0.85 in both copies
    const { rows } = await db.pool.query<{ evidence: { articleId: string }[] }>(
      `SELECT evidence FROM stance_intervals
        WHERE actor = 'japan' AND question = 'sequencing' AND valid_from = '2018-09-01' AND known_to_position IS NULL`,
    );
    expect(rows.map((r) => r.evidence.map((e) => e.articleId))).toEqual([[second.id]]);
  });

  it('gives the same stance intervals as a clean rebuild of the same log, row for row', async () => {
    expect(await intervals(db.schema)).toEqual(await intervals(clean()));
  });
});
