import type { Database, Executor } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { parseId } from '../../db/ids.js';
import { pagedIdsByShop } from '../../db/prepared.js';
import { FieldErrorCollector, NotFoundError, present } from '../../http/errors.js';
import { formatTimestamp, now } from '../../time.js';
import { deleteItemsOfCart } from '../carts/cart-items.repository.js';
import { insertCartItems, resolveItemProducts } from '../carts/cart-items.service.js';
import { findCartIdOfOrder, insertCart, releaseResourceIds, updateCart } from '../carts/carts.repository.js';
import { upsertByResourceId } from '../shops/upsert-by-resource-id.js';
import { upsertCustomers } from '../customers/customers.service.js';
import type { ShopContext } from '../shops/shop-context.js';
import * as repo from './orders.repository.js';
import type { Order, OrderCreateBody, OrderUpdateBody } from './orders.schemas.js';
import { customersById, itemsByCart, shopEmbedded } from '../embeds/embeds.js';
import { recordEvents, type NewEvent } from '../events/outbox.js';
import { inList } from '../../db/in-list.js';

/** Orders in full embedded form, in a fixed number of queries however many there are (no query per row). */
async function toOrders(db: Executor, accountId: string, shopId: string, rows: repo.OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const [shop, customers, items] = await Promise.all([
    shopEmbedded(db, accountId, shopId),
    customersById(db, accountId, shopId, rows.map((row) => String(row.customer_id))),
    itemsByCart(db, shopId, rows.map((row) => String(row.cart_id))),
  ]);
  return rows.map((row) => ({
    id: String(row.id),
    shop,
    customer: customers.get(String(row.customer_id))!,
    cart: {
      id: String(row.cart_id),
      checkout_url: row.checkout_url,
      cart_total: Number(row.cart_total),
      items: items.get(String(row.cart_id)) ?? [],
      resource_id: row.cart_resource_id,
    },
    total: Number(row.total),
    status: row.status,
    created_at: row.created_at,
    updated_at: row.updated_at,
    resource_id: row.resource_id,
    stage: row.stage,
  }));
}

/** Orders in full form by id; ids the shop does not have are left out. */
export async function loadOrders(db: Executor, accountId: string, shopId: string, ids: string[]): Promise<Map<string, Order>> {
  const orders = await toOrders(db, accountId, shopId, await repo.findOrders(db, shopId, ids));
  return new Map(orders.map((order) => [order.id, order]));
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
export async function createOrder(db: Database, context: ShopContext, body: OrderCreateBody, options: OrderWriteOptions = {}) {
  const [result] = await importOrders(db, context, [body], () => '', options);
  return result!;
}

/** The shop's own timestamp ('YYYY-MM-DD HH:MM:SS' taken as UTC, or ISO 8601) in the API's form, or null. */
function shopTimestamp(value: string): string | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
  return Number.isNaN(date.getTime()) ? null : formatTimestamp(date);
}

export interface OrderWriteOptions {
  /** ?with_resource_id: item product references are the shop's own ids. */
  byResourceId?: boolean;
}

/**
 * Many orders at once, all or nothing: every item of every order is checked before anything is written. An
 * order naming a resource_id the shop already has is re-synced instead of duplicated: its customer, status,
 * total, stage and cart are set from the body and its items replaced (created: false).
 */
