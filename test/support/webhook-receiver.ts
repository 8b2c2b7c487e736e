import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Date.now() when the request arrived. */
  at: number;
}

/** How the receiver answers one request: a status (with headers and body), or never (`hang`). */
export type ReceiverAnswer = { status: number; headers?: Record<string, string>; body?: string } | { hang: true };

/**
 * A webhook receiver on loopback, as a subscriber would run one: it records every request and
 * answers per path from a script (200 when the script is used up).
 */
export class WebhookReceiver {
  private readonly requests: ReceivedWebhook[] = [];
  private readonly scripts = new Map<string, ReceiverAnswer[]>();
  private readonly hanging = new Set<ServerResponse>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on('request', (req, res) => receiver.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** The answers for the next requests to `path`, in order. */
  script(path: string, ...answers: ReceiverAnswer[]): void {
    this.scripts.set(path, answers);
  }

  received(path: string): ReceivedWebhook[] {
    return this.requests.filter((r) => r.path === path);
  }

  async waitFor(path: string, count: number, timeoutMs = 20_000): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received(path).length < count) {
      if (Date.now() > deadline) throw new Error(`${path}: ${this.received(path).length} of ${count} webhooks within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.received(path);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      this.requests.push({ path, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const answer = this.scripts.get(path)?.shift() ?? { status: 200, body: 'ok' };
      if ('hang' in answer) {
        this.hanging.add(res);
        return;
      }
      res.writeHead(answer.status, answer.headers).end(answer.body ?? '');
    });
  }
}

/** Verifies a received webhook as a subscriber would, with the `standardwebhooks` package; returns the payload. */
export function verify(secret: string, webhook: ReceivedWebhook): any {
  return new Webhook(secret).verify(webhook.body, {
    'webhook-id': webhook.headers['webhook-id'],
    'webhook-timestamp': webhook.headers['webhook-timestamp'],
    'webhook-signature': webhook.headers['webhook-signature'],
  });
}
