import Type, { type Static, type TSchema } from 'typebox';
/** A 64-bit id in a response: always a JSON string. */
export declare const IdString: Type.TString;
/** A reference to an id in a request body: a digit string or a JSON number (big ones arrive as strings). */
export declare const IdInput: Type.TString;
/** The shop's own id for a record (a WooCommerce id, sometimes a JSON number; a checkout UUID). */
export declare const ResourceIdInput: Type.TString;
/** true/false, 1/0, "1"/"0", "true"/"false"; normalised to a boolean by the `x-boolean` keyword (src/http/ajv.ts). */
export declare const LooseBoolean: Type.TUnsafe<boolean>;
/** A string that may also be sent (and stored) as null. */
export declare function NullableString(options?: {
    maxLength?: number;
    description?: string;
}): Type.TUnsafe<string | null>;
/** A non-empty string, with the docs' own wording when it is missing. */
export declare function RequiredString(options?: {
    maxLength?: number;
    requiredMessage?: string;
}): Type.TString;
export declare const Money: Type.TNumber;
/**
 * A value or null, in response schemas. A JSON-schema type list rather than anyOf: fast-json-stringify
 * serializes anyOf by validating each value against every branch, which dominated large responses.
 */
export declare const StringOrNull: Type.TUnsafe<string | null>;
export declare const IntegerOrNull: Type.TUnsafe<number | null>;
/** An object or null, in response schemas: the object's own schema with a type list, for the same reason. */
export declare function ObjectOrNull<T extends TSchema>(schema: T): Type.TUnsafe<import("typebox").StaticType<[], "Encode", {}, {}, T> | null>;
/**
 * A query flag of Cartline's extensions (?with_abandonment, ?with_stats): bare or true/1 turns it on, false/0
 * leaves it off; anything else is a 422.
 */
export declare const QueryFlag: Type.TUnsafe<string>;
export declare function flagOn(value: string | undefined): boolean;
export declare const Timestamp: Type.TString;
export declare const Message: Type.TObject<{
    message: Type.TString;
}>;
export declare const ValidationFailure: Type.TObject<{
    message: Type.TString;
    errors: Type.TRecord<"^.*$", Type.TArray<Type.TString>>;
}>;
/** The error answers every authenticated route can give. */
export declare const errorResponses: {
    readonly 401: Type.TObject<{
        message: Type.TString;
    }>;
    readonly 404: Type.TObject<{
        message: Type.TString;
    }>;
    readonly 422: Type.TObject<{
        message: Type.TString;
        errors: Type.TRecord<"^.*$", Type.TArray<Type.TString>>;
    }>;
};
export declare const PageQuery: Type.TObject<{
    limit: Type.TOptional<Type.TInteger>;
    page: Type.TOptional<Type.TInteger>;
}>;
export type PageQuery = Static<typeof PageQuery>;
/**
 * A list route answers either a page ({data, links, meta}) or, with limit=0, only {total}. One object schema
 * with optional members serves both, so serialization stays a compiled fast path (no anyOf).
 */
export declare function ListResponse<T extends TSchema>(item: T): Type.TObject<{
    data: Type.TOptional<Type.TArray<T>>;
    links: Type.TOptional<Type.TObject<{
        first: Type.TString;
        last: Type.TString;
        prev: Type.TUnsafe<string | null>;
        next: Type.TUnsafe<string | null>;
    }>>;
    meta: Type.TOptional<Type.TObject<{
        current_page: Type.TInteger;
        from: Type.TUnsafe<number | null>;
        last_page: Type.TInteger;
        links: Type.TArray<Type.TObject<{
            url: Type.TUnsafe<string | null>;
            label: Type.TString;
            active: Type.TBoolean;
        }>>;
        path: Type.TString;
        per_page: Type.TInteger;
        to: Type.TUnsafe<number | null>;
        total: Type.TInteger;
    }>>;
    total: Type.TOptional<Type.TInteger>;
}>;
export declare function DataResponse<T extends TSchema>(item: T): Type.TObject<{
    data: T;
}>;
/** One of a fixed set of strings, as a single JSON Schema enum (a union of literals would report every branch). */
export declare function StringEnum<const T extends readonly string[]>(values: T, options?: {
    default?: T[number];
    description?: string;
}): Type.TUnsafe<T[number]>;
/**
 * Largest number of items one import request takes. MailerLite's clients send 100 at a time; 1,000 keeps a
 * request well inside the default 16 MiB body limit even with long descriptions.
 */
export declare const IMPORT_MAX_ITEMS = 1000;
/** An import body: a top-level JSON array of items, each under the single-create rules. */
export declare function ImportBody<T extends TSchema>(item: T): Type.TArray<T>;
/**
 * Marks an object schema as a shop resource that MailerLite's WooCommerce plugin addresses by its own id.
 * The listed fields (resource_id, and stage on orders) are answered only with ?with_resource_id; without it,
 * the route's own schema (the docs' shape) serializes the same object and leaves them out. See
 * src/modules/shops/resource-ids.ts.
 */
export declare const RESOURCE_FIELDS = "x-resource-fields";
/** The route's answer schema with each resource's extra fields made real properties. */
export declare function withResourceFields(schema: unknown): unknown;
export declare function resourceOptions(extra?: Record<string, TSchema>): {
    "x-resource-fields": {
        resource_id: Type.TUnsafe<string | null>;
    };
};
