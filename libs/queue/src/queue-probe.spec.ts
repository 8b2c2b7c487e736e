import { TEST_REDIS_URL } from '../../../test/support/env.js';
import { QueueProbe } from './queue-probe.js';

describe('QueueProbe on Redis', () => {
  it('answers pings that arrive together while its first connection is being opened', async () => {
    const probe = QueueProbe.for({ backend: 'redis', url: TEST_REDIS_URL });
    try {
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => probe.ping()));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill('fulfilled'));
    } finally {
      await probe.close();
    }
  });

  it('fails every ping while Redis is down, and does not hang', async () => {
    const probe = QueueProbe.for({ backend: 'redis', url: 'redis://127.0.0.1:1' });
    try {
      const results = await Promise.allSettled([probe.ping(), probe.ping(), probe.ping()]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    } finally {
      await probe.close();
    }
  });
});
