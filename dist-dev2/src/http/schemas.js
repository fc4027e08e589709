import Type from 'typebox';
import { REQUIRED_MESSAGE } from './errors.js';
// Schemas shared by every resource. Request schemas are loose on purpose (real clients send "19.99" for
// numbers and 1/"1" for booleans, and unknown keys are ignored); response schemas are exact.
/** A 64-bit id in a response: always a JSON string. */
export const IdString = Type.String({ pattern: '^[0-9]+$', examples: ['31986843064993537'] });
/** A reference to an id in a request body: a digit string or a JSON number (big ones arrive as strings). */
export const IdInput = Type.String({ description: 'An id, as a string or a number' });
/** The shop's own id for a record (a WooCommerce id, sometimes a JSON number; a checkout UUID). */
export const ResourceIdInput = Type.String({ minLength: 1, maxLength: 255, description: "The shop's own id, unique per shop and kind" });
/** true/false, 1/0, "1"/"0", "true"/"false"; normalised to a boolean by the `x-boolean` keyword (src/http/ajv.ts). */
export const LooseBoolean = Type.Unsafe({ type: ['boolean', 'integer', 'string'], 'x-boolean': true });
/** A string that may also be sent (and stored) as null. */
export function NullableString(options = {}) {
    return Type.Unsafe({ type: ['string', 'null'], ...options });
}
/** A non-empty string, with the docs' own wording when it is missing. */
export function RequiredString(options = {}) {
    const { requiredMessage, ...rest } = options;
    return Type.String({ minLength: 1, ...rest, ...(requiredMessage ? { [REQUIRED_MESSAGE]: requiredMessage } : {}) });
}
export const Money = Type.Number({ minimum: 0 });
/**
 * A value or null, in response schemas. A JSON-schema type list rather than anyOf: fast-json-stringify
 * serializes anyOf by validating each value against every branch, which dominated large responses.
 */
export const StringOrNull = Type.Unsafe({ type: ['string', 'null'] });
export const IntegerOrNull = Type.Unsafe({ type: ['integer', 'null'] });
/** An object or null, in response schemas: the object's own schema with a type list, for the same reason. */
export function ObjectOrNull(schema) {
    return Type.Unsafe({ ...schema, type: ['object', 'null'] });
}
/**
 * A query flag of Cartline's extensions (?with_abandonment, ?with_stats): bare or true/1 turns it on, false/0
 * leaves it off; anything else is a 422.
 */
export const QueryFlag = Type.Unsafe({ type: 'string', enum: ['', 'true', '1', 'false', '0'] });
export function flagOn(value) {
    return value === '' || value === 'true' || value === '1';
}
export const Timestamp = Type.String({ description: 'UTC, YYYY-MM-DD HH:MM:SS', examples: ['2021-09-01 14:03:50'] });
export const Message = Type.Object({ message: Type.String() });
export const ValidationFailure = Type.Object({
    message: Type.String(),
    errors: Type.Record(Type.String(), Type.Array(Type.String())),
});
/** The error answers every authenticated route can give. */
export const errorResponses = {
    401: Message,
    404: Message,
    422: ValidationFailure,
};
export const PageQuery = Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: '0 answers only {"total": n}' })),
    // Bounded so that (page - 1) * limit stays a valid SQL OFFSET (PostgreSQL refuses one past bigint).
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000_000 })),
});
const PageLink = Type.Object({
    url: StringOrNull,
    label: Type.String(),
    active: Type.Boolean(),
});
/**
 * A list route answers either a page ({data, links, meta}) or, with limit=0, only {total}. One object schema
 * with optional members serves both, so serialization stays a compiled fast path (no anyOf).
 */
export function ListResponse(item) {
    return Type.Object({
        data: Type.Optional(Type.Array(item)),
        links: Type.Optional(Type.Object({
            first: Type.String(),
            last: Type.String(),
            prev: StringOrNull,
            next: StringOrNull,
        })),
        meta: Type.Optional(Type.Object({
            current_page: Type.Integer(),
            from: IntegerOrNull,
            last_page: Type.Integer(),
            links: Type.Array(PageLink),
            path: Type.String(),
            per_page: Type.Integer(),
            to: IntegerOrNull,
            total: Type.Integer(),
        })),
        total: Type.Optional(Type.Integer({ description: 'Only with limit=0 (count mode)' })),
    });
}
export function DataResponse(item) {
    return Type.Object({ data: item });
}
/** One of a fixed set of strings, as a single JSON Schema enum (a union of literals would report every branch). */
export function StringEnum(values, options = {}) {
    return Type.Unsafe({ type: 'string', enum: [...values], ...options });
}
/**
 * Largest number of items one import request takes. MailerLite's clients send 100 at a time; 1,000 keeps a
 * request well inside the default 16 MiB body limit even with long descriptions.
 */
export const IMPORT_MAX_ITEMS = 1000;
/** An import body: a top-level JSON array of items, each under the single-create rules. */
export function ImportBody(item) {
    return Type.Array(item, { maxItems: IMPORT_MAX_ITEMS, description: `At most ${IMPORT_MAX_ITEMS} items; all are written or none` });
}
/**
 * Marks an object schema as a shop resource that MailerLite's WooCommerce plugin addresses by its own id.
 * The listed fields (resource_id, and stage on orders) are answered only with ?with_resource_id; without it,
 * the route's own schema (the docs' shape) serializes the same object and leaves them out. See
 * src/modules/shops/resource-ids.ts.
 */
export const RESOURCE_FIELDS = 'x-resource-fields';
/** The route's answer schema with each resource's extra fields made real properties. */
export function withResourceFields(schema) {
    if (Array.isArray(schema))
        return schema.map(withResourceFields);
    if (schema === null || typeof schema !== 'object')
        return schema;
    const copy = {};
    for (const [key, value] of Object.entries(schema))
        copy[key] = key === RESOURCE_FIELDS ? undefined : withResourceFields(value);
    const extra = schema[RESOURCE_FIELDS];
    if (extra !== undefined)
        copy.properties = { ...copy.properties, ...withResourceFields(extra) };
    delete copy[RESOURCE_FIELDS];
    return copy;
}
export function resourceOptions(extra = {}) {
    return { [RESOURCE_FIELDS]: { resource_id: StringOrNull, ...extra } };
}
//# sourceMappingURL=schemas.js.map