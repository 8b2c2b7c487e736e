/** What a caller appends. `id` makes a retried append idempotent; one is generated when omitted. */
export interface NewEvent<Data extends object = object> {
  id?: string;
  type: string;
  data: Data;
  metadata?: EventMetadataInput;
}

export interface EventMetadataInput {
  correlationId?: string;
  causationId?: string;
  [key: string]: unknown;
}

export interface EventMetadata extends EventMetadataInput {
  /** When the event store recorded it: transaction time, ISO 8601. */
  recordedAt: string;
}

export interface RecordedEvent<Data extends object = object> {
  id: string;
  streamId: string;
  /** 1 for the stream's first event, contiguous after that. */
  version: number;
  /** Global position: unique and increasing in draw order; the log is read in (transaction, position) order. */
  position: number;
  /** The writing transaction (xid8), as a decimal string. */
  transactionId: string;
  type: string;
  data: Data;
  metadata: EventMetadata;
  /** Opaque cursor of the global log just after this event. */
  cursor: string;
}

/**
 * `any`: no check; `no-stream`: the stream must not exist yet; `stream-exists`: it must; a number:
 * the stream's current version must be exactly that (0 means no stream).
 */
export type ExpectedVersion = 'any' | 'no-stream' | 'stream-exists' | number;

export interface AppendResult {
  streamId: string;
  /** The stream's version after this append: the version to expect on the next one. */
  nextExpectedVersion: number;
  firstPosition: number;
  lastPosition: number;
  /** True when the same events were already recorded by an earlier call and nothing was written. */
  duplicate: boolean;
}

export interface ReadAllFilter {
  /** Only events of these types. */
  types?: readonly string[];
  /** Only events of streams whose id starts with this prefix. */
  streamPrefix?: string;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /**
   * Where to continue. Unfiltered: the cursor after the last event, or the given one when the page
   * is empty. Filtered: past everything scanned, so a reader does not rescan non-matching events.
   */
  next: string;
}
