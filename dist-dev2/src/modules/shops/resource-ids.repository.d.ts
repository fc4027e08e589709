import type { Executor } from '../../db/schema.js';
export type ResourceTable = 'categories' | 'products' | 'customers' | 'orders' | 'carts' | 'cart_items';
/** The Cartline id of the shop's record with this resource id (the shop's own id), if any. */
export declare function findIdByResourceId(db: Executor, table: ResourceTable, shopId: string, resourceId: string): Promise<string | undefined>;
/** Resource id -> Cartline id, for many resource ids at once. */
export declare function findIdsByResourceIds(db: Executor, table: ResourceTable, shopId: string, resourceIds: string[]): Promise<Map<string, string>>;
