import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { ApiErrorResponses } from '../openapi/error-responses.js';
import { TOPIC_EXAMPLE } from '../openapi/examples.js';

export const ListTopicsDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'The tracked topics', description: 'Each with its codebook: actors (with aliases), questions and their positions.' }),
    ApiOkResponse({ description: 'The topics.', example: { items: [TOPIC_EXAMPLE] } }),
  );

export const GetTopicDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'One topic and its codebook' }),
    ApiParam({ name: 'topic', description: 'A topic id.', example: 'kuril-islands' }),
    ApiOkResponse({ description: 'The topic.', example: TOPIC_EXAMPLE }),
    ApiErrorResponses(404),
  );
