import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, type HookHandlerDoneFunction } from 'fastify';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import type { Database } from './db/schema.js';
import type { IdGenerator } from './db/ids.js';
import { cartlineAjvPlugin, requireFiniteNumbers } from './http/ajv.js';
import { createAuthHook } from './http/auth.js';
import { handleError, MethodNotAllowedError, NotFoundError } from './http/errors.js';
import { FragmentCache } from './http/fragments.js';
import { loggerOptions, REQUEST_ID_HEADER, REQUEST_ID_LOG_LABEL, requestId } from './http/logging.js';
import { Metrics } from './http/metrics.js';
import { registerRateLimit, type RateLimiting } from './http/rate-limit.js';
import { createFaultHook, FaultRuleCache } from './http/faults.js';
import { pendingEntry, registerJournalHooks } from './http/journal.js';
import { Journal } from './modules/requests/journal.js';
import { LiveTails } from './modules/requests/requests.stream.js';
import { requestRoutes } from './modules/requests/requests.routes.js';
import { faultRoutes } from './modules/faults/faults.routes.js';
import { resetRoutes } from './modules/reset/reset.routes.js';
import { containsNul, NUL_MESSAGE, quoteLongIntegers } from './http/json.js';
import type { Revisions } from './modules/accounts/accounts.repository.js';
import { accountRoutes } from './modules/accounts/accounts.routes.js';
import { subscribeSettingsRoutes } from './modules/accounts/subscribe-settings.routes.js';
import { fieldRoutes } from './modules/fields/fields.routes.js';
import { batchRoutes } from './modules/batch/batch.routes.js';
import { groupRoutes } from './modules/groups/groups.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { metricsRoutes } from './modules/metrics/metrics.routes.js';
import { subscriberRoutes } from './modules/subscribers/subscribers.routes.js';
import { shopRoutes } from './modules/shops/shops.routes.js';
import { shopScopedRoutes } from './modules/shops/shop-scope.js';
import { Dispatcher } from './modules/webhooks/dispatcher.js';
import { webhookDeliveryRoutes, webhookRoutes } from './modules/webhooks/webhooks.routes.js';
import { CartSweeper } from './modules/carts/abandonment.sweeper.js';
import { cartlineShopRoutes } from './modules/insights/cartline-shop.routes.js';
import { consoleRoutes } from './modules/console/console.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Database;
    database: DatabaseHandle;
    newId: IdGenerator;
    rateLimiting: RateLimiting;
    /** Answers kept between requests, checked against the database's revisions (src/http/fragments.ts). */
    fragments: FragmentCache;
    /** Delivers recorded events to webhooks (src/modules/webhooks/dispatcher.ts); undefined when turned off. */
    dispatcher: Dispatcher | undefined;
    /** The abandoned-cart sweeper of this process (src/modules/carts/abandonment.sweeper.ts). */
    cartSweeper: CartSweeper;
    /** The request journal's writer (src/modules/requests/journal.ts). */
    journal: Journal;
    /** Open live tails of the journal, ended when the server closes. */
    liveTails: LiveTails;
    /** What GET /metrics reports; features add their own metrics to it (src/http/metrics.ts). */
    metrics: Metrics;
  }
  interface FastifyRequest {
    /** The account of the Bearer token; set for every route under /api/. */
    accountId: string;
    /** On routes under a shop the account owns: the revisions read with the token (migration 0007). */
    revisions: Revisions | undefined;
  }
}

export interface AppOptions {
  /** Overrides for Fastify's own options (tests pass `logger: false`). */
  fastify?: FastifyServerOptions;
  /** Mints ids with a worker number no other live process of the database holds (src/db/worker-lease.ts). */
  newId: IdGenerator;
  /** Where log lines go; stdout unless given (tests read the lines). */
  logDestination?: NodeJS.WritableStream;
}

/** MailerLite: a receiver must answer within 3 seconds. */
const WEBHOOK_TIMEOUT_MS = 3_000;
export const VERSION = '0.1.0';

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MAILERLITE_HEADERS = { 'cache-control': 'no-cache, private', 'x-locale': 'en', 'access-control-allow-origin': '*' };

