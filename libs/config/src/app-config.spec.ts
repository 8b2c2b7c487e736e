import { resolve } from 'node:path';
import { ConfigError, loadConfig, loadSettings } from './app-config.js';

/** Both servers named: the external mode, in which every other variable is read the same. */
const SERVERS = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/stanceline', REDIS_URL: 'redis://127.0.0.1:6379' };
const configFrom = (env: NodeJS.ProcessEnv) => loadConfig({ ...SERVERS, ...env });

describe('loadSettings', () => {
  it('with neither DATABASE_URL nor REDIS_URL: an embedded PostgreSQL with its data in .data', () => {
    expect(loadSettings({}).servers).toEqual({ mode: 'embedded', dataDir: resolve('.data') });
    expect(loadSettings({ DATABASE_URL: '', REDIS_URL: '' }).servers.mode).toBe('embedded'); // empty is unset
  });

  it('STANCELINE_DATA_DIR moves the data, relative to the working directory', () => {
    expect(loadSettings({ STANCELINE_DATA_DIR: 'tmp/data' }).servers).toEqual({ mode: 'embedded', dataDir: resolve('tmp/data') });
    expect(loadSettings({ STANCELINE_DATA_DIR: '/var/lib/stanceline' }).servers).toEqual({ mode: 'embedded', dataDir: '/var/lib/stanceline' });
  });

  it('with both: those servers, the queues on Redis', () => {
    expect(loadSettings(SERVERS).servers).toEqual({
      mode: 'external',
      databaseUrl: SERVERS.DATABASE_URL,
      queue: { backend: 'redis', url: SERVERS.REDIS_URL },
    });
  });

  it.each([
    [{ DATABASE_URL: SERVERS.DATABASE_URL }, 'configuration error: REDIS_URL is not set, but DATABASE_URL is: set both to use your own PostgreSQL and Redis, or neither for the embedded PostgreSQL'],
    [{ REDIS_URL: SERVERS.REDIS_URL, DATABASE_URL: '' }, 'configuration error: DATABASE_URL is not set, but REDIS_URL is: set both to use your own PostgreSQL and Redis, or neither for the embedded PostgreSQL'],
  ])('refuses %j: one without the other, in one line naming the missing one', (env, message) => {
    expect(() => loadSettings(env)).toThrow(ConfigError);
    expect(() => loadSettings(env)).toThrow(new ConfigError(message));
  });

  it('configures the app on the servers it is given: the embedded one serves the queues too', () => {
    const url = 'postgres://postgres:secret@127.0.0.1:54329/stanceline';
    const config = loadSettings({ PORT: '8080' }).configure({ databaseUrl: url, queue: { backend: 'postgres', url } });
    expect(config).toMatchObject({ databaseUrl: url, queue: { backend: 'postgres', url }, port: 8080 });
  });
});

describe('loadConfig', () => {
  it('takes the servers and defaults to port 3000', () => {
    expect(loadConfig(SERVERS)).toMatchObject({
      databaseUrl: SERVERS.DATABASE_URL,
      queue: { backend: 'redis', url: SERVERS.REDIS_URL },
      port: 3000,
      apiKeys: [],
    });
  });

  it('takes the variables that are set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:6432/x', REDIS_URL: 'rediss://cache:6380', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgresql://u:p@db:6432/x', queue: { backend: 'redis', url: 'rediss://cache:6380' }, port: 8080, apiKeys: [] });
  });

  it('is for processes given their servers: without them it says so', () => {
    expect(() => loadConfig({})).toThrow('configuration error: DATABASE_URL and REDIS_URL are not set');
  });

  describe('webhooks', () => {
    it('defaults to the Standard Webhooks retry schedule, 15 s attempts, disabling after 5 days, no allowed private range', () => {
      expect(configFrom({}).webhooks).toEqual({
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
      const webhooks = configFrom({
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
      expect(() => configFrom(env)).toThrow(ConfigError);
      expect(() => configFrom(env)).toThrow(message);
    });
  });

  describe('API_KEYS', () => {
    const key = (c: string) => c.repeat(24);

    it('splits a comma-separated list, trimming blanks and dropping empty entries', () => {
      expect(configFrom({ API_KEYS: ` ${key('a')} ,,${key('b')},` }).apiKeys).toEqual([key('a'), key('b')]);
    });

    it.each([[{}], [{ API_KEYS: '' }], [{ API_KEYS: ' , ' }]])('is an empty list when %j: no key is made up', (env) => {
      expect(configFrom(env).apiKeys).toEqual([]);
    });

    it.each([
      ['a key that is too short', 'short-key'],
      ['a key with a space inside', `${key('a')} ${key('b')}`],
      ['one bad key among good ones', `${key('a')},${'x'.repeat(300)}`],
    ])('refuses %s with a message that names API_KEYS but never echoes a key', (_, value) => {
      expect(() => configFrom({ API_KEYS: value })).toThrow(ConfigError);
      expect(() => configFrom({ API_KEYS: value })).toThrow(/^configuration error: API_KEYS must be a comma-separated list of keys/);
      try {
        configFrom({ API_KEYS: value });
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
    expect(() => configFrom(env)).toThrow(ConfigError);
    expect(() => configFrom(env)).toThrow(message);
    try {
      configFrom(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
