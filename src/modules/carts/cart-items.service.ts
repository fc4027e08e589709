import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, isConstraintViolation, NotFoundError } from '../../http/errors.js';
import { now } from '../../time.js';
import { findExistingProductIds } from '../products/products.repository.js';
import { toReducedProducts } from '../products/products.service.js';
import * as repo from './cart-items.repository.js';
import type { CartItem, CartItemBody } from './carts.schemas.js';
import { findIdsByResourceIds } from '../shops/resource-ids.repository.js';
import { findCart, releaseResourceIds } from './carts.repository.js';
import { requireCart } from './cart-lookup.js';

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
    resource_id: row.item_resource_id,
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
 * The product each item names, checked to be a product of this shop: by `ecommerce_product_id` (or its alias
 * `product_id`), which with ?with_resource_id are the shop's own ids, or by `product_resource_id`, which always
 * is. One query per kind of reference for all items. Problems go under `prefix(index)` (e.g. "cart.items.2.")
 * so that a whole request reports them together; an item that names no product gets undefined.
 */
export async function resolveItemProducts(
  db: Executor,
  shopId: string,
  items: CartItemBody[],
  errors: FieldErrorCollector,
  options: { prefix: (index: number) => string; required: boolean; byResourceId?: boolean },
): Promise<Array<string | undefined>> {
  const refs = items.map((item) => {
    if (item.product_resource_id !== undefined) return { field: 'product_resource_id', raw: item.product_resource_id, byResource: true };
    const field = item.ecommerce_product_id !== undefined || item.product_id === undefined ? 'ecommerce_product_id' : 'product_id';
    return { field, raw: item.ecommerce_product_id ?? item.product_id, byResource: options.byResourceId === true };
  });
  const existing = await findExistingProductIds(
    db,
    shopId,
    refs.flatMap((ref) => (ref.byResource || ref.raw === undefined ? [] : (parseId(ref.raw) ?? []))),
  );
  const byResource = await findIdsByResourceIds(
    db,
    'products',
    shopId,
    refs.flatMap((ref) => (ref.byResource && ref.raw !== undefined ? [ref.raw] : [])),
  );
  return refs.map((ref, index) => {
    const key = `${options.prefix(index)}${ref.field}`;
    if (ref.raw === undefined) {
      if (options.required) errors.add(key, `The ${key.replace(/_/g, ' ')} field is required.`);
      return undefined;
    }
    const id = ref.byResource ? byResource.get(ref.raw) : (parseId(ref.raw) ?? undefined);
    if (id === undefined || (!ref.byResource && !existing.has(id))) {
      errors.add(key, `The selected ${key} is invalid.`);
      return undefined;
    }
    return id;
  });
}

/** Writes a cart's new items; the newest item with a shop's own id owns that id. */
export async function insertCartItems(
  db: Executor,
  newId: IdGenerator,
  shopId: string,
  cartId: string,
  items: CartItemBody[],
  productIds: Array<string | undefined>,
  timestamp: string,
): Promise<string[]> {
  const rows = items.map((item, index) => ({
    shop_id: shopId,
    id: newId(),
    resource_id: item.resource_id ?? null,
    cart_id: cartId,
    product_id: productIds[index]!,
    variant: item.variant ?? null,
    quantity: item.quantity ?? 1,
    price: item.price ?? 0,
    created_at: timestamp,
    updated_at: timestamp,
  }));
  await releaseResourceIds(db, 'cart_items', shopId, rows.flatMap((row) => (row.resource_id === null ? [] : [row.resource_id])));
  await repo.insertItems(db, rows);
  return rows.map((row) => row.id);
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

/**
 * Runs a write into a cart found a moment ago. If the cart's order is deleted in between, the insert breaks
 * the foreign key: the answer is then the 404 the request would have got a moment later, not a conflict.
 */
async function writeToCart<T>(db: Database, shopId: string, cartId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isConstraintViolation(error) && (await findCart(db, shopId, cartId)) === undefined) throw new NotFoundError();
    throw error;
  }
}

/** Adds an item. The cart's cart_total is the client's and stays as it is. */
export async function createItem(
  db: Database,
  newId: IdGenerator,
  shopId: string,
  rawCartId: string,
  body: CartItemBody,
  options: { byResourceId?: boolean } = {},
): Promise<CartItem> {
  const cartId = String((await requireCart(db, shopId, rawCartId)).id);
  const errors = new FieldErrorCollector();
  const productIds = await resolveItemProducts(db, shopId, [body], errors, { prefix: () => '', required: true, ...options });
  errors.throwIfAny();
  const [id] = await writeToCart(db, shopId, cartId, () =>
    db.transaction().execute((trx) => insertCartItems(trx, newId, shopId, cartId, [body], productIds, now())),
  );
  return getItem(db, shopId, cartId, id!);
}

/** POST .../carts/:id/items/replace: the cart's items become exactly these, in one transaction. */
export async function replaceItems(
  db: Database,
  newId: IdGenerator,
  shopId: string,
  rawCartId: string,
  items: CartItemBody[],
  options: { byResourceId?: boolean } = {},
): Promise<string> {
  const cartId = String((await requireCart(db, shopId, rawCartId)).id);
  const errors = new FieldErrorCollector();
  const productIds = await resolveItemProducts(db, shopId, items, errors, { prefix: (index) => `items.${index}.`, required: true, ...options });
  errors.throwIfAny();
  await writeToCart(db, shopId, cartId, () =>
    db.transaction().execute(async (trx) => {
      await repo.deleteItemsOfCart(trx, shopId, cartId);
      await insertCartItems(trx, newId, shopId, cartId, items, productIds, now());
    }),
  );
  return cartId;
}

export async function updateItem(
  db: Database,
  shopId: string,
  rawCartId: string,
  rawId: string,
  body: CartItemBody,
  options: { byResourceId?: boolean } = {},
): Promise<CartItem> {
  const cartId = String((await requireCart(db, shopId, rawCartId)).id);
  const id = String((await requireItem(db, shopId, cartId, rawId)).item_id);
  const errors = new FieldErrorCollector();
  const [productId] = await resolveItemProducts(db, shopId, [body], errors, { prefix: () => '', required: false, ...options });
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
