import Type from 'typebox';
import { IdString, Timestamp } from '../../http/schemas.js';
import { errorResponses } from '../../http/schemas.js';
import { findAccount } from './accounts.service.js';
/** GET /api/account: MailerLite's WooCommerce plugin checks its API key with this call. */
export const accountRoutes = async (app) => {
    const Account = Type.Object({ id: IdString, name: Type.String(), created_at: Timestamp });
    app.get('/', { schema: { tags: ['Account'], summary: "The token's account", response: { 200: Type.Object({ data: Account }), ...errorResponses } } }, async (request) => ({ data: await findAccount(app.db, request.accountId) }));
};
//# sourceMappingURL=accounts.routes.js.map