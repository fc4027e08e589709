import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const Health = Type.Object({ status: Type.String() });

  app.get(
    '/healthz',
    {
      schema: { summary: 'Liveness and database check (no authentication)', security: [], response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      const ok = await app.database.ping();
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'database unavailable' });
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
