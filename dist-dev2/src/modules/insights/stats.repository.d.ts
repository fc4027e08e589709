import type { Executor } from '../../db/schema.js';
/** [start, end) as 'YYYY-MM-DD HH:MM:SS' bounds. */
export interface Period {
    start: string;
    end: string;
}
/** Completed orders and their revenue, per day of creation that has any. */
export declare function ordersByDay(db: Executor, shopId: string, period: Period): Promise<{
    day: string;
    orders: number;
    revenue: number;
}[]>;
/** The customers with a completed order in the period, and how many of them had one before it. */
export declare function customerCounts(db: Executor, shopId: string, period: Period): Promise<{
    customers: number;
    returning: number;
}>;
/**
 * Every product sold in the period's completed orders: revenue (price × quantity) and quantity, by product id
 * (names are read for the few that are answered, productNames). The items are read from the covering
 * (shop_id, cart_id, id, product_id, quantity, price) index of migration 0011.
 */
export declare function productSales(db: Executor, shopId: string, period: Period): Promise<{
    product_id: string;
    revenue: number;
    quantity: number;
}[]>;
export declare function productNames(db: Executor, shopId: string, ids: string[]): Promise<Map<string, string>>;
/** Carts abandoned in the period: how many, their cart_total, and of them the recovered ones with the recovering orders' totals. */
export declare function abandonment(db: Executor, shopId: string, period: Period): Promise<{
    abandoned: number;
    abandonedValue: number;
    recovered: number;
    recoveredValue: number;
}>;
