import Type, { type Static } from 'typebox';
import { IdString, RequiredString, Timestamp } from '../../http/schemas.js';

export const Rate = Type.Object({ float: Type.Number(), string: Type.String() });

/** MailerLite's Groups API form. */
export const Group = Type.Object({
  id: IdString,
  name: Type.String(),
  active_count: Type.Integer(),
  sent_count: Type.Integer(),
  opens_count: Type.Integer(),
  open_rate: Rate,
  clicks_count: Type.Integer(),
  click_rate: Rate,
  unsubscribed_count: Type.Integer(),
  unconfirmed_count: Type.Integer(),
  bounced_count: Type.Integer(),
  junk_count: Type.Integer(),
  created_at: Timestamp,
});
export type Group = Static<typeof Group>;

export const GroupBody = Type.Object({ name: RequiredString({ maxLength: 255 }) });
export type GroupBody = Static<typeof GroupBody>;
export const GroupParams = Type.Object({ group_id: Type.String() });
