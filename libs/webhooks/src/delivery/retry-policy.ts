import type { AfterFailure } from '../messages/message.js';

export interface RetryPolicyOptions {
  /** The delay before each attempt of a round; its length is the number of attempts. */
  schedule: readonly number[];
  /** The longest Retry-After honoured. */
  retryAfterMax: number;
}

export interface FailedAttempt {
  statusCode: number | null;
  retryAfterMs: number | null;
}

/** ±20% around each step, so retries of many messages failing at once do not arrive together. */
const JITTER = 0.2;

/**
 * What follows a failed attempt, the `attempt`-th (1-based) of its round: 410 Gone disables the
 * subscription at once; after the last step of the schedule the message is given up; otherwise
 * the next step, jittered, or the receiver's Retry-After (429/503) when that is longer, up to
 * `retryAfterMax`. `random` is in [0, 1).
 */
export function afterFailure(failed: FailedAttempt, attempt: number, options: RetryPolicyOptions, random: number): AfterFailure {
  if (failed.statusCode === 410) return { kind: 'disable', reason: 'the endpoint answered 410 Gone' };
  if (attempt >= options.schedule.length) return { kind: 'give-up' };
  const step = options.schedule[attempt] * (1 + JITTER * (2 * random - 1));
  const asked = failed.retryAfterMs === null ? 0 : Math.min(failed.retryAfterMs, options.retryAfterMax);
  return { kind: 'retry', delayMs: Math.round(Math.max(step, asked)) };
}
