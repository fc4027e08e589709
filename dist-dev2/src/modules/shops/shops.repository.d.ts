import type { Executor } from '../../db/schema.js';
export interface ShopRow {
    id: string | bigint;
    name: string;
    url: string;
    currency: string;
    enabled: boolean | number | bigint;
    enable_popups: boolean | number | bigint;
    created_at: string;
    updated_at: string;
    group_id: string | bigint | null;
    group_name: string | null;
    group_created_at: string | null;
    group_total: number | bigint | string | null;
}
export declare function findShop(db: Executor, accountId: string, shopId: string): Promise<ShopRow | undefined>;
/** Whether the account owns the shop (shop routes learn it with the token, in src/http/auth.ts). */
export declare function shopExists(db: Executor, accountId: string, shopId: string): Promise<boolean>;
/** The account's first shop (lowest id) of this exact name. */
export declare function findShopByName(db: Executor, accountId: string, name: string): Promise<ShopRow | undefined>;
export declare function countShops(db: Executor, accountId: string): Promise<number>;
export declare function listShops(db: Executor, accountId: string, offset: number, limit: number): Promise<ShopRow[]>;
export interface ShopWrite {
    name?: string;
    url?: string;
    currency?: string;
    enabled?: boolean;
    enable_popups?: boolean;
    enable_resubscribe?: boolean;
    platform?: string | null;
    access_data?: string | null;
    group_id?: string | null;
}
export declare function insertShop(db: Executor, row: ShopWrite & {
    id: string;
    account_id: string;
    name: string;
    url: string;
    currency: string;
    created_at: string;
    updated_at: string;
}): Promise<void>;
export declare function updateShop(db: Executor, accountId: string, shopId: string, changes: ShopWrite & {
    updated_at: string;
}): Promise<void>;
export declare function deleteShop(db: Executor, accountId: string, shopId: string): Promise<void>;
export declare function groupExists(db: Executor, accountId: string, groupId: string): Promise<boolean>;
export declare function findShopGroupId(db: Executor, shopId: string): Promise<string | null>;
