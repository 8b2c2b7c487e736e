import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { GetStanceHistory, GetStancesAt, type StanceHistory, type StancesAt } from '#lib/stances';
import { ValidQuery } from '../http/validated.js';
import { type GetStanceHistoryQuery, getStanceHistoryQuerySchema } from './get-stance-history.dto.js';
import { type GetStancesQuery, getStancesQuerySchema } from './get-stances.dto.js';
import { StanceHistoryDocs, StancesAtDocs } from './stances.openapi.js';

/** Where each party stood, on any date, as known at any moment. */
@ApiTags('stances')
@Controller('v1/topics/:topic/stances')
export class StancesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @StancesAtDocs()
  at(@Param('topic') topic: string, @ValidQuery(getStancesQuerySchema) query: GetStancesQuery): Promise<StancesAt> {
    return this.queryBus.execute(new GetStancesAt(topic, query));
  }

  @Get('history')
  @StanceHistoryDocs()
  history(@Param('topic') topic: string, @ValidQuery(getStanceHistoryQuerySchema) query: GetStanceHistoryQuery): Promise<StanceHistory> {
    const { actor, question, ...options } = query;
    return this.queryBus.execute(new GetStanceHistory(topic, actor, question, options));
  }
}
