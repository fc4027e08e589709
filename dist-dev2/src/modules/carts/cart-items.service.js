import { inTransaction } from '../../db/transaction.js';
import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, isConstraintViolation, NotFoundError, present } from '../../http/errors.js';
import { now } from '../../time.js';
import { findExistingProductIds } from '../products/products.repository.js';
import * as repo from './cart-items.repository.js';
import { findIdsByResourceIds } from '../shops/resource-ids.repository.js';
import { findCart, releaseResourceIds } from './carts.repository.js';
import { requireCart } from './cart-lookup.js';
import { cartItemAnswers } from '../embeds/embeds.js';
/**
 * The product each item names, checked to be a product of this shop: by `ecommerce_product_id` (or its alias
 * `product_id`), which with ?with_resource_id are the shop's own ids, or by `product_resource_id`, which always
 * is. One query per kind of reference for all items. Problems go under the line's `at` so that a whole request
 * reports them together. Answers the product id of each line that names a valid one, keyed by `at`.
 */
export async function resolveItemProducts(db, shopId, lines, errors, options) {
    const refs = lines.map(({ at, item }) => {
        if (item.product_resource_id !== undefined)
            return { at, field: 'product_resource_id', raw: item.product_resource_id, byResource: true };
        const field = item.ecommerce_product_id !== undefined || item.product_id === undefined ? 'ecommerce_product_id' : 'product_id';
        return { at, field, raw: item.ecommerce_product_id ?? item.product_id, byResource: options.byResourceId === true };
    });
    const existing = await findExistingProductIds(db, shopId, refs.flatMap((ref) => (ref.byResource || ref.raw === undefined ? [] : (parseId(ref.raw) ?? []))));
    const byResource = await findIdsByResourceIds(db, 'products', shopId, refs.flatMap((ref) => (ref.byResource && ref.raw !== undefined ? [ref.raw] : [])));
    const products = new Map();
    for (const ref of refs) {
        const key = `${ref.at}${ref.field}`;
        if (ref.raw === undefined) {
            if (options.required)
                errors.add(key, `The ${key.replace(/_/g, ' ')} field is required.`);
            continue;
        }
        const id = ref.byResource ? byResource.get(ref.raw) : (parseId(ref.raw) ?? undefined);
        if (id === undefined || (!ref.byResource && !existing.has(id)))
            errors.add(key, `The selected ${key} is invalid.`);
        else
            products.set(ref.at, id);
    }
    return products;
}
/** Writes a cart's new items (each line's product from `products`, by its key); the newest item with a shop's own id owns that id. */
export async function insertCartItems(db, newId, shopId, cartId, lines, products, timestamp) {
    const rows = lines.map(({ at, item }) => ({
        shop_id: shopId,
        id: newId(),
        resource_id: item.resource_id ?? null,
        cart_id: cartId,
        product_id: present(products.get(at), `the product of item ${at}`),
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
async function requireItem(db, shopId, cartId, rawId) {
    const id = parseId(rawId);
    const row = id === null ? undefined : await repo.findItem(db, shopId, cartId, id);
    if (row === undefined)
        throw new NotFoundError();
    return row;
}
export async function getItem(db, shopId, rawCartId, rawId) {
    const cart = await requireCart(db, shopId, rawCartId);
    const [item] = await cartItemAnswers(db, shopId, [await requireItem(db, shopId, String(cart.id), rawId)]);
    return item;
}
/**
 * Runs a write into a cart found a moment ago. If the cart's order is deleted in between, the insert breaks
 * the foreign key: the answer is then the 404 the request would have got a moment later, not a conflict.
 */
async function writeToCart(db, shopId, cartId, write) {
    try {
        return await write();
    }
    catch (error) {
        if (isConstraintViolation(error) && (await findCart(db, shopId, cartId)) === undefined)
            throw new NotFoundError();
        throw error;
    }
}
/** Adds an item. The cart's cart_total is the client's and stays as it is. */
export async function createItem(db, newId, shopId, rawCartId, body, options = {}) {
    const cartId = String((await requireCart(db, shopId, rawCartId)).id);
    const errors = new FieldErrorCollector();
    const lines = [{ at: '', item: body }];
    const products = await resolveItemProducts(db, shopId, lines, errors, { required: true, ...options });
    errors.throwIfAny();
    const [id] = await writeToCart(db, shopId, cartId, () => inTransaction(db, (trx) => insertCartItems(trx, newId, shopId, cartId, lines, products, now())));
    return getItem(db, shopId, cartId, present(id, 'the new item'));
}
/** POST .../carts/:id/items/replace: the cart's items become exactly these, in one transaction. */
export async function replaceItems(db, newId, shopId, rawCartId, items, options = {}) {
    const cartId = String((await requireCart(db, shopId, rawCartId)).id);
    const errors = new FieldErrorCollector();
    const lines = items.map((item, index) => ({ at: `items.${index}.`, item }));
    const products = await resolveItemProducts(db, shopId, lines, errors, { required: true, ...options });
    errors.throwIfAny();
    await writeToCart(db, shopId, cartId, () => inTransaction(db, async (trx) => {
        await repo.deleteItemsOfCart(trx, shopId, cartId);
        await insertCartItems(trx, newId, shopId, cartId, lines, products, now());
    }));
    return cartId;
}
export async function updateItem(db, shopId, rawCartId, rawId, body, options = {}) {
    const cartId = String((await requireCart(db, shopId, rawCartId)).id);
    const id = String((await requireItem(db, shopId, cartId, rawId)).item_id);
    const errors = new FieldErrorCollector();
    const productId = (await resolveItemProducts(db, shopId, [{ at: '', item: body }], errors, { required: false, ...options })).get('');
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
export async function deleteItem(db, shopId, rawCartId, rawId) {
    const item = await getItem(db, shopId, rawCartId, rawId);
    await repo.deleteItem(db, shopId, item.id);
    return item;
}
export async function countItems(db, shopId, rawCartId) {
    const cart = await requireCart(db, shopId, rawCartId);
    return repo.countItems(db, shopId, String(cart.id));
}
export async function listItems(db, shopId, rawCartId, offset, limit) {
    const cart = await requireCart(db, shopId, rawCartId);
    return cartItemAnswers(db, shopId, await repo.listItems(db, shopId, String(cart.id), offset, limit));
}
//# sourceMappingURL=cart-items.service.js.map