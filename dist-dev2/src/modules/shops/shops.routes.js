import { listRoute } from '../../http/pagination.js';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import { Shop, ShopCreateBody, ShopParams, ShopUpdateBody } from './shops.schemas.js';
import * as shops from './shops.service.js';
/** Shops list at 50 a page; every other e-commerce list at 100 (MailerLite's docs). */
const SHOPS_PER_PAGE = 50;
export const shopRoutes = async (app) => {
    const tags = ['Shops'];
    listRoute(app, {
        tags,
        summary: 'List shops, or count them with limit=0',
        item: Shop,
        perPage: SHOPS_PER_PAGE,
        count: (request) => shops.countShops(app.db, request.accountId),
        list: (request, page) => shops.listShops(app.db, request.accountId, page.offset, page.limit),
    });
    app.post('/', { schema: { tags, summary: 'Create a shop', body: ShopCreateBody, response: { 201: DataResponse(Shop), ...errorResponses } } }, async (request, reply) => {
        const shop = await shops.createShop(app.db, app.newId, request.accountId, request.body);
        return reply.code(201).send({ data: shop });
    });
    app.get('/:shop_id', { schema: { tags, summary: 'Fetch a shop', params: ShopParams, response: { 200: DataResponse(Shop), ...errorResponses } } }, async (request) => ({ data: await shops.getShop(app.db, request.accountId, request.params.shop_id) }));
    app.put('/:shop_id', {
        schema: { tags, summary: 'Update a shop (partial)', params: ShopParams, body: ShopUpdateBody, response: { 200: DataResponse(Shop), ...errorResponses } },
    }, async (request) => ({ data: await shops.updateShop(app.db, request.accountId, request.params.shop_id, request.body ?? {}) }));
    app.delete('/:shop_id', {
        schema: { tags, summary: 'Delete a shop with everything in it', params: ShopParams, response: { 200: DataResponse(Shop), ...errorResponses } },
    }, async (request) => ({ data: await shops.deleteShop(app.db, request.accountId, request.params.shop_id) }));
};
//# sourceMappingURL=shops.routes.js.map