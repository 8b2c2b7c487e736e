import type pg from 'pg';
import type { RecordedEvent } from '#lib/event-store';
import type { ApplyContext, Projection, RunMemory } from '#lib/projections';
import { type StanceChange, stanceChanges } from '../domain/stance-changes.js';
import { type SignalRecord, sameInterval, timeline } from '../domain/timeline.js';
import { type LogPoint, type NewsEventData, type NewsEventOperation, readOperations } from './news-event-operations.js';
import { type CurrentInterval, type Key, keyOf, StanceTablesRepository } from './stance-tables.repository.js';

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

/** What a batch works on: the active signals and current intervals of its keys, and which keys each event's signals sit under. */
interface KeyState {
  signals: Map<Key, SignalRecord[]>;
  intervals: Map<Key, CurrentInterval[]>;
  keysOfEvent: Map<string, Set<Key>>;
  /** The tables held nothing when this state began: every key is here, nothing is read back. */
  complete: boolean;
  /** Active signals and current intervals are held back (see RunMemory): a row is written once, when it stops counting, or by writeOut. */
  holding: boolean;
}

const newState = (complete: boolean, holding: boolean): KeyState => ({
  signals: new Map(),
  intervals: new Map(),
  keysOfEvent: new Map(),
  complete,
  holding,
});

/** Rows per statement when writing out what was held back. */
const WRITE_OUT_ROWS = 5_000;

/**
 * Stance timelines. Every signal change (a report, a retraction, a correction) recomputes only the
 * (topic, actor, question) keys it touches, as of that event's log position: intervals that no
 * longer hold are closed at that position, new ones are believed from it. A batch loads the state
 * of its keys once, works in memory and writes set-wise. In an exclusive run (a rebuild, given
 * `context.memory`) it keeps that state from batch to batch instead of reading it back, and while
 * the run holds rows back it writes each row once, when it is final; it gives the same rows as the
 * incremental run.
 */
export class StanceProjection implements Projection {
  readonly name = 'stances';
  readonly tables = ['stance_signals', 'stance_intervals'] as const;
  private readonly repository = new StanceTablesRepository();

  constructor(private readonly options: StanceProjectionOptions = {}) {}

  async apply(tx: pg.PoolClient, events: readonly RecordedEvent[], context: ApplyContext = {}): Promise<void> {
    const operations = readOperations(events);
    if (operations.length === 0) return;
    const { memory } = context;
    try {
      const state = memory ? await this.remembered(tx, memory) : newState(false, false);
      await this.applyOperations(tx, events, operations, context, state);
    } catch (error) {
      // The batch rolls back: what memory holds may be ahead of the tables now.
      memory?.forget(this.name);
      throw error;
    }
  }

  /** This run's state. A run that starts on empty tables never reads them back. */
  private async remembered(tx: pg.PoolClient, memory: RunMemory): Promise<KeyState> {
    const kept = memory.get(this.name) as KeyState | undefined;
    if (kept) return kept;
    const complete = await this.repository.empty(tx);
    const state = newState(complete, complete && memory.holdsBack);
    if (state.holding) memory.holdBack(this.name, (writer) => this.writeOut(writer, state));
    memory.set(this.name, state);
    return state;
  }

  /** Writes the rows held back, the active signals and the current intervals; from then on the run writes as it goes. */
  private async writeOut(tx: pg.PoolClient, state: KeyState): Promise<void> {
    const signals = [...state.signals.values()].flat();
    for (let i = 0; i < signals.length; i += WRITE_OUT_ROWS) await this.repository.insertSignals(tx, signals.slice(i, i + WRITE_OUT_ROWS), new Map());
    const intervals = [...state.intervals.values()].flat();
    for (let i = 0; i < intervals.length; i += WRITE_OUT_ROWS) await this.repository.insertIntervals(tx, intervals.slice(i, i + WRITE_OUT_ROWS));
    for (const row of intervals) row.written = true;
    state.holding = false;
  }

