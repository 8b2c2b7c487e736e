import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrorResponses } from '../openapi/error-responses.js';
import { LOG_PAGE_EXAMPLE } from '../openapi/examples.js';

export const LogPageDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The global event log',
      description:
        'Every event in log order, gap-safe: an event whose transaction commits late is delivered late, never skipped. `next` is always ' +
        'returned (the cursor after the last item, or the one given when the page is empty), so a consumer can keep tailing.',
    }),
    ApiOkResponse({ description: 'A page of the log.', example: LOG_PAGE_EXAMPLE }),
    ApiErrorResponses(400),
  );
