import { type E2eDatabase, e2eDatabase } from '../support/e2e-database.js';
import { type AppProcess, freePort, startProcess } from '../support/process.js';
import { type RedisServer, redisServer } from '../support/redis-server.js';
import { verify, WebhookReceiver } from '../support/webhook-receiver.js';

// A worker SIGKILLed while a delivery is in flight: the message is delivered after a restart (at
// least once), with the same webhook-id. The built `npm start` process, its own database and Redis.

const KEY = 'crash-key-0123456789abcdefgh';

let db: E2eDatabase;
let redis: RedisServer;
let receiver: WebhookReceiver;
const apps: AppProcess[] = [];

beforeAll(async () => {
  db = e2eDatabase('webhook_crash');
  redis = await redisServer();
  await redis.start();
  receiver = await WebhookReceiver.start();
});
afterAll(async () => {
  for (const app of apps) if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
  await Promise.all(apps.map((app) => app.exited));
  await receiver.close();
  await redis.kill();
  await db.drop();
}, 30_000);

async function start(port: number): Promise<AppProcess> {
  const app = startProcess('stanceline', {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    PORT: String(port),
    API_KEYS: KEY,
    WEBHOOK_ALLOW_CIDRS: '127.0.0.0/8',
    WEBHOOK_TIMEOUT: '2s',
    WEBHOOK_SWEEP_INTERVAL: '500ms',
  });
  apps.push(app);
  await app.waitForOutput(/listening on/, 30_000);
  return app;
}

it('delivers a message whose worker was killed mid-delivery after the restart, with the same webhook-id', async () => {
  const port = await freePort();
  const first = await start(port);
  const call = (path: string) =>
    fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(path === '/v1/subscriptions' ? { url: receiver.url('/hook'), topic: 'kuril-islands' } : {}) }).then((r) => r.json() as Promise<any>);
  const subscription = await call('/v1/subscriptions');
  receiver.script('/hook', { hang: true }); // the receiver takes the request and never answers
  const message = await call(`/v1/subscriptions/${subscription.id}/test`);
  const [inFlight] = await receiver.waitFor('/hook', 1);

  first.child.kill('SIGKILL');
  await first.exited;
  await start(port);

  const [, delivered] = await receiver.waitFor('/hook', 2, 40_000);
  expect(inFlight.headers['webhook-id']).toBe(message.id);
  expect(delivered.headers['webhook-id']).toBe(message.id);
  expect(verify(subscription.secret, delivered)).toMatchObject({ type: 'subscription.test', data: { subscriptionId: subscription.id } });
  // The attempt is recorded once the receiver's answer is in: the log is read until it is.
  const readLog = () =>
    fetch(`http://127.0.0.1:${port}/v1/subscriptions/${subscription.id}/deliveries`, { headers: { authorization: `Bearer ${KEY}` } }).then((r) => r.json() as Promise<any>);
  let log = await readLog();
  for (const deadline = Date.now() + 10_000; log.items[0]?.status !== 'succeeded' && Date.now() < deadline; log = await readLog()) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(log.items[0]).toMatchObject({ id: message.id, status: 'succeeded', attempts: [expect.objectContaining({ statusCode: 200, succeeded: true })] });
}, 90_000);
