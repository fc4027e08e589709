import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/** GET /api/account: MailerLite's WooCommerce plugin checks its API key with this call. */
export declare const accountRoutes: FastifyPluginAsyncTypebox;
