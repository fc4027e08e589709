import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// The web console (console/, bundled by scripts/build-console.mjs into dist/console/) and the API reference at
// /docs. Both are plain files: the console is a client of the public API with the user's own token, so it
// needs no route of its own beyond serving itself.

/** dist/src/modules/console/ -> dist/console/, in a checkout and in the installed package alike. */
export const CONSOLE_DIR = fileURLToPath(new URL('../../../console/', import.meta.url));

/** Only this origin's files; no inline script or style; never framed. */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
// Swagger UI (5.x, as bundled by @fastify/swagger-ui) applies one inline style, made at run time: /docs allows that
// one by its hash ('unsafe-hashes' extends hashes to style attributes) rather than every inline style. The
// browser test opens /docs and fails on any CSP violation, printing the new hash, should an upgrade change it.
const SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
const DOCS_CSP = CONSOLE_CSP.replace("style-src 'self'", `style-src 'self' 'unsafe-hashes' ${SWAGGER_UI_STYLE}`);

/** esbuild's [hash] in a file name: the content never changes under that name. */
const HASHED = /-[A-Z0-9]{8}\.(js|css|map)$/;

function securityHeaders(reply: FastifyReply, csp: string): void {
  reply.header('content-security-policy', csp);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  // The API's answers are for any origin (MailerLite's header); these pages are not.
  reply.removeHeader('access-control-allow-origin');
}

export async function consoleRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/', 302));

  await app.register(async (scope) => {
    scope.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
      securityHeaders(reply, CONSOLE_CSP);
      if (reply.statusCode === 200) {
        const path = request.url.split('?', 1)[0]!;
        reply.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      done(null, payload);
    });
    if (!existsSync(CONSOLE_DIR)) {
      app.log.warn({ dir: CONSOLE_DIR }, 'console: no bundle (run npm run build); /console/ answers 404');
      return;
    }
    await scope.register(fastifyStatic, { root: CONSOLE_DIR, prefix: '/console/', cacheControl: false, etag: true, index: false, wildcard: true });
    // The router takes /console and /console/ for one path (ignoreTrailingSlash): both answer the page, whose
    // asset paths are absolute.
    scope.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  });

  await app.register(async (scope) => {
    scope.addHook('onSend', (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
      securityHeaders(reply, DOCS_CSP);
      done(null, payload);
    });
    await scope.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP });
  });
}
