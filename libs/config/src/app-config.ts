import { z } from 'zod';

const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/stanceline',
  REDIS_URL: 'redis://127.0.0.1:6379',
  PORT: '3000',
  API_KEYS: '',
};

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
  DATABASE_URL: urlWithScheme('DATABASE_URL', ['postgres:', 'postgresql:']),
  REDIS_URL: urlWithScheme('REDIS_URL', ['redis:', 'rediss:']),
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
});

/** The process configuration, validated once at start-up; read it through this class only. */
export class AppConfig {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly port: number;
  /** Bearer keys that may write; empty means every write is refused. */
  readonly apiKeys: readonly string[];

  constructor(values: z.output<typeof schema>) {
    this.databaseUrl = values.DATABASE_URL;
    this.redisUrl = values.REDIS_URL;
    this.port = values.PORT;
    this.apiKeys = values.API_KEYS;
  }
}

/** Raised for a missing or malformed variable; the message is one line naming it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from `env`. An empty variable counts as unset. Throws ConfigError naming
 * the first bad variable and the value it had.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, fallback]) => [name, env[name] === undefined || env[name] === '' ? fallback : env[name]]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    // Keys are secrets: the message says what is wrong with them, never what they are.
    const shown = name === 'API_KEYS' ? '' : ` (${name}=${JSON.stringify(redact(raw[name]))})`;
    throw new ConfigError(`configuration error: ${issue.message}${shown}`);
  }
  return new AppConfig(parsed.data);
}

/** A password in a URL never reaches a log line. */
function redact(value: string | undefined): string | undefined {
  return value?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