export async function buildApp(config: Config, database: DatabaseHandle, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, options.logDestination),
    // The request id: a sane incoming x-request-id, else a new one (src/http/logging.ts), on every log line of
    // the request and on its answer. Fastify's requestIdHeader would take any incoming value: off.
    genReqId: requestId,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: REQUEST_ID_LOG_LABEL }),
    bodyLimit: config.bodyLimit,
    // On SIGTERM the server stops listening; a request that already reached an open connection is still
    // served (with Connection: close), not refused with Fastify's own 503 body: it was sent before the signal.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 512 },
    // Errors the router raises before any route runs, in MailerLite's words: a path segment too long to be an
    // id names nothing (404, where Fastify says 414); a URL that cannot be decoded is a 400.
    frameworkErrors: (error, request, frameworkReply) => {
      const notFound = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const body = JSON.stringify({ message: notFound ? 'Resource not found.' : 'The request URL is malformed.' });
      // Written directly: these replies have no route, so no hooks, and Fastify would add a charset to the type.
      const reply = frameworkReply as FastifyReply;
      reply.hijack();
      reply.raw.writeHead(notFound ? 404 : 400, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        [REQUEST_ID_HEADER]: request.id,
      });
      reply.raw.end(body);
    },
    ajv: {
      // coerceTypes true, not 'array': numeric strings and query strings are coerced, but an array is never taken
      // for the scalar inside it ({"name": ["a"]} is a 422, as MailerLite answers).
      customOptions: { allErrors: true, verbose: true, allowUnionTypes: true, coerceTypes: true, useDefaults: true, removeAdditional: true },
      plugins: [cartlineAjvPlugin],
    },
    ...options.fastify,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('newId', options.newId);
  app.decorateRequest('accountId', '');
  app.decorateRequest('revisions', undefined);
  app.decorate('fragments', new FragmentCache(config.cacheBytes));
  const journal = new Journal(database.db, {
    mode: config.journal,
    maxEntries: config.journalMaxEntries,
    maxAgeSeconds: config.journalMaxAgeSeconds,
    log: app.log,
    ...(database.shared !== undefined ? { database: database.shared } : {}),
  });
  app.decorate('journal', journal);
  app.decorate('liveTails', new LiveTails());
  app.decorateRequest('faultsRevision', '');
  app.decorateRequest('faultId', null);
  app.decorateRequest('journalBody', undefined);
  app.decorateRequest('journalPayload', undefined);
  app.decorateRequest('journalId', undefined);
  // Streams end before the server waits for its connections to go; entries still held are written last.
  app.addHook('preClose', (done) => {
    app.liveTails.closeAll();
    done();
  });
  app.addHook('onClose', async () => {
    await journal.close();
  });
  const metrics = new Metrics(database, { version: VERSION, processMetrics: config.metrics });
  app.decorate('metrics', metrics);

  // Every body is read as JSON, whatever Content-Type says (curl -d sends form-urlencoded), so a client
  // never meets a 415. An empty body is no body: DELETE and GET may carry one, or an empty JSON one.
  const parseJson = app.getDefaultJsonParser('remove', 'remove');
  app.removeAllContentTypeParsers();
  const keepBody = journal.enabled;
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    if (keepBody) request.journalBody = body as string;
    const text = (body as string).trim();
    if (text === '') return done(null, undefined);
    parseJson(request, quoteLongIntegers(text), (error, value) => {
      if (!error && containsNul(text, value)) return done(Object.assign(new Error(NUL_MESSAGE), { statusCode: 400 }), undefined);
      done(error, value);
    });
  });

  // The hooks that run on every request are callback-style where they do not wait: an async hook costs a
  // promise and a turn of the event loop's queues per request (measured on a kept product and a count).
  app.addHook('onRequest', (request, reply, done) => {
    // Headers of every real MailerLite answer, and the request's id (the one in its log lines).
    reply.headers(MAILERLITE_HEADERS);
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  if (config.metrics) {
    // By route pattern, not URL: one series per route whatever ids the paths carry.
    app.addHook('onResponse', (request, reply, done) => {
      metrics.observeRequest(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime);
      done();
    });
  }
  // Authentication comes before anything else under /api/: route existence, rate limits and validation.
  app.decorateRequest('shopId', '');
  app.addHook('onRequest', createAuthHook(app.db));
  const rateLimiting = await registerRateLimit(app, config, () => metrics.rateLimitRefused());
  app.decorate('rateLimiting', rateLimiting);
  // Injected faults: after authentication (an account's rules, for its own requests only).
  app.addHook(
    'onRequest',
    createFaultHook({
      cache: new FaultRuleCache(app.db),
      db: app.db,
      rateLimit: config.rateLimit,
      log: app.log,
      dropped: (request, reply) => {
        if (journal.enabled && request.routeOptions.config.journal !== false) journal.record(pendingEntry(app, request, null, reply.elapsedTime));
      },
    }),
  );
  registerJournalHooks(app, journal);

  // A write with no body at all is validated as an empty object (422 for what is required, as Laravel does).
  // Added to the routes that have a body schema only (onRoute below), so reads do not run it.
  const emptyBodyAsObject = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (request.body === undefined) request.body = {};
    done();
  };

  // The official PHP SDK compares Content-Type to 'application/json' exactly; Fastify adds '; charset=utf-8'.
  app.addHook('onSend', (_request, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type !== 'application/json' && type.startsWith('application/json')) reply.header('content-type', 'application/json');
    done(null, payload);
  });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(async (request) => {
    const path = (request.url.split('?', 1)[0] ?? '').replace(/^\/+/, '');
    throw new NotFoundError(`The route ${path} could not be found.`);
  });

  // Remember which methods each path has, to answer the others with 405 and an Allow header.
  const methodsByPath = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    for (const part of ['body', 'querystring', 'params', 'headers'] as const) requireFiniteNumbers(route.schema?.[part]);
    if (route.schema?.body !== undefined) route.preValidation = [emptyBodyAsObject, ...[route.preValidation ?? []].flat()];
    const methods = methodsByPath.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) methods.add(method);
    methodsByPath.set(route.url, methods);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Cartline', description: "MailerLite's E-commerce API, self-hosted", version: VERSION },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });

  await app.register(healthRoutes);
  if (config.metrics) await app.register(metricsRoutes);
  await app.register(shopRoutes, { prefix: '/api/ecommerce/shops' });
  await app.register(shopScopedRoutes, { prefix: '/api/ecommerce/shops/:shop_id' });
  await app.register(groupRoutes, { prefix: '/api/groups' });
  await app.register(subscriberRoutes, { prefix: '/api/subscribers' });
  await app.register(batchRoutes, { prefix: '/api/batch' });
  await app.register(accountRoutes, { prefix: '/api/account' });
  await app.register(fieldRoutes, { prefix: '/api/fields' });
  await app.register(subscribeSettingsRoutes, { prefix: '/api/subscribe-settings' });
  await app.register(webhookRoutes, { prefix: '/api/webhooks' });
  await app.register(webhookDeliveryRoutes, { prefix: '/api/cartline/webhooks' });

  // Delivery runs beside the requests, never inside one; it starts when the app is ready and stops (its attempts
  // in flight finished, each within the timeout) before the database closes.
  const dispatcher = config.webhookDelivery
    ? new Dispatcher({
        db: database.db,
        dialect: database.dialect,
        newId: options.newId,
        log: app.log,
        retryDelays: config.webhookRetryDelays,
        batchWindowMs: config.webhookBatchWindowMs,
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        denyPrivate: config.webhookDenyPrivate,
        disableAfterMs: config.webhookDisableAfterMs,
        retentionMs: config.eventsMaxAgeMs,
      })
    : undefined;
  app.decorate('dispatcher', dispatcher);
  metrics.counter({
    name: 'cartline_webhook_attempts_total',
    help: 'Webhook delivery attempts this process made, by outcome: delivered (2xx within 3 s) or failed',
    labelNames: ['outcome'],
    collect() {
      this.reset();
      if (dispatcher === undefined) return;
      for (const outcome of ['delivered', 'failed'] as const) this.inc({ outcome }, dispatcher.outcomes[outcome]);
    },
  });
  metrics.gauge({
    name: 'cartline_webhook_queue_depth',
    help: 'Webhook deliveries waiting (due or scheduled for a retry or a batch window), all processes of the database',
    async collect() {
      // A database that does not answer leaves the gauge as it was: the scrape still reports everything else.
      const row = await database.db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirst()
        .catch(() => undefined);
      if (row !== undefined) this.set(Number(row.n));
    },
  });
  metrics.counter({
    name: 'cartline_journal_dropped_total',
    help: 'Request journal entries dropped (buffer full or a failed write) by this process',
    collect() {
      this.reset();
      this.inc(journal.dropped);
    },
  });
  if (dispatcher !== undefined) {
    app.addHook('onReady', (done) => {
      dispatcher.start();
      done();
    });
    app.addHook('onClose', async () => dispatcher.stop());
  }
  await app.register(cartlineShopRoutes, { prefix: '/api/cartline/shops/:shop_id' });

  // Abandoned and recovered carts are noticed by a sweeper, outside any request: started once the app is ready,
  // stopped (waiting for a run under way) before it closes, so it never outlives the database.
  const cartSweeper = new CartSweeper({
    db: app.db,
    newId: options.newId,
    defaults: { abandonAfter: config.cartAbandonAfter, recoveryWindow: config.cartRecoveryWindow },
    log: app.log,
    interval: config.cartSweepInterval,
  });
  app.decorate('cartSweeper', cartSweeper);
  app.addHook('onReady', async () => cartSweeper.start());
  app.addHook('preClose', async () => cartSweeper.stop());
  await app.register(requestRoutes, { prefix: '/api/cartline/requests' });
  await app.register(faultRoutes, { prefix: '/api/cartline/faults' });
  await app.register(resetRoutes, { prefix: '/api/cartline/reset' });
  if (config.console) await app.register(consoleRoutes);

  // A snapshot: the routes added here fire onRoute themselves.
  for (const [url, methods] of [...methodsByPath].map(([u, m]) => [u, new Set(m)] as const)) {
    const allowed = HTTP_METHODS.filter((m) => methods.has(m));
    const others = HTTP_METHODS.filter((m) => !methods.has(m));
    if (others.length === 0 || !url.startsWith('/api/')) continue;
    app.route({
      method: others,
      url,
      schema: { hide: true },
      handler: async (request) => {
        throw new MethodNotAllowedError(request.method, allowed);
      },
    });
  }

  return app;
}
