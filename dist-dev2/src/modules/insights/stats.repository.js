import { PostgresAdapter, sql } from 'kysely';
import { inList } from '../../db/in-list.js';
import { isCompleted } from '../carts/abandonment.repository.js';
function day(db) {
    return db.getExecutor().adapter instanceof PostgresAdapter ? sql `to_char(created_at, 'YYYY-MM-DD')` : sql `substr(created_at, 1, 10)`;
}
function countedOrders(db, shopId, period) {
    return db
        .selectFrom('orders')
        .where('shop_id', '=', shopId)
        .where('created_at', '>=', period.start)
        .where('created_at', '<', period.end)
        .where(isCompleted('status'));
}
/** Completed orders and their revenue, per day of creation that has any. */
export async function ordersByDay(db, shopId, period) {
    const rows = await countedOrders(db, shopId, period)
        .select((eb) => [day(db).as('day'), eb.fn.countAll().as('orders'), eb.fn.sum('total').as('revenue')])
        .groupBy(day(db))
        .execute();
    return rows.map((row) => ({ day: String(row.day), orders: Number(row.orders), revenue: Number(row.revenue) }));
}
/** The customers with a completed order in the period, and how many of them had one before it. */
export async function customerCounts(db, shopId, period) {
    const row = await db
        .selectFrom(countedOrders(db, shopId, period).select('customer_id').distinct().as('c'))
        .select((eb) => [
        eb.fn.countAll().as('customers'),
        eb.fn
            .sum(eb
            .case()
            .when(eb.exists(db
            .selectFrom('orders as p')
            .select(sql `1`.as('one'))
            .where('p.shop_id', '=', shopId)
            .where(sql `p.customer_id = c.customer_id`)
            .where('p.created_at', '<', period.start)
            .where(isCompleted('p.status'))))
            .then(1)
            .else(0)
            .end())
            .as('returning'),
    ])
        .executeTakeFirstOrThrow();
    return { customers: Number(row.customers), returning: Number(row.returning ?? 0) };
}
/**
 * Every product sold in the period's completed orders: revenue (price × quantity) and quantity, by product id
 * (names are read for the few that are answered, productNames). The items are read from the covering
 * (shop_id, cart_id, id, product_id, quantity, price) index of migration 0011.
 */
export async function productSales(db, shopId, period) {
    const rows = await db
        .selectFrom('orders as o')
        .innerJoin('carts as c', (join) => join.onRef('c.shop_id', '=', 'o.shop_id').onRef('c.order_id', '=', 'o.id'))
        .innerJoin('cart_items as i', (join) => join.onRef('i.shop_id', '=', 'c.shop_id').onRef('i.cart_id', '=', 'c.id'))
        .where('o.shop_id', '=', shopId)
        .where('o.created_at', '>=', period.start)
        .where('o.created_at', '<', period.end)
        .where(isCompleted('o.status'))
        .select((eb) => ['i.product_id', eb.fn.sum(sql `i.price * i.quantity`).as('revenue'), eb.fn.sum('i.quantity').as('quantity')])
        .groupBy('i.product_id')
        .execute();
    return rows.map((row) => ({ product_id: String(row.product_id), revenue: Number(row.revenue), quantity: Number(row.quantity) }));
}
export async function productNames(db, shopId, ids) {
    if (ids.length === 0)
        return new Map();
    const rows = await db.selectFrom('products').select(['id', 'name']).where('shop_id', '=', shopId).where(inList(db, 'id', ids)).execute();
    return new Map(rows.map((row) => [String(row.id), row.name]));
}
/** Carts abandoned in the period: how many, their cart_total, and of them the recovered ones with the recovering orders' totals. */
export async function abandonment(db, shopId, period) {
    const row = await db
        .selectFrom('carts')
        .where('shop_id', '=', shopId)
        .where('abandoned_at', 'is not', null)
        .where('abandoned_at', '>=', period.start)
        .where('abandoned_at', '<', period.end)
        .select((eb) => [
        eb.fn.countAll().as('abandoned'),
        eb.fn.sum('cart_total').as('abandoned_value'),
        eb.fn.count('recovered_at').as('recovered'),
        eb.fn.sum('recovered_value').as('recovered_value'),
    ])
        .executeTakeFirstOrThrow();
    return {
        abandoned: Number(row.abandoned),
        abandonedValue: Number(row.abandoned_value ?? 0),
        recovered: Number(row.recovered),
        recoveredValue: Number(row.recovered_value ?? 0),
    };
}
//# sourceMappingURL=stats.repository.js.map