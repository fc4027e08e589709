import Type from 'typebox';
import { MAX_SHOP_SECONDS } from '../../config.js';
import { IntegerOrNull } from '../../http/schemas.js';
// Cartline's per-shop settings (GET/PUT /api/cartline/shops/:shop_id/settings): seconds, null = the server's default.
const Seconds = (description) => Type.Unsafe({ type: ['integer', 'null'], minimum: 1, maximum: MAX_SHOP_SECONDS, description });
export const ShopSettingsBody = Type.Object({
    cart_abandon_after: Type.Optional(Seconds('Seconds without a change after which an unfinished cart is abandoned; null: CARTLINE_CART_ABANDON_AFTER')),
    cart_recovery_window: Type.Optional(Seconds('Seconds after an abandonment within which a completed order recovers the cart; null: CARTLINE_CART_RECOVERY_WINDOW')),
});
export const ShopSettings = Type.Object({
    cart_abandon_after: IntegerOrNull,
    cart_recovery_window: IntegerOrNull,
    /** What applies now: the shop's value, or the server's default. */
    effective: Type.Object({ cart_abandon_after: Type.Integer(), cart_recovery_window: Type.Integer() }),
});
//# sourceMappingURL=settings.schemas.js.map