export type MessageStatus = 'pending' | 'delivering' | 'succeeded' | 'failed' | 'cancelled';

/** One delivery attempt as the log shows it. */
export interface AttemptView {
  attemptedAt: string;
  /** null when no response came (refused address, connection error, timeout). */
  statusCode: number | null;
  latencyMs: number;
  /** The first KiB of the response body. */
  response: string;
  error: string | null;
  succeeded: boolean;
}

/** A message (one webhook, its webhook-id) with every attempt made to deliver it. */
export interface DeliveryView {
  id: string;
  subscriptionId: string;
  type: string;
  /** The body exactly as sent. */
  payload: unknown;
  position: number | null;
  status: MessageStatus;
  attempts: AttemptView[];
  nextAttemptAt: string | null;
  createdAt: string;
  succeededAt: string | null;
}

/** A message claimed for an attempt, with what signing and sending it needs. */
export interface ClaimedMessage {
  id: string;
  body: string;
  /** Attempts made before this one, in all and since it was last (re)queued. */
  attempts: number;
  roundAttempts: number;
  subscriptionId: string;
  url: string;
  enabled: boolean;
  /** The secrets that sign: the current one, and the previous one during a rotation's overlap. */
  secrets: string[];
}

/** What an attempt came to, as recorded. */
export interface AttemptRecord {
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  responseBody: string;
  error: string | null;
  succeeded: boolean;
}

/** What happens to the message and its subscription after a failed attempt. */
export type AfterFailure =
  | { kind: 'retry'; delayMs: number }
  | { kind: 'give-up' }
  | { kind: 'disable'; reason: string }
  /** The message was deleted with its subscription while the attempt was in flight. */
  | { kind: 'gone' };
