import { Webhook } from 'standardwebhooks';

import { generateSecret, isSecret, sign } from './signature.js';

describe('signature', () => {
  const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const body = JSON.stringify({ type: 'stance.changed', data: { actor: 'russia', question: 'sequencing' } });
  const now = () => Math.floor(Date.now() / 1000);
  const headers = (signature: string, timestamp = now()) => ({
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signature,
  });

  describe('generateSecret', () => {
    it('makes whsec_ secrets of 32 random bytes that isSecret accepts', () => {
      const [a, b] = [generateSecret(), generateSecret()];
      expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(a.slice('whsec_'.length), 'base64')).toHaveLength(32);
      expect(isSecret(a)).toBe(true);
      expect(a).not.toBe(b);
    });
  });

  describe('isSecret', () => {
    it.each([
      ['no prefix', Buffer.alloc(32).toString('base64')],
      ['16 bytes', `whsec_${Buffer.alloc(16).toString('base64')}`],
      ['33 bytes', `whsec_${Buffer.alloc(33).toString('base64')}`],
      ['characters outside base64', `whsec_${Buffer.alloc(32).toString('base64').replace('A', '!')}`],
      ['url-safe base64', `whsec_${Buffer.alloc(32, 0xfb).toString('base64url')}=`],
      ['an empty key', 'whsec_'],
    ])('refuses %s', (_, value) => {
      expect(isSecret(value)).toBe(false);
    });
  });

  describe('sign', () => {
    it('signs what a Standard Webhooks receiver verifies', () => {
      const secret = generateSecret();
      expect(new Webhook(secret).verify(body, headers(sign([secret], id, now(), body)))).toEqual(JSON.parse(body));
    });

    it('matches the Standard Webhooks test vector', () => {
      // The reference libraries' test vector: a 24-byte key, which sign takes though generateSecret makes 32.
      const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
      expect(sign([secret], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    });

    it('carries one signature per secret during a rotation, so a receiver holding either verifies', () => {
      const [previous, next] = [generateSecret(), generateSecret()];
      const signature = sign([previous, next], id, now(), body);
      expect(signature.split(' ')).toHaveLength(2);
      expect(() => new Webhook(previous).verify(body, headers(signature))).not.toThrow();
      expect(() => new Webhook(next).verify(body, headers(signature))).not.toThrow();
    });

    it('fails verification for a tampered body, another id or timestamp, or another secret', () => {
      const secret = generateSecret();
      const timestamp = now();
      const signature = sign([secret], id, timestamp, body);
      expect(() => new Webhook(secret).verify(body.replace('russia', 'japan'), headers(signature, timestamp))).toThrow('No matching signature found');
      expect(() => new Webhook(secret).verify(body, { ...headers(signature, timestamp), 'webhook-id': 'msg_other' })).toThrow('No matching signature found');
      expect(() => new Webhook(secret).verify(body, headers(signature, timestamp - 1))).toThrow('No matching signature found');
      expect(() => new Webhook(generateSecret()).verify(body, headers(signature, timestamp))).toThrow('No matching signature found');
    });

    it('refuses fractional timestamps and values that are not secrets', () => {
      expect(() => sign([generateSecret()], id, 1614265330.5, body)).toThrow('timestamp must be whole seconds');
      expect(() => sign(['not-a-secret'], id, now(), body)).toThrow('not a whsec_ secret');
      expect(() => sign([], id, now(), body)).toThrow('at least one secret');
    });
  });
});
