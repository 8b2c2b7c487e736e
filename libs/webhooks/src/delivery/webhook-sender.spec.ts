import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { AddressPolicy, type ResolvedAddress } from './address-policy.js';
import { WebhookSender, type WebhookRequest } from './webhook-sender.js';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  url: string;
  port: number;
  received: Received[];
  connections: number;
}

/** A real HTTP server on 127.0.0.1 that records what reaches it, then answers with `handler`. */
async function receiver(handler: (req: IncomingMessage, res: ServerResponse) => void, host = '127.0.0.1'): Promise<Receiver> {
  const state = { received: [] as Received[], connections: 0 };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    state.received.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
    handler(req, res);
  });
  server.on('connection', () => state.connections++);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/hooks`, port });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const servers: Server[] = [];
const senders: WebhookSender[] = [];
const local = new AddressPolicy(['127.0.0.0/8', '::1']);

function sender(policy = local, timeoutMs = 1_000): WebhookSender {
  const made = new WebhookSender(policy, { timeoutMs, userAgent: 'Stanceline-Webhooks/1' });
  senders.push(made);
  return made;
}

const delivery = (url: string): WebhookRequest => ({
  url,
  headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,abc' },
  body: '{"type":"stance.changed"}',
});

afterEach(async () => {
  senders.splice(0).forEach((made) => made.close());
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

describe(WebhookSender.name, () => {
  it('POSTs the body as JSON with the given headers and the user agent, and succeeds on 200', async () => {
    const target = await receiver((_, res) => res.end('thanks'));
    const result = await sender().send(delivery(target.url));
    expect(result).toEqual({ statusCode: 200, latencyMs: expect.any(Number), responseBody: 'thanks', error: null, ok: true, retryAfterMs: null });
    expect(target.received).toEqual([
      {
        method: 'POST',
        url: '/hooks',
        body: '{"type":"stance.changed"}',
        headers: expect.objectContaining({
          host: `127.0.0.1:${target.port}`,
          'content-type': 'application/json',
          'content-length': '25',
          'user-agent': 'Stanceline-Webhooks/1',
          'webhook-id': 'msg_1',
          'webhook-timestamp': '1700000000',
          'webhook-signature': 'v1,abc',
        }),
      },
    ]);
  });

  it('counts any 2xx as success, whatever the body', async () => {
    const target = await receiver((_, res) => res.writeHead(204).end());
    expect(await sender().send(delivery(target.url))).toMatchObject({ statusCode: 204, ok: true, error: null, responseBody: '' });
  });

  it.each([
    [500, 'status 500'],
    [410, 'status 410'],
    [400, 'status 400'],
  ])('fails on %i and keeps the start of the body', async (status, error) => {
    const target = await receiver((_, res) => res.writeHead(status).end('{"error":"nope"}'));
    expect(await sender().send(delivery(target.url))).toMatchObject({ statusCode: status, ok: false, error, responseBody: '{"error":"nope"}', retryAfterMs: null });
  });

  it('does not follow a redirect, and names where it pointed', async () => {
    const elsewhere = await receiver((_, res) => res.end('should not be reached'));
    const target = await receiver((_, res) => res.writeHead(302, { location: elsewhere.url }).end());
    expect(await sender().send(delivery(target.url))).toMatchObject({ statusCode: 302, ok: false, error: `redirect to ${elsewhere.url} not followed` });
    expect(elsewhere.connections).toBe(0);
  });

  it('reads Retry-After in seconds from a 429', async () => {
    const target = await receiver((_, res) => res.writeHead(429, { 'retry-after': '3' }).end());
    expect(await sender().send(delivery(target.url))).toMatchObject({ statusCode: 429, ok: false, error: 'status 429', retryAfterMs: 3_000 });
  });

  it('reads Retry-After as an HTTP-date from a 503', async () => {
    const target = await receiver((_, res) => res.writeHead(503, { 'retry-after': new Date(Date.now() + 10_000).toUTCString() }).end());
    const { retryAfterMs } = await sender().send(delivery(target.url));
    expect(retryAfterMs).toBeGreaterThan(8_000);
    expect(retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('ignores Retry-After it cannot read, or on other statuses', async () => {
    const garbled = await receiver((_, res) => res.writeHead(429, { 'retry-after': '1.5' }).end());
    const other = await receiver((_, res) => res.writeHead(500, { 'retry-after': '3' }).end());
    expect((await sender().send(delivery(garbled.url))).retryAfterMs).toBeNull();
    expect((await sender().send(delivery(other.url))).retryAfterMs).toBeNull();
  });

  it('gives up on a receiver that never answers', async () => {
    const target = await receiver(() => {});
    const result = await sender(local, 300).send(delivery(target.url));
    expect(result).toMatchObject({ statusCode: null, ok: false, error: 'timed out after 300 ms', responseBody: '' });
    expect(result.latencyMs).toBeGreaterThanOrEqual(290);
    expect(result.latencyMs).toBeLessThan(1_000);
  });

  it('counts reading the body within the timeout, and keeps what came', async () => {
    const target = await receiver((_, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
    });
    expect(await sender(local, 300).send(delivery(target.url))).toMatchObject({ statusCode: 200, ok: false, error: 'timed out after 300 ms', responseBody: 'partial' });
  });

  it('counts resolution within the timeout', async () => {
    const lookup = () => new Promise<ResolvedAddress[]>(() => {});
    const result = await sender(new AddressPolicy([], lookup), 300).send(delivery('http://slow-dns.test/'));
    expect(result).toMatchObject({ statusCode: null, ok: false, error: 'timed out after 300 ms' });
  });

  it('reads only the first 1 KiB of a 10 MB body, and hangs up', async () => {
    let closedEarly = false;
    const target = await receiver((_, res) => {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.on('close', () => (closedEarly = !res.writableFinished));
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    });
    const result = await sender().send(delivery(target.url));
    expect(result).toMatchObject({ statusCode: 200, ok: true, responseBody: 'x'.repeat(1024) });
    expect(result.latencyMs).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closedEarly).toBe(true);
  });

  it('cuts the logged body at 1024 bytes, decoding UTF-8 lossily', async () => {
    const target = await receiver((_, res) => res.end(`${'a'.repeat(1023)}é and more`));
    const { responseBody } = await sender().send(delivery(target.url));
    expect(responseBody).toBe(`${'a'.repeat(1023)}\ufffd`);
  });

  it('reports a refused connection', async () => {
    const port = await freePort();
    expect(await sender().send(delivery(`http://127.0.0.1:${port}/`))).toMatchObject({
      statusCode: null,
      ok: false,
      error: `connect ECONNREFUSED 127.0.0.1:${port}`,
      responseBody: '',
    });
  });

  it('refuses a blocked address without connecting', async () => {
    const target = await receiver((_, res) => res.end());
    const result = await sender(new AddressPolicy([])).send(delivery(target.url));
    expect(result).toMatchObject({
      statusCode: null,
      ok: false,
      error: 'blocked: url host 127.0.0.1 is a loopback address (127.0.0.0/8); WEBHOOK_ALLOW_CIDRS can allow it',
    });
    expect(target.connections).toBe(0);
  });

  it('refuses a URL that is not http(s)', async () => {
    expect(await sender().send(delivery('file:///etc/passwd'))).toMatchObject({ ok: false, error: 'blocked: url scheme file: is not allowed; use http: or https:' });
  });

  it('reaches localhost when loopback is allowed, keeping the Host header', async () => {
    const target = await receiver((_, res) => res.end('ok'));
    expect(await sender().send(delivery(`http://localhost:${target.port}/hooks`))).toMatchObject({ statusCode: 200, ok: true });
    expect(target.received[0].headers.host).toBe(`localhost:${target.port}`);
  });

  it('reaches an IPv6 literal when ::1 is allowed', async () => {
    const target = await receiver((_, res) => res.end('ok'), '::1');
    expect(await sender().send(delivery(target.url))).toMatchObject({ statusCode: 200, ok: true });
    expect(target.received[0].headers.host).toBe(`[::1]:${target.port}`);
  });

  it('falls back to the next checked address when the first refuses, and names each failure when all do', async () => {
    const target = await receiver((_, res) => res.end('ok'));
    const both = async (): Promise<ResolvedAddress[]> => [
      { address: '::1', family: 6 },
      { address: '127.0.0.1', family: 4 },
    ];
    const dual = sender(new AddressPolicy(['127.0.0.0/8', '::1'], both));
    expect(await dual.send(delivery(`http://receiver.test:${target.port}/`))).toMatchObject({ statusCode: 200, ok: true });
    const port = await freePort();
    expect(await dual.send(delivery(`http://receiver.test:${port}/`))).toMatchObject({
      statusCode: null,
      ok: false,
      error: `connect ECONNREFUSED ::1:${port}; connect ECONNREFUSED 127.0.0.1:${port}`,
    });
  });

  it('connects to the address it checked, resolving once per attempt', async () => {
    const target = await receiver((_, res) => res.end('ok'));
    const lookups: string[] = [];
    // A rebinding resolver: the first answer passes the check, later ones point elsewhere.
    const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
      lookups.push(hostname);
      return [{ address: lookups.length === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    };
    const pinned = sender(new AddressPolicy(['127.0.0.0/8'], lookup));
    expect(await pinned.send(delivery(`http://receiver.test:${target.port}/hooks`))).toMatchObject({ statusCode: 200, ok: true });
    expect(lookups).toEqual(['receiver.test']);
    expect(target.received[0].headers.host).toBe(`receiver.test:${target.port}`);
    expect(await pinned.send(delivery(`http://receiver.test:${target.port}/hooks`))).toMatchObject({
      ok: false,
      error: 'blocked: url host receiver.test resolves to 10.0.0.1, a private address (10.0.0.0/8); WEBHOOK_ALLOW_CIDRS can allow it',
    });
    expect(target.received).toHaveLength(1);
  });

  it('reuses one connection for successive deliveries to a receiver', async () => {
    const target = await receiver((_, res) => res.end('ok'));
    const reused = sender();
    for (let i = 0; i < 5; i++) expect((await reused.send(delivery(target.url))).ok).toBe(true);
    expect(target.connections).toBe(1);
    const together = await Promise.all(Array.from({ length: 5 }, () => reused.send(delivery(target.url))));
    expect(together.every((result) => result.ok)).toBe(true);
    expect(target.received).toHaveLength(10);
    expect(target.connections).toBe(5);
  });
});
