import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { HEALTH_DOWN_EXAMPLE, HEALTH_EXAMPLE } from '../openapi/examples.js';

export const HealthDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Liveness and readiness', description: 'PostgreSQL and the store of the queues, each asked with a 2 s bound: `redis`, or `queue` when the queues are in PostgreSQL (the embedded mode).' }),
    ApiOkResponse({ description: 'Both answer.', example: HEALTH_EXAMPLE }),
    ApiServiceUnavailableResponse({ description: 'One or both are down.', example: HEALTH_DOWN_EXAMPLE }),
  );
