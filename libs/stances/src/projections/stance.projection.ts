import type pg from 'pg';
import type { RecordedEvent } from '#lib/event-store';
import type { ApplyContext, Projection } from '#lib/projections';
import { type StanceChange, stanceChanges } from '../domain/stance-changes.js';
import { type Interval, type SignalRecord, sameInterval, timeline } from '../domain/timeline.js';
import { type LogPoint, type NewsEventData, readOperations } from './news-event-operations.js';

/** A change of one (topic, actor, question)'s stance, and the log event that made it. */
export interface StanceChangeRecord extends StanceChange {
  topic: string;
  actor: string;
  question: string;
  /** The news event reported, corrected or retracted. */
  eventId: string;
  articleId: string;
  /** The log position and time of the event that made the change. */
  logPosition: number;
  recordedAt: string;
}

/** Takes the stance changes of a batch inside its transaction (the webhook outbox). */
export interface StanceChangeSink {
  write(tx: pg.PoolClient, changes: readonly StanceChangeRecord[]): Promise<void>;
}

export interface StanceProjectionOptions {
  changes?: StanceChangeSink;
  /** Today's date (ISO), for whether a change affects the current stance. */
  today?: () => string;
}

type Key = string; // topic \u0000 actor \u0000 question

interface CurrentInterval {
  key: Key;
  interval: Interval;
  /** The row's id when it is already in the table; pending rows are written at the end of the batch. */
  id?: number;
  knownFrom: LogPoint;
  knownTo?: LogPoint;
}

const keyOf = (s: { topic: string; actor: string; question: string }): Key => `${s.topic}\u0000${s.actor}\u0000${s.question}`;

/**
 * Stance timelines. Every signal change (a report, a retraction, a correction) recomputes only the
 * (topic, actor, question) keys it touches, as of that event's log position: intervals that no
 * longer hold are closed at that position, new ones are believed from it. A batch loads the state
 * of its keys once, works in memory and writes set-wise, so a rebuild runs at bulk speed and gives
 * the same rows as the incremental run.
 */
export class StanceProjection implements Projection {
  readonly name = 'stances';
  readonly tables = ['stance_signals', 'stance_intervals'] as const;

  constructor(private readonly options: StanceProjectionOptions = {}) {}

