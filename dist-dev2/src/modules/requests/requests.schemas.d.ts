import Type, { type Static } from 'typebox';
/** One journal entry as listed (and sent by the live tail): everything but the bodies. */
export declare const EntrySummary: Type.TObject<{
    id: Type.TString;
    /** The entry of the /api/batch request this one ran in. */
    batch_id: Type.TUnsafe<string | null>;
    shop_id: Type.TUnsafe<string | null>;
    created_at: Type.TString;
    method: Type.TString;
    path: Type.TString;
    status: Type.TUnsafe<number | null>;
    duration_ms: Type.TNumber;
    client: Type.TString;
    user_agent: Type.TUnsafe<string | null>;
    request_truncated: Type.TBoolean;
    response_truncated: Type.TBoolean;
    injected: Type.TBoolean;
    fault_id: Type.TUnsafe<string | null>;
}>;
export type EntrySummary = Static<typeof EntrySummary>;
/** A whole entry: its bodies (each at most 64 KiB, `*_truncated` when cut) and a 422's errors. */
export declare const Entry: Type.TObject<{
    request_body: Type.TUnsafe<string | null>;
    response_body: Type.TUnsafe<string | null>;
    errors: Type.TUnsafe<Record<string, string[]> | null>;
    id: Type.TString;
    /** The entry of the /api/batch request this one ran in. */
    batch_id: Type.TUnsafe<string | null>;
    shop_id: Type.TUnsafe<string | null>;
    created_at: Type.TString;
    method: Type.TString;
    path: Type.TString;
    status: Type.TUnsafe<number | null>;
    duration_ms: Type.TNumber;
    client: Type.TString;
    user_agent: Type.TUnsafe<string | null>;
    request_truncated: Type.TBoolean;
    response_truncated: Type.TBoolean;
    injected: Type.TBoolean;
    fault_id: Type.TUnsafe<string | null>;
}>;
export type Entry = Static<typeof Entry>;
export declare const EntryListQuery: Type.TObject<{
    'filter[status]': Type.TOptional<Type.TString>;
    'filter[method]': Type.TOptional<Type.TString>;
    'filter[path]': Type.TOptional<Type.TString>;
    'filter[shop_id]': Type.TOptional<Type.TString>;
    'filter[client]': Type.TOptional<Type.TString>;
    'filter[since]': Type.TOptional<Type.TString>;
    limit: Type.TOptional<Type.TInteger>;
    page: Type.TOptional<Type.TInteger>;
}>;
export type EntryListQuery = Static<typeof EntryListQuery>;
export declare const EntryParams: Type.TObject<{
    request_id: Type.TString;
}>;
