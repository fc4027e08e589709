import type { Executor } from '../../db/schema.js';
/** A customer's completed orders, aggregated (?with_stats on customer reads). */
export interface CustomerStats {
    orders_count: number;
    total_spent: number;
    average_order_value: number;
    first_order_at: string | null;
    last_order_at: string | null;
}
/**
 * The aggregates of these customers, keyed by id, in one query for the whole page: their completed orders
 * (`complete`, `completed`), by creation time, read from the (shop_id, customer_id, created_at, status, total)
 * index alone. A customer without any has zeros and nulls.
 */
export declare function customerStats(db: Executor, shopId: string, ids: string[]): Promise<Map<string, CustomerStats>>;
