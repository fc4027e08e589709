import Type, { type Static } from 'typebox';
import { IdString, StringEnum, Timestamp } from '../../http/schemas.js';
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
  ip_address: Type.Union([Type.String(), Type.Null()]),
  subscribed_at: Type.Union([Timestamp, Type.Null()]),
  unsubscribed_at: Type.Union([Timestamp, Type.Null()]),
  created_at: Timestamp,
  updated_at: Timestamp,
  fields: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()])),
  groups: Type.Array(Group),
  opted_in_at: Type.Union([Timestamp, Type.Null()]),
  optin_ip: Type.Union([Type.String(), Type.Null()]),
});
export type Subscriber = Static<typeof Subscriber>;

export const SubscriberParams = Type.Object({ id_or_email: Type.String() });

export const SubscriberListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  cursor: Type.Optional(Type.String()),
  'filter[status]': Type.Optional(StringEnum(SUBSCRIBER_STATUSES)),
});

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const SubscriberList = Type.Object({
  data: Type.Array(Subscriber),
  links: Type.Object({ first: NullableString, last: NullableString, prev: NullableString, next: NullableString }),
  meta: Type.Object({ path: Type.String(), per_page: Type.Integer(), next_cursor: NullableString, prev_cursor: NullableString }),
});
