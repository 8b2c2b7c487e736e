import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Read when set and not empty; DATABASE_URL and REDIS_URL have no default (see ServerChoice). */
const OPTIONAL = ['DATABASE_URL', 'REDIS_URL'] as const;

const DEFAULTS = {
  STANCELINE_DATA_DIR: '.data',
  PORT: '3000',
  API_KEYS: '',
  WEBHOOK_ALLOW_CIDRS: '',
  WEBHOOK_RETRY_SCHEDULE: '0,5s,5m,30m,2h,5h,10h,14h,20h,24h',
  WEBHOOK_TIMEOUT: '15s',
  WEBHOOK_DISABLE_AFTER: '5d',
  WEBHOOK_SECRET_OVERLAP: '24h',
  WEBHOOK_RETRY_AFTER_MAX: '24h',
  WEBHOOK_SWEEP_INTERVAL: '5s',
};

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `0`, or a number with a unit: 250ms, 5s, 30m, 2h, 5d. */
function parseDuration(value: string): number | undefined {
  if (value === '0') return 0;
  const match = DURATION.exec(value);
  return match ? Math.round(Number(match[1]) * UNIT_MS[match[2]]) : undefined;
}

const duration = (name: string, { min = 0 } = {}) =>
  z
    .string()
    .transform((value, ctx) => {
      const ms = parseDuration(value.trim());
      if (ms === undefined || ms < min) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a duration such as 500ms, 15s, 5m, 2h or 5d${min ? ` of at least ${min} ms` : ''}` });
        return z.NEVER;
      }
      return ms;
    });

/** An IPv4 or IPv6 address, optionally with a /prefix. */
function isCidr(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Long enough not to be guessed, and free of separators and whitespace, so a key is one token. */
const API_KEY = /^[A-Za-z0-9._~+/=-]{16,256}$/;

const urlWithScheme = (name: string, schemes: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `${name} must be a ${schemes.map((s) => s + '//').join(' or ')} URL` },
  );

const schema = z.object({
  DATABASE_URL: urlWithScheme('DATABASE_URL', ['postgres:', 'postgresql:']).optional(),
  REDIS_URL: urlWithScheme('REDIS_URL', ['redis:', 'rediss:']).optional(),
  STANCELINE_DATA_DIR: z.string(),
  PORT: z
    .string()
    .regex(/^\d+$/, { message: 'PORT must be an integer from 0 to 65535' })
    .transform(Number)
    .refine((port) => port <= 65535, { message: 'PORT must be an integer from 0 to 65535' }),
  API_KEYS: z
    .string()
    .transform((value) => value.split(',').map((key) => key.trim()).filter((key) => key !== ''))
    .refine((keys) => keys.every((key) => API_KEY.test(key)), {
      message: 'API_KEYS must be a comma-separated list of keys of 16 to 256 characters (letters, digits, . _ ~ + / = -)',
    }),
  WEBHOOK_ALLOW_CIDRS: z
    .string()
    .transform((value) => value.split(',').map((cidr) => cidr.trim()).filter((cidr) => cidr !== ''))
    .refine((cidrs) => cidrs.every(isCidr), {
      message: 'WEBHOOK_ALLOW_CIDRS must be a comma-separated list of IP addresses or CIDR ranges such as 127.0.0.0/8 or ::1/128',
    }),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .transform((value, ctx) => {
      const steps = value.split(',').map((step) => parseDuration(step.trim()));
      if (steps.length === 0 || steps.some((step) => step === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'WEBHOOK_RETRY_SCHEDULE must be a comma-separated list of delays such as 0,5s,5m,30m,2h' });
        return z.NEVER;
      }
      return steps as number[];
    }),
  WEBHOOK_TIMEOUT: duration('WEBHOOK_TIMEOUT', { min: 1 }),
  WEBHOOK_DISABLE_AFTER: duration('WEBHOOK_DISABLE_AFTER'),
  WEBHOOK_SECRET_OVERLAP: duration('WEBHOOK_SECRET_OVERLAP'),
  WEBHOOK_RETRY_AFTER_MAX: duration('WEBHOOK_RETRY_AFTER_MAX'),
  WEBHOOK_SWEEP_INTERVAL: duration('WEBHOOK_SWEEP_INTERVAL', { min: 10 }),
});

/** How webhooks are delivered; every figure in milliseconds. */
export interface WebhookConfig {
  /** Addresses deliveries may reach although they are in a blocked range (loopback, private...). */
  readonly allowCidrs: readonly string[];
  /** The delay before each attempt: the first is the initial delivery, one attempt per step. */
  readonly retrySchedule: readonly number[];
  /** An attempt that has no 2xx by then has failed. */
  readonly timeout: number;
  /** A subscription whose deliveries have all failed for this long is disabled. */
  readonly disableAfter: number;
  /** How long the previous secret keeps signing after a rotation. */
  readonly secretOverlap: number;
  /** The longest Retry-After (429/503) that is honoured. */
  readonly retryAfterMax: number;
  /** How often the outbox is swept for messages whose job was lost. */
  readonly sweepInterval: number;
}

type Values = z.output<typeof schema>;

/** Where BullMQ keeps its queues: Redis, or a PostgreSQL database (BullMQ's PostgreSQL backend). */
export type QueueConnection = { readonly backend: 'redis'; readonly url: string } | { readonly backend: 'postgres'; readonly url: string };

/** Where the event store and the queues are. */
export interface Servers {
  readonly databaseUrl: string;
  readonly queue: QueueConnection;
}

/**
 * The servers the environment asks for: with DATABASE_URL and REDIS_URL, those (`external`); with
 * neither, a PostgreSQL that the process starts itself, with its data in `dataDir`, for the event
 * store and the queues alike (`embedded`). Only the start-up reads this (libs/runtime); everything
 * after it sees a database URL and a queue connection.
 */
export type ServerChoice =
  | ({ readonly mode: 'external' } & Servers)
  | { readonly mode: 'embedded'; readonly dataDir: string };

/** The process configuration, validated once at start-up; read it through this class only. */
export class AppConfig {
  readonly databaseUrl: string;
  readonly queue: QueueConnection;
  readonly port: number;
  /** Bearer keys that may write; empty means every write is refused. */
  readonly apiKeys: readonly string[];
  readonly webhooks: WebhookConfig;

  constructor(values: Values, servers: Servers) {
    this.databaseUrl = servers.databaseUrl;
    this.queue = servers.queue;
    this.port = values.PORT;
    this.apiKeys = values.API_KEYS;
    this.webhooks = {
      allowCidrs: values.WEBHOOK_ALLOW_CIDRS,
      retrySchedule: values.WEBHOOK_RETRY_SCHEDULE,
      timeout: values.WEBHOOK_TIMEOUT,
      disableAfter: values.WEBHOOK_DISABLE_AFTER,
      secretOverlap: values.WEBHOOK_SECRET_OVERLAP,
      retryAfterMax: values.WEBHOOK_RETRY_AFTER_MAX,
      sweepInterval: values.WEBHOOK_SWEEP_INTERVAL,
    };
  }
}

/** The environment, validated: which servers to use, and the configuration once they are known. */
export class Settings {
  readonly servers: ServerChoice;

  constructor(private readonly values: Values) {
    this.servers = chooseServers(values);
  }

  /** The configuration, with the event store and the queues on `servers`. */
  configure(servers: Servers): AppConfig {
    return new AppConfig(this.values, servers);
  }
}

function chooseServers(values: Values): ServerChoice {
  const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } = values;
  if (databaseUrl !== undefined && redisUrl !== undefined) {
    return { mode: 'external', databaseUrl, queue: { backend: 'redis', url: redisUrl } };
  }
  if (databaseUrl === undefined && redisUrl === undefined) return { mode: 'embedded', dataDir: resolve(values.STANCELINE_DATA_DIR) };
  const [set, missing] = databaseUrl === undefined ? ['REDIS_URL', 'DATABASE_URL'] : ['DATABASE_URL', 'REDIS_URL'];
  throw new ConfigError(
    `configuration error: ${missing} is not set, but ${set} is: set both to use your own PostgreSQL and Redis, or neither for the embedded PostgreSQL`,
  );
}

/** Raised for a missing or malformed variable; the message is one line naming it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates `env`. An empty variable counts as unset. Throws ConfigError naming the first
 * bad variable and the value it had, or the missing one of DATABASE_URL and REDIS_URL.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const given = (name: string) => (env[name] === '' ? undefined : env[name]);
  const raw: Record<string, string | undefined> = {
    ...Object.fromEntries(OPTIONAL.map((name) => [name, given(name)])),
    ...Object.fromEntries(Object.entries(DEFAULTS).map(([name, fallback]) => [name, given(name) ?? fallback])),
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    // Keys are secrets: the message says what is wrong with them, never what they are.
    const shown = name === 'API_KEYS' ? '' : ` (${name}=${JSON.stringify(redact(raw[name]))})`;
    throw new ConfigError(`configuration error: ${issue.message}${shown}`);
  }
  return new Settings(parsed.data);
}

/**
 * The configuration for a process that is given its servers (tests, benchmarks): DATABASE_URL and
 * REDIS_URL must both be set. The entry points use loadSettings, which also allows neither.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const settings = loadSettings(env);
  if (settings.servers.mode !== 'external') {
    throw new ConfigError('configuration error: DATABASE_URL and REDIS_URL are not set (only the entry points start an embedded PostgreSQL)');
  }
  return settings.configure(settings.servers);
}

/** A password in a URL never reaches a log line. */
function redact(value: string | undefined): string | undefined {
  return value?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
