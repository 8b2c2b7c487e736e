import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadAllPage } from '../../event.js';
import { PostgresEventStore } from '../../postgres-event-store.js';
import { GetLogPage } from './get-log-page.query.js';

@QueryHandler(GetLogPage)
export class GetLogPageHandler implements IQueryHandler<GetLogPage> {
  constructor(private readonly store: PostgresEventStore) {}

  execute(query: GetLogPage): Promise<ReadAllPage> {
    return this.store.readAll(query.after, query.limit);
  }
}
