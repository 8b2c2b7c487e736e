import { randomUUID } from 'node:crypto';
import { givenApi, TEST_API_KEY } from '../../../../test/support/api.js';
import { seedArticle } from '../../../../test/support/fixtures.js';
import { ApiModule } from '../api.module.js';

const given = givenApi({ modules: [ApiModule] });

const seed = seedArticle();
const seedBody = () => ({ url: seed.url, title: seed.title, outlet: seed.outlet, author: seed.author, publishedAt: seed.publishedAt, topic: seed.topic, text: seed.text });

const TEXT = [
  'Foreign Minister Sergei Lavrov said on Monday that Moscow wants a peace treaty with Tokyo.',
  'Japanese officials said Japan still regards the four islands as an inherent part of its territory.',
].join('\n\n');

/** A valid article of its own (unique url and text), to which each case adds or breaks one thing. */
const article = (overrides: Record<string, unknown> = {}) => {
  const tag = randomUUID();
  return {
    url: `https://news.example.com/${tag}`,
    title: 'Talks on the islands',
    publishedAt: '2019-01-21T09:00:00Z',
    topic: 'kuril-islands',
    // A sentence of its own, long enough not to be taken for page furniture, keeps the text unique.
    text: `${TEXT}\n\nThe archive reference of this report is ${tag} for the record.`,
    ...overrides,
  };
};

const curatedEvent = (overrides: Record<string, unknown> = {}) => ({
  type: 'statement',
  date: '2019-01-14',
  context: [],
  actors: ['russia'],
  summary: 'Lavrov says Moscow wants a peace treaty',
  stances: [{ actor: 'russia', question: 'peace-treaty', position: 'seeks' }],
  evidence: { quote: 'Moscow wants a peace treaty with Tokyo', start: 0, end: 0 },
  confidence: 0.8,
  ...overrides,
});

/** What the event store holds: nothing may change when a write is refused. */
async function counts(): Promise<{ articles: number; events: number }> {
  const { rows } = await given.db.pool.query<{ articles: number; events: number }>(
    "SELECT count(*) FILTER (WHERE type = 'ArticleIngested')::int AS articles, count(*)::int AS events FROM events",
  );
  return rows[0];
}

