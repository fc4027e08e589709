import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, type HookHandlerDoneFunction } from 'fastify';
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
import { registerRateLimit, type RateLimiting } from './http/rate-limit.js';
import { containsNul, NUL_MESSAGE, quoteLongIntegers } from './http/json.js';
import type { Revisions } from './modules/accounts/accounts.repository.js';
import { accountRoutes } from './modules/accounts/accounts.routes.js';
import { subscribeSettingsRoutes } from './modules/accounts/subscribe-settings.routes.js';
import { fieldRoutes } from './modules/fields/fields.routes.js';
import { batchRoutes } from './modules/batch/batch.routes.js';
import { groupRoutes } from './modules/groups/groups.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { subscriberRoutes } from './modules/subscribers/subscribers.routes.js';
import { shopRoutes } from './modules/shops/shops.routes.js';
import { shopScopedRoutes } from './modules/shops/shop-scope.js';
import { Dispatcher } from './modules/webhooks/dispatcher.js';
import { webhookDeliveryRoutes, webhookRoutes } from './modules/webhooks/webhooks.routes.js';

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
}

/** MailerLite: a receiver must answer within 3 seconds. */
const WEBHOOK_TIMEOUT_MS = 3_000;
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MAILERLITE_HEADERS = { 'cache-control': 'no-cache, private', 'x-locale': 'en', 'access-control-allow-origin': '*' };

export async function buildApp(config: Config, database: DatabaseHandle, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Tokens never reach the logs.
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
    },
    bodyLimit: config.bodyLimit,
    // On SIGTERM the server stops listening; a request that already reached an open connection is still
    // served (with Connection: close), not refused with Fastify's own 503 body: it was sent before the signal.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 512 },
    // Errors the router raises before any route runs, in MailerLite's words: a path segment too long to be an
    // id names nothing (404, where Fastify says 414); a URL that cannot be decoded is a 400.
    frameworkErrors: (error, _request, frameworkReply) => {
      const notFound = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const body = JSON.stringify({ message: notFound ? 'Resource not found.' : 'The request URL is malformed.' });
      // Written directly: these replies have no route, so no hooks, and Fastify would add a charset to the type.
      const reply = frameworkReply as FastifyReply;
      reply.hijack();
      reply.raw.writeHead(notFound ? 404 : 400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
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

  // Every body is read as JSON, whatever Content-Type says (curl -d sends form-urlencoded), so a client
  // never meets a 415. An empty body is no body: DELETE and GET may carry one, or an empty JSON one.
  const parseJson = app.getDefaultJsonParser('remove', 'remove');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const text = (body as string).trim();
    if (text === '') return done(null, undefined);
    parseJson(request, quoteLongIntegers(text), (error, value) => {
      if (!error && containsNul(text, value)) return done(Object.assign(new Error(NUL_MESSAGE), { statusCode: 400 }), undefined);
      done(error, value);
    });
  });

  // The hooks that run on every request are callback-style where they do not wait: an async hook costs a
  // promise and a turn of the event loop's queues per request (measured on a kept product and a count).
  app.addHook('onRequest', (_request, reply, done) => {
    // Headers of every real MailerLite answer.
    reply.headers(MAILERLITE_HEADERS);
    done();
  });
  // Authentication comes before anything else under /api/: route existence, rate limits and validation.
  app.decorateRequest('shopId', '');
  app.addHook('onRequest', createAuthHook(app.db));
  const rateLimiting = await registerRateLimit(app, config);
  app.decorate('rateLimiting', rateLimiting);

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
      info: { title: 'Cartline', description: "MailerLite's E-commerce API, self-hosted", version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });

  await app.register(healthRoutes);
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
      })
    : undefined;
  app.decorate('dispatcher', dispatcher);
  if (dispatcher !== undefined) {
    app.addHook('onReady', (done) => {
      dispatcher.start();
      done();
    });
    app.addHook('onClose', async () => dispatcher.stop());
  }

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
