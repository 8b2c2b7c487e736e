import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';

import { type AddressPolicy, type ResolvedAddress, UrlRefusedError } from './address-policy.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface AttemptResult {
  /** null when no response came: refused address, DNS failure, connect error, timeout before the headers. */
  statusCode: number | null;
  /** From the start, resolution included, to the end of reading the response or to the failure. */
  latencyMs: number;
  /** The first 1 KiB of the response body, decoded as UTF-8 (invalid bytes replaced); '' when none. */
  responseBody: string;
  /** One line saying why the attempt failed; null when ok. */
  error: string | null;
  /** A 2xx, read within the timeout. */
  ok: boolean;
  /** Retry-After (delta seconds or HTTP-date) of a 429 or 503, in ms from now; else null. */
  retryAfterMs: number | null;
}

const LOGGED_BODY_BYTES = 1024;

const AGENT_OPTIONS = {
  keepAlive: true,
  // A backstop per receiver; requests beyond it wait for a socket, inside their timeout.
  maxSockets: 64,
  // Idle pooled sockets close after this, or sooner when the receiver's Keep-Alive header says so.
  timeout: 30_000,
};

/** Everything known about the response so far, so a timeout mid-body still reports what came. */
interface Progress {
  statusCode: number | null;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Makes one webhook delivery attempt: resolves and checks the receiver's address through the
 * AddressPolicy, connects only to the checked addresses, POSTs the body and reads at most 1 KiB of
 * the answer. Redirects are not followed. Keep-alive agents reuse sockets across deliveries.
 */
export class WebhookSender {
  private readonly httpAgent = new HttpAgent(AGENT_OPTIONS);
  private readonly httpsAgent = new HttpsAgent(AGENT_OPTIONS);

  constructor(
    private readonly policy: AddressPolicy,
    private readonly options: { timeoutMs: number; userAgent: string },
  ) {}

  /** Never throws for network or HTTP problems: they come back as a failed AttemptResult. */
  async send(request: WebhookRequest): Promise<AttemptResult> {
    const started = performance.now();
    const progress: Progress = { statusCode: null, headers: {}, body: Buffer.alloc(0) };
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // One deadline for resolution, connection, headers and body: a slow DNS answer or a trickling
    // receiver cannot stretch an attempt.
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new TimeoutError(`timed out after ${this.options.timeoutMs} ms`);
        abort.abort(error);
        reject(error);
      }, this.options.timeoutMs);
    });
    try {
      await Promise.race([this.attempt(request, progress, abort.signal), timedOut]);
      return result(progress, null, started);
    } catch (error) {
      return result(progress, error, started);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Destroys the pooled keep-alive sockets. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private async attempt(request: WebhookRequest, progress: Progress, signal: AbortSignal): Promise<void> {
    const url = this.policy.checkUrl(request.url);
    const addresses = await this.policy.resolve(url);
    signal.throwIfAborted();
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const options: RequestOptions = {
      method: 'POST',
      host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: {
        ...request.headers,
        host: url.host,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(request.body)),
        'user-agent': this.options.userAgent,
      },
      // Connect to the addresses just checked, never to a second DNS answer (rebinding).
      lookup: pinned(addresses),
      signal,
    };
    await new Promise<void>((resolve, reject) => {
      const req =
        url.protocol === 'https:'
          ? httpsRequest({ ...options, agent: this.httpsAgent, servername: isIP(host) ? undefined : host })
          : httpRequest({ ...options, agent: this.httpAgent });
      req.on('error', reject);
      req.on('response', (res) => {
        progress.statusCode = res.statusCode ?? null;
        progress.headers = res.headers;
        res.on('data', (chunk: Buffer) => {
          if (progress.body.length < LOGGED_BODY_BYTES) progress.body = Buffer.concat([progress.body, chunk]).subarray(0, LOGGED_BODY_BYTES);
          // Enough for the log: drop the connection rather than read a body that may never end.
          if (progress.body.length >= LOGGED_BODY_BYTES && !res.complete) {
            res.destroy();
            resolve();
          }
        });
        res.on('end', resolve);
        res.on('error', reject);
      });
      req.end(request.body);
    });
  }
}

function pinned(addresses: readonly ResolvedAddress[]): LookupFunction {
  // The family option is ignored: requests never set one, and the checked list is all there is.
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses.map(({ address, family }) => ({ address, family })));
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function result(progress: Progress, error: unknown, started: number): AttemptResult {
  const { statusCode, headers } = progress;
  const ok = error === null && statusCode !== null && statusCode >= 200 && statusCode < 300;
  return {
    statusCode,
    latencyMs: Math.round(performance.now() - started),
    responseBody: progress.body.toString('utf8'),
    error: error !== null ? describe(error) : ok ? null : statusError(statusCode, headers),
    ok,
    retryAfterMs: statusCode === 429 || statusCode === 503 ? retryAfter(headers['retry-after']) : null,
  };
}

function statusError(statusCode: number | null, headers: IncomingHttpHeaders): string {
  const location = headers.location;
  if (statusCode !== null && statusCode >= 300 && statusCode < 400 && location) {
    return `redirect to ${location.length > 300 ? `${location.slice(0, 300)}…` : location} not followed`;
  }
  return `status ${statusCode}`;
}

function describe(error: unknown): string {
  if (error instanceof UrlRefusedError) return `blocked: ${error.message}`;
  // Duck-typed rather than instanceof: errors from node internals may come from another realm (jest's vm).
  const { message, code, errors } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; code?: unknown; errors?: unknown };
  // Happy Eyeballs over several addresses fails with an AggregateError: one error per address, no message.
  if (Array.isArray(errors) && errors.length > 0) return [...new Set(errors.map(describe))].join('; ');
  const text = typeof message === 'string' && message !== '' ? message : typeof code === 'string' ? code : String(error);
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Delta seconds or an HTTP-date (which starts with a day name); anything else is ignored. */
function retryAfter(value: string | undefined): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = /^[A-Za-z]+,? /.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
