import type { Executor } from '../../db/schema.js';
export declare function listFaults(db: Executor, accountId: string): Promise<{
    path: string;
    count: number | null;
    id: string | bigint;
    status: number | null;
    created_at: string;
    method: string;
    drop_connection: number | bigint | boolean;
    latency_ms: number | null;
    retry_after: number | null;
    probability: number;
    remaining: number | null;
}[]>;
export type FaultRow = Awaited<ReturnType<typeof listFaults>>[number];
/** The rules that can still fire, in the order they are tried. */
export declare function listLiveFaults(db: Executor, accountId: string): Promise<{
    path: string;
    count: number | null;
    id: string | bigint;
    status: number | null;
    created_at: string;
    method: string;
    drop_connection: number | bigint | boolean;
    latency_ms: number | null;
    retry_after: number | null;
    probability: number;
    remaining: number | null;
}[]>;
export declare function insertFault(db: Executor, row: {
    id: string;
    account_id: string;
    method: string;
    path: string;
    status: number | null;
    drop_connection: boolean;
    latency_ms: number | null;
    retry_after: number | null;
    probability: number;
    count: number | null;
    remaining: number | null;
    created_at: string;
}): Promise<void>;
export declare function deleteFault(db: Executor, accountId: string, id: string): Promise<boolean>;
/**
 * Takes one firing from a rule with a count, in the database, so that processes share it: the remaining count
 * after it, or undefined when none was left (another process took the last, or the rule was deleted).
 */
export declare function takeFiring(db: Executor, accountId: string, id: string): Promise<number | undefined>;
/** Every process reloads the account's rules at its next request (read with the token, src/http/auth.ts). */
export declare function bumpFaultsRevision(db: Executor, accountId: string): Promise<void>;
