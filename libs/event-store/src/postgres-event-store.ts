import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { ConcurrencyError, ConflictError, PayloadTooLargeError, ValidationError } from '#lib/errors';
import type {
  AppendResult,
  ExpectedVersion,
  NewEvent,
  ReadAllFilter,
  ReadAllPage,
  RecordedEvent,
} from './event.js';
import { beforeTransaction, decodeCursor, encodeCursor } from './log-cursor.js';

export const MAX_EVENT_DATA_BYTES = 1024 * 1024;

/** A pool or a client inside a transaction: a projection reads the log in its own transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;
export const MAX_EVENTS_PER_APPEND = 10_000;
export const MAX_READ_LIMIT = 10_000;
const MAX_STREAM_ID_LENGTH = 256;
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EventStoreOptions {
  /** Batches of appends sent at once; more batches wait and coalesce (group commit). */
  maxInFlight?: number;
  /** Appends coalesced into one transaction at most. */
  maxBatch?: number;
}

interface PreparedAppend {
  s: string;
  x: string;
  e: { id: string; type: string; data: object; metadata: object }[];
}

interface Pending {
  append: PreparedAppend;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

type AppendOutcome =
  | { ok: true; v: number; f: number; l: number; dup: boolean }
  | { ok: false; code: 'wrong-version'; expected: string; actual: number }
  | { ok: false; code: 'id-conflict'; id: string };

interface EventRow {
  position: number;
  transaction_id: string;
  stream_id: string;
  version: number;
  event_id: string;
  type: string;
  data: object;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

const EVENT_COLUMNS = 'position, transaction_id::text, stream_id, version, event_id, type, data, metadata, recorded_at';

/**
 * The event store on PostgreSQL. Appends are one round trip to `append_events`; concurrent appends
 * from this process are coalesced into one transaction each time the previous batch returns, which
 * is how single-event appends get past the commit floor. Each append is still checked and answered
 * on its own.
 */
export class PostgresEventStore {
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxBatch: number;

  constructor(
    private readonly pool: pg.Pool,
    options: EventStoreOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 2;
    this.maxBatch = options.maxBatch ?? 256;
  }

  private readonly appendListeners: (() => void)[] = [];

  /** Called after every append that wrote something (projection nudges); a listener must not throw. */
  addAppendListener(listener: () => void): void {
    this.appendListeners.push(listener);
  }

  private appended(): void {
    for (const listener of this.appendListeners) listener();
  }

  /**
   * Appends `events` to `streamId` atomically if the stream's version matches `expected`.
   * Throws ValidationError/PayloadTooLargeError for bad input, ConcurrencyError when the version
   * does not match, ConflictError when an event id was already used for other content.
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion = 'any'): Promise<AppendResult> {
    let append: PreparedAppend;
    try {
      append = prepareAppend(streamId, events, expected);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ append, resolve, reject });
      this.drain();
    });
  }

  /**
   * Appends to several streams in one transaction: all of them or none. Throws like `append` for the
   * first append that fails (its ConcurrencyError names the stream). Not coalesced with other calls.
   */
  async appendAll(appends: readonly { streamId: string; events: readonly NewEvent[]; expected?: ExpectedVersion }[]): Promise<AppendResult[]> {
    if (!Array.isArray(appends) || appends.length === 0) throw new ValidationError('appends must be a non-empty list', 'appends');
    const prepared = appends.map((a) => prepareAppend(a.streamId, a.events, a.expected ?? 'any'));
    let outcomes: AppendOutcome[];
    try {
      const { rows } = await this.pool.query<{ r: { results: AppendOutcome[] } }>('SELECT append_events($1::jsonb, true) AS r', [
        JSON.stringify(prepared),
      ]);
      outcomes = rows[0].r.results;
    } catch (error) {
      const e = error as { code?: string; detail?: string };
      if (e.code === 'SL001' && e.detail) {
        const partial = JSON.parse(e.detail) as Exclude<AppendOutcome, { ok: true }>[];
        const failed = partial.length - 1;
        throw outcomeError(prepared[failed].s, partial[failed]);
      }
      if (isUniqueViolationOnEventId(error)) {
        throw new ConflictError(`event id ${duplicateIdOf(error)} is already recorded with other content or in another stream`);
      }
      throw error;
    }
    const results = outcomes.map((outcome, i) => {
      if (!outcome.ok) throw outcomeError(prepared[i].s, outcome);
      return toAppendResult(prepared[i].s, outcome);
    });
    if (results.some((r) => !r.duplicate)) this.appended();
    return results;
  }

