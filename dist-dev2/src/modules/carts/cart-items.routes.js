import { listRoute } from '../../http/pagination.js';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import { CartItem, CartItemBody, CartItemParams, CartParams } from './carts.schemas.js';
import * as items from './cart-items.service.js';
export const cartItemRoutes = async (app) => {
    const tags = ['Cart items'];
    listRoute(app, {
        tags,
        summary: "List a cart's items, or count them with limit=0",
        params: CartParams,
        item: CartItem,
        count: (request) => items.countItems(app.db, request.shopId, request.params.cart_id),
        list: (request, page) => items.listItems(app.db, request.shopId, request.params.cart_id, page.offset, page.limit),
    });
    app.post('/', {
        schema: { tags, summary: 'Add an item to a cart', params: CartParams, body: CartItemBody, response: { 201: DataResponse(CartItem), ...errorResponses } },
    }, async (request, reply) => reply.code(201).send({
        data: await items.createItem(app.db, app.newId, request.shopId, request.params.cart_id, request.body, { byResourceId: request.withResourceId }),
    }));
    app.get('/:item_id', { schema: { tags, summary: 'Fetch a cart item', params: CartItemParams, response: { 200: DataResponse(CartItem), ...errorResponses } } }, async (request) => ({ data: await items.getItem(app.db, request.shopId, request.params.cart_id, request.params.item_id) }));
    app.put('/:item_id', {
        schema: {
            tags,
            summary: 'Update a cart item (partial)',
            params: CartItemParams,
            body: CartItemBody,
            response: { 200: DataResponse(CartItem), ...errorResponses },
        },
    }, async (request) => ({
        data: await items.updateItem(app.db, request.shopId, request.params.cart_id, request.params.item_id, request.body, {
            byResourceId: request.withResourceId,
        }),
    }));
    app.delete('/:item_id', { schema: { tags, summary: 'Remove an item from a cart', params: CartItemParams, response: { 200: DataResponse(CartItem), ...errorResponses } } }, async (request) => ({ data: await items.deleteItem(app.db, request.shopId, request.params.cart_id, request.params.item_id) }));
};
//# sourceMappingURL=cart-items.routes.js.map