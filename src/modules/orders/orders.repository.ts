import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';
import { inList } from '../../db/in-list.js';

/** An order with its cart's own fields (every order has exactly one cart). */
export interface OrderRow {
  id: string | bigint;
  customer_id: string | bigint;
  status: string;
  total: number;
  created_at: string;
  updated_at: string;
  cart_id: string | bigint;
  checkout_url: string | null;
  cart_total: number;
  resource_id: string | null;
  stage: string | null;
  cart_resource_id: string | null;
}

function selectOrders(db: Executor, shopId: string) {
  return db
    .selectFrom('orders')
    .innerJoin('carts', (join) => join.onRef('carts.shop_id', '=', 'orders.shop_id').onRef('carts.order_id', '=', 'orders.id'))
    .select([
      'orders.id',
      'orders.customer_id',
      'orders.status',
      'orders.total',
      'orders.created_at',
      'orders.updated_at',
      'carts.id as cart_id',
      'carts.checkout_url',
      'carts.cart_total',
      'orders.resource_id',
      'orders.stage',
      'carts.resource_id as cart_resource_id',
    ])
    .where('orders.shop_id', '=', shopId);
}

const ordersByIds = prepared((db, shopId: string, ids: string[]) => selectOrders(db, shopId).where(inList(db, 'orders.id', ids)));

export async function findOrder(db: Executor, shopId: string, id: string): Promise<OrderRow | undefined> {
  return (await ordersByIds(db, shopId, [id]))[0];
}

export async function findOrders(db: Executor, shopId: string, ids: string[]): Promise<OrderRow[]> {
  if (ids.length === 0) return [];
  return ordersByIds(db, shopId, ids);
}

export async function countOrders(db: Executor, shopId: string): Promise<number> {
  return countOf(db, shopId, 'orders');
}

export const listOrders = pagedByShop((db, shopId, direction) => selectOrders(db, shopId).orderBy('orders.id', direction));

export interface OrderWrite {
  customer_id?: string;
  status?: string;
  total?: number;
  stage?: string | null;
  resource_id?: string | null;
  created_at?: string;
}

export async function updateOrder(db: Executor, shopId: string, id: string, changes: OrderWrite & { updated_at: string }) {
  await db.updateTable('orders').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}

/** The cart and its items go with it (foreign key cascade). */
export async function deleteOrder(db: Executor, shopId: string, id: string) {
  await db.deleteFrom('orders').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
