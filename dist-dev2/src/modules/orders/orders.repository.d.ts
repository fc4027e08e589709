import type { Executor } from '../../db/schema.js';
/** An order with its cart's own fields (every order has exactly one cart). */
export interface OrderRow {
    id: string | bigint;
    customer_id: string | bigint;
    status: string;
    total: number;
    created_at: string;
    updated_at: string;
    cart_id: string | bigint;
    checkout_url: string | null;
    cart_total: number;
    resource_id: string | null;
    stage: string | null;
    cart_resource_id: string | null;
}
export declare function findOrder(db: Executor, shopId: string, id: string): Promise<OrderRow | undefined>;
export declare function findOrders(db: Executor, shopId: string, ids: string[]): Promise<OrderRow[]>;
export declare function countOrders(db: Executor, shopId: string): Promise<number>;
export declare const listOrders: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    total: number;
    id: string | bigint;
    resource_id: string | null;
    customer_id: string | bigint;
    status: string;
    stage: string | null;
    created_at: string;
    updated_at: string;
    checkout_url: string | null;
    cart_total: number;
    cart_id: string | bigint;
    cart_resource_id: string | null;
}[]>;
export interface OrderWrite {
    customer_id?: string;
    status?: string;
    total?: number;
    stage?: string | null;
    resource_id?: string | null;
    created_at?: string;
}
export declare function updateOrder(db: Executor, shopId: string, id: string, changes: OrderWrite & {
    updated_at: string;
}): Promise<void>;
/** The cart and its items go with it (foreign key cascade). */
export declare function deleteOrder(db: Executor, shopId: string, id: string): Promise<void>;
