import Type, { type Static } from 'typebox';
/** A fault rule as answered. */
export declare const Fault: Type.TObject<{
    id: Type.TString;
    method: Type.TString;
    path: Type.TString;
    status: Type.TUnsafe<number | null>;
    drop: Type.TBoolean;
    latency_ms: Type.TUnsafe<number | null>;
    retry_after: Type.TUnsafe<number | null>;
    probability: Type.TNumber;
    count: Type.TUnsafe<number | null>;
    remaining: Type.TUnsafe<number | null>;
    created_at: Type.TString;
}>;
export type Fault = Static<typeof Fault>;
export declare const FaultBody: Type.TObject<{
    method: Type.TOptional<Type.TString>;
    path: Type.TString;
    status: Type.TOptional<Type.TInteger>;
    drop: Type.TOptional<Type.TUnsafe<boolean>>;
    latency_ms: Type.TOptional<Type.TInteger>;
    retry_after: Type.TOptional<Type.TInteger>;
    probability: Type.TOptional<Type.TNumber>;
    count: Type.TOptional<Type.TInteger>;
}>;
export type FaultBody = Static<typeof FaultBody>;
export declare const FaultParams: Type.TObject<{
    fault_id: Type.TString;
}>;
