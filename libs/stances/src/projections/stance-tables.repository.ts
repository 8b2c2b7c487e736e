import type pg from 'pg';
import type { Interval, SignalRecord } from '../domain/timeline.js';
import type { LogPoint } from './news-event-operations.js';

/** topic \u0000 actor \u0000 question */
export type Key = string;

export const keyOf = (s: { topic: string; actor: string; question: string }): Key => `${s.topic}\u0000${s.actor}\u0000${s.question}`;

/** A row of stance_intervals as the projection works on it. */
export interface CurrentInterval {
  key: Key;
  interval: Interval;
  /** The row is in the table; pending rows are written at the end of the batch. */
  written: boolean;
  /** The row's id, when it was read from the table. */
  id?: number;
  knownFrom: LogPoint;
  knownTo?: LogPoint;
}

/** The stance projection's reads and writes of stance_signals and stance_intervals (in the transaction it is given). */
export class StanceTablesRepository {
  async empty(tx: pg.PoolClient): Promise<boolean> {
    const { rows } = await tx.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT FROM stance_signals) AND NOT EXISTS (SELECT FROM stance_intervals) AS empty');
    return rows[0].empty;
  }

  async activeSignalsOfEvents(tx: pg.PoolClient, eventIds: string[]): Promise<SignalRecord[]> {
    if (eventIds.length === 0) return [];
    const { rows } = await tx.query<SignalRow>(`${SELECT_SIGNALS} WHERE withdrawn_position IS NULL AND event_id = ANY($1::uuid[])`, [eventIds]);
    return rows.map(toSignal);
  }

  async activeSignalsOfKeys(tx: pg.PoolClient, keys: Key[]): Promise<Map<Key, SignalRecord[]>> {
    const map = new Map<Key, SignalRecord[]>(keys.map((k) => [k, []]));
    if (keys.length === 0) return map;
    const { rows } = await tx.query<SignalRow>(
      `${SELECT_SIGNALS} WHERE withdrawn_position IS NULL AND (topic, actor, question) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
        ORDER BY recorded_position, signal_index`,
      splitKeys(keys),
    );
    for (const s of rows.map(toSignal)) map.get(keyOf(s))!.push(s);
    return map;
  }

  async currentIntervalsOfKeys(tx: pg.PoolClient, keys: Key[]): Promise<Map<Key, CurrentInterval[]>> {
    const map = new Map<Key, CurrentInterval[]>(keys.map((k) => [k, []]));
    if (keys.length === 0) return map;
    const { rows } = await tx.query<IntervalRow>(
      `SELECT id, topic, actor, question, position, since, earliest::text, latest::text, valid_from::text, valid_to::text, evidence,
              known_from_position, known_from_time
         FROM stance_intervals
        WHERE known_to_position IS NULL AND (topic, actor, question) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
        ORDER BY valid_from`,
      splitKeys(keys),
    );
    for (const r of rows) {
      map.get(keyOf(r))!.push({
        key: keyOf(r),
        written: true,
        id: r.id,
        interval: { position: r.position, since: r.since, earliest: r.earliest, latest: r.latest, validFrom: r.valid_from, validTo: r.valid_to, evidence: r.evidence },
        knownFrom: { position: r.known_from_position, recordedAt: r.known_from_time.toISOString() },
      });
    }
    return map;
  }

  /** Marks every active signal of each event withdrawn. */
  async withdrawSignals(tx: pg.PoolClient, withdrawn: { eventId: string; at: LogPoint }[]): Promise<void> {
    if (withdrawn.length === 0) return;
    await tx.query(
      `UPDATE stance_signals s SET withdrawn_position = w.position, withdrawn_at = w.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS w(event_id uuid, position bigint, recorded_at timestamptz)
        WHERE s.event_id = w.event_id AND s.withdrawn_position IS NULL`,
      [JSON.stringify(withdrawn.map((w) => ({ event_id: w.eventId, position: w.at.position, recorded_at: w.at.recordedAt })))],
    );
  }

  /** Inserts signals, those in `withdrawn` already withdrawn at the point it gives. */
  async insertSignals(tx: pg.PoolClient, signals: readonly SignalRecord[], withdrawn: ReadonlyMap<SignalRecord, LogPoint>): Promise<void> {
    if (signals.length === 0) return;
    // Arrays, not JSON: no column here is jsonb, and PostgreSQL reads arrays of scalars faster than a jsonb document.
    const column = <T>(pick: (s: SignalRecord) => T) => signals.map(pick);
    await tx.query(
      `INSERT INTO stance_signals (event_id, signal_index, article_id, topic, actor, question, position, since, earliest, latest,
                                  confidence, quote, recorded_position, recorded_at, withdrawn_position, withdrawn_at)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[],
                            $10::date[], $11::double precision[], $12::text[], $13::bigint[], $14::timestamptz[], $15::bigint[], $16::timestamptz[])`,
      [
        column((s) => s.eventId), column((s) => s.signalIndex), column((s) => s.articleId), column((s) => s.topic), column((s) => s.actor),
        column((s) => s.question), column((s) => s.position), column((s) => s.since), column((s) => s.earliest), column((s) => s.latest),
        column((s) => s.confidence), column((s) => s.quote), column((s) => s.recordedPosition), column((s) => s.recordedAt),
        column((s) => withdrawn.get(s)?.position ?? null), column((s) => withdrawn.get(s)?.recordedAt ?? null),
      ],
    );
  }

  /** Closes rows read from the table, by id. */
  async closeIntervals(tx: pg.PoolClient, closed: { row: CurrentInterval; at: LogPoint }[]): Promise<void> {
    if (closed.length === 0) return;
    await tx.query(
      `UPDATE stance_intervals i SET known_to_position = c.position, known_to_time = c.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS c(id bigint, position bigint, recorded_at timestamptz)
        WHERE i.id = c.id`,
      [JSON.stringify(closed.map((c) => ({ id: c.row.id, position: c.at.position, recorded_at: c.at.recordedAt })))],
    );
  }

  /**
   * Closes current rows whose ids it was not told: a key's current rows are its timeline, one
   * interval per start date, so (key, valid_from) names one current row.
   */
  async closeIntervalsByKey(tx: pg.PoolClient, closed: { row: CurrentInterval; at: LogPoint }[]): Promise<void> {
    if (closed.length === 0) return;
    const { rowCount } = await tx.query(
      `UPDATE stance_intervals i SET known_to_position = c.position, known_to_time = c.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS c(topic text, actor text, question text, valid_from date, position bigint, recorded_at timestamptz)
        WHERE (i.topic, i.actor, i.question, i.valid_from) = (c.topic, c.actor, c.question, c.valid_from) AND i.known_to_position IS NULL`,
      [
        JSON.stringify(
          closed.map((c) => {
            const [topic, actor, question] = c.row.key.split('\u0000');
            return { topic, actor, question, valid_from: c.row.interval.validFrom, position: c.at.position, recorded_at: c.at.recordedAt };
          }),
        ),
      ],
    );
    if (rowCount !== closed.length) throw new Error(`stances: closed ${rowCount} interval rows of ${closed.length}: memory and tables disagree`);
  }

  async insertIntervals(tx: pg.PoolClient, rows: readonly CurrentInterval[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO stance_intervals (topic, actor, question, position, since, earliest, latest, valid_from, valid_to, evidence,
                                    known_from_position, known_from_time, known_to_position, known_to_time)
       SELECT topic, actor, question, position, since, earliest, latest, valid_from, valid_to, evidence,
              known_from_position, known_from_time, known_to_position, known_to_time
         FROM jsonb_to_recordset($1::jsonb) AS r(topic text, actor text, question text, position text, since text, earliest date,
              latest date, valid_from date, valid_to date, evidence jsonb, known_from_position bigint, known_from_time timestamptz,
              known_to_position bigint, known_to_time timestamptz, ord int)
        ORDER BY ord`,
      [
        JSON.stringify(
          rows.map((r, ord) => {
            const [topic, actor, question] = r.key.split('\u0000');
            return {
              topic, actor, question, position: r.interval.position, since: r.interval.since, earliest: r.interval.earliest,
              latest: r.interval.latest, valid_from: r.interval.validFrom, valid_to: r.interval.validTo, evidence: r.interval.evidence,
              known_from_position: r.knownFrom.position, known_from_time: r.knownFrom.recordedAt,
              known_to_position: r.knownTo?.position ?? null, known_to_time: r.knownTo?.recordedAt ?? null, ord,
            };
          }),
        ),
      ],
    );
  }
}

function splitKeys(keys: Key[]): [string[], string[], string[]] {
  const parts = keys.map((k) => k.split('\u0000'));
  return [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])];
}

const SELECT_SIGNALS = `SELECT event_id, signal_index, article_id, topic, actor, question, position, since, earliest::text, latest::text,
  confidence, quote, recorded_position, recorded_at FROM stance_signals`;

interface SignalRow {
  event_id: string;
  signal_index: number;
  article_id: string;
  topic: string;
  actor: string;
  question: string;
  position: string;
  since: string;
  earliest: string;
  latest: string;
  confidence: number;
  quote: string | null;
  recorded_position: number;
  recorded_at: Date;
}

interface IntervalRow {
  id: number;
  topic: string;
  actor: string;
  question: string;
  position: string;
  since: string;
  earliest: string;
  latest: string;
  valid_from: string;
  valid_to: string | null;
  evidence: Interval['evidence'];
  known_from_position: number;
  known_from_time: Date;
}

function toSignal(r: SignalRow): SignalRecord {
  return {
    eventId: r.event_id,
    signalIndex: r.signal_index,
    articleId: r.article_id,
    topic: r.topic,
    actor: r.actor,
    question: r.question,
    position: r.position,
    since: r.since,
    earliest: r.earliest,
    latest: r.latest,
    confidence: r.confidence,
    quote: r.quote,
    recordedPosition: r.recorded_position,
    recordedAt: r.recorded_at.toISOString(),
  };
}
