export type {
  AppendResult,
  EventMetadata,
  EventMetadataInput,
  ExpectedVersion,
  NewEvent,
  ReadAllFilter,
  ReadAllPage,
  RecordedEvent,
} from './event.js';
export { decodeCursor, encodeCursor, LOG_START, type LogPosition } from './log-cursor.js';
export {
  PostgresEventStore,
  MAX_EVENT_DATA_BYTES,
  MAX_EVENTS_PER_APPEND,
  MAX_READ_LIMIT,
  type EventStoreOptions,
  type Queryable,
} from './postgres-event-store.js';
export { EventStoreModule } from './event-store.module.js';
export { GetLogPage } from './queries/get-log-page/get-log-page.query.js';
export { GetLogPageHandler } from './queries/get-log-page/get-log-page.handler.js';
