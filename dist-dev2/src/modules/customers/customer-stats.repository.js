import { inList } from '../../db/in-list.js';
import { isCompleted } from '../carts/abandonment.repository.js';
const money = (value) => Math.round(value * 100) / 100;
/**
 * The aggregates of these customers, keyed by id, in one query for the whole page: their completed orders
 * (`complete`, `completed`), by creation time, read from the (shop_id, customer_id, created_at, status, total)
 * index alone. A customer without any has zeros and nulls.
 */
export async function customerStats(db, shopId, ids) {
    const stats = new Map(ids.map((id) => [id, { orders_count: 0, total_spent: 0, average_order_value: 0, first_order_at: null, last_order_at: null }]));
    if (ids.length === 0)
        return stats;
    const rows = await db
        .selectFrom('orders')
        .where('shop_id', '=', shopId)
        .where(inList(db, 'customer_id', ids))
        .where(isCompleted('status'))
        .select((eb) => [
        'customer_id',
        eb.fn.countAll().as('orders'),
        eb.fn.sum('total').as('spent'),
        eb.fn.min('created_at').as('first'),
        eb.fn.max('created_at').as('last'),
    ])
        .groupBy('customer_id')
        .execute();
    for (const row of rows) {
        const orders = Number(row.orders);
        const spent = Number(row.spent);
        stats.set(String(row.customer_id), {
            orders_count: orders,
            total_spent: money(spent),
            average_order_value: orders === 0 ? 0 : money(spent / orders),
            first_order_at: String(row.first),
            last_order_at: String(row.last),
        });
    }
    return stats;
}
//# sourceMappingURL=customer-stats.repository.js.map