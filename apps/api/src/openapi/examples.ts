/*
 * Example bodies for the OpenAPI document, taken from real answers on the seed article (ids and
 * quotes as the service gives them; long lists cut short).
 */

const ARTICLE_ID = '803fa374-e743-5b44-afba-1635a87d9cdf';
const PUTIN_OFFER = 'ac5903e1-d566-5733-87e7-867994b99243';
const LAVROV = 'ba44fa85-e062-584c-9385-35a05aec8a08';

export const NEWS_EVENT_EXAMPLE = {
  id: PUTIN_OFFER,
  articleId: ARTICLE_ID,
  topic: 'kuril-islands',
  type: 'agree',
  date: '2018-09',
  context: [],
  actors: ['russia', 'japan'],
  summary: `"Let's sign a peace agreement by the end of the year," he told Abe, "without any preconditions."`,
  stances: [
    { actor: 'russia', question: 'peace-treaty', position: 'seeks', evidence: { quote: 'sign a peace agreement', start: 537, end: 559 } },
    { actor: 'russia', question: 'sequencing', position: 'treaty-first', evidence: { quote: 'without any preconditions', start: 599, end: 624 } },
  ],
  evidence: { quote: `"Let's sign a peace agreement by the end of the year," he told Abe, "without any preconditions."`, start: 530, end: 626 },
  confidence: 0.75,
  earliest: '2018-09-01',
  latest: '2018-09-30',
};

/** A world-timeline item: the event as the projection stores it. */
export const TIMELINE_EVENT_EXAMPLE = { ...NEWS_EVENT_EXAMPLE, place: null };

export const CURATED_ARTICLE_EXAMPLE = {
  url: 'https://example.org/news/2018-11-14-singapore',
  title: 'Abe and Putin agree to speed up treaty talks',
  outlet: 'Example News',
  publishedAt: '2018-11-14',
  topic: 'kuril-islands',
  events: [
    {
      type: 'agree',
      date: '2018-11-14',
      context: [],
      place: 'Singapore',
      actors: ['russia', 'japan'],
      summary: 'Abe and Putin agree to accelerate peace treaty talks on the basis of the 1956 declaration',
      stances: [
        { actor: 'russia', question: 'basis-1956', position: 'accepts' },
        { actor: 'japan', question: 'basis-1956', position: 'accepts' },
      ],
      confidence: 0.9,
    },
  ],
};

export const TEXT_ARTICLE_EXAMPLE = {
  url: 'https://www.rferl.org/a/the-kuriles-question-not-so-fast-on-russia-japan-world-war-ii-peace-treaty/29721877.html',
  title: 'The Kuriles Question: Not So Fast On Russia-Japan World War II Peace Treaty',
  outlet: 'RFE/RL',
  author: 'Matthew Luxmoore',
  publishedAt: '2019-01-21T00:00:00Z',
  topic: 'kuril-islands',
  text: 'When Japanese President Shinzo Abe addressed a packed audience at the Eastern Economic Forum in September … (the full text)',
};

export const INGEST_RESULT_EXAMPLE = { id: ARTICLE_ID, duplicate: false, position: 20, events: [NEWS_EVENT_EXAMPLE] };

export const ARTICLE_EXAMPLE = {
  id: ARTICLE_ID,
  topic: 'kuril-islands',
  url: TEXT_ARTICLE_EXAMPLE.url,
  title: TEXT_ARTICLE_EXAMPLE.title,
  outlet: 'RFE/RL',
  author: 'Matthew Luxmoore',
  publishedAt: '2019-01-21T00:00:00.000Z',
  text: TEXT_ARTICLE_EXAMPLE.text,
  source: 'extracted',
  events: [NEWS_EVENT_EXAMPLE],
  retracted: [],
  position: 20,
};

export const EVENT_CHANGE_EXAMPLE = { articleId: ARTICLE_ID, eventId: LAVROV, position: 22 };

