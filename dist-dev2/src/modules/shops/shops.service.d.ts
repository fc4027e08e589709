import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import * as repo from './shops.repository.js';
import type { Shop, ShopCreateBody, ShopUpdateBody } from './shops.schemas.js';
/** The shop of this account with this path id, or a 404: another account's shop does not exist for you. */
export declare function requireShop(db: Executor, accountId: string, rawId: string): Promise<repo.ShopRow>;
export declare function requireShopId(db: Executor, accountId: string, rawId: string): Promise<string>;
export declare function createShop(db: Database, newId: IdGenerator, accountId: string, body: ShopCreateBody): Promise<Shop>;
export declare function getShop(db: Executor, accountId: string, rawId: string): Promise<Shop>;
/** The account's shop of this name (the oldest, if several have it), or undefined. */
export declare function findShopByName(db: Executor, accountId: string, name: string): Promise<Shop | undefined>;
export declare function updateShop(db: Database, accountId: string, rawId: string, body: ShopUpdateBody): Promise<Shop>;
/** Answers the shop as it was; its categories and products (and everything else under it) go with it. */
export declare function deleteShop(db: Database, accountId: string, rawId: string): Promise<Shop>;
export declare function countShops(db: Executor, accountId: string): Promise<number>;
export declare function listShops(db: Executor, accountId: string, offset: number, limit: number): Promise<Shop[]>;
