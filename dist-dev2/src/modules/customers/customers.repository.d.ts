import type { Executor } from '../../db/schema.js';
export interface CustomerRow {
    id: string | bigint;
    email: string;
    accepts_marketing: boolean | number | bigint;
    created_at: string;
    updated_at: string;
    resource_id: string | null;
}
export interface CustomerWrite {
    email?: string;
    accepts_marketing?: boolean;
    total_spent?: number;
    resource_id?: string;
    orders_count?: number;
    last_order_id?: string | null;
    last_order?: string | null;
}
export declare function findCustomer(db: Executor, shopId: string, id: string): Promise<CustomerRow | undefined>;
export declare function findCustomerIdByEmail(db: Executor, shopId: string, email: string): Promise<string | undefined>;
export declare function findCustomers(db: Executor, shopId: string, ids: string[]): Promise<CustomerRow[]>;
export declare function findCustomerIdByResourceId(db: Executor, shopId: string, resourceId: string): Promise<string | undefined>;
export declare function countCustomers(db: Executor, shopId: string): Promise<number>;
export declare const listCustomers: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    email: string;
    id: string | bigint;
    resource_id: string | null;
    created_at: string;
    updated_at: string;
    accepts_marketing: number | bigint | boolean;
}[]>;
/**
 * Inserts unless the shop already has a customer with this email. Answers whether this call created it: two
 * concurrent calls for one new email both succeed, and exactly one of them creates. Any other conflict (the id,
 * or a resource_id taken meanwhile) is an error, never read as "the email exists".
 */
export declare function insertCustomerIfAbsent(db: Executor, row: CustomerWrite & {
    shop_id: string;
    id: string;
    email: string;
    created_at: string;
    updated_at: string;
}): Promise<boolean>;
export declare function updateCustomer(db: Executor, shopId: string, id: string, changes: CustomerWrite & {
    updated_at: string;
}): Promise<void>;
/** The customer's orders, carts and cart items go with it (foreign key cascade). */
export declare function deleteCustomer(db: Executor, shopId: string, id: string): Promise<void>;
