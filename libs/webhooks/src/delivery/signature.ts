import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';
const KEY_BYTES = 32;

/** A new Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export function generateSecret(): string {
  return PREFIX + randomBytes(KEY_BYTES).toString('base64');
}

/** Whether `value` has the shape generateSecret gives: `whsec_` and canonical base64 of 32 bytes. */
export function isSecret(value: string): boolean {
  return keyOf(value)?.length === KEY_BYTES;
}

/**
 * The `webhook-signature` header value: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per
 * secret, space-separated, so a receiver holding either the old or the new secret during a
 * rotation verifies the message. The HMAC key is the base64-decoded part after `whsec_`; keys of
 * other lengths than 32 bytes are signed with too, as Standard Webhooks allows them.
 */
export function sign(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  if (secrets.length === 0) throw new Error('sign needs at least one secret');
  if (!Number.isSafeInteger(timestampSeconds)) throw new Error(`timestamp must be whole seconds, got ${timestampSeconds}`);
  return secrets
    .map((secret) => {
      const key = keyOf(secret);
      if (!key) throw new Error('sign was given a value that is not a whsec_ secret');
      return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
    })
    .join(' ');
}

function keyOf(secret: string): Buffer | undefined {
  if (!secret.startsWith(PREFIX)) return undefined;
  const encoded = secret.slice(PREFIX.length);
  const key = Buffer.from(encoded, 'base64');
  // Buffer.from skips characters that are not base64; only a clean round trip is a key.
  return key.length > 0 && key.toString('base64') === encoded ? key : undefined;
}
