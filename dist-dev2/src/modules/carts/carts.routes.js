import { answerOne, dependsOn } from '../../http/fragments.js';
import { listRoute } from '../../http/pagination.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { DataResponse, errorResponses, flagOn } from '../../http/schemas.js';
import { replaceItems } from './cart-items.service.js';
import { Cart, CartItemsReplaceBody, CartListQuery, CartParams, CartQuery, CartUpdateBody } from './carts.schemas.js';
import * as carts from './carts.service.js';
// Carts are created only by orders and deleted only with them: POST .../carts and DELETE .../carts/:id are 405.
export const cartRoutes = async (app) => {
    const tags = ['Carts'];
    // Answers with ?with_abandonment are another form of the same carts: kept apart, under the same revision (the
    // sweeper's marks are writes to carts, which bump it).
    const kind = (withAbandonment) => ({
        name: withAbandonment ? 'cart+abandonment' : 'cart',
        schema: Cart,
        revision: dependsOn.everything,
        load: (request, ids) => carts.loadCarts(app.db, request.accountId, request.shopId, ids, { withAbandonment }),
    });
    const kinds = { plain: kind(false), withAbandonment: kind(true) };
    const kindOf = (request) => (flagOn(request.query.with_abandonment) ? kinds.withAbandonment : kinds.plain);
    const filterOf = (request) => request.query['filter[abandoned]'];
    listRoute(app, {
        tags,
        summary: "List a shop's carts, or count them with limit=0; filter[abandoned]=true|false, with_abandonment adds Cartline's fields",
        params: ShopParams,
        item: Cart,
        query: CartListQuery,
        count: (request) => carts.countCarts(app.db, request.shopId, filterOf(request)),
        list: (request, page) => carts.listCarts(app.db, request.accountId, request.shopId, page.offset, page.limit, page.total, {
            abandoned: filterOf(request),
            withAbandonment: kindOf(request) === kinds.withAbandonment,
        }),
        kept: {
            kind: kindOf,
            variant: (request) => (filterOf(request) === undefined ? '' : `abandoned=${String(filterOf(request))}/`),
            ids: (request, page) => carts.listCartIds(app.db, request.shopId, page.offset, page.limit, page.total, filterOf(request)),
        },
    });
    app.get('/:cart_id', {
        schema: { tags, summary: 'Fetch a cart', params: CartParams, querystring: CartQuery, response: { 200: DataResponse(Cart), ...errorResponses } },
    }, async (request, reply) => answerOne(app.fragments, request, reply, kindOf(request), request.params.cart_id, () => carts.getCart(app.db, request.accountId, request.shopId, request.params.cart_id, { withAbandonment: kindOf(request) === kinds.withAbandonment })));
    app.put('/:cart_id', {
        schema: {
            tags,
            summary: 'Update a cart (checkout_url, cart_total)',
            params: CartParams,
            body: CartUpdateBody,
            response: { 200: DataResponse(Cart), ...errorResponses },
        },
    }, async (request) => ({ data: await carts.updateCart(app.db, request.accountId, request.shopId, request.params.cart_id, request.body) }));
    app.post('/:cart_id/items/replace', {
        schema: {
            tags,
            summary: "Replace all items of a cart (MailerLite's WooCommerce plugin); answers the cart",
            params: CartParams,
            body: CartItemsReplaceBody,
            response: { 200: DataResponse(Cart), ...errorResponses },
        },
    }, async (request) => {
        const cartId = await replaceItems(app.db, app.newId, request.shopId, request.params.cart_id, request.body.items, {
            byResourceId: request.withResourceId,
        });
        return { data: await carts.getCart(app.db, request.accountId, request.shopId, cartId) };
    });
};
//# sourceMappingURL=carts.routes.js.map