import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { HEALTH_DOWN_EXAMPLE, HEALTH_EXAMPLE } from '../openapi/examples.js';

export const HealthDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Liveness and readiness', description: 'PostgreSQL and Redis, each asked with a 2 s bound.' }),
    ApiOkResponse({ description: 'Both answer.', example: HEALTH_EXAMPLE }),
    ApiServiceUnavailableResponse({ description: 'One or both are down.', example: HEALTH_DOWN_EXAMPLE }),
  );
