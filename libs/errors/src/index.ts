/**
 * Typed errors with one meaning each. Domain code and handlers throw these; the HTTP edge maps
 * them to status codes in one exception filter.
 */
export abstract class StancelineError extends Error {
  abstract readonly kind: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something malformed or out of bounds. `field` names what is wrong. */
export class ValidationError extends StancelineError {
  readonly kind = 'validation';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The input is well-formed but larger than the service accepts. */
export class PayloadTooLargeError extends StancelineError {
  readonly kind = 'payload-too-large';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends StancelineError {
  readonly kind = 'not-found';
}

/** An optimistic-concurrency check failed: the stream moved on since the caller read it. */
export class ConcurrencyError extends StancelineError {
  readonly kind = 'concurrency';
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`stream ${streamId}: expected version ${expected}, actual version ${actual}`);
  }
}

/** The request conflicts with what is already recorded (e.g. an event id reused for other content). */
export class ConflictError extends StancelineError {
  readonly kind = 'conflict';
}

/** The operation is not allowed in the current state. */
export class IllegalStateError extends StancelineError {
  readonly kind = 'illegal-state';
}

/** A dependency (database, queue) is not available; the caller may retry later. */
export class UnavailableError extends StancelineError {
  readonly kind = 'unavailable';
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