export const TOPIC_EXAMPLE = {
  id: 'kuril-islands',
  title: 'Kuril Islands / Northern Territories and the Russia–Japan peace treaty',
  description: 'Where Russia, Japan and the publics, media and groups around them stand on the sovereignty of Iturup, Kunashir, Shikotan and the Habomai islets …',
  actors: [{ id: 'russia', name: 'Russia', description: 'the Russian state (and the Soviet Union and the Russian Empire before it)', kind: 'state', aliases: ['Russia', 'Moscow', 'the Kremlin', 'Putin', 'Lavrov'] }],
  questions: [
    {
      id: 'sequencing',
      text: 'What must come first?',
      positions: [{ id: 'territory-first' }, { id: 'treaty-first' }, { id: 'recognition-first' }],
    },
  ],
};

export const LOG_PAGE_EXAMPLE = {
  items: [
    {
      id: '35229a40-c792-5bac-b76c-1c4ecb251e8d',
      streamId: `article-${ARTICLE_ID}`,
      version: 1,
      position: 1,
      transactionId: '2140512',
      type: 'ArticleIngested',
      data: { articleId: ARTICLE_ID, url: TEXT_ARTICLE_EXAMPLE.url, title: TEXT_ARTICLE_EXAMPLE.title, topic: 'kuril-islands', source: 'extracted' },
      metadata: { recordedAt: '2026-11-27T01:34:58.550Z' },
      cursor: 'djE6MjE0MDUxMjox',
    },
  ],
  next: 'djE6MjE0MDUxMjox',
};

export const HEALTH_EXAMPLE = { status: 'ok', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } };
export const HEALTH_DOWN_EXAMPLE = {
  status: 'error',
  message: 'redis is down',
  checks: { postgres: { status: 'up' }, redis: { status: 'down', error: 'connect ECONNREFUSED 127.0.0.1:6379' } },
};

const evidence = (eventId: string, quote: string) => ({ eventId, articleId: ARTICLE_ID, quote });

export const STANCES_AT_EXAMPLE = {
  topic: 'kuril-islands',
  at: '2019-01-10',
  items: [
    {
      topic: 'kuril-islands',
      actor: 'russia',
      question: 'peace-treaty',
      position: 'seeks',
      since: '2018-09',
      certain: true,
      evidence: [evidence(PUTIN_OFFER, 'sign a peace agreement')],
    },
    {
      topic: 'kuril-islands',
      actor: 'russia',
      question: 'sequencing',
      position: 'recognition-first',
      since: '2019-01-01/2019-01-21',
      certain: false,
      evidence: [evidence(LAVROV, 'accept Russian sovereignty of the disputed territories before')],
    },
  ],
};

export const STANCE_HISTORY_EXAMPLE = {
  topic: 'kuril-islands',
  actor: 'russia',
  question: 'sequencing',
  items: [
    { position: 'treaty-first', from: '2018-09-01', to: '2019-01-01', since: '2018-09', evidence: [evidence(PUTIN_OFFER, 'without any preconditions')] },
    {
      position: 'recognition-first',
      from: '2019-01-01',
      to: null,
      since: '2019-01-01/2019-01-21',
      evidence: [evidence(LAVROV, 'accept Russian sovereignty of the disputed territories before')],
    },
  ],
};

export const TOPIC_EVENTS_EXAMPLE = {
  items: [TIMELINE_EVENT_EXAMPLE],
  next: 'dDE6MjAxOC0wOS0wMTphYzU5MDNlMS1kNTY2LTU3MzMtODdlNy04Njc5OTRiOTkyNDM',
};

export const PROJECTION_STATUS_EXAMPLE = {
  items: [
    { name: 'stances', checkpoint: 'djE6MjE0MDQ0OToyMQ', position: 21, eventsApplied: 21, lagEvents: 0, lagSeconds: 0 },
    { name: 'world-events', checkpoint: 'djE6MjE0MDQ0OToyMA', position: 20, eventsApplied: 20, lagEvents: 1, lagSeconds: 0.042 },
  ],
  head: { position: 21, recordedAt: '2026-11-27T01:33:26.678Z' },
};
