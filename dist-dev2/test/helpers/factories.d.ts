import type { TestContext } from './app.js';
export declare function createShop(t: TestContext, fields?: Record<string, unknown>, token?: string): Promise<any>;
export declare function createCategory(t: TestContext, shopId: string, fields?: Record<string, unknown>): Promise<any>;
export declare function createProduct(t: TestContext, shopId: string, fields?: Record<string, unknown>): Promise<any>;
export declare function createCustomer(t: TestContext, shopId: string, fields?: Record<string, unknown>): Promise<any>;
/** An order of one item per product given (a product is made when none is). */
export declare function createOrder(t: TestContext, shopId: string, fields?: Record<string, unknown>, productIds?: string[]): Promise<any>;
export declare function createGroup(t: TestContext, name?: string, token?: string): Promise<any>;
/** Rows of a table for one shop, read straight from the database: what is stored, not what is answered. */
export declare function storedRows(t: TestContext, table: 'customers' | 'orders' | 'carts' | 'cart_items' | 'products', shopId: string): Promise<{
    id: string | bigint;
}[]>;
/** Runs `cartline check`'s verifications on the test database; every one must hold. */
export declare function assertDatabaseConsistent(t: TestContext): Promise<void>;
