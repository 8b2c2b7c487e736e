import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const EXAMPLES = {
  400: { description: 'A parameter or the body is malformed; `field` names it.', example: { statusCode: 400, error: 'Bad Request', message: 'at: must be a day, YYYY-MM-DD', field: 'at' } },
  401: { description: 'No valid `Authorization: Bearer <api key>`.', example: { statusCode: 401, error: 'Unauthorized', message: 'writes need an Authorization: Bearer <api key> header' } },
  404: { description: 'No such resource.', example: { statusCode: 404, error: 'Not Found', message: 'unknown topic "atlantis"; known: kuril-islands' } },
  409: { description: 'Conflicts with what is recorded.', example: { statusCode: 409, error: 'Conflict', message: 'event 0b5e2c1a-7d4f-4c1e-9a55-2f7f0e0c9d11 is already retracted' } },
  413: { description: 'The article text is larger than the service accepts.', example: { statusCode: 413, error: 'Payload Too Large', message: 'text: is 2097152 bytes; at most 1 MiB (1048576)', field: 'text' } },
  415: { description: 'The body is not `application/json`.', example: { statusCode: 415, error: 'Unsupported Media Type', message: 'content-type: must be application/json, not text/plain' } },
  503: {
    description: '`minPosition` not reached within 5 s (or a dependency is down): retry after `Retry-After` seconds.',
    example: { statusCode: 503, error: 'Service Unavailable', message: 'the projections have not yet applied log position 42; retry shortly' },
  },
} as const;

export type ErrorStatus = keyof typeof EXAMPLES;

/** The error answers a route can give, each `{statusCode, error, message, field?}` with an example. */
export function ApiErrorResponses(...statuses: ErrorStatus[]): MethodDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: EXAMPLES[status].description,
        schema: { $ref: '#/components/schemas/Error' },
        example: EXAMPLES[status].example,
        ...(status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', example: 1 } } } } : {}),
      }),
    ),
  );
}
