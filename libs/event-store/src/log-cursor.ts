import { ValidationError } from '#lib/errors';

/** A place in the global log: after the event (transactionId, position). */
export interface LogPosition {
  transactionId: bigint;
  position: bigint;
}

const FORMAT = /^v1:(\d{1,20}):(\d{1,19})$/;
const MAX_POSITION = (1n << 63n) - 1n;

export const LOG_START: LogPosition = { transactionId: 0n, position: 0n };

export function encodeCursor(at: LogPosition): string {
  return Buffer.from(`v1:${at.transactionId}:${at.position}`).toString('base64url');
}

/** Decodes an opaque cursor; an empty or missing one is the start of the log. */
export function decodeCursor(cursor: string | undefined, field = 'after'): LogPosition {
  if (cursor === undefined || cursor === '') return LOG_START;
  const match = /^[A-Za-z0-9_-]{1,80}$/.test(cursor) ? FORMAT.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match) throw new ValidationError(`${field} is not a cursor returned by this service`, field);
  const position = BigInt(match[2]);
  if (position > MAX_POSITION) throw new ValidationError(`${field} is not a cursor returned by this service`, field);
  return { transactionId: BigInt(match[1]), position };
}

/** The cursor just before the first event of transaction `transactionId`. */
export function beforeTransaction(transactionId: bigint): LogPosition {
  return transactionId === 0n ? LOG_START : { transactionId: transactionId - 1n, position: MAX_POSITION };
}
