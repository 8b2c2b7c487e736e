import { createHash } from 'node:crypto';

/** A UUID (version 5 layout) derived from `name`: the same input always gives the same id. */
export function deterministicUuid(name: string): string {
  const hash = createHash('sha256').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The url an article is known by: scheme and host lower-cased, fragment and tracking parameters dropped. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_)/i.test(key)) parsed.searchParams.delete(key);
  parsed.hostname = parsed.hostname.toLowerCase();
  return parsed.toString().replace(/\/$/, '');
}

export const articleIdOf = (url: string) => deterministicUuid(`article:${canonicalUrl(url)}`);

/** Text is the same article whatever its whitespace or case. */
export function textHashOf(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}
