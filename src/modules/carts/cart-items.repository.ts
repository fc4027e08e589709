import { prepared } from '../../db/prepared.js';
import { insertMany } from '../../db/insert-many.js';
import type { Executor } from '../../db/schema.js';
import { reducedProductColumns, type ReducedProductRow } from '../products/products.repository.js';
import { inList } from '../../db/in-list.js';

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

/** Items with their products, in one query. */
function selectItems(db: Executor, shopId: string) {
  return db
    .selectFrom('cart_items')
    .innerJoin('products', (join) => join.onRef('products.shop_id', '=', 'cart_items.shop_id').onRef('products.id', '=', 'cart_items.product_id'))
    .select([
      'cart_items.id as item_id',
      'cart_items.cart_id',
      'cart_items.variant',
      'cart_items.quantity',
      'cart_items.price as item_price',
      'cart_items.resource_id as item_resource_id',
      ...reducedProductColumns,
    ])
    .where('cart_items.shop_id', '=', shopId);
}

export type CartItemWithProductRow = CartItemRow & ReducedProductRow;

export async function findItemsOfCarts(db: Executor, shopId: string, cartIds: string[]): Promise<CartItemWithProductRow[]> {
  if (cartIds.length === 0) return [];
  return itemsOfCarts(db, shopId, cartIds);
}

const itemsOfCarts = prepared((db, shopId: string, cartIds: string[]) =>
  selectItems(db, shopId).where(inList(db, 'cart_items.cart_id', cartIds)).orderBy('cart_items.cart_id').orderBy('cart_items.id'),
);

export async function findItem(db: Executor, shopId: string, cartId: string, id: string): Promise<CartItemWithProductRow | undefined> {
  return selectItems(db, shopId).where('cart_items.cart_id', '=', cartId).where('cart_items.id', '=', id).executeTakeFirst();
}

export async function countItems(db: Executor, shopId: string, cartId: string): Promise<number> {
  const row = await db
    .selectFrom('cart_items')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('shop_id', '=', shopId)
    .where('cart_id', '=', cartId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listItems(db: Executor, shopId: string, cartId: string, offset: number, limit: number) {
  return selectItems(db, shopId).where('cart_items.cart_id', '=', cartId).orderBy('cart_items.id').limit(limit).offset(offset).execute();
}

export async function insertItems(
  db: Executor,
  rows: Array<{
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
  }>,
) {
  await insertMany(db, 'cart_items', rows);
}

export async function deleteItemsOfCart(db: Executor, shopId: string, cartId: string) {
  await db.deleteFrom('cart_items').where('shop_id', '=', shopId).where('cart_id', '=', cartId).execute();
}

export async function updateItem(db: Executor, shopId: string, id: string, changes: CartItemWrite & { updated_at: string }) {
  await db.updateTable('cart_items').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}

export async function deleteItem(db: Executor, shopId: string, id: string) {
  await db.deleteFrom('cart_items').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
