import type pg from 'pg';
import type { Evidence } from './domain/timeline.js';

/** "As the system knew it": at a log position, or at a moment of transaction time. */
export type KnownAt = { position: number } | { time: string };

export interface StanceRow {
  topic: string;
  actor: string;
  question: string;
  position: string;
  since: string;
  earliest: string;
  latest: string;
  validFrom: string;
  validTo: string | null;
  evidence: Evidence[];
  knownFromPosition: number;
  knownToPosition: number | null;
}

export interface WorldEventRow {
  id: string;
  articleId: string;
  topic: string;
  type: string;
  date: string;
  earliest: string;
  latest: string;
  context: string[];
  actors: string[];
  place: string | null;
  summary: string;
  stances: unknown[];
  evidence: unknown;
  confidence: number;
}

const INTERVAL_COLUMNS = `topic, actor, question, position, since, earliest::text, latest::text, valid_from::text, valid_to::text,
  evidence, known_from_position, known_to_position`;

/** The read side of the stance and world-event projections: index lookups only, never a replay. */
export class StancesRepository {
  constructor(private readonly pool: Pick<pg.Pool, 'query'>) {}

  /** For each matching (actor, question), the interval in effect on `at`. */
  async stancesAt(topic: string, at: string, filter: { actor?: string; question?: string; knownAt?: KnownAt }): Promise<StanceRow[]> {
    const known = knownClause(filter.knownAt, 5);
    const { rows } = await this.pool.query(
      `SELECT DISTINCT ON (actor, question) ${INTERVAL_COLUMNS}
         FROM stance_intervals
        WHERE topic = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)
          AND ($3::text IS NULL OR actor = $3) AND ($4::text IS NULL OR question = $4) AND ${known.sql}
        ORDER BY actor, question, valid_from DESC`,
      [topic, at, filter.actor ?? null, filter.question ?? null, ...known.params],
    );
    return rows.map(toStanceRow);
  }

  /** The intervals of one (actor, question), oldest first. */
  async history(topic: string, actor: string, question: string, knownAt?: KnownAt): Promise<StanceRow[]> {
    const known = knownClause(knownAt, 4);
    const { rows } = await this.pool.query(
      `SELECT ${INTERVAL_COLUMNS} FROM stance_intervals
        WHERE topic = $1 AND actor = $2 AND question = $3 AND ${known.sql}
        ORDER BY valid_from`,
      [topic, actor, question, ...known.params],
    );
    return rows.map(toStanceRow);
  }

  /** A page of the world timeline in (earliest, id) order after `after`. */
  async events(
    topic: string,
    filter: { from?: string; to?: string; actor?: string; type?: string; knownAt?: KnownAt },
    after: { earliest: string; id: string } | null,
    limit: number,
  ): Promise<WorldEventRow[]> {
    const known = knownClause(filter.knownAt, 9);
    const { rows } = await this.pool.query(
      `SELECT event_id AS id, article_id AS "articleId", topic, type, date, earliest::text, latest::text, context, actors, place,
              summary, stances, evidence, confidence
         FROM world_events
        WHERE topic = $1 AND ($2::date IS NULL OR latest >= $2::date) AND ($3::date IS NULL OR earliest <= $3::date)
          AND ($4::text IS NULL OR actors @> ARRAY[$4::text]) AND ($5::text IS NULL OR type = $5)
          AND ($6::date IS NULL OR (earliest, event_id) > ($6::date, $7::uuid)) AND ${known.sql}
        ORDER BY earliest, event_id
        LIMIT $8`,
      [topic, filter.from ?? null, filter.to ?? null, filter.actor ?? null, filter.type ?? null, after?.earliest ?? null, after?.id ?? null, limit, ...known.params],
    );
    return rows as WorldEventRow[];
  }
}

/** Rows believed at `knownAt`, or the current ones. `first` is the number of the first parameter it may use. */
function knownClause(knownAt: KnownAt | undefined, first: number): { sql: string; params: unknown[] } {
  if (!knownAt) return { sql: 'known_to_position IS NULL', params: [] };
  if ('position' in knownAt) {
    return { sql: `known_from_position <= $${first} AND (known_to_position IS NULL OR known_to_position > $${first})`, params: [knownAt.position] };
  }
  return { sql: `known_from_time <= $${first}::timestamptz AND (known_to_time IS NULL OR known_to_time > $${first}::timestamptz)`, params: [knownAt.time] };
}

function toStanceRow(r: Record<string, unknown>): StanceRow {
  return {
    topic: r.topic as string,
    actor: r.actor as string,
    question: r.question as string,
    position: r.position as string,
    since: r.since as string,
    earliest: r.earliest as string,
    latest: r.latest as string,
    validFrom: r.valid_from as string,
    validTo: r.valid_to as string | null,
    evidence: r.evidence as Evidence[],
    knownFromPosition: r.known_from_position as number,
    knownToPosition: r.known_to_position as number | null,
  };
}
