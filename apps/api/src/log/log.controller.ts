import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { GetLogPage, type RecordedEvent } from '#lib/event-store';
import { ValidQuery } from '../http/validated.js';
import { type LogQuery, logQuerySchema } from './log.dto.js';
import { LogPageDocs } from './log.openapi.js';

/** The global event log for outside consumers: gap-safe, resumable from any item's cursor. */
@ApiTags('log')
@Controller('v1/log')
export class LogController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @LogPageDocs()
  async page(@ValidQuery(logQuerySchema) query: LogQuery): Promise<{ items: RecordedEvent[]; next: string }> {
    const page = await this.queryBus.execute(new GetLogPage(query.after, query.limit));
    return { items: page.events, next: page.next };
  }
}
