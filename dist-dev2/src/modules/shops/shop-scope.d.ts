import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
declare module 'fastify' {
    interface FastifyRequest {
        /** The shop of the path, already checked to belong to the token's account. */
        shopId: string;
    }
}
/**
 * Everything under /api/ecommerce/shops/:shop_id/. The shop is resolved once, with authentication; an unknown
 * shop, or another account's, is a 404 whatever the body, counted by the rate limit like any other answer.
 */
export declare const shopScopedRoutes: FastifyPluginAsyncTypebox;
