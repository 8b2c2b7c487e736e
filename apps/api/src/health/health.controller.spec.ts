import { createPool } from '#lib/database';
import { startTestApi } from '../../../../test/support/api.js';
import { createTestSchema, type TestSchema } from '../../../../test/support/database.js';
import { ApiModule } from '../api.module.js';

let db: TestSchema;

beforeAll(async () => {
  db = await createTestSchema();
});
afterAll(() => db.drop());

describe('GET /health', () => {
  it('answers 200 when PostgreSQL and Redis both answer', async () => {
    const api = await startTestApi({ db, modules: [ApiModule] });
    try {
      const response = await api.get('/health');
      expect(response).toMatchObject({
        status: 200,
        body: { status: 'ok', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } },
      });
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming Redis when Redis does not answer', async () => {
    const api = await startTestApi({ db, modules: [ApiModule], redisUrl: 'redis://127.0.0.1:1' });
    try {
      const response = await api.get('/health');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 'error', message: 'redis is down', checks: { postgres: { status: 'up' }, redis: { status: 'down' } } });
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming PostgreSQL when PostgreSQL does not answer', async () => {
    const deadPool = createPool({ connectionString: 'postgres://postgres@127.0.0.1:1/stanceline', max: 1 });
    const api = await startTestApi({ db, modules: [ApiModule], pool: deadPool });
    try {
      const response = await api.get('/health');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ message: 'postgres is down', checks: { postgres: { status: 'down', error: expect.stringContaining('ECONNREFUSED') }, redis: { status: 'up' } } });
    } finally {
      await api.close();
    }
  });
});
