import Type from 'typebox';
import { REQUIRED_MESSAGE } from '../../http/errors.js';
import { IdString, Money, NullableString, ResourceIdInput, resourceOptions, StringEnum, StringOrNull, Timestamp } from '../../http/schemas.js';
import { CartInOrder, cartItemInputFields } from '../carts/carts.schemas.js';
import { CustomerEmbedded, customerInputFields } from '../customers/customers.schemas.js';
import { ShopEmbedded } from '../shops/shops.schemas.js';
/**
 * The docs name `pending` (the default) and `complete`; the rest are the order states of WooCommerce, the API's
 * main real client, so that its orders are taken as they are. Stored as sent.
 */
export const ORDER_STATUSES = ['pending', 'processing', 'on-hold', 'complete', 'completed', 'cancelled', 'refunded', 'failed'];
export const Order = Type.Object({
    id: IdString,
    shop: ShopEmbedded,
    customer: CustomerEmbedded,
    cart: CartInOrder,
    total: Type.Number(),
    status: Type.String(),
    created_at: Timestamp,
    updated_at: Timestamp,
}, resourceOptions({ stage: StringOrNull }));
export const OrderCreateBody = Type.Object({
    customer: Type.Object(customerInputFields, { [REQUIRED_MESSAGE]: 'The customer must be provided.' }),
    cart: Type.Object({
        items: Type.Array(Type.Object(cartItemInputFields)),
        checkout_url: Type.Optional(NullableString({ maxLength: 2048 })),
        cart_total: Type.Optional(Money),
        resource_id: Type.Optional(ResourceIdInput),
    }, { [REQUIRED_MESSAGE]: 'The cart must be provided.' }),
    status: Type.Optional(StringEnum(ORDER_STATUSES)),
    total_price: Type.Optional(Money),
    /** The shop's own order id: an order create naming one the shop has re-syncs that order (200). */
    resource_id: Type.Optional(ResourceIdInput),
    /** "checkout" for a checkout that is not an order yet (abandoned-checkout tracking). */
    stage: Type.Optional(NullableString({ maxLength: 50 })),
    /** The shop's own timestamp, kept as the order's created_at (UTC). */
    created_at: Type.Optional(Type.String({ maxLength: 40 })),
});
/** The docs: an order's customer and cart cannot be changed through PUT; sent anyway, they are ignored. */
export const OrderUpdateBody = Type.Object({
    status: Type.Optional(StringEnum(ORDER_STATUSES)),
    total_price: Type.Optional(Money),
});
export const OrderParams = Type.Object({ shop_id: Type.String(), order_id: Type.String() });
/** POST .../orders/queue-order-sync: an order create keyed by the shop's own order id. */
export const OrderSyncBody = Type.Intersect([OrderCreateBody, Type.Object({ resource_id: ResourceIdInput })]);
//# sourceMappingURL=orders.schemas.js.map