describe('POST /v1/articles', () => {
  let seedId: string;

  it('ingests the seed article: 201 with its id, the log position and the extracted events', async () => {
    const response = await given.api.post('/v1/articles', seedBody());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id: expect.any(String), duplicate: false, position: expect.any(Number) });
    const events = response.body.events as { id: string; articleId: string; date: string; actors: string[]; earliest: string; latest: string }[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event).toMatchObject({ id: expect.any(String), articleId: response.body.id, earliest: expect.any(String), latest: expect.any(String) });
    // The Vladivostok offer of September 2018.
    expect(events.some((e) => e.date === '2018-09' && e.actors.includes('russia'))).toBe(true);
    seedId = response.body.id;
  });

  it('given the same article again, answers 200 duplicate with the same id and events, and writes nothing', async () => {
    const before = await counts();
    const first = await given.api.get(`/v1/articles/${seedId}`);
    const response = await given.api.post('/v1/articles', seedBody());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: seedId, duplicate: true, position: first.body.position });
    expect(response.body.events).toEqual(first.body.events);
    expect(await counts()).toEqual(before);
  });

  it('given the same text under another url, answers 200 duplicate naming the first article', async () => {
    const before = await counts();
    const response = await given.api.post('/v1/articles', { ...seedBody(), url: 'https://mirror.example.org/kuriles-copy' });
    expect(response).toMatchObject({ status: 200, body: { id: seedId, duplicate: true } });
    expect(await counts()).toEqual(before);
  });

  it('given the same url with other events (say, extraction changed since), answers 200 duplicate with the first events', async () => {
    const body = article({ events: [curatedEvent()] });
    const first = await given.api.post('/v1/articles', body);
    const before = await counts();
    const again = await given.api.post('/v1/articles', { ...body, events: [curatedEvent({ summary: 'Another reading of the same article' })] });
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id, duplicate: true, events: first.body.events } });
    expect(await counts()).toEqual(before);
  });

  it('takes curated events as given, locating the evidence quote in the text', async () => {
    const body = article({ events: [curatedEvent(), curatedEvent({ type: 'consult', date: '2019-06', context: ['future'], stances: [], evidence: undefined })] });
    const response = await given.api.post('/v1/articles', body);
    expect(response.status).toBe(201);
    const [statement, visit] = response.body.events;
    const start = body.text.indexOf('Moscow wants a peace treaty with Tokyo');
    expect(statement).toMatchObject({
      ...curatedEvent(),
      evidence: { quote: 'Moscow wants a peace treaty with Tokyo', start, end: start + 'Moscow wants a peace treaty with Tokyo'.length },
      earliest: '2019-01-14',
      latest: '2019-01-14',
    });
    expect(visit).toMatchObject({ type: 'consult', date: '2019-06', context: ['future'], stances: [], earliest: '2019-06-01', latest: '2019-06-30' });
    const stored = await given.api.get(`/v1/articles/${response.body.id}`);
    expect(stored.body).toMatchObject({ source: 'curated', events: response.body.events });
  });

  it('stores HTML text with the markup stripped and the entities decoded', async () => {
    const tag = randomUUID();
    const html = `<html><head><style>p { color: red }</style><script>track("${tag}")</script></head><body>
      <article><h1>Talks &amp; treaties</h1>
      <p>Foreign Minister Sergei Lavrov said on Monday that Moscow wants a peace treaty with Tokyo &mdash; but not at any price.</p>
      <p>Japanese officials said Japan still regards the four islands as an &quot;inherent part&quot; of its territory. Ref&#160;${tag}.</p>
      </article></body></html>`;
    const response = await given.api.post('/v1/articles', article({ text: html }));
    expect(response.status).toBe(201);
    const { body } = await given.api.get(`/v1/articles/${response.body.id}`);
    expect(body.text).not.toMatch(/[<>]|&[a-z#0-9]+;/i);
    expect(body.text).not.toContain('track(');
    expect(body.text).not.toContain('color: red');
    expect(body.text).toContain('Moscow wants a peace treaty with Tokyo — but not at any price.');
    expect(body.text).toContain('"inherent part"');
    for (const event of body.events) if (event.evidence) expect(body.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.quote);
  });

  it('accepts a JSON body carrying a bit over 1 MiB of text as far as the size check, which answers 413 naming text', async () => {
    const before = await counts();
    const response = await given.api.post('/v1/articles', article({ text: 'a'.repeat(1024 * 1024 + 1) }));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', field: 'text' });
    expect(response.body.message).toMatch(/^text: /);
    expect(await counts()).toEqual(before);
  });

  const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  it.each<[string, () => unknown, string]>([
    ['a missing url', () => ({ ...article(), url: undefined }), 'url'],
    ['a url that is not a string', () => article({ url: 42 }), 'url'],
    ['a url that is not a url', () => article({ url: 'news about the islands' }), 'url'],
    ['a url that is not http(s)', () => article({ url: 'ftp://news.example.com/a' }), 'url'],
    ['a javascript: url', () => article({ url: 'javascript:alert(1)' }), 'url'],
    ['a missing title', () => ({ ...article(), title: undefined }), 'title'],
    ['a blank title', () => article({ title: '   ' }), 'title'],
    ['an author that is not a string', () => article({ author: ['A', 'B'] }), 'author'],
    ['a missing publishedAt', () => ({ ...article(), publishedAt: undefined }), 'publishedAt'],
    ['a publishedAt that is no date', () => article({ publishedAt: 'last Tuesday' }), 'publishedAt'],
    ['a publishedAt more than a day in the future', () => article({ publishedAt: inFuture(3) }), 'publishedAt'],
    ['a text that is not a string', () => article({ text: { body: 'x' } }), 'text'],
    ['neither text nor events', () => ({ ...article(), text: undefined }), 'text'],
    ['a text that is only page boilerplate', () => article({ text: '<nav><a href="/">Home</a></nav>' }), 'text'],
    ['an unknown field', () => article({ summary: 'x' }), 'summary'],
    ['an unknown topic', () => article({ topic: 'atlantis' }), 'topic'],
    ['events that are not a list', () => article({ events: { type: 'agree' } }), 'events'],
    ['an event naming an unknown actor', () => article({ events: [curatedEvent({ actors: ['russia', 'atlantis'] })] }), 'events[0].actors[1]'],
    ['a stance naming an unknown actor', () => article({ events: [curatedEvent({ stances: [{ actor: 'china', question: 'peace-treaty', position: 'seeks' }] })] }), 'events[0].stances[0].actor'],
    ['a stance naming an unknown question', () => article({ events: [curatedEvent({ stances: [{ actor: 'russia', question: 'fishing', position: 'seeks' }] })] }), 'events[0].stances[0].question'],
    ['a stance naming an unknown position', () => article({ events: [curatedEvent({ stances: [{ actor: 'russia', question: 'peace-treaty', position: 'maybe' }] })] }), 'events[0].stances[0].position'],
    ['an event of an unknown type', () => article({ events: [curatedEvent(), curatedEvent({ type: 'gossip' })] }), 'events[1].type'],
    ['an event with a date that is not EDTF', () => article({ events: [curatedEvent({ date: 'next spring' })] }), 'events[0].date'],
    ['a future event carrying stances', () => article({ events: [curatedEvent({ context: ['future'] })] }), 'events[0].stances'],
    ['an evidence quote that is not in the text', () => article({ events: [curatedEvent({ evidence: { quote: 'Tokyo gives up', start: 0, end: 14 } })] }), 'events[0].evidence'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_, body, field) => {
    const before = await counts();
    const response = await given.api.post('/v1/articles', body());
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', field });
    expect(response.body.message).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it.each<[string, RequestInit, number, RegExp]>([
    ['malformed JSON', { headers: { 'content-type': 'application/json' }, body: '{"url": "https://x.example.com/a",' }, 400, /json/i],
    ['an empty JSON body', { headers: { 'content-type': 'application/json' }, body: '' }, 400, /.+/],
    ['a JSON list instead of an object', { headers: { 'content-type': 'application/json' }, body: JSON.stringify([article()]) }, 400, /object/i],
    ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify(article()) }, 415, /content-type: must be application\/json, not text\/plain/],
    ['a form-encoded body', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(article() as Record<string, string>).toString() }, 415, /content-type/],
    ['a body without a content type', { body: new Blob([JSON.stringify(article())]) }, 415, /content-type/],
    ['a body over the 2 MiB limit', { headers: { 'content-type': 'application/json' }, body: JSON.stringify(article({ text: 'a'.repeat(2 * 1024 * 1024 + 10) })) }, 413, /.+/],
  ])('refuses %s in the error shape, writing nothing', async (_, init, status, message) => {
    const before = await counts();
    const response = await given.api.get('/v1/articles', {
      ...init,
      method: 'POST',
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${TEST_API_KEY}` },
    });
    expect(response.status).toBe(status);
    expect(response.body).toEqual(expect.objectContaining({ statusCode: status, error: expect.any(String), message: expect.stringMatching(message) }));
    expect(Object.keys(response.body).sort()).toEqual(expect.arrayContaining(['error', 'message', 'statusCode']));
    expect(Object.keys(response.body).every((key) => ['statusCode', 'error', 'message', 'field'].includes(key))).toBe(true);
    expect(await counts()).toEqual(before);
  });
});

describe('GET /v1/articles/:id', () => {
  it('returns the article with its current events', async () => {
    const posted = await given.api.post('/v1/articles', article({ events: [curatedEvent()] }));
    const response = await given.api.get(`/v1/articles/${posted.body.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: posted.body.id,
      topic: 'kuril-islands',
      title: 'Talks on the islands',
      publishedAt: '2019-01-21T09:00:00.000Z',
      text: expect.stringContaining('Moscow wants a peace treaty'),
      events: posted.body.events,
      retracted: [],
      position: posted.body.position,
    });
  });

  it.each([randomUUID(), 'not-an-id'])('answers 404 for %s', async (id) => {
    const response = await given.api.get(`/v1/articles/${id}`);
    expect(response).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found' } });
  });
});

describe('retraction and correction', () => {
  async function curatedArticle() {
    const posted = await given.api.post('/v1/articles', article({ events: [curatedEvent(), curatedEvent({ date: '2019-01-15', summary: 'Lavrov repeats it' })] }));
    expect(posted.status).toBe(201);
    return { id: posted.body.id as string, events: posted.body.events as { id: string; summary: string }[] };
  }

  it('a retraction appends an event: GET leaves the retracted event out and lists it with its reason', async () => {
    const { id, events } = await curatedArticle();
    const response = await given.api.post(`/v1/articles/${id}/events/${events[0].id}/retraction`, { reason: 'misattributed quote' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ articleId: id, eventId: events[0].id, position: expect.any(Number) });

    const { body } = await given.api.get(`/v1/articles/${id}`);
    expect(body.events.map((e: { id: string }) => e.id)).toEqual([events[1].id]);
    expect(body.retracted).toEqual([{ id: events[0].id, reason: 'misattributed quote' }]);
    expect(body.position).toBe(response.body.position);

    const again = await given.api.post(`/v1/articles/${id}/events/${events[0].id}/retraction`, { reason: 'twice' });
    expect(again).toMatchObject({ status: 409, body: { statusCode: 409, error: 'Conflict' } });
  });

  it('a correction replaces the event under the same id', async () => {
    const { id, events } = await curatedArticle();
    const { evidence: _, ...replacement } = curatedEvent({ date: '2019-01-16', summary: 'Lavrov says a treaty needs recognition first', stances: [{ actor: 'russia', question: 'sequencing', position: 'recognition-first' }] });
    const response = await given.api.post(`/v1/articles/${id}/events/${events[1].id}/correction`, replacement);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ articleId: id, eventId: events[1].id, position: expect.any(Number) });

    const { body } = await given.api.get(`/v1/articles/${id}`);
    expect(body.events[1]).toMatchObject({ ...replacement, id: events[1].id, articleId: id, earliest: '2019-01-16', latest: '2019-01-16' });
    expect(body.events[0]).toEqual(events[0]);
  });

  it.each<[string, (a: { id: string; events: { id: string }[] }) => [string, unknown], number, string | undefined]>([
    ['a retraction without a reason', (a) => [`/v1/articles/${a.id}/events/${a.events[0].id}/retraction`, {}], 400, 'reason'],
    ['a retraction with a blank reason', (a) => [`/v1/articles/${a.id}/events/${a.events[0].id}/retraction`, { reason: '  ' }], 400, 'reason'],
    ['a retraction with an unknown field', (a) => [`/v1/articles/${a.id}/events/${a.events[0].id}/retraction`, { reason: 'x', by: 'me' }], 400, 'by'],
    ['a retraction of an unknown event', (a) => [`/v1/articles/${a.id}/events/${randomUUID()}/retraction`, { reason: 'x' }], 404, undefined],
    ['a retraction in an unknown article', (a) => [`/v1/articles/${randomUUID()}/events/${a.events[0].id}/retraction`, { reason: 'x' }], 404, undefined],
    ['a correction that is not an object', (a) => [`/v1/articles/${a.id}/events/${a.events[0].id}/correction`, ['statement']], 400, undefined],
    ['a correction naming an unknown actor', (a) => [`/v1/articles/${a.id}/events/${a.events[0].id}/correction`, curatedEvent({ actors: ['atlantis'] })], 400, 'event.actors[0]'],
    ['a correction naming an unknown position', (a) => [`/v1/articles/${a.id}/events/${a.events[0].id}/correction`, curatedEvent({ stances: [{ actor: 'japan', question: 'handover', position: 'maybe' }] })], 400, 'event.stances[0].position'],
    ['a correction of an unknown event', (a) => [`/v1/articles/${a.id}/events/${randomUUID()}/correction`, curatedEvent({ evidence: undefined })], 404, undefined],
  ])('refuses %s, writing nothing', async (_, request, status, field) => {
    const target = await curatedArticle();
    const before = await counts();
    const [path, body] = request(target);
    const response = await given.api.post(path, body);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status });
    if (field) expect(response.body).toMatchObject({ field, message: expect.stringContaining(field) });
    expect(await counts()).toEqual(before);
    expect((await given.api.get(`/v1/articles/${target.id}`)).body.events).toEqual(target.events);
  });
});