  private async applyOperations(
    tx: pg.PoolClient,
    events: readonly RecordedEvent[],
    operations: NewsEventOperation[],
    context: ApplyContext,
    state: KeyState,
  ): Promise<void> {
    const replayed = new Set(context.replaying ? events.filter((e) => context.replaying!(e)).map((e) => e.position) : []);
    const sink = this.options.changes;
    const today = (this.options.today ?? (() => new Date().toISOString().slice(0, 10)))();
    const articleOfEvent = new Map<string, string>();
    const { signals, intervals, keysOfEvent } = state;
    // Which keys each event's signals sit under, so a withdrawal touches only those keys.
    const note = (s: SignalRecord) => keysOfEvent.set(s.eventId, (keysOfEvent.get(s.eventId) ?? new Set<Key>()).add(keyOf(s)));

    // Read the keys the batch touches, unless the state has them.
    const withdrawnIds = state.complete ? [] : [...new Set(operations.filter((o) => o.kind === 'withdraw').map((o) => o.eventId))];
    const stored = await this.repository.activeSignalsOfEvents(tx, withdrawnIds);
    const keys = new Set<Key>(stored.map(keyOf));
    for (const op of operations) if (op.kind === 'report') for (const s of signalsOf(op.event, op.at)) keys.add(keyOf(s));
    const unread = [...keys].filter((k) => !signals.has(k));
    if (state.complete) {
      for (const key of unread) {
        signals.set(key, []);
        intervals.set(key, []);
      }
    } else {
      for (const [key, list] of await this.repository.activeSignalsOfKeys(tx, unread)) {
        signals.set(key, list);
        list.forEach(note);
        for (const s of list) articleOfEvent.set(s.eventId, s.articleId);
      }
      for (const [key, list] of await this.repository.currentIntervalsOfKeys(tx, unread)) intervals.set(key, list);
    }

    const inserted: SignalRecord[] = [];
    const insertedSet = new Set<SignalRecord>();
    // Signals to write withdrawn: those inserted by this batch, or while holding back, all.
    const withdrawn = new Map<SignalRecord, LogPoint>();
    const withdrawnStored: { eventId: string; at: LogPoint }[] = [];
    const closed: { row: CurrentInterval; at: LogPoint }[] = [];
    const ended: CurrentInterval[] = [];
    const pending: CurrentInterval[] = [];
    const changes: StanceChangeRecord[] = [];

    // A correction is a withdrawal and a report at one log position: recomputed once, as one change.
    let touched = new Set<Key>();
    let cause: { eventId: string; articleId: string } | undefined;
    const settle = (at: LogPoint) => {
      const announce = sink && !replayed.has(at.position) && cause;
      for (const key of touched) {
        const before = announce ? (intervals.get(key) ?? []).map((c) => c.interval) : [];
        this.recompute(key, signals.get(key) ?? [], intervals, at, { closed, ended, pending });
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
        // Signals kept from earlier batches tell their article themselves.
        let articleId = articleOfEvent.get(op.eventId);
        for (const key of keysOfEvent.get(op.eventId) ?? []) {
          const list = signals.get(key) ?? [];
          const remaining = list.filter((s) => s.eventId !== op.eventId);
          if (remaining.length === list.length) continue;
          for (const s of list) {
            if (s.eventId !== op.eventId) continue;
            articleId ??= s.articleId;
            if (state.holding || insertedSet.has(s)) withdrawn.set(s, op.at);
          }
          signals.set(key, remaining);
          touched.add(key);
        }
        cause = { eventId: op.eventId, articleId: articleId ?? '' };
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

    if (state.holding) {
      // Only rows that stopped counting in this batch; the rest waits for writeOut.
      await this.repository.insertSignals(tx, [...withdrawn.keys()], withdrawn);
      await this.repository.insertIntervals(tx, ended);
    } else {
      await this.repository.withdrawSignals(tx, withdrawnStored);
      await this.repository.insertSignals(tx, inserted, withdrawn);
      // Kept state never learns the ids of the rows it writes.
      if (context.memory) await this.repository.closeIntervalsByKey(tx, closed);
      else await this.repository.closeIntervals(tx, closed);
      await this.repository.insertIntervals(tx, pending);
      for (const row of pending) row.written = true;
    }
    if (sink && changes.length > 0) await sink.write(tx, changes);
  }

  /**
   * Recomputes one key's timeline as of `at`: current rows that no longer hold are closed (written
   * ones by `closed`, the others end here), new ones are pending.
   */
  private recompute(
    key: Key,
    signals: SignalRecord[],
    intervals: Map<Key, CurrentInterval[]>,
    at: LogPoint,
    out: { closed: { row: CurrentInterval; at: LogPoint }[]; ended: CurrentInterval[]; pending: CurrentInterval[] },
  ): void {
    const next = timeline(signals);
    const current = intervals.get(key) ?? [];
    // A timeline has one interval per start date, and equal intervals start on the same date: look
    // them up by it rather than compare all with all. A kept row equals the one interval of its date.
    const nextFrom = new Map(next.map((n) => [n.validFrom, n]));
    const kept: CurrentInterval[] = [];
    for (const c of current) {
      const n = nextFrom.get(c.interval.validFrom);
      if (n && sameInterval(n, c.interval)) kept.push(c);
      else if (c.written) out.closed.push({ row: c, at });
      else {
        c.knownTo = at;
        out.ended.push(c);
      }
    }
    const keptFrom = new Set(kept.map((k) => k.interval.validFrom));
    for (const n of next) {
      if (keptFrom.has(n.validFrom)) continue;
      const row: CurrentInterval = { key, interval: n, written: false, knownFrom: at };
      out.pending.push(row);
      kept.push(row);
    }
    intervals.set(key, kept);
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
