import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { PROJECTION_STATUS_EXAMPLE } from '../openapi/examples.js';

export const ProjectionStatusDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Projection checkpoints and lag',
      description: 'Each projection’s checkpoint, the head of the log, and how far behind each is, in events and in seconds of transaction time.',
    }),
    ApiOkResponse({ description: 'The projections.', schema: { $ref: '#/components/schemas/ProjectionStatus' }, example: PROJECTION_STATUS_EXAMPLE }),
  );
