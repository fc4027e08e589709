import type { Executor } from '../../db/schema.js';
export interface CartRow {
    id: string | bigint;
    order_id: string | bigint;
    customer_id: string | bigint;
    checkout_url: string | null;
    cart_total: number;
    resource_id: string | null;
    abandoned_at: string | null;
    recovered_at: string | null;
    recovered_order_id: string | bigint | null;
    recovered_value: number | null;
}
export declare function findCart(db: Executor, shopId: string, id: string): Promise<CartRow | undefined>;
export declare function findCarts(db: Executor, shopId: string, ids: string[]): Promise<CartRow[]>;
export declare function findCartIdOfOrder(db: Executor, shopId: string, orderId: string): Promise<string>;
/**
 * Frees resource ids for a record about to take them: the newest cart (or cart item) with a shop's id owns it.
 * A checkout and the order placed from it may name the same cart and items.
 */
export declare function releaseResourceIds(db: Executor, table: 'carts' | 'cart_items', shopId: string, resourceIds: string[]): Promise<void>;
export declare function countCarts(db: Executor, shopId: string): Promise<number>;
export declare const listCarts: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    id: string | bigint;
    resource_id: string | null;
    customer_id: string | bigint;
    order_id: string | bigint;
    checkout_url: string | null;
    cart_total: number;
    abandoned_at: string | null;
    recovered_at: string | null;
    recovered_order_id: string | bigint | null;
    recovered_value: number | null;
}[]>;
/** ?filter[abandoned]: carts that were abandoned (whatever followed), or those never abandoned. */
export type AbandonedFilter = boolean | undefined;
export declare function countAbandonedCarts(db: Executor, shopId: string): Promise<number>;
export declare const listAbandonedCarts: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    id: string | bigint;
    resource_id: string | null;
    customer_id: string | bigint;
    order_id: string | bigint;
    checkout_url: string | null;
    cart_total: number;
    abandoned_at: string | null;
    recovered_at: string | null;
    recovered_order_id: string | bigint | null;
    recovered_value: number | null;
}[]>;
export declare const listNotAbandonedCarts: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    id: string | bigint;
    resource_id: string | null;
    customer_id: string | bigint;
    order_id: string | bigint;
    checkout_url: string | null;
    cart_total: number;
    abandoned_at: string | null;
    recovered_at: string | null;
    recovered_order_id: string | bigint | null;
    recovered_value: number | null;
}[]>;
export declare const listAbandonedCartIds: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    id: string | bigint;
}[]>;
export declare const listNotAbandonedCartIds: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    id: string | bigint;
}[]>;
export declare function insertCart(db: Executor, row: {
    shop_id: string;
    id: string;
    resource_id: string | null;
    order_id: string;
    customer_id: string;
    checkout_url: string | null;
    cart_total: number;
    created_at: string;
    updated_at: string;
    /** 'closed': never watched for abandonment (a silent sync of history). */
    abandon_state?: 'closed';
}): Promise<void>;
export declare function updateCart(db: Executor, shopId: string, id: string, changes: {
    checkout_url?: string | null;
    cart_total?: number;
    customer_id?: string;
    resource_id?: string | null;
    updated_at: string;
}): Promise<void>;
