import Type from 'typebox';
import { IdString, PageQuery, RequiredString, StringEnum, Timestamp } from '../../http/schemas.js';
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
export const GroupBody = Type.Object({ name: RequiredString({ maxLength: 255 }) });
export const GroupParams = Type.Object({ group_id: Type.String() });
export const GROUP_SORTS = ['name', 'total', 'open_rate', 'click_rate', 'created_at'];
export const GroupListQuery = Type.Object({
    ...PageQuery.properties,
    'filter[name]': Type.Optional(Type.String({ maxLength: 255, description: 'Case-insensitive part of the name' })),
    sort: Type.Optional(StringEnum([...GROUP_SORTS, ...GROUP_SORTS.map((s) => `-${s}`)], { description: 'Ascending; a leading - for descending' })),
});
//# sourceMappingURL=groups.schemas.js.map