import { pagedIdsByShop } from '../../db/prepared.js';
import { now } from '../../time.js';
import { requireCart } from './cart-lookup.js';
import * as repo from './carts.repository.js';
import { customersById, itemsByCart } from '../embeds/embeds.js';
function abandonmentOf(row) {
    return {
        abandoned_at: row.abandoned_at,
        recovered_at: row.recovered_at,
        recovered_by_order_id: row.recovered_order_id === null ? null : String(row.recovered_order_id),
        recovered_value: row.recovered_value === null ? null : Number(row.recovered_value),
    };
}
/** Carts in full form, with customers and items, in a fixed number of queries for any number of carts. */
async function toCarts(db, accountId, shopId, rows, form = {}) {
    const [customers, items] = await Promise.all([
        customersById(db, accountId, shopId, rows.map((row) => String(row.customer_id))),
        itemsByCart(db, shopId, rows.map((row) => String(row.id))),
    ]);
    return rows.map((row) => ({
        id: String(row.id),
        ecommerce_order_id: String(row.order_id),
        checkout_url: row.checkout_url,
        cart_total: Number(row.cart_total),
        customer: customers.get(String(row.customer_id)),
        items: items.get(String(row.id)) ?? [],
        resource_id: row.resource_id,
        ...(form.withAbandonment === true ? abandonmentOf(row) : {}),
    }));
}
/** Carts in full form by id; ids the shop does not have are left out. */
export async function loadCarts(db, accountId, shopId, ids, form = {}) {
    const carts = await toCarts(db, accountId, shopId, await repo.findCarts(db, shopId, ids), form);
    return new Map(carts.map((cart) => [cart.id, cart]));
}
export async function getCart(db, accountId, shopId, rawId, form = {}) {
    const [cart] = await toCarts(db, accountId, shopId, [await requireCart(db, shopId, rawId)], form);
    return cart;
}
export async function updateCart(db, accountId, shopId, rawId, body) {
    const id = String((await requireCart(db, shopId, rawId)).id);
    await repo.updateCart(db, shopId, id, {
        ...(body.checkout_url !== undefined ? { checkout_url: body.checkout_url } : {}),
        ...(body.cart_total !== undefined ? { cart_total: body.cart_total } : {}),
        updated_at: now(),
    });
    return getCart(db, accountId, shopId, id);
}
/** The shop's carts, all of them or by ?filter[abandoned]. */
export async function countCarts(db, shopId, abandoned) {
    if (abandoned === undefined)
        return repo.countCarts(db, shopId);
    const count = await repo.countAbandonedCarts(db, shopId);
    return abandoned ? count : (await repo.countCarts(db, shopId)) - count;
}
const allCartIds = pagedIdsByShop('carts');
export async function listCartIds(db, shopId, offset, limit, total, abandoned) {
    if (abandoned === undefined)
        return allCartIds(db, shopId, offset, limit, total);
    const rows = await (abandoned ? repo.listAbandonedCartIds : repo.listNotAbandonedCartIds)(db, shopId, offset, limit, total);
    return rows.map((row) => String(row.id));
}
export async function listCarts(db, accountId, shopId, offset, limit, total, options = {}) {
    const list = options.abandoned === undefined ? repo.listCarts : options.abandoned ? repo.listAbandonedCarts : repo.listNotAbandonedCarts;
    return toCarts(db, accountId, shopId, await list(db, shopId, offset, limit, total), options);
}
//# sourceMappingURL=carts.service.js.map