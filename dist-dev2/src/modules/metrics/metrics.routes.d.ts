import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/**
 * GET /metrics for Prometheus, outside /api/: no API token, no rate limit. With CARTLINE_METRICS_TOKEN set it
 * asks for that token (Bearer) and answers 401 in MailerLite's shape without it; repeated failures from one
 * address are slowed down as on the API.
 */
export declare const metricsRoutes: FastifyPluginAsyncTypebox;
