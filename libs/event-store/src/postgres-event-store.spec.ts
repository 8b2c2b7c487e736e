import { randomUUID } from 'node:crypto';
import { ConcurrencyError, ConflictError, PayloadTooLargeError, ValidationError } from '#lib/errors';
import { createTestSchema, type TestSchema } from '../../../test/support/database.js';
import type { NewEvent } from './event.js';
import { PostgresEventStore } from './postgres-event-store.js';

let db: TestSchema;
let store: PostgresEventStore;

beforeAll(async () => {
  db = await createTestSchema();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

const event = (type = 'ThingHappened', data: object = { n: 1 }): NewEvent => ({ id: randomUUID(), type, data });
const newStream = () => `test-${randomUUID()}`;

async function countRows(): Promise<{ events: number; maxPosition: number }> {
  const { rows } = await db.pool.query<{ events: number; max: number | null }>(
    'SELECT count(*)::int AS events, max(position) AS max FROM events',
  );
  return { events: rows[0].events, maxPosition: rows[0].max ?? 0 };
}

describe('PostgresEventStore.append', () => {
  describe('expected version', () => {
    it('any: appends to a new and to an existing stream', async () => {
      const stream = newStream();
      expect((await store.append(stream, [event()], 'any')).nextExpectedVersion).toBe(1);
      expect((await store.append(stream, [event(), event()], 'any')).nextExpectedVersion).toBe(3);
    });

    it('no-stream: accepted for a new stream, refused once it exists', async () => {
      const stream = newStream();
      await expect(store.append(stream, [event()], 'no-stream')).resolves.toMatchObject({ nextExpectedVersion: 1 });
      const refused = store.append(stream, [event()], 'no-stream');
      await expect(refused).rejects.toThrow(ConcurrencyError);
      await expect(refused).rejects.toThrow(`stream ${stream}: expected version no-stream, actual version 1`);
    });

    it('stream-exists: refused for a new stream, accepted once it exists', async () => {
      const stream = newStream();
      await expect(store.append(stream, [event()], 'stream-exists')).rejects.toMatchObject({
        name: 'ConcurrencyError',
        expected: 'stream-exists',
        actual: '0 (no stream)',
      });
      await store.append(stream, [event()], 'no-stream');
      await expect(store.append(stream, [event()], 'stream-exists')).resolves.toMatchObject({ nextExpectedVersion: 2 });
    });

    it('exact version: accepted when it matches, refused naming both versions when not', async () => {
      const stream = newStream();
      await expect(store.append(stream, [event()], 0)).resolves.toMatchObject({ nextExpectedVersion: 1 });
      await expect(store.append(stream, [event(), event()], 1)).resolves.toMatchObject({ nextExpectedVersion: 3 });
      await expect(store.append(stream, [event()], 1)).rejects.toMatchObject({
        name: 'ConcurrencyError',
        streamId: stream,
        expected: '1',
        actual: '3',
      });
      await expect(store.append(stream, [event()], 7)).rejects.toThrow('expected version 7, actual version 3');
      expect(await store.streamVersion(stream)).toBe(3);
    });

    it('a refused append writes nothing and draws no global position', async () => {
      const stream = newStream();
      const first = await store.append(stream, [event()], 'no-stream');
      await expect(store.append(stream, [event(), event()], 5)).rejects.toThrow(ConcurrencyError);
      await expect(store.append(newStream(), [event()], 'stream-exists')).rejects.toThrow(ConcurrencyError);
      const second = await store.append(stream, [event()], 1);
      expect(second.firstPosition).toBe(first.lastPosition + 1);
      expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1, 2]);
    });
  });

  describe('event ids', () => {
    it('a retried append returns the original result and writes nothing', async () => {
      const stream = newStream();
      const events = [event('A', { a: 1 }), event('B', { b: [1, 2] })];
      const original = await store.append(stream, events, 'no-stream');
      await store.append(stream, [event()], 'any'); // the stream moves on before the retry arrives
      const before = await countRows();
      const retry = await store.append(stream, events, 'no-stream');
      expect(retry).toEqual({ ...original, duplicate: true });
      expect(original.duplicate).toBe(false);
      expect(await countRows()).toEqual(before);
    });

    it('the same id with other content is a conflict', async () => {
      const stream = newStream();
      const first = event('A', { a: 1 });
      await store.append(stream, [first]);
      await expect(store.append(stream, [{ ...first, data: { a: 2 } }])).rejects.toThrow(ConflictError);
      await expect(store.append(stream, [{ ...first, type: 'Other' }])).rejects.toThrow(ConflictError);
      await expect(store.append(newStream(), [first])).rejects.toThrow(`event id ${first.id} is already recorded`);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('an id reused later in an append fails the whole append and writes none of it', async () => {
      const stream = newStream();
      const used = event();
      await store.append(stream, [used]);
      const before = await countRows();
      const fresh = event();
      await expect(store.append(stream, [fresh, used])).rejects.toThrow(ConflictError);
      expect(await countRows()).toEqual(before);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('an id repeated within one append is refused before anything is sent', async () => {
      const e = event();
      await expect(store.append(newStream(), [e, e])).rejects.toThrow(new ValidationError('events[1].id repeats an earlier id of this append'));
    });

    it('concurrent appends are answered one by one: a conflict in one does not fail the others', async () => {
      const used = event();
      await store.append(newStream(), [used]);
      const streams = Array.from({ length: 20 }, newStream);
      const results = await Promise.allSettled([
        ...streams.map((s) => store.append(s, [event()], 'no-stream')),
        store.append(newStream(), [event(), used]),
        store.append(streams[0], [event()], 'no-stream'),
      ]);
      expect(results.slice(0, 20).every((r) => r.status === 'fulfilled')).toBe(true);
      expect(results[20]).toMatchObject({ status: 'rejected', reason: expect.any(ConflictError) });
      expect(results[21]).toMatchObject({ status: 'rejected', reason: expect.any(ConcurrencyError) });
    });
  });

  describe('bad input', () => {
    const before = () => countRows();

    it.each([
      ['an empty event list', () => store.append(newStream(), []), ValidationError, 'events must be a non-empty list'],
      ['an unknown expected version', () => store.append(newStream(), [event()], 'latest' as never), ValidationError, 'expected version must be'],
      ['a negative expected version', () => store.append(newStream(), [event()], -1), ValidationError, 'expected version must be'],
      ['a fractional expected version', () => store.append(newStream(), [event()], 1.5), ValidationError, 'expected version must be'],
      ['an empty stream id', () => store.append('', [event()]), ValidationError, 'streamId must be'],
      ['a malformed event id', () => store.append(newStream(), [{ ...event(), id: 'nope' }]), ValidationError, 'events[0].id must be a UUID'],
      ['a missing event type', () => store.append(newStream(), [{ data: {} } as NewEvent]), ValidationError, 'events[0].type'],
      ['data that is not an object', () => store.append(newStream(), [{ type: 'A', data: 'x' as never }]), ValidationError, 'events[0].data must be a JSON object'],
      ['event data over 1 MiB', () => store.append(newStream(), [event(), event('Big', { blob: 'x'.repeat(1024 * 1024) })]), PayloadTooLargeError, 'events[1].data is 1048587 bytes'],
    ])('%s is refused with a typed error and nothing is written', async (_, call, type, message) => {
      const counts = await before();
      const attempt = call();
      await expect(attempt).rejects.toThrow(type);
      await expect(attempt).rejects.toThrow(message);
      expect(await countRows()).toEqual(counts);
    });

    it('a malformed cursor or limit is refused naming the parameter', async () => {
      await expect(store.readAll('not-a-cursor', 10)).rejects.toMatchObject({ name: 'ValidationError', field: 'after' });
      await expect(store.readAll(Buffer.from('v1:x:1').toString('base64url'), 10)).rejects.toThrow(ValidationError);
      await expect(store.readAll(undefined, 0)).rejects.toMatchObject({ name: 'ValidationError', field: 'limit' });
      await expect(store.readAll(undefined, 10_001)).rejects.toMatchObject({ field: 'limit' });
    });
  });
});

describe('PostgresEventStore.appendAll', () => {
  it('appends to several streams in one transaction', async () => {
    const [a, b] = [newStream(), newStream()];
    const results = await store.appendAll([
      { streamId: a, events: [event(), event()], expected: 'no-stream' },
      { streamId: b, events: [event()], expected: 'no-stream' },
    ]);
    expect(results.map((r) => [r.streamId, r.nextExpectedVersion])).toEqual([[a, 2], [b, 1]]);
    expect(results[1].firstPosition).toBe(results[0].lastPosition + 1);
  });

  it('writes none of them when one fails its check, and names the stream that failed', async () => {
    const [a, taken] = [newStream(), newStream()];
    await store.append(taken, [event()]);
    const before = await countRows();
    const attempt = store.appendAll([
      { streamId: a, events: [event()], expected: 'no-stream' },
      { streamId: taken, events: [event()], expected: 'no-stream' },
    ]);
    await expect(attempt).rejects.toMatchObject({ name: 'ConcurrencyError', streamId: taken, expected: 'no-stream', actual: '1' });
    expect(await countRows()).toEqual(before);
    expect(await store.streamVersion(a)).toBe(0);
  });

  it('a retried atomic append returns the original results', async () => {
    const appends = [{ streamId: newStream(), events: [event()], expected: 'no-stream' as const }];
    const first = await store.appendAll(appends);
    expect(await store.appendAll(appends)).toEqual([{ ...first[0], duplicate: true }]);
  });
});

describe('PostgresEventStore.readStream', () => {
  it('returns a stream in version order with its metadata, bounded by from and to', async () => {
    const stream = newStream();
    const events = [1, 2, 3, 4].map((n) => ({ ...event('Counted', { n }), metadata: { correlationId: 'c-1', causationId: 'x' } }));
    await store.append(stream, events, 'no-stream');
    const all = await store.readStream(stream);
    expect(all.map((e) => [e.version, e.type, e.data])).toEqual([1, 2, 3, 4].map((n) => [n, 'Counted', { n }]));
    expect(all[0]).toMatchObject({ id: events[0].id, streamId: stream, metadata: { correlationId: 'c-1', causationId: 'x' } });
    expect(Date.parse(all[0].metadata.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(all[0].transactionId).toMatch(/^\d+$/);
    expect((await store.readStream(stream, 2, 3)).map((e) => e.version)).toEqual([2, 3]);
    expect((await store.readStream(stream, 4)).map((e) => e.version)).toEqual([4]);
    expect(await store.readStream(newStream())).toEqual([]);
  });
});

describe('PostgresEventStore.readAll', () => {
  it('pages through the log with opaque cursors, each event once, and filters by type and stream', async () => {
    const stream = `filter-${randomUUID()}`;
    await store.append(stream, [event('Kept'), event('Dropped'), event('Kept')]);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await store.readAll(cursor, 3);
      seen.push(...page.events.map((e) => e.id));
      if (page.events.length === 0) {
        expect(page.next).toBe(cursor);
        break;
      }
      cursor = page.next;
    }
    const { events } = await countRows();
    expect(seen).toHaveLength(events);
    expect(new Set(seen).size).toBe(events);

    const kept = await store.readAll(undefined, 100, { types: ['Kept'], streamPrefix: 'filter-' });
    expect(kept.events.map((e) => e.type)).toEqual(['Kept', 'Kept']);
    // a filtered reader moves past what it scanned, so it does not rescan it
    expect((await store.readAll(kept.next, 100, { types: ['Kept'], streamPrefix: 'filter-' })).events).toEqual([]);
  });
});
