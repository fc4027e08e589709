import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/**
 * Cartline's own routes under a shop, /api/cartline/shops/:shop_id/...: the same bearer authentication, and
 * another account's shop (or none) is a 404 before the body is read, as under /api/ecommerce/shops/:shop_id.
 */
export declare const cartlineShopRoutes: FastifyPluginAsyncTypebox;
