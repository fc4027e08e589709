import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import { insertMany } from '../../db/insert-many.js';
import type { Executor } from '../../db/schema.js';
import { inList } from '../../db/in-list.js';

export interface CartRow {
  id: string | bigint;
  order_id: string | bigint;
  customer_id: string | bigint;
  checkout_url: string | null;
  cart_total: number;
  resource_id: string | null;
  abandoned_at: string | null;
  recovered_at: string | null;
  recovered_order_id: string | bigint | null;
  recovered_value: number | null;
}

const columns = [
  'id',
  'order_id',
  'customer_id',
  'checkout_url',
  'cart_total',
  'resource_id',
  'abandoned_at',
  'recovered_at',
  'recovered_order_id',
  'recovered_value',
] as const;

const cartById = prepared((db, shopId: string, id: string) => db.selectFrom('carts').select(columns).where('shop_id', '=', shopId).where('id', '=', id));

export async function findCart(db: Executor, shopId: string, id: string): Promise<CartRow | undefined> {
  return (await cartById(db, shopId, id))[0];
}

const cartsByIds = prepared((db, shopId: string, ids: string[]) => db.selectFrom('carts').select(columns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)));

export async function findCarts(db: Executor, shopId: string, ids: string[]): Promise<CartRow[]> {
  if (ids.length === 0) return [];
  return cartsByIds(db, shopId, ids);
}

export async function findCartIdOfOrder(db: Executor, shopId: string, orderId: string): Promise<string> {
  const row = await db.selectFrom('carts').select('id').where('shop_id', '=', shopId).where('order_id', '=', orderId).executeTakeFirstOrThrow();
  return String(row.id);
}

/**
 * Frees resource ids for a record about to take them: the newest cart (or cart item) with a shop's id owns it.
 * A checkout and the order placed from it may name the same cart and items.
 */
export async function releaseResourceIds(db: Executor, table: 'carts' | 'cart_items', shopId: string, resourceIds: string[]) {
  if (resourceIds.length === 0) return;
  await db
    .updateTable(table as 'carts')
    .set({ resource_id: null })
    .where('shop_id', '=', shopId)
    .where('resource_id', 'in', resourceIds)
    .execute();
}

export async function countCarts(db: Executor, shopId: string): Promise<number> {
  return countOf(db, shopId, 'carts');
}

export const listCarts = pagedByShop((db, shopId, direction) => db.selectFrom('carts').select(columns).where('shop_id', '=', shopId).orderBy('id', direction));

/** ?filter[abandoned]: carts that were abandoned (whatever followed), or those never abandoned. */
export type AbandonedFilter = boolean | undefined;

function abandonedCarts(db: Executor, shopId: string, abandoned: boolean) {
  return db
    .selectFrom('carts')
    .where('shop_id', '=', shopId)
    .where('abandoned_at', abandoned ? 'is not' : 'is', null);
}

export async function countAbandonedCarts(db: Executor, shopId: string): Promise<number> {
  const row = await abandonedCarts(db, shopId, true).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listAbandonedCarts = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, true).select(columns).orderBy('id', direction));
export const listNotAbandonedCarts = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, false).select(columns).orderBy('id', direction));
export const listAbandonedCartIds = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, true).select('id').orderBy('id', direction));
export const listNotAbandonedCartIds = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, false).select('id').orderBy('id', direction));

export async function insertCart(
  db: Executor,
  row: {
    shop_id: string;
    id: string;
    resource_id: string | null;
    order_id: string;
    customer_id: string;
    checkout_url: string | null;
    cart_total: number;
    created_at: string;
    updated_at: string;
    /** 'closed': never watched for abandonment (a silent sync of history). */
    abandon_state?: 'closed';
  },
) {
  await insertMany(db, 'carts', [row]);
}

export async function updateCart(
  db: Executor,
  shopId: string,
  id: string,
  changes: { checkout_url?: string | null; cart_total?: number; customer_id?: string; resource_id?: string | null; updated_at: string },
) {
  await db.updateTable('carts').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}
