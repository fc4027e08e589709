import { type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/schema.js';
/** The order statuses that count as completed: MailerLite's `complete` and WooCommerce's `completed`. */
export declare const COMPLETED_STATUSES: readonly ["complete", "completed"];
/** `column` holds a completed status: constants in the SQL text, not parameters. */
export declare function isCompleted(column: string): RawBuilder<SqlBool>;
export interface Defaults {
    /** Seconds, the server's (CARTLINE_CART_ABANDON_AFTER, CARTLINE_CART_RECOVERY_WINDOW). */
    abandonAfter: number;
    recoveryWindow: number;
}
/** The smallest abandonment delay any shop has: carts changed after `now` minus it cannot be due. */
export declare function shortestAbandonAfter(db: Executor, defaults: Defaults): Promise<number>;
/** Watched carts whose order completed are never abandoned: they leave the watch. Answers how many. */
export declare function closeCompletedCarts(db: Executor, limit: number): Promise<number>;
export interface AbandonedRow {
    shop_id: string | bigint;
    id: string | bigint;
    order_id: string | bigint;
    customer_id: string | bigint;
    abandoned_at: string;
}
/**
 * Marks abandoned the watched carts whose order is not completed and that neither they (nor their items, which
 * touch the cart) nor their order changed for the shop's delay; the longest-idle first.
 */
export declare function markAbandoned(db: Executor, now: string, latestDue: string, defaults: Defaults, limit: number): Promise<AbandonedRow[]>;
export interface RecoveredRow extends AbandonedRow {
    recovered_at: string;
    recovered_order_id: string | bigint;
    recovered_value: number;
}
/**
 * Marks recovered the abandoned carts whose customer completed an order within the window (the earliest such
 * order recovers it; it may be the cart's own order, completed late).
 */
export declare function markRecovered(db: Executor, now: string, defaults: Defaults, limit: number): Promise<RecoveredRow[]>;
/** Abandoned carts past their recovery window (and a grace minute) with no recovering order stop being watched. */
export declare function markLapsed(db: Executor, now: string, defaults: Defaults, limit: number): Promise<number>;
/** The accounts of these shops, keyed by shop id. */
export declare function findShopAccounts(db: Executor, shopIds: string[]): Promise<Map<string, string>>;