  /** Events of one stream in version order, `from` and `to` inclusive. */
  async readStream(streamId: string, from = 1, to?: number): Promise<RecordedEvent[]> {
    checkStreamId(streamId);
    if (!Number.isSafeInteger(from) || from < 1) throw new ValidationError('from must be an integer >= 1', 'from');
    if (to !== undefined && (!Number.isSafeInteger(to) || to < from)) {
      throw new ValidationError('to must be an integer >= from', 'to');
    }
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE stream_id = $1 AND version >= $2 AND ($3::bigint IS NULL OR version <= $3)
        ORDER BY version`,
      [streamId, from, to ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  /** The stream's current version; 0 when it does not exist. */
  async streamVersion(streamId: string): Promise<number> {
    checkStreamId(streamId);
    const { rows } = await this.pool.query<{ version: number }>('SELECT version FROM streams WHERE stream_id = $1', [
      streamId,
    ]);
    return rows[0]?.version ?? 0;
  }

  /**
   * A page of the global log after `after` (an opaque cursor; empty for the start). Gap-safe: only
   * transactions older than every transaction still running are read, in (transaction, position)
   * order, so an event whose transaction commits late is delivered late, never skipped.
   */
  async readAll(after: string | undefined, limit: number, filter: ReadAllFilter = {}, client: Queryable = this.pool): Promise<ReadAllPage> {
    const from = decodeCursor(after);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_READ_LIMIT) {
      throw new ValidationError(`limit must be an integer from 1 to ${MAX_READ_LIMIT}`, 'limit');
    }
    const filtered = filter.types !== undefined || filter.streamPrefix !== undefined;
    const { rows } = await client.query<EventRow & { horizon: string }>(
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
            page AS (
              SELECT ${EVENT_COLUMNS}, transaction_id AS log_tx FROM events
               WHERE (transaction_id, position) > ($1::xid8, $2::bigint)
                 AND transaction_id < (SELECT xmin FROM horizon)
                 AND ($4::text[] IS NULL OR type = ANY($4))
                 AND ($5::text IS NULL OR starts_with(stream_id, $5))
               ORDER BY events.transaction_id, events.position
               LIMIT $3)
       SELECT (SELECT xmin FROM horizon)::text AS horizon, page.* FROM horizon LEFT JOIN page ON true
        ORDER BY page.log_tx, page.position`,
      [from.transactionId.toString(), from.position.toString(), limit, filter.types ?? null, filter.streamPrefix ?? null],
    );
    const events = rows.filter((row) => row.position !== null).map(toRecordedEvent);
    let next = events.length > 0 ? events[events.length - 1].cursor : encodeCursor(from);
    if (filtered && events.length < limit) {
      // Everything below the horizon was scanned; skip past it so non-matching events are not rescanned.
      const frontier = beforeTransaction(BigInt(rows[0].horizon));
      const current = decodeCursor(next);
      if (
        frontier.transactionId > current.transactionId ||
        (frontier.transactionId === current.transactionId && frontier.position > current.position)
      ) {
        next = encodeCursor(frontier);
      }
    }
    return { events, next };
  }

  /** The highest position drawn so far (0 for an empty log) and when it was recorded. */
  async head(): Promise<{ position: number; recordedAt: Date | null }> {
    const { rows } = await this.pool.query<{ position: number; recorded_at: Date }>(
      'SELECT position, recorded_at FROM events ORDER BY position DESC LIMIT 1',
    );
    return { position: rows[0]?.position ?? 0, recordedAt: rows[0]?.recorded_at ?? null };
  }

  private drain(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.runBatch(batch).finally(() => {
        this.inFlight--;
        this.drain();
      });
    }
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    // Lock streams in one order in every batch, so two batches never wait on each other in a cycle;
    // the sort is stable, so appends to one stream keep their order.
    const ordered = [...batch].sort((a, b) => (a.append.s < b.append.s ? -1 : a.append.s > b.append.s ? 1 : 0));
    let outcomes: AppendOutcome[];
    try {
      outcomes = await this.callAppend(ordered.map((p) => p.append));
    } catch (error) {
      if (isUniqueViolationOnEventId(error) && ordered.length > 1) {
        // One append reused an id mid-batch and failed the whole call: settle each on its own.
        for (const pending of ordered) await this.runBatch([pending]);
        return;
      }
      const mapped = isUniqueViolationOnEventId(error)
        ? new ConflictError(`event id ${duplicateIdOf(error)} is already recorded with other content or in another stream`)
        : error;
      for (const pending of ordered) pending.reject(mapped);
      return;
    }
    ordered.forEach((pending, i) => settle(pending, outcomes[i]));
    if (outcomes.some((o) => o.ok && !o.dup)) this.appended();
  }

