// The one place that reads process.env. Everything else receives a Config.

import { availableParallelism } from 'node:os';

export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  readonly bootstrapToken: string | null;
  /** Base of absolute URLs in pagination links; null means "derive from the request". */
  readonly publicUrl: string | null;
  readonly logLevel: string;
  /** Largest accepted request body, in bytes. Imports need several MiB. */
  readonly bodyLimit: number;
  /** Requests per minute per account (MailerLite: 120); 0 turns the limit off. */
  readonly rateLimit: number;
  /** CARTLINE_CONSOLE_RATE_LIMIT: requests per minute per account of console sessions (x-cartline-client: console), counted apart. */
  readonly consoleRateLimit: number;
  /** CARTLINE_CONSOLE=false: no web console (/, /console/) and no /docs, for API-only deployments. */
  readonly console: boolean;
  /** Where rate-limit counters live when several processes share one limit; null keeps them in memory. */
  readonly redisUrl: string | null;
  /** Prefix of every Redis key Cartline writes. */
  readonly redisPrefix: string;
  /** PostgreSQL connections in the pool (DATABASE_POOL_SIZE); default 2 per core + 1, PostgreSQL's rule of thumb. */
  readonly databasePoolSize: number;
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before the process exits anyway (ms). */
  readonly shutdownTimeout: number;
  /** CARTLINE_WORKER_ID: the id worker number this process must hold (0..1023); null takes a free one. */
  readonly workerId: number | null;
  /** CARTLINE_CACHE_MB: memory for answers kept between requests (src/http/fragments.ts), in MiB; 0 turns it off. */
  readonly cacheBytes: number;
  /** CARTLINE_WEBHOOK_DELIVERY=false: this process records events but leaves their delivery to others. */
  readonly webhookDelivery: boolean;
  /** CARTLINE_WEBHOOK_RETRY_DELAYS: seconds before each retry of a failed delivery (MailerLite: 10, 100, 1000). */
  readonly webhookRetryDelays: readonly number[];
  /** CARTLINE_WEBHOOK_BATCH_WINDOW: how long a batchable webhook's events are collected into one request (ms). */
  readonly webhookBatchWindowMs: number;
  /** CARTLINE_WEBHOOK_DENY_PRIVATE=true: refuse receivers on private and loopback addresses. */
  readonly webhookDenyPrivate: boolean;
  /** CARTLINE_WEBHOOK_DISABLE_AFTER: a webhook failing without a break for this long is disabled (ms; 3 days). */
  readonly webhookDisableAfterMs: number;
  /** CARTLINE_EVENTS_MAX_AGE: events and finished deliveries are kept this long (ms; 7 days). */
  readonly eventsMaxAgeMs: number;
  /** CARTLINE_CART_ABANDON_AFTER: seconds without a change after which an unfinished cart is abandoned (a shop may override). */
  readonly cartAbandonAfter: number;
  /** CARTLINE_CART_RECOVERY_WINDOW: seconds after an abandonment within which a completed order recovers it (a shop may override). */
  readonly cartRecoveryWindow: number;
  /** CARTLINE_CART_SWEEP_INTERVAL: seconds between two runs of the abandoned-cart sweeper; 0 turns it off in this process. */
  readonly cartSweepInterval: number;
  /** CARTLINE_JOURNAL: which requests the journal keeps (src/modules/requests): all, errors (4xx/5xx) or none. */
  readonly journal: JournalMode;
  /** CARTLINE_JOURNAL_MAX_ENTRIES: entries kept per account; the oldest go first. */
  readonly journalMaxEntries: number;
  /** CARTLINE_JOURNAL_MAX_AGE: how long an entry is kept, in seconds. */
  readonly journalMaxAgeSeconds: number;
  /** CARTLINE_ALLOW_RESET: whether POST /api/cartline/reset may empty an account. */
  readonly allowReset: boolean;
  /** LOG_FORMAT: JSON lines, or readable coloured lines (pino-pretty); null chooses by whether stdout is a terminal. */
  readonly logFormat: LogFormat | null;
  /** CARTLINE_METRICS: whether GET /metrics is served and requests are measured. */
  readonly metrics: boolean;
  /** CARTLINE_METRICS_TOKEN: the Bearer token GET /metrics asks for; null serves it to anyone who can reach it. */
  readonly metricsToken: string | null;
}

