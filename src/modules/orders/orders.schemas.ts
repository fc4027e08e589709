import Type, { type Static } from 'typebox';
import { REQUIRED_MESSAGE } from '../../http/errors.js';
import { IdString, Money, NullableString, StringEnum, Timestamp } from '../../http/schemas.js';
import { CartInOrder, cartItemInputFields } from '../carts/carts.schemas.js';
import { CustomerEmbedded, customerInputFields } from '../customers/customers.schemas.js';
import { ShopEmbedded } from '../shops/shops.schemas.js';

/**
 * The docs name `pending` (the default) and `complete`; the rest are the order states of WooCommerce, the API's
 * main real client, so that its orders are taken as they are. Stored as sent.
 */
export const ORDER_STATUSES = ['pending', 'processing', 'on-hold', 'complete', 'completed', 'cancelled', 'refunded', 'failed'] as const;

export const Order = Type.Object({
  id: IdString,
  shop: ShopEmbedded,
  customer: CustomerEmbedded,
  cart: CartInOrder,
  total: Type.Number(),
  status: Type.String(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Order = Static<typeof Order>;

export const OrderCreateBody = Type.Object({
  customer: Type.Object(customerInputFields, { [REQUIRED_MESSAGE]: 'The customer must be provided.' }),
  cart: Type.Object(
    {
      items: Type.Array(Type.Object(cartItemInputFields)),
      checkout_url: Type.Optional(NullableString({ maxLength: 2048 })),
      cart_total: Type.Optional(Money),
    },
    { [REQUIRED_MESSAGE]: 'The cart must be provided.' },
  ),
  status: Type.Optional(StringEnum(ORDER_STATUSES)),
  total_price: Type.Optional(Money),
});
export type OrderCreateBody = Static<typeof OrderCreateBody>;

/** The docs: an order's customer and cart cannot be changed through PUT; sent anyway, they are ignored. */
export const OrderUpdateBody = Type.Object({
  status: Type.Optional(StringEnum(ORDER_STATUSES)),
  total_price: Type.Optional(Money),
});
export type OrderUpdateBody = Static<typeof OrderUpdateBody>;

export const OrderParams = Type.Object({ shop_id: Type.String(), order_id: Type.String() });
