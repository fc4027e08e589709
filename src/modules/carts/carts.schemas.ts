import Type, { type Static } from 'typebox';
import { IdInput, IdString, LooseBoolean, Money, NullableString, QueryFlag, ResourceIdInput, resourceOptions, StringOrNull } from '../../http/schemas.js';
import { CustomerEmbedded, type CustomerEmbedded as CustomerAnswer } from '../customers/customers.schemas.js';
import { ProductReduced, type ProductReduced as ProductAnswer } from '../products/products.schemas.js';

export const CartItem = Type.Object({
  id: IdString,
  product: ProductReduced,
  variant: StringOrNull,
  quantity: Type.Integer(),
  price: Type.Number(),
}, resourceOptions());
export type CartItem = Static<typeof CartItem> & { resource_id: string | null; product: ProductAnswer };

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
  recovered_value: Type.Optional(Type.Unsafe<number | null>({ type: ['number', 'null'] })),
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
export type Cart = Static<typeof Cart> & { resource_id: string | null; items: CartItem[]; customer: CustomerAnswer };

export const CartListQuery = Type.Object({
  'filter[abandoned]': Type.Optional(LooseBoolean),
  with_abandonment: Type.Optional(QueryFlag),
});
export type CartListQuery = Static<typeof CartListQuery>;
export const CartQuery = Type.Object({ with_abandonment: Type.Optional(QueryFlag) });

/** Inside an order: without ecommerce_order_id and customer (A19). */
export const CartInOrder = Type.Object({ ...cartFields, items: Type.Array(CartItem) }, resourceOptions());
export type CartInOrder = Static<typeof CartInOrder> & { resource_id: string | null; items: CartItem[] };

/** cart_total is the client's figure, stored as sent and never recomputed from the items (A2). */
export const CartUpdateBody = Type.Partial(
  Type.Object({
    checkout_url: NullableString({ maxLength: 2048 }),
    cart_total: Money,
  }),
);
export type CartUpdateBody = Static<typeof CartUpdateBody>;

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
export type CartItemBody = Static<typeof CartItemBody>;

export const CartParams = Type.Object({ shop_id: Type.String(), cart_id: Type.String() });
export const CartItemsReplaceBody = Type.Object({ items: Type.Array(Type.Object(cartItemInputFields), { maxItems: 1000 }) });
export type CartItemsReplaceBody = Static<typeof CartItemsReplaceBody>;
export const CartItemParams = Type.Object({ shop_id: Type.String(), cart_id: Type.String(), item_id: Type.String() });
