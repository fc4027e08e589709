import Type, { type Static } from 'typebox';
import { IdString, LooseBoolean, Money, Timestamp } from '../../http/schemas.js';
import { Subscriber } from '../subscribers/subscribers.schemas.js';

const embeddedFields = {
  id: IdString,
  email: Type.String(),
  accepts_marketing: Type.Boolean(),
  subscriber: Type.Union([Subscriber, Type.Null()]),
};

export const Customer = Type.Object({ ...embeddedFields, created_at: Timestamp, updated_at: Timestamp });
export type Customer = Static<typeof Customer>;

/** Inside orders and carts: without timestamps (A18). */
export const CustomerEmbedded = Type.Object(embeddedFields);
export type CustomerEmbedded = Static<typeof CustomerEmbedded>;

export const Email = Type.String({ format: 'email', maxLength: 255 });

export const customerInputFields = {
  email: Email,
  create_subscriber: Type.Optional(LooseBoolean),
  accepts_marketing: Type.Optional(LooseBoolean),
  total_spent: Type.Optional(Money),
};

export const CustomerBody = Type.Object(customerInputFields);
export type CustomerBody = Static<typeof CustomerBody>;
export const CustomerUpdateBody = Type.Partial(Type.Object(customerInputFields));
export type CustomerUpdateBody = Static<typeof CustomerUpdateBody>;

export const CustomerParams = Type.Object({ shop_id: Type.String(), customer_id: Type.String() });
