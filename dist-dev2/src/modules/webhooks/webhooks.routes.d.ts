import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/** MailerLite's webhooks API: /api/webhooks. */
export declare const webhookRoutes: FastifyPluginAsyncTypebox;
/** Cartline's own: the deliveries log of a webhook and redelivery, /api/cartline/webhooks. */
export declare const webhookDeliveryRoutes: FastifyPluginAsyncTypebox;