export async function importOrders(
  db: Database,
  context: ShopContext,
  bodies: OrderCreateBody[],
  prefix: (index: number) => string = (index) => `${index}.`,
  options: OrderWriteOptions = {},
): Promise<Array<{ order: Order; created: boolean }>> {
  const { shopId, newId } = context;
  const errors = new FieldErrorCollector();
  const createdAt = bodies.map((body, index) => {
    if (body.created_at === undefined) return undefined;
    const value = shopTimestamp(body.created_at);
    if (value === null) errors.add(`${prefix(index)}created_at`, `The ${prefix(index)}created at is not a valid date.`);
    return value ?? undefined;
  });
  // Each order's item lines, keyed by where their problems are reported ("3.cart.items.1.").
  const linesOf = bodies.map((body, index) => body.cart.items.map((item, line) => ({ at: `${prefix(index)}cart.items.${line}.`, item })));
  const products = await resolveItemProducts(db, shopId, linesOf.flat(), errors, { required: true, byResourceId: options.byResourceId === true });
  errors.throwIfAny();

  return inTransaction(db, async (trx) => {
    // Customers first, then the orders (set-based), then each order's cart: every transaction takes its
    // locks in that order. A sync that locked a cart before the order deadlocked with a re-sync of the same
    // order that had updated the order and waited for that cart.
    const customerIds = (await upsertCustomers(trx, context, bodies.map((body) => body.customer))).map((customer) => customer.id);
    const timestamp = now();
    const orders = bodies.map((body, index) => ({
      shop_id: shopId,
      id: newId(),
      resource_id: body.resource_id ?? null,
      customer_id: customerIds[index]!,
      status: body.status ?? 'pending',
      total: body.total_price ?? 0,
      stage: body.stage ?? null,
      created_at: createdAt[index] ?? timestamp,
      updated_at: timestamp,
    }));
    // The shop already has an order with this resource_id: the body is its new state.
    const changes = bodies.map((body, index) => ({
      customer_id: customerIds[index]!,
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.total_price !== undefined ? { total: body.total_price } : {}),
      ...(body.stage !== undefined ? { stage: body.stage } : {}),
      ...(createdAt[index] !== undefined ? { created_at: createdAt[index] } : {}),
      updated_at: timestamp,
    }));
    // What re-synced orders were before, for their events (order.updated only when the status or total changed).
    const resourceIds = bodies.flatMap((body) => (body.resource_id === undefined ? [] : [body.resource_id]));
    const before = new Map(
      resourceIds.length === 0 || context.silent
        ? []
        : (
            await trx
              .selectFrom('orders')
              .select(['id', 'status', 'total'])
              .where('shop_id', '=', shopId)
              .where(inList(trx, 'resource_id', resourceIds))
              .execute()
          ).map((row) => [String(row.id), { status: row.status, total: Number(row.total) }]),
    );
    const upserted = await upsertByResourceId(trx, 'orders', shopId, orders.map((row, index) => ({ row, changes: changes[index]! })));

    // A new order is answered from what was written; a re-synced one is read back (the body was partial).
    const written: Array<{ id: string; created: boolean; row?: repo.OrderRow }> = [];
    for (const [index, body] of bodies.entries()) {
      const { id, created } = upserted[index]!;
      const customerId = customerIds[index]!;
      const cartResourceId = body.cart.resource_id ?? null;
      if (cartResourceId !== null) await releaseResourceIds(trx, 'carts', shopId, [cartResourceId]);
      const lines = present(linesOf[index], `order ${index}`);
      if (created) {
        const order = orders[index]!;
        const cart = {
          shop_id: shopId,
          id: newId(),
          resource_id: cartResourceId,
          order_id: order.id,
          customer_id: customerId,
          checkout_url: body.cart.checkout_url ?? null,
          cart_total: body.cart.cart_total ?? 0,
          created_at: timestamp,
          updated_at: timestamp,
        };
        await insertCart(trx, cart);
        await insertCartItems(trx, newId, shopId, cart.id, lines, products, timestamp);
        const row: repo.OrderRow = {
          ...order,
          cart_id: cart.id,
          checkout_url: cart.checkout_url,
          cart_total: cart.cart_total,
          cart_resource_id: cart.resource_id,
        };
        written.push({ id, created, row });
        continue;
      }
      const cartId = await findCartIdOfOrder(trx, shopId, id);
      await updateCart(trx, shopId, cartId, {
        customer_id: customerId,
        ...(body.cart.checkout_url !== undefined ? { checkout_url: body.cart.checkout_url } : {}),
        ...(body.cart.cart_total !== undefined ? { cart_total: body.cart.cart_total } : {}),
        ...(cartResourceId !== null ? { resource_id: cartResourceId } : {}),
        updated_at: timestamp,
      });
      await deleteItemsOfCart(trx, shopId, cartId);
      await insertCartItems(trx, newId, shopId, cartId, lines, products, timestamp);
      written.push({ id, created });
    }
    // The answers are made here, in the transaction, so that the events carry exactly what was committed.
    const reread = written.flatMap((r) => (r.row === undefined ? [r.id] : []));
    const rows = new Map((await repo.findOrders(trx, shopId, reread)).map((row) => [String(row.id), row]));
    const answers = await toOrders(trx, context.accountId, shopId, written.map((r) => r.row ?? present(rows.get(r.id), `order ${r.id}`)));
    await recordEvents(
      trx,
      context,
      answers.flatMap((order, index) => orderEvents(shopId, order, written[index]!.created ? undefined : before.get(order.id))),
    );
    return answers.map((order, index) => ({ order, created: written[index]!.created }));
  });
}

/**
 * order.created for a new order; order.updated for one whose status or total changed; order.completed when its
 * status became complete (a new order created complete included).
 */
function orderEvents(shopId: string, order: Order, before: { status: string; total: number } | undefined): NewEvent[] {
  const data = { order };
  const events: NewEvent[] = [];
  const created = before === undefined;
  if (created) events.push({ type: 'order.created', shopId, data });
  else if (before.status !== order.status || before.total !== order.total) events.push({ type: 'order.updated', shopId, data });
  if (order.status === 'complete' && (created || before.status !== 'complete')) events.push({ type: 'order.completed', shopId, data });
  return events;
}

/** Changes status and total_price only. */
export async function updateOrder(db: Database, context: ShopContext, rawId: string, body: OrderUpdateBody): Promise<Order> {
  const { accountId, shopId } = context;
  return inTransaction(db, async (trx) => {
    const current = await requireOrder(trx, shopId, rawId);
    const id = String(current.id);
    await repo.updateOrder(trx, shopId, id, {
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.total_price !== undefined ? { total: body.total_price } : {}),
      updated_at: now(),
    });
    const order = await getOrder(trx, accountId, shopId, id);
    await recordEvents(trx, context, orderEvents(shopId, order, { status: current.status, total: Number(current.total) }));
    return order;
  });
}

/** Answers the order as it was; its cart and the cart's items go with it, the customer and products stay. */
export async function deleteOrder(db: Database, context: ShopContext, rawId: string): Promise<Order> {
  return inTransaction(db, async (trx) => {
    const order = await getOrder(trx, context.accountId, context.shopId, rawId);
    await repo.deleteOrder(trx, context.shopId, order.id);
    await recordEvents(trx, context, [{ type: 'order.deleted', shopId: context.shopId, data: { order } }]);
    return order;
  });
}

export const countOrders = repo.countOrders;
export const listOrderIds = pagedIdsByShop('orders');

export async function listOrders(db: Executor, accountId: string, shopId: string, offset: number, limit: number, total?: number): Promise<Order[]> {
  return toOrders(db, accountId, shopId, await repo.listOrders(db, shopId, offset, limit, total));
}