  async apply(tx: pg.PoolClient, events: readonly RecordedEvent[], context: ApplyContext = {}): Promise<void> {
    const operations = readOperations(events);
    if (operations.length === 0) return;
    const replayed = new Set(context.replaying ? events.filter((e) => context.replaying!(e)).map((e) => e.position) : []);
    const sink = this.options.changes;
    const today = (this.options.today ?? (() => new Date().toISOString().slice(0, 10)))();
    const articleOfEvent = new Map<string, string>();

    const withdrawnIds = [...new Set(operations.filter((o) => o.kind === 'withdraw').map((o) => o.eventId))];
    const stored = await this.activeSignalsOfEvents(tx, withdrawnIds);
    const keys = new Set<Key>(stored.map(keyOf));
    for (const op of operations) if (op.kind === 'report') for (const s of signalsOf(op.event, op.at)) keys.add(keyOf(s));
    const signals = await this.activeSignalsOfKeys(tx, [...keys]);
    const intervals = await this.currentIntervalsOfKeys(tx, [...keys]);

    // Which keys each event's signals sit under, so a withdrawal touches only those keys.
    const keysOfEvent = new Map<string, Set<Key>>();
    const note = (s: SignalRecord) => keysOfEvent.set(s.eventId, (keysOfEvent.get(s.eventId) ?? new Set<Key>()).add(keyOf(s)));
    for (const list of signals.values()) list.forEach(note);
    const inserted: SignalRecord[] = [];
    const insertedSet = new Set<SignalRecord>();
    const withdrawnInserted = new Map<SignalRecord, LogPoint>();
    const withdrawnStored: { eventId: string; at: LogPoint }[] = [];
    const closed: { id: number; at: LogPoint }[] = [];
    const pending: CurrentInterval[] = [];
    const changes: StanceChangeRecord[] = [];
    for (const list of signals.values()) for (const s of list) articleOfEvent.set(s.eventId, s.articleId);

    // A correction is a withdrawal and a report at one log position: recomputed once, as one change.
    let touched = new Set<Key>();
    let cause: { eventId: string; articleId: string } | undefined;
    const settle = (at: LogPoint) => {
      const announce = sink && !replayed.has(at.position) && cause;
      for (const key of touched) {
        const before = announce ? (intervals.get(key) ?? []).map((c) => c.interval) : [];
        this.recompute(key, signals.get(key) ?? [], intervals, at, closed, pending);
        if (!announce) continue;
        const [topic, actor, question] = key.split('\u0000');
        const after = intervals.get(key)!.map((c) => c.interval);
        for (const change of stanceChanges(before, after, today)) {
          changes.push({ ...change, topic, actor, question, ...cause!, logPosition: at.position, recordedAt: at.recordedAt });
        }
      }
      touched = new Set<Key>();
      cause = undefined;
    };

    for (const [index, op] of operations.entries()) {
      if (op.kind === 'withdraw') {
        cause = { eventId: op.eventId, articleId: articleOfEvent.get(op.eventId) ?? '' };
        for (const key of keysOfEvent.get(op.eventId) ?? []) {
          const list = signals.get(key) ?? [];
          const remaining = list.filter((s) => s.eventId !== op.eventId);
          if (remaining.length === list.length) continue;
          for (const s of list) if (s.eventId === op.eventId && insertedSet.has(s)) withdrawnInserted.set(s, op.at);
          signals.set(key, remaining);
          touched.add(key);
        }
        keysOfEvent.delete(op.eventId);
        withdrawnStored.push({ eventId: op.eventId, at: op.at });
      } else {
        cause = { eventId: op.event.id, articleId: op.event.articleId };
        articleOfEvent.set(op.event.id, op.event.articleId);
        for (const s of signalsOf(op.event, op.at)) {
          const key = keyOf(s);
          const list = signals.get(key);
          if (list) list.push(s);
          else signals.set(key, [s]);
          inserted.push(s);
          insertedSet.add(s);
          note(s);
          touched.add(key);
        }
      }
      if (operations[index + 1]?.at.position !== op.at.position) settle(op.at);
    }

    await this.withdrawStored(tx, withdrawnStored);
    await this.insertSignals(tx, inserted, withdrawnInserted);
    await this.closeIntervals(tx, closed);
    await this.insertIntervals(tx, pending);
    if (sink && changes.length > 0) await sink.write(tx, changes);
  }

  private recompute(
    key: Key,
    signals: SignalRecord[],
    intervals: Map<Key, CurrentInterval[]>,
    at: LogPoint,
    closed: { id: number; at: LogPoint }[],
    pending: CurrentInterval[],
  ): void {
    const next = timeline(signals);
    const current = intervals.get(key) ?? [];
    const kept: CurrentInterval[] = [];
    for (const c of current) {
      if (next.some((n) => sameInterval(n, c.interval))) kept.push(c);
      else if (c.id !== undefined) closed.push({ id: c.id, at });
      else c.knownTo = at;
    }
    for (const n of next) {
      if (kept.some((k) => sameInterval(k.interval, n))) continue;
      const row: CurrentInterval = { key, interval: n, knownFrom: at };
      pending.push(row);
      kept.push(row);
    }
    intervals.set(key, kept);
  }

  private async activeSignalsOfEvents(tx: pg.PoolClient, eventIds: string[]): Promise<SignalRecord[]> {
    if (eventIds.length === 0) return [];
    const { rows } = await tx.query<SignalRow>(`${SELECT_SIGNALS} WHERE withdrawn_position IS NULL AND event_id = ANY($1::uuid[])`, [eventIds]);
    return rows.map(toSignal);
  }

