import Type, { type Static } from 'typebox';
import { IdString, StringEnum, Timestamp, StringOrNull } from '../../http/schemas.js';
import { Group } from '../groups/groups.schemas.js';

export const SUBSCRIBER_STATUSES = ['active', 'unsubscribed', 'unconfirmed', 'bounced', 'junk'] as const;

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
  fields: Type.Record(Type.String(), Type.Unsafe<string | number | null>({ type: ['string', 'number', 'null'] })),
  groups: Type.Array(Group),
  opted_in_at: StringOrNull,
  optin_ip: StringOrNull,
});
export type Subscriber = Static<typeof Subscriber>;

export const SubscriberParams = Type.Object({ id_or_email: Type.String() });

export const SubscriberListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  cursor: Type.Optional(Type.String()),
  'filter[status]': Type.Optional(StringEnum(SUBSCRIBER_STATUSES)),
});


export const SubscriberList = Type.Object({
  data: Type.Array(Subscriber),
  links: Type.Object({ first: StringOrNull, last: StringOrNull, prev: StringOrNull, next: StringOrNull }),
  meta: Type.Object({ path: Type.String(), per_page: Type.Integer(), next_cursor: StringOrNull, prev_cursor: StringOrNull }),
});
