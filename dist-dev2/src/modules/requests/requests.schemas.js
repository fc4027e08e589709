import Type from 'typebox';
import { IdString, PageQuery, StringOrNull, Timestamp } from '../../http/schemas.js';
const NullableId = Type.Unsafe({ type: ['string', 'null'], pattern: '^[0-9]+$' });
/** One journal entry as listed (and sent by the live tail): everything but the bodies. */
export const EntrySummary = Type.Object({
    id: IdString,
    /** The entry of the /api/batch request this one ran in. */
    batch_id: NullableId,
    shop_id: NullableId,
    created_at: Timestamp,
    method: Type.String(),
    path: Type.String({ description: 'Path and query, as requested (tokens in the query replaced)' }),
    status: Type.Unsafe({ type: ['integer', 'null'], description: 'null: the connection was dropped by a fault rule' }),
    duration_ms: Type.Number(),
    client: Type.String({ description: 'The x-cartline-client header ("console" for the web console), else "api"' }),
    user_agent: StringOrNull,
    request_truncated: Type.Boolean(),
    response_truncated: Type.Boolean(),
    injected: Type.Boolean({ description: 'Answered by a fault rule (fault_id) in Cartline\'s place' }),
    fault_id: NullableId,
});
/** A whole entry: its bodies (each at most 64 KiB, `*_truncated` when cut) and a 422's errors. */
export const Entry = Type.Object({
    ...EntrySummary.properties,
    request_body: StringOrNull,
    response_body: StringOrNull,
    errors: Type.Unsafe({ type: ['object', 'null'], additionalProperties: { type: 'array', items: { type: 'string' } } }),
});
export const EntryListQuery = Type.Object({
    ...PageQuery.properties,
    'filter[status]': Type.Optional(Type.String({ pattern: '^([1-5][0-9][0-9]|[1-5][xX][xX])$', description: 'A status (422) or a class (4xx, 5xx)' })),
    'filter[method]': Type.Optional(Type.String({ pattern: '^[A-Za-z]{1,10}$' })),
    'filter[path]': Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Part of the path and query, any case' })),
    'filter[shop_id]': Type.Optional(Type.String({ pattern: '^[0-9]{1,19}$' })),
    'filter[client]': Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: '"api" for requests without the x-cartline-client header; "console" for the web console\'s' })),
    'filter[since]': Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z?)?$', description: 'YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, UTC' })),
});
export const EntryParams = Type.Object({ request_id: Type.String() });
//# sourceMappingURL=requests.schemas.js.map