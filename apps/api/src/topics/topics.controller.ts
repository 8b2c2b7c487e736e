import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CodebookSummary, GetTopic, ListTopics } from '#lib/codebook';
import { GetTopicDocs, ListTopicsDocs } from './topics.openapi.js';

/** The tracked disputes and their codebooks: actors, questions and positions, without the extraction cues. */
@ApiTags('topics')
@Controller('v1/topics')
export class TopicsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ListTopicsDocs()
  async list(): Promise<{ items: CodebookSummary[] }> {
    return { items: await this.queryBus.execute(new ListTopics()) };
  }

  @Get(':topic')
  @GetTopicDocs()
  get(@Param('topic') topic: string): Promise<CodebookSummary> {
    return this.queryBus.execute(new GetTopic(topic));
  }
}
