import type { Database, Executor } from '../../db/schema.js';
import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, NotFoundError } from '../../http/errors.js';
import { now } from '../../time.js';
import { insertItems } from '../carts/cart-items.repository.js';
import { loadItemsOfCarts, resolveItemProducts } from '../carts/cart-items.service.js';
import { insertCart } from '../carts/carts.repository.js';
import { loadEmbeddedCustomers, upsertCustomer, type ShopContext } from '../customers/customers.service.js';
import { getShop } from '../shops/shops.service.js';
import * as repo from './orders.repository.js';
import type { Order, OrderCreateBody, OrderUpdateBody } from './orders.schemas.js';

/** Orders in full embedded form, in a fixed number of queries however many there are (no query per row). */
async function toOrders(db: Executor, accountId: string, shopId: string, rows: repo.OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const [shop, customers, items] = await Promise.all([
    getShop(db, accountId, shopId),
    loadEmbeddedCustomers(db, accountId, shopId, rows.map((row) => String(row.customer_id))),
    loadItemsOfCarts(db, shopId, rows.map((row) => String(row.cart_id))),
  ]);
  // Inside an order the docs show the shop without currency_sign.
  const { currency_sign: _, ...embeddedShop } = shop;
  return rows.map((row) => ({
    id: String(row.id),
    shop: embeddedShop,
    customer: customers.get(String(row.customer_id))!,
    cart: {
      id: String(row.cart_id),
      checkout_url: row.checkout_url,
      cart_total: Number(row.cart_total),
      items: items.get(String(row.cart_id)) ?? [],
    },
    total: Number(row.total),
    status: row.status,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }));
}

async function requireOrder(db: Executor, shopId: string, rawId: string): Promise<repo.OrderRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findOrder(db, shopId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getOrder(db: Executor, accountId: string, shopId: string, rawId: string): Promise<Order> {
  const [order] = await toOrders(db, accountId, shopId, [await requireOrder(db, shopId, rawId)]);
  return order!;
}

/**
 * Finds or creates the customer by email, creates the order, its cart and the cart's items: all in one
 * transaction, after the whole body has been checked, so a rejected order leaves nothing behind.
 */
export async function createOrder(db: Database, context: ShopContext, body: OrderCreateBody): Promise<Order> {
  const [order] = await importOrders(db, context, [body], () => '');
  return order!;
}

/** Many orders at once, all or nothing: every item of every order is checked before anything is written. */
export async function importOrders(
  db: Database,
  context: ShopContext,
  bodies: OrderCreateBody[],
  prefix: (index: number) => string = (index) => `${index}.`,
): Promise<Order[]> {
  const { shopId, newId } = context;
  const errors = new FieldErrorCollector();
  const lines = bodies.flatMap((body, index) => body.cart.items.map((item, line) => ({ item, at: `${prefix(index)}cart.items.${line}.` })));
  const productIds = await resolveItemProducts(
    db,
    shopId,
    lines.map((line) => line.item),
    errors,
    { prefix: (index) => lines[index]!.at, required: true },
  );
  errors.throwIfAny();

  const orderIds = await db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    let line = 0;
    for (const body of bodies) {
      const { id: customerId } = await upsertCustomer(trx, context, body.customer);
      const timestamp = now();
      const id = newId();
      const cartId = newId();
      await repo.insertOrder(trx, {
        shop_id: shopId,
        id,
        customer_id: customerId,
        status: body.status ?? 'pending',
        total: body.total_price ?? 0,
        created_at: timestamp,
        updated_at: timestamp,
      });
      await insertCart(trx, {
        shop_id: shopId,
        id: cartId,
        order_id: id,
        customer_id: customerId,
        checkout_url: body.cart.checkout_url ?? null,
        cart_total: body.cart.cart_total ?? 0,
        created_at: timestamp,
        updated_at: timestamp,
      });
      await insertItems(
        trx,
        body.cart.items.map((item) => ({
          shop_id: shopId,
          id: newId(),
          cart_id: cartId,
          product_id: productIds[line++]!,
          variant: item.variant ?? null,
          quantity: item.quantity ?? 1,
          price: item.price ?? 0,
          created_at: timestamp,
          updated_at: timestamp,
        })),
      );
      ids.push(id);
    }
    return ids;
  });
  const rows = new Map((await repo.findOrders(db, shopId, orderIds)).map((row) => [String(row.id), row]));
  return toOrders(db, context.accountId, shopId, orderIds.map((id) => rows.get(id)!));
}

/** Changes status and total_price only. */
export async function updateOrder(db: Database, accountId: string, shopId: string, rawId: string, body: OrderUpdateBody): Promise<Order> {
  const id = String((await requireOrder(db, shopId, rawId)).id);
  await repo.updateOrder(db, shopId, id, {
    ...(body.status !== undefined ? { status: body.status } : {}),
    ...(body.total_price !== undefined ? { total: body.total_price } : {}),
    updated_at: now(),
  });
  return getOrder(db, accountId, shopId, id);
}

/** Answers the order as it was; its cart and the cart's items go with it, the customer and products stay. */
export async function deleteOrder(db: Database, accountId: string, shopId: string, rawId: string): Promise<Order> {
  const order = await getOrder(db, accountId, shopId, rawId);
  await repo.deleteOrder(db, shopId, order.id);
  return order;
}

export const countOrders = repo.countOrders;

export async function listOrders(db: Executor, accountId: string, shopId: string, offset: number, limit: number): Promise<Order[]> {
  return toOrders(db, accountId, shopId, await repo.listOrders(db, shopId, offset, limit));
}
