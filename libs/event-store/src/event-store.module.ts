import { Global, Module } from '@nestjs/common';
import pg from 'pg';
import { PostgresEventStore } from './postgres-event-store.js';

@Global()
@Module({
  providers: [{ provide: PostgresEventStore, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new PostgresEventStore(pool) }],
  exports: [PostgresEventStore],
})
export class EventStoreModule {}
