import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../../http/errors.js';
import { cartItemRoutes } from '../carts/cart-items.routes.js';
import { cartRoutes } from '../carts/carts.routes.js';
import { categoryProductRoutes } from '../categories/category-products.routes.js';
import { categoryRoutes } from '../categories/categories.routes.js';
import { customerRoutes } from '../customers/customers.routes.js';
import { orderRoutes } from '../orders/orders.routes.js';
import { productRoutes } from '../products/products.routes.js';
import { translatePathIds, useResourceSerializer } from './resource-ids.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The shop of the path, already checked to belong to the token's account. */
    shopId: string;
  }
}

/**
 * Everything under /api/ecommerce/shops/:shop_id/. The shop is resolved once, right after authentication and
 * before the body is read or validated: an unknown shop, or another account's, is a 404 whatever the body.
 */
export const shopScopedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.decorateRequest('withResourceId', false);
  app.addHook('onRequest', async (request) => {
    // Authentication looked the path's shop up with the token, in the same query (src/http/auth.ts).
    if (request.shopId === '') throw new NotFoundError();
    await translatePathIds(app, request);
  });
  app.addHook('preSerialization', async (request, reply, payload) => {
    await useResourceSerializer(request, reply);
    return payload;
  });

  await app.register(categoryRoutes, { prefix: '/categories' });
  await app.register(categoryProductRoutes, { prefix: '/categories/:category_id/products' });
  await app.register(productRoutes, { prefix: '/products' });
  await app.register(customerRoutes, { prefix: '/customers' });
  await app.register(orderRoutes, { prefix: '/orders' });
  await app.register(cartRoutes, { prefix: '/carts' });
  await app.register(cartItemRoutes, { prefix: '/carts/:cart_id/items' });
};
