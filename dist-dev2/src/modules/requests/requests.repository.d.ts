import type { Executor, JournalEntriesTable } from '../../db/schema.js';
import type { Insertable } from 'kysely';
export type JournalRow = Insertable<JournalEntriesTable> & {
    id: string;
    account_id: string;
};
export declare function insertEntries(db: Executor, rows: JournalRow[]): Promise<void>;
/** Keeps the account's newest `keep` entries and those minted from `oldestId` on. */
export declare function pruneAccount(db: Executor, accountId: string, keep: number, oldestId: string): Promise<void>;
/** Every account's entries minted before `oldestId`: the age limit for accounts that no longer write. */
export declare function pruneOlderThan(db: Executor, oldestId: string): Promise<void>;
export interface EntryFilter {
    /** Exact status, or a class: 4 for 4xx, 5 for 5xx. */
    status?: {
        exact: number;
    } | {
        class: number;
    };
    method?: string;
    path?: string;
    shopId?: string;
    client?: string;
    /** 'YYYY-MM-DD HH:MM:SS' */
    since?: string;
}
export declare function countEntries(db: Executor, accountId: string, filter: EntryFilter): Promise<number>;
/** A page of the account's entries, newest first, without their bodies. */
export declare function listEntries(db: Executor, accountId: string, filter: EntryFilter, offset: number, limit: number): Promise<{
    path: string;
    id: string | bigint;
    shop_id: string | bigint | null;
    status: number | null;
    created_at: string;
    method: string;
    batch_id: string | bigint | null;
    duration_ms: number;
    client: string;
    user_agent: string | null;
    request_truncated: number | bigint | boolean;
    response_truncated: number | bigint | boolean;
    fault_id: string | bigint | null;
}[]>;
export declare function findEntry(db: Executor, accountId: string, id: string): Promise<{
    errors: string | null;
    path: string;
    id: string | bigint;
    shop_id: string | bigint | null;
    status: number | null;
    created_at: string;
    method: string;
    batch_id: string | bigint | null;
    duration_ms: number;
    client: string;
    user_agent: string | null;
    request_body: string | null;
    request_truncated: number | bigint | boolean;
    response_body: string | null;
    response_truncated: number | bigint | boolean;
    fault_id: string | bigint | null;
} | undefined>;
/** The account's entries after `afterId`, oldest first: what a live tail has not sent yet. */
export declare function entriesAfter(db: Executor, accountId: string, afterId: string, limit: number): Promise<{
    path: string;
    id: string | bigint;
    shop_id: string | bigint | null;
    status: number | null;
    created_at: string;
    method: string;
    batch_id: string | bigint | null;
    duration_ms: number;
    client: string;
    user_agent: string | null;
    request_truncated: number | bigint | boolean;
    response_truncated: number | bigint | boolean;
    fault_id: string | bigint | null;
}[]>;
export type EntrySummaryRow = Awaited<ReturnType<typeof listEntries>>[number];
export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;
/** The account's entries minted before `beforeId` (a reset's late-written stragglers). */
export declare function deleteEntriesBefore(db: Executor, accountId: string, beforeId: string): Promise<void>;
