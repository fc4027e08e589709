import { DataResponse, errorResponses } from '../../http/schemas.js';
import { NotFoundError } from '../../http/errors.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { ShopSettings, ShopSettingsBody } from '../shops/settings.schemas.js';
import { getShopSettings, updateShopSettings } from '../shops/settings.service.js';
import { ShopStats, StatsQuery } from './stats.schemas.js';
import { shopStats } from './stats.service.js';
/**
 * Cartline's own routes under a shop, /api/cartline/shops/:shop_id/...: the same bearer authentication, and
 * another account's shop (or none) is a 404 before the body is read, as under /api/ecommerce/shops/:shop_id.
 */
export const cartlineShopRoutes = async (app) => {
    const tags = ['Cartline'];
    app.addHook('preParsing', (request, _reply, payload, done) => {
        // Authentication looked the path's shop up with the token (src/http/auth.ts).
        if (request.shopId === '')
            return done(new NotFoundError());
        done(null, payload);
    });
    app.get('/settings', { schema: { tags, summary: "The shop's settings (abandoned carts)", params: ShopParams, response: { 200: DataResponse(ShopSettings), ...errorResponses } } }, async (request) => ({ data: await getShopSettings(app.db, app.config, request.shopId) }));
    app.put('/settings', {
        schema: {
            tags,
            summary: "Change the shop's settings (partial; null: the server's default)",
            params: ShopParams,
            body: ShopSettingsBody,
            response: { 200: DataResponse(ShopSettings), ...errorResponses },
        },
    }, async (request) => ({ data: await updateShopSettings(app.db, app.config, request.shopId, request.body) }));
    app.get('/stats', {
        schema: {
            tags,
            summary: "The shop's figures over a period of UTC days (default: the last 30 days)",
            params: ShopParams,
            querystring: StatsQuery,
            response: { 200: DataResponse(ShopStats), ...errorResponses },
        },
    }, async (request) => ({ data: await shopStats(app.db, request.shopId, request.query) }));
};
//# sourceMappingURL=cartline-shop.routes.js.map