import Type from 'typebox';
import { IdInput, IdString, NullableString, RequiredString, StringEnum, Timestamp, StringOrNull } from '../../http/schemas.js';
import { Group } from '../groups/groups.schemas.js';
export const SUBSCRIBER_STATUSES = ['active', 'unsubscribed', 'unconfirmed', 'bounced', 'junk'];
/** MailerLite's subscriber, as embedded in customers and served by the Subscribers API. */
export const Subscriber = Type.Object({
    id: IdString,
    email: Type.String(),
    status: Type.String(),
    source: Type.String(),
    sent: Type.Integer(),
    opens_count: Type.Integer(),
    clicks_count: Type.Integer(),
    open_rate: Type.Number(),
    click_rate: Type.Number(),
    ip_address: StringOrNull,
    subscribed_at: StringOrNull,
    unsubscribed_at: StringOrNull,
    created_at: Timestamp,
    updated_at: Timestamp,
    fields: Type.Record(Type.String(), Type.Unsafe({ type: ['string', 'number', 'null'] })),
    groups: Type.Array(Group),
    opted_in_at: StringOrNull,
    optin_ip: StringOrNull,
});
/** One path parameter name for every method on /api/subscribers/:id (a GET also takes an email there). */
export const SubscriberParams = Type.Object({ id: Type.String({ description: 'An id, or on GET an email' }) });
export const SubscriberListQuery = Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: '0 answers only {"total": n} (the SDK\'s getCount)' })),
    cursor: Type.Optional(Type.String()),
    'filter[status]': Type.Optional(StringEnum(SUBSCRIBER_STATUSES)),
});
/** A page, or with limit=0 only {total}: one object schema with optional members, as ListResponse does. */
export const SubscriberList = Type.Object({
    data: Type.Optional(Type.Array(Subscriber)),
    links: Type.Optional(Type.Object({ first: StringOrNull, last: StringOrNull, prev: StringOrNull, next: StringOrNull })),
    meta: Type.Optional(Type.Object({ path: Type.String(), per_page: Type.Integer(), next_cursor: StringOrNull, prev_cursor: StringOrNull })),
    total: Type.Optional(Type.Integer({ description: 'Only with limit=0 (count mode)' })),
});
const FieldValue = Type.Unsafe({ type: ['string', 'number', 'null'] });
/** The writable properties of a subscriber (PUT /api/subscribers/:id); the SDKs' types name them all. */
const writable = {
    fields: Type.Optional(Type.Record(Type.String(), FieldValue, { description: 'Field key to value; unknown keys are ignored' })),
    groups: Type.Optional(Type.Array(IdInput, { maxItems: 1000, description: 'Group ids to add it to; its other groups are kept' })),
    status: Type.Optional(StringEnum(SUBSCRIBER_STATUSES)),
    subscribed_at: Type.Optional(NullableString({ description: 'YYYY-MM-DD HH:MM:SS' })),
    ip_address: Type.Optional(NullableString({ maxLength: 45 })),
    opted_in_at: Type.Optional(NullableString({ description: 'YYYY-MM-DD HH:MM:SS' })),
    optin_ip: Type.Optional(NullableString({ maxLength: 45 })),
    unsubscribed_at: Type.Optional(NullableString({ description: 'YYYY-MM-DD HH:MM:SS' })),
};
export const SubscriberUpdateBody = Type.Object(writable);
/** POST /api/subscribers: create, or update the account's subscriber with this email (case-insensitive). */
export const SubscriberUpsertBody = Type.Object({ email: RequiredString({ maxLength: 255 }), ...writable });
export const SubscriberIdParams = Type.Object({ id: Type.String() });
export const MembershipParams = Type.Object({ id: Type.String(), group_id: Type.String() });
/** POST /api/subscribers/:id/forget, as real answers have it. */
export const ForgottenSubscriber = Type.Object({
    data: Type.Object({ ...Subscriber.properties, deleted_at: Timestamp, forget_at: Timestamp, location: Type.Null() }),
    message: Type.String(),
});
export const GroupSubscriberListQuery = Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: '0 answers only {"total": n}' })),
    cursor: Type.Optional(Type.String()),
    page: Type.Optional(Type.Integer({ minimum: 1, description: 'Sent by the SDKs; cursor pagination ignores it' })),
    'filter[status]': Type.Optional(StringEnum(SUBSCRIBER_STATUSES, { default: 'active', description: 'active unless given, as MailerLite' })),
});
//# sourceMappingURL=subscribers.schemas.js.map