export type LogFormat = 'json' | 'pretty';

/** Longest abandonment delay or recovery window, server-wide or per shop: a year, in seconds. */
export const MAX_SHOP_SECONDS = 366 * 86400;

export type JournalMode = 'all' | 'errors' | 'off';
const JOURNAL_MODES: readonly JournalMode[] = ['all', 'errors', 'off'];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Tokens shorter than this are taken for legacy API keys by MailerLite's WooCommerce plugin. */
export const MIN_TOKEN_LENGTH = 100;

export function parseDatabaseUrl(value: string): DatabaseTarget {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new ConfigError('DATABASE_URL: sqlite: needs a file path, as in sqlite:./data/cartline.db');
    return { kind: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError(`DATABASE_URL: not a valid URL: ${redactUrl(value)}`);
    }
    return { kind: 'postgres', url: value };
  }
  throw new ConfigError('DATABASE_URL must start with sqlite: or postgres://');
}

/** A database URL fit for logs: the password is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Seconds, whole or not ("0.5" in tests), as milliseconds. */
function seconds(name: string, raw: string | undefined, fallback: number, max = 365 * 86_400): number {
  if (raw === undefined || raw === '') return fallback * 1000;
  if (!/^\d+(\.\d+)?$/.test(raw.trim())) throw new ConfigError(`${name} must be a number of seconds, got "${raw}"`);
  const value = Number(raw);
  if (value > max) throw new ConfigError(`${name} must be at most ${max} seconds, got ${raw}`);
  return Math.round(value * 1000);
}

function retryDelays(raw: string | undefined): number[] {
  if (raw === undefined || raw.trim() === '') return [10, 100, 1000];
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length > 20 || parts.some((part) => !/^\d+(\.\d+)?$/.test(part))) {
    throw new ConfigError(`CARTLINE_WEBHOOK_RETRY_DELAYS must be seconds separated by commas (at most 20), as in 10,100,1000; got "${raw}"`);
  }
  return parts.map(Number);
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, as a bare number of seconds or a number with one unit: 45s, 30m, 12h, 7d. */
function duration(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)([smhd]?)$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's']! : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 1) {
    throw new ConfigError(`${name} must be a duration: seconds (604800) or a number with s, m, h or d (7d), at least 1 s; got "${raw}"`);
  }
  return seconds;
}

function boolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function logFormat(raw: string | undefined): LogFormat | null {
  if (raw === undefined || raw === '') return null;
  if (raw === 'json' || raw === 'pretty') return raw;
  throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${raw}"`);
}

/** Sent as `Authorization: Bearer TOKEN`: visible ASCII, no spaces, as a header value can carry it. */
function metricsToken(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^[\x21-\x7e]+$/.test(raw)) throw new ConfigError('CARTLINE_METRICS_TOKEN must be printable ASCII without spaces');
  return raw;
}

