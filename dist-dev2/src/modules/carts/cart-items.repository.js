import { prepared } from '../../db/prepared.js';
import { insertMany } from '../../db/insert-many.js';
import { reducedProductColumns } from '../products/products.repository.js';
import { inList } from '../../db/in-list.js';
/** Items with their products, in one query. */
function selectItems(db, shopId) {
    return db
        .selectFrom('cart_items')
        .innerJoin('products', (join) => join.onRef('products.shop_id', '=', 'cart_items.shop_id').onRef('products.id', '=', 'cart_items.product_id'))
        .select([
        'cart_items.id as item_id',
        'cart_items.cart_id',
        'cart_items.variant',
        'cart_items.quantity',
        'cart_items.price as item_price',
        'cart_items.resource_id as item_resource_id',
        ...reducedProductColumns,
    ])
        .where('cart_items.shop_id', '=', shopId);
}
export async function findItemsOfCarts(db, shopId, cartIds) {
    if (cartIds.length === 0)
        return [];
    return itemsOfCarts(db, shopId, cartIds);
}
const itemsOfCarts = prepared((db, shopId, cartIds) => selectItems(db, shopId).where(inList(db, 'cart_items.cart_id', cartIds)).orderBy('cart_items.cart_id').orderBy('cart_items.id'));
export async function findItem(db, shopId, cartId, id) {
    return selectItems(db, shopId).where('cart_items.cart_id', '=', cartId).where('cart_items.id', '=', id).executeTakeFirst();
}
export async function countItems(db, shopId, cartId) {
    const row = await db
        .selectFrom('cart_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('shop_id', '=', shopId)
        .where('cart_id', '=', cartId)
        .executeTakeFirstOrThrow();
    return Number(row.n);
}
export async function listItems(db, shopId, cartId, offset, limit) {
    return selectItems(db, shopId).where('cart_items.cart_id', '=', cartId).orderBy('cart_items.id').limit(limit).offset(offset).execute();
}
export async function insertItems(db, rows) {
    await insertMany(db, 'cart_items', rows);
}
export async function deleteItemsOfCart(db, shopId, cartId) {
    await db.deleteFrom('cart_items').where('shop_id', '=', shopId).where('cart_id', '=', cartId).execute();
}
export async function updateItem(db, shopId, id, changes) {
    await db.updateTable('cart_items').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}
export async function deleteItem(db, shopId, id) {
    await db.deleteFrom('cart_items').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
//# sourceMappingURL=cart-items.repository.js.map