import { afterFailure } from './retry-policy.js';

const STANDARD = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000];
const options = { schedule: STANDARD, retryAfterMax: 86_400_000 };
const failed = (statusCode: number | null, retryAfterMs: number | null = null) => ({ statusCode, retryAfterMs });

describe('afterFailure', () => {
  it('follows the schedule step after the failed attempt, within ±20%', () => {
    expect(afterFailure(failed(500), 1, options, 0.5)).toEqual({ kind: 'retry', delayMs: 5_000 });
    expect(afterFailure(failed(500), 1, options, 0)).toEqual({ kind: 'retry', delayMs: 4_000 });
    expect(afterFailure(failed(null), 2, options, 0.999999)).toEqual({ kind: 'retry', delayMs: 360_000 });
    expect(afterFailure(failed(500), 9, options, 0.5)).toEqual({ kind: 'retry', delayMs: 86_400_000 });
  });

  it('gives the message up after the last step: ten attempts in all', () => {
    expect(afterFailure(failed(500), 10, options, 0.5)).toEqual({ kind: 'give-up' });
  });

  it('disables the subscription on 410 Gone, whatever the step', () => {
    expect(afterFailure(failed(410), 1, options, 0.5)).toEqual({ kind: 'disable', reason: 'the endpoint answered 410 Gone' });
  });

  it('honours a Retry-After longer than the step, up to the bound, and never retries sooner than the step', () => {
    expect(afterFailure(failed(429, 60_000), 1, options, 0.5)).toEqual({ kind: 'retry', delayMs: 60_000 });
    expect(afterFailure(failed(503, 1_000), 1, options, 0.5)).toEqual({ kind: 'retry', delayMs: 5_000 });
    expect(afterFailure(failed(429, 10 * 86_400_000), 1, { ...options, retryAfterMax: 3_600_000 }, 0.5)).toEqual({ kind: 'retry', delayMs: 3_600_000 });
  });
});
