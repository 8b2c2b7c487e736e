import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the local services and port 3000', () => {
    expect(loadConfig({})).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/stanceline',
      redisUrl: 'redis://127.0.0.1:6379',
      port: 3000,
      apiKeys: [],
    });
  });

  it('takes the variables that are set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:6432/x', REDIS_URL: 'rediss://cache:6380', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgresql://u:p@db:6432/x', redisUrl: 'rediss://cache:6380', port: 8080, apiKeys: [] });
  });

  describe('webhooks', () => {
    it('defaults to the Standard Webhooks retry schedule, 15 s attempts, disabling after 5 days, no allowed private range', () => {
      expect(loadConfig({}).webhooks).toEqual({
        allowCidrs: [],
        retrySchedule: [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000],
        timeout: 15_000,
        disableAfter: 5 * 86_400_000,
        secretOverlap: 86_400_000,
        retryAfterMax: 86_400_000,
        sweepInterval: 5_000,
      });
    });

    it('takes shortened schedules and allowed ranges', () => {
      const webhooks = loadConfig({
        WEBHOOK_RETRY_SCHEDULE: '0, 100ms, 0.5s',
        WEBHOOK_ALLOW_CIDRS: '127.0.0.0/8, ::1, 10.1.2.3/32',
        WEBHOOK_TIMEOUT: '2s',
        WEBHOOK_DISABLE_AFTER: '0',
      }).webhooks;
      expect(webhooks).toMatchObject({ retrySchedule: [0, 100, 500], allowCidrs: ['127.0.0.0/8', '::1', '10.1.2.3/32'], timeout: 2_000, disableAfter: 0 });
    });

    it.each([
      [{ WEBHOOK_RETRY_SCHEDULE: '0,5 seconds' }, 'WEBHOOK_RETRY_SCHEDULE must be a comma-separated list of delays such as 0,5s,5m,30m,2h (WEBHOOK_RETRY_SCHEDULE="0,5 seconds")'],
      [{ WEBHOOK_ALLOW_CIDRS: '127.0.0.0/33' }, 'WEBHOOK_ALLOW_CIDRS must be a comma-separated list of IP addresses or CIDR ranges'],
      [{ WEBHOOK_ALLOW_CIDRS: 'localhost' }, 'WEBHOOK_ALLOW_CIDRS must be a comma-separated list'],
      [{ WEBHOOK_TIMEOUT: '0' }, 'WEBHOOK_TIMEOUT must be a duration such as 500ms, 15s, 5m, 2h or 5d of at least 1 ms (WEBHOOK_TIMEOUT="0")'],
      [{ WEBHOOK_DISABLE_AFTER: '5' }, 'WEBHOOK_DISABLE_AFTER must be a duration'],
    ])('refuses %j with a one-line message naming the variable', (env, message) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });
  });

  describe('API_KEYS', () => {
    const key = (c: string) => c.repeat(24);

    it('splits a comma-separated list, trimming blanks and dropping empty entries', () => {
      expect(loadConfig({ API_KEYS: ` ${key('a')} ,,${key('b')},` }).apiKeys).toEqual([key('a'), key('b')]);
    });

    it.each([[{}], [{ API_KEYS: '' }], [{ API_KEYS: ' , ' }]])('is an empty list when %j: no key is made up', (env) => {
      expect(loadConfig(env).apiKeys).toEqual([]);
    });

    it.each([
      ['a key that is too short', 'short-key'],
      ['a key with a space inside', `${key('a')} ${key('b')}`],
      ['one bad key among good ones', `${key('a')},${'x'.repeat(300)}`],
    ])('refuses %s with a message that names API_KEYS but never echoes a key', (_, value) => {
      expect(() => loadConfig({ API_KEYS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ API_KEYS: value })).toThrow(/^configuration error: API_KEYS must be a comma-separated list of keys/);
      try {
        loadConfig({ API_KEYS: value });
      } catch (error) {
        expect((error as Error).message).not.toContain(value.split(/[ ,]/)[0]);
      }
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'configuration error: DATABASE_URL must be a postgres:// or postgresql:// URL (DATABASE_URL="mysql://localhost/x")'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL must be a redis:// or rediss:// URL (REDIS_URL="http://localhost")'],
    [{ REDIS_URL: 'http://user:secret@localhost' }, 'REDIS_URL="http://user:***@localhost"'],
    [{ PORT: 'abc' }, 'PORT must be an integer from 0 to 65535 (PORT="abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535 (PORT="70000")'],
  ])('refuses %j with a one-line message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
