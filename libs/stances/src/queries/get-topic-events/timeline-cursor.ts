import { ValidationError } from '#lib/errors';

/** Where a page of the world timeline ends: its last event in (earliest, id) order. */
export interface TimelinePoint {
  earliest: string;
  id: string;
}

const FORMAT = /^t1:(\d{4}-\d{2}-\d{2}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeTimelineCursor(point: TimelinePoint): string {
  return Buffer.from(`t1:${point.earliest}:${point.id}`).toString('base64url');
}

/** Decodes an opaque cursor; an empty or missing one is the start of the timeline. */
export function decodeTimelineCursor(cursor: string | undefined, field = 'after'): TimelinePoint | null {
  if (cursor === undefined || cursor === '') return null;
  const match = /^[A-Za-z0-9_-]{1,120}$/.test(cursor) ? FORMAT.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match) throw new ValidationError(`${field}: not a cursor returned by this service`, field);
  return { earliest: match[1], id: match[2] };
}
