import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { type CodebookSummary, GetTopic, ListTopics } from '#lib/codebook';

/** The tracked disputes and their codebooks: actors, questions and positions, without the extraction cues. */
@Controller('v1/topics')
export class TopicsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  async list(): Promise<{ items: CodebookSummary[] }> {
    return { items: await this.queryBus.execute(new ListTopics()) };
  }

  @Get(':topic')
  get(@Param('topic') topic: string): Promise<CodebookSummary> {
    return this.queryBus.execute(new GetTopic(topic));
  }
}
