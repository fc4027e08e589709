import Type from 'typebox';
import { IdString, LooseBoolean, Money, NullableString, ObjectOrNull, QueryFlag, ResourceIdInput, resourceOptions, StringOrNull, Timestamp } from '../../http/schemas.js';
import { Subscriber } from '../subscribers/subscribers.schemas.js';
const embeddedFields = {
    id: IdString,
    email: Type.String(),
    accepts_marketing: Type.Boolean(),
    subscriber: ObjectOrNull(Subscriber),
};
/** Cartline's aggregates of a customer's completed orders, answered only with ?with_stats. */
export const CustomerStats = Type.Object({
    orders_count: Type.Integer(),
    total_spent: Type.Number(),
    average_order_value: Type.Number(),
    first_order_at: StringOrNull,
    last_order_at: StringOrNull,
});
export const Customer = Type.Object({ ...embeddedFields, created_at: Timestamp, updated_at: Timestamp, stats: Type.Optional(CustomerStats) }, resourceOptions());
/** Inside orders and carts: without timestamps (A18). */
export const CustomerEmbedded = Type.Object(embeddedFields, resourceOptions());
export const Email = Type.String({ format: 'email', maxLength: 255 });
export const customerInputFields = {
    email: Email,
    create_subscriber: Type.Optional(LooseBoolean),
    accepts_marketing: Type.Optional(LooseBoolean),
    total_spent: Type.Optional(Money),
    /** The shop's own customer id: matched before the email. */
    resource_id: Type.Optional(ResourceIdInput),
    /** Fills the subscriber's fields (name, last_name, city, ...), as MailerLite's WooCommerce plugin sends them. */
    subscriber_fields: Type.Optional(Type.Record(Type.String(), Type.Unsafe({ type: ['string', 'number', 'null'] }))),
    orders_count: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
    last_order_id: Type.Optional(NullableString({ maxLength: 255 })),
    last_order: Type.Optional(Type.Unknown({ description: 'Stored as sent' })),
};
export const CustomerBody = Type.Object(customerInputFields);
export const CustomerUpdateBody = Type.Partial(Type.Object(customerInputFields));
export const CustomerParams = Type.Object({ shop_id: Type.String(), customer_id: Type.String() });
export const CustomerReadQuery = Type.Object({ with_stats: Type.Optional(QueryFlag) });
//# sourceMappingURL=customers.schemas.js.map