  private async activeSignalsOfKeys(tx: pg.PoolClient, keys: Key[]): Promise<Map<Key, SignalRecord[]>> {
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

  private async currentIntervalsOfKeys(tx: pg.PoolClient, keys: Key[]): Promise<Map<Key, CurrentInterval[]>> {
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
        id: r.id,
        interval: { position: r.position, since: r.since, earliest: r.earliest, latest: r.latest, validFrom: r.valid_from, validTo: r.valid_to, evidence: r.evidence },
        knownFrom: { position: r.known_from_position, recordedAt: r.known_from_time.toISOString() },
      });
    }
    return map;
  }

  private async withdrawStored(tx: pg.PoolClient, withdrawn: { eventId: string; at: LogPoint }[]): Promise<void> {
    if (withdrawn.length === 0) return;
    await tx.query(
      `UPDATE stance_signals s SET withdrawn_position = w.position, withdrawn_at = w.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS w(event_id uuid, position bigint, recorded_at timestamptz)
        WHERE s.event_id = w.event_id AND s.withdrawn_position IS NULL`,
      [JSON.stringify(withdrawn.map((w) => ({ event_id: w.eventId, position: w.at.position, recorded_at: w.at.recordedAt })))],
    );
  }

  private async insertSignals(tx: pg.PoolClient, signals: SignalRecord[], withdrawn: Map<SignalRecord, LogPoint>): Promise<void> {
    if (signals.length === 0) return;
    await tx.query(
      `INSERT INTO stance_signals (event_id, signal_index, article_id, topic, actor, question, position, since, earliest, latest,
                                  confidence, quote, recorded_position, recorded_at, withdrawn_position, withdrawn_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(event_id uuid, signal_index int, article_id uuid, topic text, actor text,
              question text, position text, since text, earliest date, latest date, confidence double precision, quote text,
              recorded_position bigint, recorded_at timestamptz, withdrawn_position bigint, withdrawn_at timestamptz)
`,
      [
        JSON.stringify(
          signals.map((s) => ({
            event_id: s.eventId, signal_index: s.signalIndex, article_id: s.articleId, topic: s.topic, actor: s.actor, question: s.question,
            position: s.position, since: s.since, earliest: s.earliest, latest: s.latest, confidence: s.confidence, quote: s.quote,
            recorded_position: s.recordedPosition, recorded_at: s.recordedAt,
            withdrawn_position: withdrawn.get(s)?.position ?? null, withdrawn_at: withdrawn.get(s)?.recordedAt ?? null,
          })),
        ),
      ],
    );
  }

  private async closeIntervals(tx: pg.PoolClient, closed: { id: number; at: LogPoint }[]): Promise<void> {
    if (closed.length === 0) return;
    await tx.query(
      `UPDATE stance_intervals i SET known_to_position = c.position, known_to_time = c.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS c(id bigint, position bigint, recorded_at timestamptz)
        WHERE i.id = c.id`,
      [JSON.stringify(closed.map((c) => ({ id: c.id, position: c.at.position, recorded_at: c.at.recordedAt })))],
    );
  }

  private async insertIntervals(tx: pg.PoolClient, rows: CurrentInterval[]): Promise<void> {
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

function signalsOf(event: NewsEventData, at: LogPoint): SignalRecord[] {
  return event.stances.map((s, i) => ({
    eventId: event.id,
    signalIndex: i,
    articleId: event.articleId,
    topic: event.topic,
    actor: s.actor,
    question: s.question,
    position: s.position,
    since: event.date,
    earliest: event.earliest,
    latest: event.latest,
    confidence: event.confidence,
    quote: s.evidence?.quote ?? event.evidence?.quote ?? null,
    recordedPosition: at.position,
    recordedAt: at.recordedAt,
  }));
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
