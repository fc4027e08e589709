import Type from 'typebox';
import { errorResponses } from '../../http/schemas.js';
import { getDoubleOptin, toggleDoubleOptin } from './accounts.service.js';
/**
 * /api/subscribe-settings/double-optin: known only from MailerLite's WooCommerce plugin (its settings save reads,
 * then flips). The account's flag; when on, new subscribers without an explicit status are `unconfirmed`.
 */
export const subscribeSettingsRoutes = async (app) => {
    const tags = ['Subscribe settings'];
    const DoubleOptin = Type.Object({ double_optin: Type.Boolean() });
    app.get('/double-optin', { schema: { tags, summary: 'The double opt-in setting', response: { 200: DoubleOptin, ...errorResponses } } }, async (request) => getDoubleOptin(app.db, request.accountId));
    app.post('/double-optin/toggle', { schema: { tags, summary: 'Flip the double opt-in setting (any body is ignored); answers the new value', response: { 200: DoubleOptin, ...errorResponses } } }, async (request) => toggleDoubleOptin(app.db, request.accountId));
};
//# sourceMappingURL=subscribe-settings.routes.js.map