import { z } from 'zod';
import { edtfBounds } from '#lib/extraction';
import type { KnownAt } from '#lib/stances';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MAX_POSITION = Number.MAX_SAFE_INTEGER;

const isCalendarDay = (year: string, month: string, day: string): boolean => {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
};

/** Bounds of an EDTF (or ISO) date, as days PostgreSQL stores; the zod issue otherwise. */
function boundsOf(value: string): { earliest: string; latest: string } | string {
  try {
    const bounds = edtfBounds(value);
    if (!ISO_DAY.test(bounds.earliest) || !ISO_DAY.test(bounds.latest)) return 'must be a date within years 0000 to 9999';
    return bounds;
  } catch {
    return 'must be an EDTF or ISO 8601 date, e.g. 2018-09, 2019-01-21 or 1945~';
  }
}

/** One day, `YYYY-MM-DD` (or an EDTF string naming a single day). */
export const dayParam = z
  .string()
  .transform((value, ctx) => {
    const bounds = boundsOf(value);
    if (typeof bounds === 'string' || bounds.earliest !== bounds.latest) {
      ctx.addIssue({ code: 'custom', message: 'must be a day, YYYY-MM-DD' });
      return z.NEVER;
    }
    return bounds.earliest;
  })
  .meta({ description: 'A day, YYYY-MM-DD.', example: '2018-10-01' });

/** An EDTF or ISO date, read as the first (`earliest`) or last (`latest`) day it covers. */
export const dateBoundParam = (bound: 'earliest' | 'latest') =>
  z.string().transform((value, ctx) => {
    const bounds = boundsOf(value);
    if (typeof bounds === 'string') {
      ctx.addIssue({ code: 'custom', message: bounds });
      return z.NEVER;
    }
    return bounds[bound];
  });

/** `knownAt`: an ISO 8601 timestamp (or day) of transaction time, or a log position. */
export const knownAtParam = z
  .string()
  .transform((value, ctx): KnownAt => {
    if (/^\d{1,16}$/.test(value) && Number(value) <= MAX_POSITION) return { position: Number(value) };
    const match = ISO_TIMESTAMP.exec(value);
    if (match && isCalendarDay(match[1], match[2], match[3])) {
      // Without an offset a timestamp is UTC, whatever the server's time zone.
      const time = Date.parse(value.length > 10 && !match[4] ? `${value}Z` : value);
      if (!Number.isNaN(time)) return { time: new Date(time).toISOString() };
    }
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 timestamp or a log position (an integer)' });
    return z.NEVER;
  })
  .meta({
    description:
      'Answer as the service knew it at this moment: an ISO 8601 timestamp of transaction time, or a log position (an integer, as a write returns).',
    example: '2019-01-15T00:00:00Z',
  });

/** `minPosition`: a write's log position; the read waits (at most 5 s) until the projections have applied it. */
export const minPositionParam = z
  .string()
  .regex(/^\d{1,16}$/, { message: 'must be a log position (a non-negative integer)' })
  .transform(Number)
  .refine((n) => n <= MAX_POSITION, { message: 'must be a log position (a non-negative integer)' })
  .meta({
    description:
      'Read your own write: the position a write returned. The read waits up to 5 s for the projections to apply it, else answers 503 with Retry-After.',
    example: '42',
  });

export const actorParam = z.string().min(1).max(100).meta({ description: 'An actor id of the topic’s codebook.', example: 'russia' });
export const questionParam = z.string().min(1).max(100).meta({ description: 'A question id of the topic’s codebook.', example: 'sequencing' });
