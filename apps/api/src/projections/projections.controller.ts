import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { GetProjectionStatus, type ProjectionStatus } from '#lib/stances';
import { ProjectionStatusDocs } from './projections.openapi.js';

/** How far each read model is behind the log. */
@ApiTags('operations')
@Controller('v1/projections')
export class ProjectionsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ProjectionStatusDocs()
  status(): Promise<ProjectionStatus> {
    return this.queryBus.execute(new GetProjectionStatus());
  }
}
