import type { Database, Executor } from '../../db/schema.js';
import type { ShopContext } from '../shops/shop-context.js';
import * as repo from './orders.repository.js';
import type { Order, OrderCreateBody, OrderUpdateBody } from './orders.schemas.js';
/** Orders in full form by id; ids the shop does not have are left out. */
export declare function loadOrders(db: Executor, accountId: string, shopId: string, ids: string[]): Promise<Map<string, Order>>;
export declare function getOrder(db: Executor, accountId: string, shopId: string, rawId: string): Promise<Order>;
/**
 * Finds or creates the customer by email, creates the order, its cart and the cart's items: all in one
 * transaction, after the whole body has been checked, so a rejected order leaves nothing behind.
 */
export declare function createOrder(db: Database, context: ShopContext, body: OrderCreateBody, options?: OrderWriteOptions): Promise<{
    order: Order;
    created: boolean;
}>;
export interface OrderWriteOptions {
    /** ?with_resource_id: item product references are the shop's own ids. */
    byResourceId?: boolean;
}
/**
 * Many orders at once, all or nothing: every item of every order is checked before anything is written. An
 * order naming a resource_id the shop already has is re-synced instead of duplicated: its customer, status,
 * total, stage and cart are set from the body and its items replaced (created: false).
 */
export declare function importOrders(db: Database, context: ShopContext, bodies: OrderCreateBody[], prefix?: (index: number) => string, options?: OrderWriteOptions): Promise<Array<{
    order: Order;
    created: boolean;
}>>;
/** The docs' `complete`, and WooCommerce's own `completed`. */
export declare function isComplete(status: string): boolean;
/** Changes status and total_price only. */
export declare function updateOrder(db: Database, context: ShopContext, rawId: string, body: OrderUpdateBody): Promise<Order>;
/** Answers the order as it was; its cart and the cart's items go with it, the customer and products stay. */
export declare function deleteOrder(db: Database, context: ShopContext, rawId: string): Promise<Order>;
export declare const countOrders: typeof repo.countOrders;
export declare const listOrderIds: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<string[]>;
export declare function listOrders(db: Executor, accountId: string, shopId: string, offset: number, limit: number, total?: number): Promise<Order[]>;
