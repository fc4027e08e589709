import Type from 'typebox';
import { IdString, RequiredString, StringEnum } from '../../http/schemas.js';
export const FIELD_TYPES = ['text', 'number', 'date'];
export const FIELD_SORTS = ['name', '-name', 'type', '-type'];
/** MailerLite's field as listed (real answers carry is_default and used_in_automations beside the docs' four). */
export const Field = Type.Object({
    id: IdString,
    name: Type.String(),
    key: Type.String(),
    type: Type.String(),
    is_default: Type.Boolean(),
    used_in_automations: Type.Boolean(),
});
/** As created and renamed: real answers have no used_in_automations there. */
export const FieldWritten = Type.Object({
    id: IdString,
    name: Type.String(),
    key: Type.String(),
    type: Type.String(),
    is_default: Type.Boolean(),
});
export const FieldCreateBody = Type.Object({
    name: RequiredString({ maxLength: 255 }),
    type: StringEnum(FIELD_TYPES),
});
export const FieldUpdateBody = Type.Object({ name: RequiredString({ maxLength: 255 }) });
export const FieldParams = Type.Object({ field_id: Type.String() });
export const FieldListQuery = Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: '0 answers only {"total": n}' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000_000 })),
    'filter[keyword]': Type.Optional(Type.String({ maxLength: 255, description: 'Case-insensitive part of the name or key' })),
    'filter[type]': Type.Optional(StringEnum(FIELD_TYPES)),
    sort: Type.Optional(StringEnum(FIELD_SORTS, { description: 'Ascending; a leading - for descending' })),
});
//# sourceMappingURL=fields.schemas.js.map