import { ValidationError } from '#lib/errors';

/** Where a newest-first page stopped: the last item's creation time and id, opaque to callers. */
export interface PageCursor {
  createdAt: string;
  id: string;
}

export function encodePageCursor(item: PageCursor): string {
  return Buffer.from(JSON.stringify([item.createdAt, item.id])).toString('base64url');
}

export function decodePageCursor(cursor: string | undefined, field = 'after'): PageCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt))) return { createdAt, id };
  } catch {
    // falls through to the error below
  }
  throw new ValidationError(`${field}: not a cursor this service gave out`, field);
}

/** `{ items, next }` with `next` only when a further page may exist (one more row than asked was read). */
export function page<T extends PageCursor>(rows: T[], limit: number): { items: T[]; next?: string } {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, next: encodePageCursor(items[items.length - 1]) };
}
