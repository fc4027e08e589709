import type { Executor } from '../../db/schema.js';
/** The account's shops: what a reset takes, and whose kept answers go with them. */
export declare function shopIdsOf(db: Executor, accountId: string): Promise<string[]>;
/**
 * Removes everything the account owns but its tokens, on `trx` (one transaction), and leaves it as a new
 * account is made: the default fields under their own names, double opt-in off. Shops take everything under
 * them (categories, products, customers, orders, carts, items, their counters and revisions) by their
 * foreign keys' cascades, groups their memberships and counters; the other tables are named here. A table
 * added later with an account_id or shop_id column fails test/reset.test.ts until it is covered.
 */
export declare function resetAccount(trx: Executor, accountId: string, createdAt: string): Promise<void>;
