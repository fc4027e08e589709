import type { Executor } from '../../db/schema.js';
import { type ReducedProductRow } from '../products/products.repository.js';
export interface CartItemRow {
    item_id: string | bigint;
    cart_id: string | bigint;
    variant: string | null;
    quantity: number | bigint;
    item_price: number;
    item_resource_id: string | null;
}
export interface CartItemWrite {
    product_id?: string;
    variant?: string | null;
    quantity?: number;
    price?: number;
}
export type CartItemWithProductRow = CartItemRow & ReducedProductRow;
export declare function findItemsOfCarts(db: Executor, shopId: string, cartIds: string[]): Promise<CartItemWithProductRow[]>;
export declare function findItem(db: Executor, shopId: string, cartId: string, id: string): Promise<CartItemWithProductRow | undefined>;
export declare function countItems(db: Executor, shopId: string, cartId: string): Promise<number>;
export declare function listItems(db: Executor, shopId: string, cartId: string, offset: number, limit: number): Promise<{
    id: string | bigint;
    name: string;
    price: number;
    url: string | null;
    image: string | null;
    exclude_from_automations: number | bigint | boolean;
    resource_id: string | null;
    cart_id: string | bigint;
    variant: string | null;
    quantity: number | bigint;
    item_id: string | bigint;
    item_price: number;
    item_resource_id: string | null;
}[]>;
export declare function insertItems(db: Executor, rows: Array<{
    shop_id: string;
    id: string;
    resource_id: string | null;
    cart_id: string;
    product_id: string;
    variant: string | null;
    quantity: number;
    price: number;
    created_at: string;
    updated_at: string;
}>): Promise<void>;
export declare function deleteItemsOfCart(db: Executor, shopId: string, cartId: string): Promise<void>;
export declare function updateItem(db: Executor, shopId: string, id: string, changes: CartItemWrite & {
    updated_at: string;
}): Promise<void>;
export declare function deleteItem(db: Executor, shopId: string, id: string): Promise<void>;
