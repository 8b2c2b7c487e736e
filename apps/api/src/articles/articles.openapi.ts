import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { bodySchema } from '../openapi/body-schema.js';
import { ApiErrorResponses } from '../openapi/error-responses.js';
import { ARTICLE_EXAMPLE, CURATED_ARTICLE_EXAMPLE, EVENT_CHANGE_EXAMPLE, INGEST_RESULT_EXAMPLE, NEWS_EVENT_EXAMPLE, TEXT_ARTICLE_EXAMPLE } from '../openapi/examples.js';
import { correctNewsEventSchema } from './correct-news-event.dto.js';
import { ingestArticleSchema } from './ingest-article.dto.js';
import { retractNewsEventSchema } from './retract-news-event.dto.js';

const ARTICLE_ID = ApiParam({ name: 'id', description: 'The article id (a UUID).', example: ARTICLE_EXAMPLE.id });
const EVENT_ID = ApiParam({ name: 'eventId', description: 'The id of one of the article’s events.', example: EVENT_CHANGE_EXAMPLE.eventId });
const EVENT_CHANGE = { description: 'Recorded; `position` is the write’s log position, for `minPosition`.', example: EVENT_CHANGE_EXAMPLE };

export const IngestArticleDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Ingest an article',
      description:
        '`text` is extracted into news events; `events` are taken as given (curated). Idempotent: the same url or the same text is one article ' +
        '(200 with `duplicate: true`). `position` is the write’s log position: pass it as `minPosition` to read your own write.',
    }),
    ApiBearerAuth(),
    ApiBody({ schema: bodySchema(ingestArticleSchema), examples: { text: { summary: 'Extract from text', value: TEXT_ARTICLE_EXAMPLE }, curated: { summary: 'Curated events', value: CURATED_ARTICLE_EXAMPLE } } }),
    ApiCreatedResponse({ description: 'A new article and its events.', example: INGEST_RESULT_EXAMPLE }),
    ApiOkResponse({ description: 'Already known: the same id, nothing written.', example: { ...INGEST_RESULT_EXAMPLE, duplicate: true } }),
    ApiErrorResponses(400, 401, 413, 415),
  );

export const GetArticleDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'An article and its current events', description: 'Corrections applied; retracted events listed apart.' }),
    ARTICLE_ID,
    ApiOkResponse({ description: 'The article.', example: ARTICLE_EXAMPLE }),
    ApiErrorResponses(404),
  );

export const RetractNewsEventDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Retract an event', description: 'The event stops counting from now on; recorded as an event, never a delete.' }),
    ApiBearerAuth(),
    ARTICLE_ID,
    EVENT_ID,
    ApiBody({ schema: bodySchema(retractNewsEventSchema), examples: { retraction: { summary: 'A retraction', value: { reason: 'misattributed: the quote is from a columnist' } } } }),
    ApiCreatedResponse(EVENT_CHANGE),
    ApiErrorResponses(400, 401, 404, 409, 415),
  );

export const CorrectNewsEventDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Correct an event', description: 'The body is a full replacement event, checked against the topic’s codebook.' }),
    ApiBearerAuth(),
    ARTICLE_ID,
    EVENT_ID,
    ApiBody({
      schema: bodySchema(correctNewsEventSchema),
      examples: {
        correction: {
          summary: 'A replacement event',
          value: { type: 'agree', date: '2018-09-12', context: [], place: 'Vladivostok', actors: ['russia', 'japan'], summary: NEWS_EVENT_EXAMPLE.summary,
            stances: NEWS_EVENT_EXAMPLE.stances, evidence: NEWS_EVENT_EXAMPLE.evidence, confidence: 0.9 },
        },
      },
    }),
    ApiCreatedResponse(EVENT_CHANGE),
    ApiErrorResponses(400, 401, 404, 409, 415),
  );
