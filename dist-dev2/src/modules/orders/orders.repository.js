import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import { inList } from '../../db/in-list.js';
function selectOrders(db, shopId) {
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
const ordersByIds = prepared((db, shopId, ids) => selectOrders(db, shopId).where(inList(db, 'orders.id', ids)));
export async function findOrder(db, shopId, id) {
    return (await ordersByIds(db, shopId, [id]))[0];
}
export async function findOrders(db, shopId, ids) {
    if (ids.length === 0)
        return [];
    return ordersByIds(db, shopId, ids);
}
export async function countOrders(db, shopId) {
    return countOf(db, shopId, 'orders');
}
export const listOrders = pagedByShop((db, shopId, direction) => selectOrders(db, shopId).orderBy('orders.id', direction));
export async function updateOrder(db, shopId, id, changes) {
    await db.updateTable('orders').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}
/** The cart and its items go with it (foreign key cascade). */
export async function deleteOrder(db, shopId, id) {
    await db.deleteFrom('orders').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
//# sourceMappingURL=orders.repository.js.map