function redisUrl(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^rediss?:\/\//.test(value)) throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${redactUrl(value)}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  let publicUrl: string | null = null;
  if (env.CARTLINE_PUBLIC_URL) {
    try {
      const url = new URL(env.CARTLINE_PUBLIC_URL);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    } catch {
      throw new ConfigError(`CARTLINE_PUBLIC_URL must be an http(s) URL, got "${env.CARTLINE_PUBLIC_URL}"`);
    }
    publicUrl = env.CARTLINE_PUBLIC_URL.replace(/\/+$/, '');
  }

  const bootstrapToken = env.CARTLINE_BOOTSTRAP_TOKEN || null;
  if (bootstrapToken !== null && bootstrapToken.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(`CARTLINE_BOOTSTRAP_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters long`);
  }

  const journal = (env.CARTLINE_JOURNAL || 'all') as JournalMode;
  if (!JOURNAL_MODES.includes(journal)) throw new ConfigError(`CARTLINE_JOURNAL must be one of ${JOURNAL_MODES.join(', ')}, got "${env.CARTLINE_JOURNAL}"`);

  return Object.freeze({
    port: integer('PORT', env.PORT, 8080, 0, 65535),
    host: env.HOST || '0.0.0.0',
    database: parseDatabaseUrl(env.DATABASE_URL || 'sqlite:./data/cartline.db'),
    bootstrapToken,
    publicUrl,
    logLevel,
    bodyLimit: integer('CARTLINE_BODY_LIMIT', env.CARTLINE_BODY_LIMIT, 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    rateLimit: integer('CARTLINE_RATE_LIMIT', env.CARTLINE_RATE_LIMIT, 120, 0, 1_000_000_000),
    consoleRateLimit: integer('CARTLINE_CONSOLE_RATE_LIMIT', env.CARTLINE_CONSOLE_RATE_LIMIT, 120, 1, 1_000_000_000),
    console: flag('CARTLINE_CONSOLE', env.CARTLINE_CONSOLE, true),
    redisUrl: redisUrl(env.REDIS_URL),
    redisPrefix: env.CARTLINE_REDIS_PREFIX || 'cartline:',
    databasePoolSize: integer('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 2 * availableParallelism() + 1, 1, 1000),
    shutdownTimeout: integer('CARTLINE_SHUTDOWN_TIMEOUT', env.CARTLINE_SHUTDOWN_TIMEOUT, 10_000, 0, 600_000),
    cacheBytes: integer('CARTLINE_CACHE_MB', env.CARTLINE_CACHE_MB, 32, 0, 65536) * 1024 * 1024,
    webhookDelivery: flag('CARTLINE_WEBHOOK_DELIVERY', env.CARTLINE_WEBHOOK_DELIVERY, true),
    webhookRetryDelays: Object.freeze(retryDelays(env.CARTLINE_WEBHOOK_RETRY_DELAYS)),
    webhookBatchWindowMs: seconds('CARTLINE_WEBHOOK_BATCH_WINDOW', env.CARTLINE_WEBHOOK_BATCH_WINDOW, 60, 86_400),
    webhookDenyPrivate: flag('CARTLINE_WEBHOOK_DENY_PRIVATE', env.CARTLINE_WEBHOOK_DENY_PRIVATE, false),
    webhookDisableAfterMs: seconds('CARTLINE_WEBHOOK_DISABLE_AFTER', env.CARTLINE_WEBHOOK_DISABLE_AFTER, 3 * 86_400),
    eventsMaxAgeMs: seconds('CARTLINE_EVENTS_MAX_AGE', env.CARTLINE_EVENTS_MAX_AGE, 7 * 86_400),
    cartAbandonAfter: integer('CARTLINE_CART_ABANDON_AFTER', env.CARTLINE_CART_ABANDON_AFTER, 3600, 1, MAX_SHOP_SECONDS),
    cartRecoveryWindow: integer('CARTLINE_CART_RECOVERY_WINDOW', env.CARTLINE_CART_RECOVERY_WINDOW, 7 * 86400, 1, MAX_SHOP_SECONDS),
    cartSweepInterval: integer('CARTLINE_CART_SWEEP_INTERVAL', env.CARTLINE_CART_SWEEP_INTERVAL, 60, 0, 86400),
    journal,
    journalMaxEntries: integer('CARTLINE_JOURNAL_MAX_ENTRIES', env.CARTLINE_JOURNAL_MAX_ENTRIES, 10_000, 1, 100_000_000),
    journalMaxAgeSeconds: duration('CARTLINE_JOURNAL_MAX_AGE', env.CARTLINE_JOURNAL_MAX_AGE, 7 * 86400),
    allowReset: flag('CARTLINE_ALLOW_RESET', env.CARTLINE_ALLOW_RESET, false),
    logFormat: logFormat(env.LOG_FORMAT),
    metrics: boolean('CARTLINE_METRICS', env.CARTLINE_METRICS, true),
    metricsToken: metricsToken(env.CARTLINE_METRICS_TOKEN),
    workerId: env.CARTLINE_WORKER_ID ? integer('CARTLINE_WORKER_ID', env.CARTLINE_WORKER_ID, 0, 0, 1023) : null,
  });
}
