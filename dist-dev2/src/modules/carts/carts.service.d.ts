import type { Database, Executor } from '../../db/schema.js';
import * as repo from './carts.repository.js';
import type { Cart, CartUpdateBody } from './carts.schemas.js';
/** How a cart is answered: `withAbandonment` adds Cartline's abandoned-cart fields (?with_abandonment). */
export interface CartForm {
    withAbandonment?: boolean;
}
/** Carts in full form by id; ids the shop does not have are left out. */
export declare function loadCarts(db: Executor, accountId: string, shopId: string, ids: string[], form?: CartForm): Promise<Map<string, Cart>>;
export declare function getCart(db: Executor, accountId: string, shopId: string, rawId: string, form?: CartForm): Promise<Cart>;
export declare function updateCart(db: Database, accountId: string, shopId: string, rawId: string, body: CartUpdateBody): Promise<Cart>;
/** The shop's carts, all of them or by ?filter[abandoned]. */
export declare function countCarts(db: Executor, shopId: string, abandoned?: repo.AbandonedFilter): Promise<number>;
export declare function listCartIds(db: Executor, shopId: string, offset: number, limit: number, total?: number, abandoned?: repo.AbandonedFilter): Promise<string[]>;
export declare function listCarts(db: Executor, accountId: string, shopId: string, offset: number, limit: number, total?: number, options?: CartForm & {
    abandoned?: repo.AbandonedFilter;
}): Promise<Cart[]>;
