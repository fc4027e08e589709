import { silentRequested } from '../events/outbox.js';
export function shopContext(request, newId) {
    return { accountId: request.accountId, shopId: request.shopId, newId, silent: silentRequested(request.query) };
}
//# sourceMappingURL=shop-context.js.map