import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import { insertMany } from '../../db/insert-many.js';
import { inList } from '../../db/in-list.js';
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
];
const cartById = prepared((db, shopId, id) => db.selectFrom('carts').select(columns).where('shop_id', '=', shopId).where('id', '=', id));
export async function findCart(db, shopId, id) {
    return (await cartById(db, shopId, id))[0];
}
const cartsByIds = prepared((db, shopId, ids) => db.selectFrom('carts').select(columns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)));
export async function findCarts(db, shopId, ids) {
    if (ids.length === 0)
        return [];
    return cartsByIds(db, shopId, ids);
}
export async function findCartIdOfOrder(db, shopId, orderId) {
    const row = await db.selectFrom('carts').select('id').where('shop_id', '=', shopId).where('order_id', '=', orderId).executeTakeFirstOrThrow();
    return String(row.id);
}
/**
 * Frees resource ids for a record about to take them: the newest cart (or cart item) with a shop's id owns it.
 * A checkout and the order placed from it may name the same cart and items.
 */
export async function releaseResourceIds(db, table, shopId, resourceIds) {
    if (resourceIds.length === 0)
        return;
    await db
        .updateTable(table)
        .set({ resource_id: null })
        .where('shop_id', '=', shopId)
        .where('resource_id', 'in', resourceIds)
        .execute();
}
export async function countCarts(db, shopId) {
    return countOf(db, shopId, 'carts');
}
export const listCarts = pagedByShop((db, shopId, direction) => db.selectFrom('carts').select(columns).where('shop_id', '=', shopId).orderBy('id', direction));
function abandonedCarts(db, shopId, abandoned) {
    return db
        .selectFrom('carts')
        .where('shop_id', '=', shopId)
        .where('abandoned_at', abandoned ? 'is not' : 'is', null);
}
export async function countAbandonedCarts(db, shopId) {
    const row = await abandonedCarts(db, shopId, true).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
}
export const listAbandonedCarts = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, true).select(columns).orderBy('id', direction));
export const listNotAbandonedCarts = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, false).select(columns).orderBy('id', direction));
export const listAbandonedCartIds = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, true).select('id').orderBy('id', direction));
export const listNotAbandonedCartIds = pagedByShop((db, shopId, direction) => abandonedCarts(db, shopId, false).select('id').orderBy('id', direction));
export async function insertCart(db, row) {
    await insertMany(db, 'carts', [row]);
}
export async function updateCart(db, shopId, id, changes) {
    await db.updateTable('carts').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}
//# sourceMappingURL=carts.repository.js.map