import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { GetTopicEvents, type TopicEventsPage } from '#lib/stances';
import { ValidQuery } from '../http/validated.js';
import { type GetTopicEventsQuery, getTopicEventsQuerySchema } from './get-topic-events.dto.js';
import { TopicEventsDocs } from './stances.openapi.js';

/** A topic's world timeline: its news events in world-time order, corrections applied. */
@ApiTags('stances')
@Controller('v1/topics/:topic/events')
export class TopicEventsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @TopicEventsDocs()
  list(@Param('topic') topic: string, @ValidQuery(getTopicEventsQuerySchema) query: GetTopicEventsQuery): Promise<TopicEventsPage> {
    return this.queryBus.execute(new GetTopicEvents(topic, query));
  }
}
