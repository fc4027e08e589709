import { createHash, timingSafeEqual } from 'node:crypto';
import Type from 'typebox';
import { FailedAuthTracker } from '../../http/auth.js';
import { UnauthenticatedError } from '../../http/errors.js';
const sha256 = (text) => createHash('sha256').update(text).digest();
/**
 * GET /metrics for Prometheus, outside /api/: no API token, no rate limit. With CARTLINE_METRICS_TOKEN set it
 * asks for that token (Bearer) and answers 401 in MailerLite's shape without it; repeated failures from one
 * address are slowed down as on the API.
 */
export const metricsRoutes = async (app) => {
    const { metricsToken } = app.config;
    // Compared as digests: equal lengths for timingSafeEqual, and nothing learned from the time a comparison takes.
    const expected = metricsToken === null ? null : sha256(metricsToken);
    const failures = new FailedAuthTracker();
    app.get('/metrics', {
        schema: {
            hide: true,
            response: {
                200: Type.String({ description: "Prometheus' text exposition format" }),
                401: Type.Object({ message: Type.String() }),
            },
        },
    }, async (request, reply) => {
        if (expected !== null) {
            const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
            if (!match?.[1] || !timingSafeEqual(sha256(match[1]), expected)) {
                const delay = failures.record(request.ip);
                if (delay > 0)
                    await new Promise((resolve) => setTimeout(resolve, delay));
                throw new UnauthenticatedError();
            }
        }
        return reply.type(app.metrics.contentType).send(await app.metrics.text());
    });
};
//# sourceMappingURL=metrics.routes.js.map