import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type ArticleView, CorrectNewsEvent, type EventChangeResult, GetArticle, IngestArticle, type IngestResult, RetractNewsEvent } from '#lib/articles';
import { ValidBody } from '../http/validated.js';
import { CorrectNewsEventDocs, GetArticleDocs, IngestArticleDocs, RetractNewsEventDocs } from './articles.openapi.js';
import { type CorrectNewsEventBody, correctNewsEventSchema } from './correct-news-event.dto.js';
import { type IngestArticleBody, ingestArticleSchema } from './ingest-article.dto.js';
import { type RetractNewsEventBody, retractNewsEventSchema } from './retract-news-event.dto.js';

/** Articles in, events out; events are retracted or corrected by appending, never by deleting. */
@ApiTags('articles')
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  /** 201 for a new article; 200 for one already known (same url or same text), with its id. */
  @Post()
  @IngestArticleDocs()
  async ingest(
    @ValidBody(ingestArticleSchema) body: IngestArticleBody,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<IngestResult> {
    const result = await this.commandBus.execute(new IngestArticle(body));
    reply.status(result.duplicate ? 200 : 201);
    return result;
  }

  @Get(':id')
  @GetArticleDocs()
  get(@Param('id') id: string): Promise<ArticleView> {
    return this.queryBus.execute(new GetArticle(id));
  }

  @Post(':id/events/:eventId/retraction')
  @RetractNewsEventDocs()
  retract(
    @Param('id') id: string,
    @Param('eventId') eventId: string,
    @ValidBody(retractNewsEventSchema) body: RetractNewsEventBody,
  ): Promise<EventChangeResult> {
    return this.commandBus.execute(new RetractNewsEvent(id.toLowerCase(), eventId.toLowerCase(), body.reason));
  }

  @Post(':id/events/:eventId/correction')
  @CorrectNewsEventDocs()
  correct(
    @Param('id') id: string,
    @Param('eventId') eventId: string,
    @ValidBody(correctNewsEventSchema) body: CorrectNewsEventBody,
  ): Promise<EventChangeResult> {
    return this.commandBus.execute(new CorrectNewsEvent(id.toLowerCase(), eventId.toLowerCase(), body));
  }
}
