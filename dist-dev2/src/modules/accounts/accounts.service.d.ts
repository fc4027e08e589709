import type { Database } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import * as repo from './accounts.repository.js';
export declare function hashToken(token: string): string;
/** 96 random bytes: 128 base64url characters, over the 100 MailerLite's WooCommerce plugin expects. */
export declare function generateToken(): string;
/** The account of this name, created (with its default fields) if there is none: `cartline seed`. */
export declare function ensureAccount(db: Database, newId: IdGenerator, name: string): Promise<{
    id: string;
    created: boolean;
}>;
export declare function createToken(db: Database, newId: IdGenerator, accountName: string, token?: string): Promise<{
    id: string;
    accountId: string;
    token: string;
}>;
/** Makes sure an account owns exactly this token (containers, demos, tests). Idempotent. */
export declare function ensureToken(db: Database, newId: IdGenerator, accountName: string, token: string): Promise<{
    accountId: string;
    created: boolean;
}>;
/**
 * The account of a token, or undefined. With `shopId` (a parsed id from the path), the same lookup also says
 * whether that account owns the shop, so shop routes cost one query for both checks.
 */
export declare function authenticate(db: Database, token: string, shopId?: string | null): Promise<{
    accountId: string;
    faultsRevision: string;
    ownsShop: boolean;
    revisions?: repo.Revisions | undefined;
} | undefined>;
export declare function listTokens(db: Database): Promise<{
    id: string;
    account: string;
    prefix: string;
    created_at: string;
}[]>;
export declare function revokeToken(db: Database, id: string): Promise<boolean>;
export declare const countAccounts: typeof repo.countAccounts;
export declare function findAccount(db: Database, id: string): Promise<{
    id: string;
    name: string;
    created_at: string;
}>;
/** MailerLite's double opt-in setting (spec B4: unwrapped, so that both of the WooCommerce plugin's readers find it). */
export declare function getDoubleOptin(db: Database, accountId: string): Promise<{
    double_optin: boolean;
}>;
/** A pure flip, as the plugin's toggle call carries no value (spec §3.7); answers the new value. */
export declare function toggleDoubleOptin(db: Database, accountId: string): Promise<{
    double_optin: boolean;
}>;
