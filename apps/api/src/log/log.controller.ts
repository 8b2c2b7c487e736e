import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetLogPage, type RecordedEvent } from '#lib/event-store';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { type LogQuery, logQuerySchema } from './log.dto.js';

/** The global event log for outside consumers: gap-safe, resumable from any item's cursor. */
@Controller('v1/log')
export class LogController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  async page(@Query(new ZodValidationPipe(logQuerySchema)) query: LogQuery): Promise<{ items: RecordedEvent[]; next: string }> {
    const page = await this.queryBus.execute(new GetLogPage(query.after, query.limit));
    return { items: page.events, next: page.next };
  }
}
