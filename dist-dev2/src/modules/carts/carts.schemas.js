import Type from 'typebox';
import { IdInput, IdString, LooseBoolean, Money, NullableString, QueryFlag, ResourceIdInput, resourceOptions, StringOrNull } from '../../http/schemas.js';
import { CustomerEmbedded } from '../customers/customers.schemas.js';
import { ProductReduced } from '../products/products.schemas.js';
export const CartItem = Type.Object({
    id: IdString,
    product: ProductReduced,
    variant: StringOrNull,
    quantity: Type.Integer(),
    price: Type.Number(),
}, resourceOptions());
const cartFields = {
    id: IdString,
    checkout_url: StringOrNull,
    cart_total: Type.Number(),
};
/**
 * Cartline's abandoned-cart fields, answered only with ?with_abandonment (the docs' shape has none of them: an
 * answer without the flag leaves them out, so its bytes are the documented ones).
 */
export const abandonmentFields = {
    abandoned_at: Type.Optional(StringOrNull),
    recovered_at: Type.Optional(StringOrNull),
    recovered_by_order_id: Type.Optional(StringOrNull),
    recovered_value: Type.Optional(Type.Unsafe({ type: ['number', 'null'] })),
};
/** The cart endpoints' form. */
export const Cart = Type.Object({
    id: IdString,
    ecommerce_order_id: IdString,
    checkout_url: cartFields.checkout_url,
    cart_total: cartFields.cart_total,
    customer: CustomerEmbedded,
    items: Type.Array(CartItem),
    ...abandonmentFields,
}, resourceOptions());
export const CartListQuery = Type.Object({
    'filter[abandoned]': Type.Optional(LooseBoolean),
    with_abandonment: Type.Optional(QueryFlag),
});
export const CartQuery = Type.Object({ with_abandonment: Type.Optional(QueryFlag) });
/** Inside an order: without ecommerce_order_id and customer (A19). */
export const CartInOrder = Type.Object({ ...cartFields, items: Type.Array(CartItem) }, resourceOptions());
/** cart_total is the client's figure, stored as sent and never recomputed from the items (A2). */
export const CartUpdateBody = Type.Partial(Type.Object({
    checkout_url: NullableString({ maxLength: 2048 }),
    cart_total: Money,
}));
export const cartItemInputFields = {
    ecommerce_product_id: Type.Optional(IdInput),
    /** The official CLI and PHP SDK send product_id (A22); both name a product of the same shop. */
    product_id: Type.Optional(IdInput),
    variant: Type.Optional(NullableString({ maxLength: 255 })),
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    price: Type.Optional(Money),
    /** The shop's own product id, whatever ?with_resource_id says (MailerLite's WooCommerce plugin). */
    product_resource_id: Type.Optional(ResourceIdInput),
    resource_id: Type.Optional(ResourceIdInput),
};
export const CartItemBody = Type.Object(cartItemInputFields);
export const CartParams = Type.Object({ shop_id: Type.String(), cart_id: Type.String() });
export const CartItemsReplaceBody = Type.Object({ items: Type.Array(Type.Object(cartItemInputFields), { maxItems: 1000 }) });
export const CartItemParams = Type.Object({ shop_id: Type.String(), cart_id: Type.String(), item_id: Type.String() });
//# sourceMappingURL=carts.schemas.js.map