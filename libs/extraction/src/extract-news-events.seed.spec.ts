import { loadCodebooks } from '#lib/codebook';
import { seedArticle } from '../../../test/support/fixtures.js';
import { extractNewsEvents } from './extract-news-events.js';
import type { ExtractedEvent } from './extracted-event.js';
import { prepareArticleText } from './prepare-article-text.js';

const codebook = loadCodebooks().find((c) => c.id === 'kuril-islands')!;
const seed = seedArticle();
const text = prepareArticleText(seed.text);
const events = extractNewsEvents({ text, publishedAt: seed.publishedAt }, codebook);

type Signal = [actor: string, question: string, position: string];

interface Row {
  name: string;
  date: (edtf: string, e: ExtractedEvent) => boolean;
  types: string[];
  actors: string[];
  stances: Signal[];
  context?: string;
  noStances?: boolean;
}

// The table of the ingestion issue: every row must be found.
const rows: Row[] = [
  { name: '1855 treaty', date: (d) => d === '1855', types: ['agree'], actors: ['japan', 'russia'], stances: [], context: 'historical', noStances: true },
  { name: 'end of the war', date: (d, e) => d.startsWith('1945') && d.includes('~') && e.earliest.startsWith('1945'), types: ['fight'], actors: ['russia'], stances: [], noStances: true },
  { name: '1956 declaration', date: (d) => d === '1956-10', types: ['agree'], actors: ['russia', 'japan'], stances: [['russia', 'sovereignty', 'two-islands']] },
  {
    name: 'Vladivostok offer',
    date: (d) => d === '2018-09',
    types: ['agree', 'statement'],
    actors: ['russia', 'japan'],
    stances: [['russia', 'peace-treaty', 'seeks'], ['russia', 'sequencing', 'treaty-first'], ['japan', 'peace-treaty', 'seeks']],
  },
  { name: 'Suga', date: (d) => d === '2018-09', types: ['statement'], actors: ['japan'], stances: [['japan', 'sequencing', 'territory-first']] },
  { name: 'Singapore', date: (d) => d === '2018-11', types: ['consult'], actors: ['russia', 'japan'], stances: [['russia', 'basis-1956', 'accepts'], ['japan', 'basis-1956', 'accepts']] },
  { name: 'Levada poll', date: (d) => d === '2018-11', types: ['poll'], actors: ['russian-public'], stances: [['russian-public', 'handover', 'opposes']] },
  {
    name: 'Lavrov after talks with Kono',
    date: (d, e) => d.includes('/') && e.latest === '2019-01-21' && e.earliest >= '2019-01-01',
    types: ['consult', 'statement'],
    actors: ['russia', 'japan'],
    stances: [['russia', 'sovereignty', 'russia-all'], ['russia', 'sequencing', 'recognition-first']],
  },
  { name: 'Vesti Nedeli', date: (d) => d === '2019-01-13', types: ['disapprove', 'statement'], actors: ['russian-state-media'], stances: [['russian-state-media', 'handover', 'opposes']] },
  { name: 'Moscow rallies', date: (d) => d === '2019-01-20', types: ['protest'], actors: ['russian-nationalists'], stances: [['russian-nationalists', 'handover', 'opposes']] },
  { name: 'talks on January 22', date: (d) => d === '2019-01-22', types: ['consult'], actors: ['russia', 'japan'], stances: [], context: 'future', noStances: true },
  { name: 'planned visit in June', date: (d) => d === '2019-06', types: ['consult'], actors: ['russia', 'japan'], stances: [], context: 'future', noStances: true },
];

const has = (e: ExtractedEvent, [actor, question, position]: Signal) =>
  e.stances.some((s) => s.actor === actor && s.question === question && s.position === position);

describe('extractNewsEvents on the seed article', () => {
  it.each(rows.map((row) => [row.name, row] as const))('yields the %s row', (_, row) => {
    const match = events.find(
      (e) =>
        row.date(e.date, e) &&
        row.types.includes(e.type) &&
        row.actors.every((a) => e.actors.includes(a)) &&
        row.stances.every((s) => has(e, s)) &&
        (!row.context || e.context.includes(row.context as never)) &&
        (!row.noStances || e.stances.length === 0),
    );
    expect({ row: row.name, found: match !== undefined, events: match ? undefined : events.map(brief) }).toMatchObject({ found: true });
  });

  it("yields Japan's long-standing claim: japan sovereignty japan-all-four", () => {
    expect(events.some((e) => has(e, ['japan', 'sovereignty', 'japan-all-four']))).toBe(true);
  });

  it('carries no stance signals on future, hypothetical or negated events', () => {
    for (const e of events.filter((x) => x.context.some((c) => c !== 'historical'))) expect(e.stances).toEqual([]);
  });

  it('takes nothing from the boilerplate and keeps every evidence quote at its offsets', () => {
    for (const line of ['Accessibility links', 'please wait', 'No media source', '0:00', 'undesirable organization', 'is a Moscow-based journalist', 'click here', 'XS']) {
      expect(text).not.toContain(line);
    }
    // the photo caption appears twice in the capture and is not article text
    expect(text).not.toContain('talk on the sidelines of the Eastern Economic Forum');
    for (const e of events) {
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.quote);
      for (const s of e.stances) if (s.evidence) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.quote);
    }
  });

  it('never dates an event by the publication date when its sentence gives a date of its own', () => {
    const dateWords = /\b(1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ago|this month|last month)\b/;
    for (const e of events.filter((x) => x.date === '2019-01-21')) {
      expect({ quote: e.evidence.quote, dated: dateWords.test(e.evidence.quote) }).toMatchObject({ dated: false });
    }
  });

  it('gives every event bounds, a summary, a confidence in [0, 1] and codebook ids only', () => {
    const actors = new Set(codebook.document.actors.map((a) => a.id));
    for (const e of events) {
      expect(e.earliest <= e.latest).toBe(true);
      expect(e.summary.length).toBeGreaterThan(10);
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      for (const a of e.actors) expect(actors.has(a)).toBe(true);
      for (const s of e.stances) expect(codebook.hasPosition(s.question, s.position)).toBe(true);
    }
  });
});

function brief(e: ExtractedEvent): string {
  return `${e.date} ${e.type} [${e.context}] ${e.actors.join(',')} ${e.stances.map((s) => `${s.actor}:${s.question}=${s.position}`).join(' ')} | ${e.evidence.quote.slice(0, 70)}`;
}
