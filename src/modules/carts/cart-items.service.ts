import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, NotFoundError } from '../../http/errors.js';
import { now } from '../../time.js';
import { findExistingProductIds } from '../products/products.repository.js';
import { toReducedProducts } from '../products/products.service.js';
import * as repo from './cart-items.repository.js';
import type { CartItem, CartItemBody } from './carts.schemas.js';
import { requireCart } from './carts.service.js';

/** Cart items with their products in reduced form; the products' categories in one query. */
async function toCartItems(db: Executor, shopId: string, rows: repo.CartItemWithProductRow[]): Promise<CartItem[]> {
  const distinct = [...new Map(rows.map((row) => [String(row.id), row])).values()];
  const products = new Map((await toReducedProducts(db, shopId, distinct)).map((product) => [product.id, product]));
  return rows.map((row) => ({
    id: String(row.item_id),
    product: products.get(String(row.id))!,
    variant: row.variant,
    quantity: Number(row.quantity),
    price: Number(row.item_price),
  }));
}

/** The items of many carts, by cart id, in a fixed number of queries. */
export async function loadItemsOfCarts(db: Executor, shopId: string, cartIds: string[]): Promise<Map<string, CartItem[]>> {
  const rows = await repo.findItemsOfCarts(db, shopId, cartIds);
  const items = await toCartItems(db, shopId, rows);
  const byCart = new Map<string, CartItem[]>();
  rows.forEach((row, index) => {
    const key = String(row.cart_id);
    if (!byCart.has(key)) byCart.set(key, []);
    byCart.get(key)!.push(items[index]!);
  });
  return byCart;
}

/**
 * The product each item names (by ecommerce_product_id, or its alias product_id), checked to be a product of
 * this shop in one query. Problems are added under `prefix` (e.g. "cart.items.2.") so that a whole request
 * reports them together; an item that names no product gets undefined.
 */
export async function resolveItemProducts(
  db: Executor,
  shopId: string,
  items: CartItemBody[],
  errors: FieldErrorCollector,
  options: { prefix: (index: number) => string; required: boolean },
): Promise<Array<string | undefined>> {
  const refs = items.map((item) => {
    const field = item.ecommerce_product_id !== undefined || item.product_id === undefined ? 'ecommerce_product_id' : 'product_id';
    return { field, raw: item.ecommerce_product_id ?? item.product_id, id: parseId(item.ecommerce_product_id ?? item.product_id) };
  });
  const existing = await findExistingProductIds(
    db,
    shopId,
    refs.flatMap((ref) => (ref.id === null ? [] : [ref.id])),
  );
  return refs.map((ref, index) => {
    const key = `${options.prefix(index)}${ref.field}`;
    if (ref.raw === undefined) {
      if (options.required) errors.add(key, `The ${key.replace(/_/g, ' ')} field is required.`);
      return undefined;
    }
    if (ref.id === null || !existing.has(ref.id)) {
      errors.add(key, `The selected ${key} is invalid.`);
      return undefined;
    }
    return ref.id;
  });
}

async function requireItem(db: Executor, shopId: string, cartId: string, rawId: string) {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findItem(db, shopId, cartId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getItem(db: Executor, shopId: string, rawCartId: string, rawId: string): Promise<CartItem> {
  const cart = await requireCart(db, shopId, rawCartId);
  const [item] = await toCartItems(db, shopId, [await requireItem(db, shopId, String(cart.id), rawId)]);
  return item!;
}

/** Adds an item. The cart's cart_total is the client's and stays as it is. */
export async function createItem(db: Database, newId: IdGenerator, shopId: string, rawCartId: string, body: CartItemBody): Promise<CartItem> {
  const cartId = String((await requireCart(db, shopId, rawCartId)).id);
  const errors = new FieldErrorCollector();
  const [productId] = await resolveItemProducts(db, shopId, [body], errors, { prefix: () => '', required: true });
  errors.throwIfAny();
  const id = newId();
  const timestamp = now();
  await repo.insertItems(db, [
    {
      shop_id: shopId,
      id,
      cart_id: cartId,
      product_id: productId!,
      variant: body.variant ?? null,
      quantity: body.quantity ?? 1,
      price: body.price ?? 0,
      created_at: timestamp,
      updated_at: timestamp,
    },
  ]);
  return getItem(db, shopId, cartId, id);
}

export async function updateItem(db: Database, shopId: string, rawCartId: string, rawId: string, body: CartItemBody): Promise<CartItem> {
  const cartId = String((await requireCart(db, shopId, rawCartId)).id);
  const id = String((await requireItem(db, shopId, cartId, rawId)).item_id);
  const errors = new FieldErrorCollector();
  const [productId] = await resolveItemProducts(db, shopId, [body], errors, { prefix: () => '', required: false });
  errors.throwIfAny();
  await repo.updateItem(db, shopId, id, {
    ...(productId !== undefined ? { product_id: productId } : {}),
    ...(body.variant !== undefined ? { variant: body.variant } : {}),
    ...(body.quantity !== undefined ? { quantity: body.quantity } : {}),
    ...(body.price !== undefined ? { price: body.price } : {}),
    updated_at: now(),
  });
  return getItem(db, shopId, cartId, id);
}

/** Answers the item as it was. */
export async function deleteItem(db: Database, shopId: string, rawCartId: string, rawId: string): Promise<CartItem> {
  const item = await getItem(db, shopId, rawCartId, rawId);
  await repo.deleteItem(db, shopId, item.id);
  return item;
}

export async function countItems(db: Executor, shopId: string, rawCartId: string): Promise<number> {
  const cart = await requireCart(db, shopId, rawCartId);
  return repo.countItems(db, shopId, String(cart.id));
}

export async function listItems(db: Executor, shopId: string, rawCartId: string, offset: number, limit: number): Promise<CartItem[]> {
  const cart = await requireCart(db, shopId, rawCartId);
  return toCartItems(db, shopId, await repo.listItems(db, shopId, String(cart.id), offset, limit));
}
