import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const Health = Type.Object({
    status: Type.String(),
    rate_limit: Type.Optional(Type.String({ description: 'off, memory, redis, or "redis unavailable" (serving without limits)' })),
  });

  app.get(
    '/healthz',
    {
      schema: { summary: 'Liveness and database check (no authentication)', security: [], response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      const ok = await app.database.ping();
      const store = app.rateLimiting.store();
      return reply
        .code(ok ? 200 : 503)
        .send({ status: ok ? 'ok' : 'database unavailable', ...(store === 'redis unavailable' ? { rate_limit: store } : {}) });
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
