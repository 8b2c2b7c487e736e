import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { ApiErrorResponses } from '../openapi/error-responses.js';
import { STANCE_HISTORY_EXAMPLE, STANCES_AT_EXAMPLE, TOPIC_EVENTS_EXAMPLE } from '../openapi/examples.js';

const TOPIC = ApiParam({ name: 'topic', description: 'A topic id (see GET /v1/topics).', example: 'kuril-islands' });
const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const StancesAtDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Every stance at a date',
      description:
        'For each (actor, question) of the topic, optionally narrowed to one actor or question, the position in effect on `at`: ' +
        'the latest signal whose earliest day is on or before it. `knownAt` answers as the service knew it then.',
    }),
    TOPIC,
    ApiOkResponse({ description: 'The stances in effect on that day.', schema: schema('StancesAt'), example: STANCES_AT_EXAMPLE }),
    ApiErrorResponses(400, 404, 503),
  );

export const StanceHistoryDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'The stance history of one actor on one question', description: 'The intervals of valid time, oldest first.' }),
    TOPIC,
    ApiOkResponse({ description: 'The intervals.', schema: schema('StanceHistory'), example: STANCE_HISTORY_EXAMPLE }),
    ApiErrorResponses(400, 404, 503),
  );

export const TopicEventsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The world timeline of a topic',
      description: 'News events by world date (earliest bound, then id), corrections applied and retractions left out; paginated with a cursor.',
    }),
    TOPIC,
    ApiOkResponse({ description: 'A page of events.', schema: schema('TopicEventsPage'), example: TOPIC_EVENTS_EXAMPLE }),
    ApiErrorResponses(400, 404, 503),
  );
