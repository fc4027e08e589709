import { randomBytes } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';

// MailerLite's limit: 120 requests a minute per account, whichever of its tokens is used, with
// X-RateLimit-Limit / X-RateLimit-Remaining on every answer and 429 "Too Many Attempts." with Retry-After
// beyond it. Counters live in this process, or in Redis (REDIS_URL) so that several Cartline processes behind
// one load balancer share one limit. If Redis fails, requests are served anyway (fail open) and /healthz says so.

// The web console (src/modules/console) labels its requests `x-cartline-client: console` and gets a budget of its
// own, so that it stays usable while the integration under test spends the account's 120. The header is only a
// label, not a credential: a client that sends it gets a second budget of the same kind, never an unlimited one.
const CONSOLE_CLIENT = 'console';
const isConsole = (request: FastifyRequest) => request.headers['x-cartline-client'] === CONSOLE_CLIENT;

/** Batch sub-requests carry this header with a secret of this process: a batch counts as one request. */
export const BATCH_HEADER = 'x-cartline-batch';

export type RateLimitStore = 'off' | 'memory' | 'redis' | 'redis unavailable';

export interface RateLimiting {
  batchSecret: string;
  store(): RateLimitStore;
}

/** `onRefused` is called for every request answered 429 (counted for GET /metrics). */
export async function registerRateLimit(app: FastifyInstance, config: Config, onRefused: () => void = () => {}): Promise<RateLimiting> {
  const batchSecret = randomBytes(24).toString('hex');
  if (config.rateLimit === 0) return { batchSecret, store: () => 'off' };

  let redis: Redis | undefined;
  if (config.redisUrl !== null) {
    // Fail fast rather than queue: a request must never wait on a Redis that is gone.
    // Loaded only when used: ioredis alone adds ~20 MB to a server's resident memory.
    const { Redis: RedisClient } = createRequire(import.meta.url)('ioredis') as typeof import('ioredis');
    redis = new RedisClient(config.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    let lastLogged = 0;
    redis.on('error', (error: Error) => {
      if (Date.now() - lastLogged < 10_000) return;
      lastLogged = Date.now();
      app.log.warn({ err: error }, 'rate-limit store (Redis) unavailable: serving without limits until it is back');
    });
    app.addHook('onClose', async () => {
      redis!.disconnect();
    });
    // Start counting from the first request: wait (briefly) for the connection, or for its failure.
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis!.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, 1_000);
      redis!.once('ready', done).once('error', done);
    });
  }

  await app.register(rateLimit, {
    global: true,
    max: (request) => (isConsole(request) ? config.consoleRateLimit : config.rateLimit),
    timeWindow: 60_000,
    ...(redis ? { redis, nameSpace: `${config.redisPrefix}ratelimit:` } : {}),
    skipOnError: true,
    // Authentication ran first (an app-level onRequest hook), so every /api/ request has its account here.
    keyGenerator: (request) => (isConsole(request) ? `${request.accountId}:console` : request.accountId),
    allowList: (request) => request.accountId === '' || request.headers[BATCH_HEADER] === batchSecret,
    errorResponseBuilder: () => ({ statusCode: 429, message: 'Too Many Attempts.' }),
    onExceeded: onRefused,
  });

  return {
    batchSecret,
    store: () => (redis === undefined ? 'memory' : redis.status === 'ready' ? 'redis' : 'redis unavailable'),
  };
}
