import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/**
 * /api/subscribe-settings/double-optin: known only from MailerLite's WooCommerce plugin (its settings save reads,
 * then flips). The account's flag; when on, new subscribers without an explicit status are `unconfirmed`.
 */
export declare const subscribeSettingsRoutes: FastifyPluginAsyncTypebox;
