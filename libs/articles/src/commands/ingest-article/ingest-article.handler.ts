import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type Codebook, CodebookRegistry } from '#lib/codebook';
import { ConflictError, PayloadTooLargeError, ValidationError } from '#lib/errors';
import { MAX_EVENT_DATA_BYTES } from '#lib/event-store';
import { extractNewsEvents, prepareArticleText } from '#lib/extraction';
import { ArticleRepository } from '../../article.repository.js';
import { Clock } from '../../clock.js';
import type { ArticleFields } from '../../domain/article-events.js';
import { decide, initialState } from '../../domain/article.decider.js';
import { articleIdOf, deterministicUuid, textHashOf } from '../../domain/ids.js';
import type { Evidence, NewsEvent, NewsEventInput } from '../../domain/news-event.js';
import { validateNewsEvent } from '../../domain/validate-news-event.js';
import { currentEvents } from '../../queries/get-article/article-view.js';
import { IngestArticle, type IngestResult } from './ingest-article.command.js';

export const MAX_TEXT_BYTES = 1024 * 1024;
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

@CommandHandler(IngestArticle)
export class IngestArticleHandler implements ICommandHandler<IngestArticle> {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly codebooks: CodebookRegistry,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: IngestArticle): Promise<IngestResult> {
    const codebook = this.topicOf(input.topic);
    const url = httpUrl(input.url);
    const publishedAt = this.publicationDate(input.publishedAt);
    if (input.text === undefined && input.events === undefined) {
      throw new ValidationError('text or events: give the article text to extract, or curated events', 'text');
    }
    const text = input.text === undefined ? undefined : storedText(input.text);
    if (text === '' && input.events === undefined) {
      throw new ValidationError('text: nothing is left once markup and page boilerplate are removed', 'text');
    }

    const articleId = articleIdOf(url);
    // A known url is answered before extracting: cheaper, and the write below would otherwise meet
    // the first ingest's event ids with other content whenever extraction has changed since.
    if (await this.articles.exists(articleId)) return this.existing(articleId);
    const inputs =
      input.events !== undefined
        ? curated(input.events, codebook, text)
        : extractNewsEvents({ text: text!, publishedAt, author: input.author, outlet: input.outlet, url }, codebook).map(({ earliest, latest, ...event }) => ({ ...event, earliest, latest }));
    const events: NewsEvent[] = inputs.map((event, i) => ({ id: deterministicUuid(`${articleId}:event:${i}`), articleId, topic: codebook.id, ...event }));
    const article: ArticleFields = {
      articleId,
      topic: codebook.id,
      url,
      title: input.title,
      outlet: input.outlet,
      author: input.author,
      publishedAt,
      text: text || undefined,
      textHash: text ? textHashOf(text) : undefined,
      source: input.events !== undefined ? 'curated' : 'extracted',
    };

    // The article is one event of the store: its text must leave room for the other fields.
    const articleBytes = Buffer.byteLength(JSON.stringify(article));
    if (articleBytes > MAX_EVENT_DATA_BYTES) {
      throw new PayloadTooLargeError(`text: the article comes to ${articleBytes} bytes with its fields; at most ${MAX_EVENT_DATA_BYTES}`, 'text');
    }

    try {
      const result = await this.articles.create(articleId, decide({ type: 'IngestArticle', data: { article, events } }, initialState()), article.textHash);
      if (!result.duplicate) return { id: articleId, duplicate: false, position: result.lastPosition, events };
      return this.existing(articleId);
    } catch (error) {
      if (ArticleRepository.isArticleConflict(error)) return this.existing(articleId);
      // A concurrent first ingest of the same url, extracted differently, took the event ids first.
      if (error instanceof ConflictError && (await this.articles.exists(articleId))) return this.existing(articleId);
      if (ArticleRepository.isClaimConflict(error)) {
        const original = await this.articles.articleWithText(article.textHash!);
        if (original) return this.existing(original);
      }
      throw error;
    }
  }

  private async existing(articleId: string): Promise<IngestResult> {
    const { state, position } = await this.articles.load(articleId);
    return { id: articleId, duplicate: true, position, events: currentEvents(state) };
  }

  private topicOf(topic: string | undefined): Codebook {
    if (topic !== undefined) return this.codebooks.require(topic);
    const all = this.codebooks.list();
    if (all.length === 1) return all[0];
    throw new ValidationError(`topic: required; one of ${all.map((c) => c.id).join(', ')}`, 'topic');
  }

  private publicationDate(value: string): string {
    const ms = Date.parse(value);
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
      throw new ValidationError('publishedAt: must be an ISO 8601 date or timestamp, e.g. 2019-01-21T09:00:00Z', 'publishedAt');
    }
    if (ms > this.clock.now().getTime() + MAX_FUTURE_MS) {
      throw new ValidationError('publishedAt: is more than a day in the future', 'publishedAt');
    }
    return new Date(ms).toISOString();
  }
}

function httpUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ValidationError('url: must be an absolute http(s) URL', 'url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ValidationError('url: must be an http(s) URL', 'url');
  return parsed.toString();
}

function storedText(raw: string): string {
  const bytes = Buffer.byteLength(raw);
  if (bytes > MAX_TEXT_BYTES) throw new PayloadTooLargeError(`text: is ${bytes} bytes; at most 1 MiB (${MAX_TEXT_BYTES})`, 'text');
  return prepareArticleText(raw);
}

/**
 * Curated events, validated against the codebook. Evidence quotes are located in the stored text
 * (a curator cannot know the offsets after boilerplate removal); a quote not in it is refused.
 */
function curated(raw: unknown[], codebook: Codebook, text: string | undefined): (NewsEventInput & { earliest: string; latest: string })[] {
  if (!Array.isArray(raw)) throw new ValidationError('events: must be a list', 'events');
  if (raw.length > 1000) throw new ValidationError('events: at most 1000 events per article', 'events');
  return raw.map((e, i) => {
    const event = validateNewsEvent(e, codebook, `events[${i}]`);
    if (text !== undefined && event.evidence) event.evidence = locate(event.evidence, text, `events[${i}].evidence`);
    return event;
  });
}

function locate(evidence: Evidence, text: string, field: string): Evidence {
  if (text.slice(evidence.start, evidence.end) === evidence.quote) return evidence;
  const at = text.indexOf(evidence.quote);
  if (at < 0) throw new ValidationError(`${field}: the quote does not occur in the article text`, field);
  return { quote: evidence.quote, start: at, end: at + evidence.quote.length };
}
