import Type from 'typebox';
export const healthRoutes = async (app) => {
    const Health = Type.Object({
        status: Type.String(),
        rate_limit: Type.Optional(Type.String({ description: 'off, memory, redis, or "redis unavailable" (serving without limits)' })),
        journal_dropped: Type.Optional(Type.Integer({ description: 'Request journal entries this process gave up (full or failing journal) since it started; absent when none' })),
    });
    app.get('/healthz', {
        schema: { summary: 'Liveness and database check (no authentication)', security: [], response: { 200: Health, 503: Health } },
    }, async (_request, reply) => {
        const ok = await app.database.ping();
        const store = app.rateLimiting.store();
        const dropped = app.journal.dropped;
        return reply.code(ok ? 200 : 503).send({
            status: ok ? 'ok' : 'database unavailable',
            ...(store === 'redis unavailable' ? { rate_limit: store } : {}),
            ...(dropped > 0 ? { journal_dropped: dropped } : {}),
        });
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
//# sourceMappingURL=health.routes.js.map