import { NotFoundError } from '../../http/errors.js';
import { cartItemRoutes } from '../carts/cart-items.routes.js';
import { cartRoutes } from '../carts/carts.routes.js';
import { categoryProductRoutes } from '../categories/category-products.routes.js';
import { categoryRoutes } from '../categories/categories.routes.js';
import { customerRoutes } from '../customers/customers.routes.js';
import { orderRoutes } from '../orders/orders.routes.js';
import { productRoutes } from '../products/products.routes.js';
import { hasQueryFlag, translatePathIds, useResourceSerializer } from './resource-ids.js';
/**
 * Everything under /api/ecommerce/shops/:shop_id/. The shop is resolved once, with authentication; an unknown
 * shop, or another account's, is a 404 whatever the body, counted by the rate limit like any other answer.
 */
export const shopScopedRoutes = async (app) => {
    app.decorateRequest('withResourceId', false);
    // preParsing: after every onRequest hook, the rate limiter's included (a 404 for a shop that is not yours
    // counts against the account's limit and carries its headers, as MailerLite's throttle runs before the
    // route's model lookup), yet before the body is read or validated.
    // Callback-style: without ?with_resource_id (most requests) neither hook waits for anything.
    app.addHook('preParsing', (request, _reply, payload, done) => {
        // Authentication looked the path's shop up with the token, in the same query (src/http/auth.ts).
        if (request.shopId === '')
            return done(new NotFoundError());
        request.withResourceId = hasQueryFlag(request, 'with_resource_id');
        if (!request.withResourceId)
            return done(null, payload);
        translatePathIds(app, request).then(() => done(null, payload), done);
    });
    app.addHook('preSerialization', (request, reply, payload, done) => {
        useResourceSerializer(request, reply);
        done(null, payload);
    });
    await app.register(categoryRoutes, { prefix: '/categories' });
    await app.register(categoryProductRoutes, { prefix: '/categories/:category_id/products' });
    await app.register(productRoutes, { prefix: '/products' });
    await app.register(customerRoutes, { prefix: '/customers' });
    await app.register(orderRoutes, { prefix: '/orders' });
    await app.register(cartRoutes, { prefix: '/carts' });
    await app.register(cartItemRoutes, { prefix: '/carts/:cart_id/items' });
};
//# sourceMappingURL=shop-scope.js.map