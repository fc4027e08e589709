import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { FieldErrorCollector } from '../../http/errors.js';
import type { CartItem, CartItemBody } from './carts.schemas.js';
/** One item of a request, and where its problems are reported (e.g. "cart.items.2."): also its key in answers. */
export interface ItemLine {
    at: string;
    item: CartItemBody;
}
/**
 * The product each item names, checked to be a product of this shop: by `ecommerce_product_id` (or its alias
 * `product_id`), which with ?with_resource_id are the shop's own ids, or by `product_resource_id`, which always
 * is. One query per kind of reference for all items. Problems go under the line's `at` so that a whole request
 * reports them together. Answers the product id of each line that names a valid one, keyed by `at`.
 */
export declare function resolveItemProducts(db: Executor, shopId: string, lines: ItemLine[], errors: FieldErrorCollector, options: {
    required: boolean;
    byResourceId?: boolean;
}): Promise<Map<string, string>>;
/** Writes a cart's new items (each line's product from `products`, by its key); the newest item with a shop's own id owns that id. */
export declare function insertCartItems(db: Executor, newId: IdGenerator, shopId: string, cartId: string, lines: ItemLine[], products: Map<string, string>, timestamp: string): Promise<string[]>;
export declare function getItem(db: Executor, shopId: string, rawCartId: string, rawId: string): Promise<CartItem>;
/** Adds an item. The cart's cart_total is the client's and stays as it is. */
export declare function createItem(db: Database, newId: IdGenerator, shopId: string, rawCartId: string, body: CartItemBody, options?: {
    byResourceId?: boolean;
}): Promise<CartItem>;
/** POST .../carts/:id/items/replace: the cart's items become exactly these, in one transaction. */
export declare function replaceItems(db: Database, newId: IdGenerator, shopId: string, rawCartId: string, items: CartItemBody[], options?: {
    byResourceId?: boolean;
}): Promise<string>;
export declare function updateItem(db: Database, shopId: string, rawCartId: string, rawId: string, body: CartItemBody, options?: {
    byResourceId?: boolean;
}): Promise<CartItem>;
/** Answers the item as it was. */
export declare function deleteItem(db: Database, shopId: string, rawCartId: string, rawId: string): Promise<CartItem>;
export declare function countItems(db: Executor, shopId: string, rawCartId: string): Promise<number>;
export declare function listItems(db: Executor, shopId: string, rawCartId: string, offset: number, limit: number): Promise<CartItem[]>;
