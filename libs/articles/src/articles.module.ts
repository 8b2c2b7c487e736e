import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PostgresEventStore } from '#lib/event-store';
import { ArticleRepository } from './article.repository.js';
import { Clock, SystemClock } from './clock.js';
import { CorrectNewsEventHandler } from './commands/correct-news-event/correct-news-event.handler.js';
import { IngestArticleHandler } from './commands/ingest-article/ingest-article.handler.js';
import { RetractNewsEventHandler } from './commands/retract-news-event/retract-news-event.handler.js';
import { GetArticleHandler } from './queries/get-article/get-article.handler.js';

/** Articles: ingest, retract, correct, read. Expects EventStoreModule and CodebookModule from the root. */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: ArticleRepository, inject: [PostgresEventStore], useFactory: (store: PostgresEventStore) => new ArticleRepository(store) },
    { provide: Clock, useClass: SystemClock },
    IngestArticleHandler,
    RetractNewsEventHandler,
    CorrectNewsEventHandler,
    GetArticleHandler,
  ],
})
export class ArticlesModule {}
