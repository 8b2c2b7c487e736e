import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the local services and port 3000', () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/stanceline',
      redisUrl: 'redis://127.0.0.1:6379',
      port: 3000,
    });
  });

  it('takes the variables that are set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:6432/x', REDIS_URL: 'rediss://cache:6380', PORT: '8080' });
    expect(config).toEqual({ databaseUrl: 'postgresql://u:p@db:6432/x', redisUrl: 'rediss://cache:6380', port: 8080 });
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
