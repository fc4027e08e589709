import type { Database, Executor } from '../../db/schema.js';
import { pagedIdsByShop } from '../../db/prepared.js';
import { now } from '../../time.js';
import { requireCart } from './cart-lookup.js';
import * as repo from './carts.repository.js';
import type { Cart, CartUpdateBody } from './carts.schemas.js';
import { customersById, itemsByCart } from '../embeds/embeds.js';

/** Carts in full form, with customers and items, in a fixed number of queries for any number of carts. */
async function toCarts(db: Executor, accountId: string, shopId: string, rows: repo.CartRow[]): Promise<Cart[]> {
  const [customers, items] = await Promise.all([
    customersById(db, accountId, shopId, rows.map((row) => String(row.customer_id))),
    itemsByCart(db, shopId, rows.map((row) => String(row.id))),
  ]);
  return rows.map((row) => ({
    id: String(row.id),
    ecommerce_order_id: String(row.order_id),
    checkout_url: row.checkout_url,
    cart_total: Number(row.cart_total),
    customer: customers.get(String(row.customer_id))!,
    items: items.get(String(row.id)) ?? [],
    resource_id: row.resource_id,
  }));
}

/** Carts in full form by id; ids the shop does not have are left out. */
export async function loadCarts(db: Executor, accountId: string, shopId: string, ids: string[]): Promise<Map<string, Cart>> {
  const carts = await toCarts(db, accountId, shopId, await repo.findCarts(db, shopId, ids));
  return new Map(carts.map((cart) => [cart.id, cart]));
}

export async function getCart(db: Executor, accountId: string, shopId: string, rawId: string): Promise<Cart> {
  const [cart] = await toCarts(db, accountId, shopId, [await requireCart(db, shopId, rawId)]);
  return cart!;
}

export async function updateCart(db: Database, accountId: string, shopId: string, rawId: string, body: CartUpdateBody): Promise<Cart> {
  const id = String((await requireCart(db, shopId, rawId)).id);
  await repo.updateCart(db, shopId, id, {
    ...(body.checkout_url !== undefined ? { checkout_url: body.checkout_url } : {}),
    ...(body.cart_total !== undefined ? { cart_total: body.cart_total } : {}),
    updated_at: now(),
  });
  return getCart(db, accountId, shopId, id);
}

export const countCarts = repo.countCarts;
export const listCartIds = pagedIdsByShop('carts');

export async function listCarts(db: Executor, accountId: string, shopId: string, offset: number, limit: number, total?: number): Promise<Cart[]> {
  return toCarts(db, accountId, shopId, await repo.listCarts(db, shopId, offset, limit, total));
}
