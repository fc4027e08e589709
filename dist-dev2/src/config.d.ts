export type DatabaseTarget = {
    kind: 'sqlite';
    path: string;
} | {
    kind: 'postgres';
    url: string;
};
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
export declare const MAX_SHOP_SECONDS: number;
export type JournalMode = 'all' | 'errors' | 'off';
export declare class ConfigError extends Error {
    name: string;
}
/** Tokens shorter than this are taken for legacy API keys by MailerLite's WooCommerce plugin. */
export declare const MIN_TOKEN_LENGTH = 100;
export declare function parseDatabaseUrl(value: string): DatabaseTarget;
/** A database URL fit for logs: the password is replaced. */
export declare function redactUrl(url: string): string;
export declare function loadConfig(env?: NodeJS.ProcessEnv): Config;
