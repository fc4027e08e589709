import Type, { type Static } from 'typebox';
export declare const BATCH_MAX_REQUESTS = 50;
export declare const BatchBody: Type.TObject<{
    requests: Type.TArray<Type.TObject<{
        method: Type.TUnsafe<"DELETE" | "GET" | "PATCH" | "POST" | "PUT">;
        path: Type.TString;
        body: Type.TOptional<Type.TUnknown>;
    }>>;
}>;
export type BatchBody = Static<typeof BatchBody>;
export declare const BatchResult: Type.TObject<{
    total: Type.TInteger;
    successful: Type.TInteger;
    failed: Type.TInteger;
    responses: Type.TArray<Type.TObject<{
        code: Type.TInteger;
        body: Type.TUnknown;
    }>>;
}>;
