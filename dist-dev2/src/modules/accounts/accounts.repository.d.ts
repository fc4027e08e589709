import type { Executor } from '../../db/schema.js';
export declare function findAccountById(db: Executor, id: string): Promise<{
    name: string;
    id: string | bigint;
    created_at: string;
}>;
export declare function findAccountByName(db: Executor, name: string): Promise<{
    name: string;
    id: string | bigint;
} | undefined>;
export declare function insertAccount(db: Executor, row: {
    id: string;
    name: string;
    created_at: string;
}): Promise<void>;
export declare function countAccounts(db: Executor): Promise<number>;
export declare function insertToken(db: Executor, row: {
    id: string;
    account_id: string;
    token_hash: string;
    token_prefix: string;
    created_at: string;
}): Promise<void>;
export declare function findAccountIdByTokenHash(db: Executor, tokenHash: string): Promise<string | undefined>;
/** The token's account with its fault rules' revision (migration 0010): one query per request. */
export declare function findAccountByTokenHash(db: Executor, tokenHash: string): Promise<{
    accountId: string;
    faultsRevision: string;
} | undefined>;
/** What the database has written so far that a shop's answers hold (migration 0007): read with the token. */
export interface Revisions {
    /** The shop's categories, products and their links. */
    catalog: string;
    /** The shop's customers, orders, carts and items, the shop itself, and its account's subscribers and groups. */
    sales: string;
}
/**
 * The token's account and, in the same lookup, whether that account owns the shop, with the shop's and the
 * account's revisions: one query per request.
 */
export declare function findAccountAndShopByTokenHash(db: Executor, tokenHash: string, shopId: string): Promise<{
    accountId: string;
    faultsRevision: string;
    ownsShop: boolean;
    revisions: Revisions | undefined;
} | undefined>;
export declare function listTokens(db: Executor): Promise<{
    id: string | bigint;
    created_at: string;
    token_prefix: string;
    account: string;
}[]>;
export declare function deleteToken(db: Executor, id: string): Promise<boolean>;
export declare function findDoubleOptin(db: Executor, accountId: string): Promise<number | bigint | boolean>;
export declare function toggleDoubleOptin(db: Executor, accountId: string): Promise<number | bigint | boolean>;