  private async callAppend(appends: PreparedAppend[]): Promise<AppendOutcome[]> {
    const { rows } = await this.pool.query<{ r: { results: AppendOutcome[] } }>('SELECT append_events($1::jsonb) AS r', [
      JSON.stringify(appends),
    ]);
    return rows[0].r.results;
  }
}

function settle(pending: Pending, outcome: AppendOutcome): void {
  if (outcome.ok) pending.resolve(toAppendResult(pending.append.s, outcome));
  else pending.reject(outcomeError(pending.append.s, outcome));
}

function toAppendResult(streamId: string, outcome: Extract<AppendOutcome, { ok: true }>): AppendResult {
  return { streamId, nextExpectedVersion: outcome.v, firstPosition: outcome.f, lastPosition: outcome.l, duplicate: outcome.dup };
}

function outcomeError(streamId: string, outcome: Exclude<AppendOutcome, { ok: true }>): Error {
  if (outcome.code === 'wrong-version') {
    const actual = outcome.actual === 0 ? `${outcome.actual} (no stream)` : String(outcome.actual);
    return new ConcurrencyError(streamId, outcome.expected, actual);
  }
  return new ConflictError(`event id ${outcome.id} is already recorded with other content or in another stream`);
}

function prepareAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): PreparedAppend {
  checkStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) {
    throw new ValidationError('events must be a non-empty list', 'events');
  }
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new PayloadTooLargeError(`events holds ${events.length} events; at most ${MAX_EVENTS_PER_APPEND} per append`, 'events');
  }
  const ids = new Set<string>();
  const prepared = events.map((event, i) => {
    const field = `events[${i}]`;
    if (typeof event !== 'object' || event === null) throw new ValidationError(`${field} must be an object`, field);
    const id = event.id ?? randomUUID();
    if (typeof id !== 'string' || !UUID.test(id)) throw new ValidationError(`${field}.id must be a UUID`, `${field}.id`);
    if (ids.has(id.toLowerCase())) throw new ValidationError(`${field}.id repeats an earlier id of this append`, `${field}.id`);
    ids.add(id.toLowerCase());
    if (typeof event.type !== 'string' || !EVENT_TYPE.test(event.type)) {
      throw new ValidationError(`${field}.type must be a name of letters, digits, '_', '.', ':' or '-'`, `${field}.type`);
    }
    if (typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
      throw new ValidationError(`${field}.data must be a JSON object`, `${field}.data`);
    }
    const bytes = Buffer.byteLength(JSON.stringify(event.data));
    if (bytes > MAX_EVENT_DATA_BYTES) {
      throw new PayloadTooLargeError(`${field}.data is ${bytes} bytes; at most ${MAX_EVENT_DATA_BYTES} (1 MiB)`, `${field}.data`);
    }
    const metadata = event.metadata ?? {};
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
      throw new ValidationError(`${field}.metadata must be a JSON object`, `${field}.metadata`);
    }
    return { id: id.toLowerCase(), type: event.type, data: event.data, metadata };
  });
  return { s: streamId, x: expectedToText(expected), e: prepared };
}

function expectedToText(expected: ExpectedVersion): string {
  if (expected === 'any' || expected === 'no-stream' || expected === 'stream-exists') return expected;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return String(expected);
  throw new ValidationError(
    `expected version must be 'any', 'no-stream', 'stream-exists' or an integer >= 0, not ${JSON.stringify(expected)}`,
    'expected',
  );
}

function checkStreamId(streamId: string): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new ValidationError(`streamId must be a string of 1 to ${MAX_STREAM_ID_LENGTH} characters`, 'streamId');
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    version: row.version,
    position: row.position,
    transactionId: row.transaction_id,
    type: row.type,
    data: row.data,
    metadata: { ...row.metadata, recordedAt: row.recorded_at.toISOString() },
    cursor: encodeCursor({ transactionId: BigInt(row.transaction_id), position: BigInt(row.position) }),
  };
}

function isUniqueViolationOnEventId(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && e.constraint === 'events_event_id_key';
}

function duplicateIdOf(error: unknown): string {
  return /\(event_id\)=\(([^)]+)\)/.exec((error as { detail?: string }).detail ?? '')?.[1] ?? '(unknown)';
}
