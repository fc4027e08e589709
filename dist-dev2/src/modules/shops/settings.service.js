import { now } from '../../time.js';
import * as repo from './settings.repository.js';
export async function getShopSettings(db, config, shopId) {
    const row = (await repo.findShopSettings(db, shopId)) ?? { cart_abandon_after: null, cart_recovery_window: null };
    return {
        ...row,
        effective: {
            cart_abandon_after: row.cart_abandon_after ?? config.cartAbandonAfter,
            cart_recovery_window: row.cart_recovery_window ?? config.cartRecoveryWindow,
        },
    };
}
/** A partial update: what is sent is set (null: back to the server's default), the rest stays. */
export async function updateShopSettings(db, config, shopId, body) {
    const changes = {
        ...(body.cart_abandon_after !== undefined ? { cart_abandon_after: body.cart_abandon_after } : {}),
        ...(body.cart_recovery_window !== undefined ? { cart_recovery_window: body.cart_recovery_window } : {}),
    };
    await repo.upsertShopSettings(db, shopId, changes, now());
    return getShopSettings(db, config, shopId);
}
//# sourceMappingURL=settings.service.js.map