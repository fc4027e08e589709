import { PostgresAdapter, sql, type SqlBool } from 'kysely';
import { inList } from '../../db/in-list.js';
import type { Executor } from '../../db/schema.js';
import { isCompleted } from '../carts/abandonment.repository.js';

// The shop's figures over a period (src/modules/insights/stats.service.ts). The orders' and the products' figures
// are summed from the per-day sums that migration 0012's triggers keep (a year is 366 rows, or 366 per product
// sold); scanOrdersByDay and scanProductSales compute the same from the rows themselves, the oracle of
// test/stats-days.test.ts. The others are bounded by the period through an index of migration 0011: orders by
// (shop_id, created_at) carrying status, total and customer (covering: the orders themselves are not read),
// abandoned carts by (shop_id, abandoned_at).

/** [start, end) as 'YYYY-MM-DD HH:MM:SS' bounds, at midnight (whole UTC days: the day sums know no finer). */
export interface Period {
  start: string;
  end: string;
}

/** The period's days, ['YYYY-MM-DD', 'YYYY-MM-DD'). */
function days(period: Period): { first: string; end: string } {
  return { first: period.start.slice(0, 10), end: period.end.slice(0, 10) };
}

function day(db: Executor) {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql<string>`to_char(created_at, 'YYYY-MM-DD')` : sql<string>`substr(created_at, 1, 10)`;
}

function countedOrders(db: Executor, shopId: string, period: Period) {
  return db
    .selectFrom('orders')
    .where('shop_id', '=', shopId)
    .where('created_at', '>=', period.start)
    .where('created_at', '<', period.end)
    .where(isCompleted('status'));
}

/** Completed orders and their revenue, per day of creation that has any. */
export async function ordersByDay(db: Executor, shopId: string, period: Period) {
  const { first, end } = days(period);
  const rows = await db
    .selectFrom('shop_order_days')
    .select(['day', 'orders', 'revenue'])
    .where('shop_id', '=', shopId)
    .where('day', '>=', first)
    .where('day', '<', end)
    .where('orders', '>', 0)
    .execute();
  return rows.map((row) => ({ day: row.day, orders: Number(row.orders), revenue: Number(row.revenue) }));
}

/** ordersByDay from the orders themselves. */
export async function scanOrdersByDay(db: Executor, shopId: string, period: Period) {
  const rows = await countedOrders(db, shopId, period)
    .select((eb) => [day(db).as('day'), eb.fn.countAll().as('orders'), eb.fn.sum<number>('total').as('revenue')])
    .groupBy(day(db))
    .execute();
  return rows.map((row) => ({ day: String(row.day), orders: Number(row.orders), revenue: Number(row.revenue) }));
}

/**
 * The customers with a completed order in the period, and how many of them had one before it, from each customer's
 * first and last completed order times (migration 0014): new customers have their first in the period; returning
 * ones their first before it, and their last in it, or after it with a completed order in it. Range counts of the
 * two times' indexes; only customers whose last order is after the period are looked for in their orders (none for
 * a period ending today, unless an order is dated later).
 */
export async function customerCounts(db: Executor, shopId: string, period: Period): Promise<{ customers: number; returning: number }> {
  const times = () => db.selectFrom('customer_order_times').where('shop_id', '=', shopId);
  const count = async (query: ReturnType<typeof times>) => Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const fresh = await count(times().where('first_at', '>=', period.start).where('first_at', '<', period.end));
  const back = await count(times().where('last_at', '>=', period.start).where('last_at', '<', period.end).where('first_at', '<', period.start));
  const beyond = await count(
    times()
      .where('last_at', '>=', period.end)
      .where('first_at', '<', period.start)
      .where(({ exists }) =>
        exists(
          countedOrders(db, shopId, period)
            .select(sql`1`.as('one'))
            .where(sql<SqlBool>`orders.customer_id = customer_order_times.customer_id`),
        ),
      ),
  );
  return { customers: fresh + back + beyond, returning: back + beyond };
}

/** customerCounts from the orders themselves: the oracle of test/stats-days.test.ts. */
export async function scanCustomerCounts(db: Executor, shopId: string, period: Period): Promise<{ customers: number; returning: number }> {
  const row = await db
    .selectFrom(countedOrders(db, shopId, period).select('customer_id').distinct().as('c'))
    .select((eb) => [
      eb.fn.countAll().as('customers'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.exists(
                db
                  .selectFrom('orders as p')
                  .select(sql`1`.as('one'))
                  .where('p.shop_id', '=', shopId)
                  .where(sql<SqlBool>`p.customer_id = c.customer_id`)
                  .where('p.created_at', '<', period.start)
                  .where(isCompleted('p.status')),
              ),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('returning'),
    ])
    .executeTakeFirstOrThrow();
  return { customers: Number(row.customers), returning: Number(row.returning ?? 0) };
}

/**
 * Every product sold in the period's completed orders: revenue (price × quantity) and quantity, by product id
 * (names are read for the few that are answered, productNames). A product is listed when it has an item in the
 * period (rows whose items went back to 0 are not: the scan would not see the product).
 */
export async function productSales(db: Executor, shopId: string, period: Period) {
  const { first, end } = days(period);
  const rows = await db
    .selectFrom('shop_product_days')
    .where('shop_id', '=', shopId)
    .where('day', '>=', first)
    .where('day', '<', end)
    .where('items', '>', 0)
    .select((eb) => ['product_id', eb.fn.sum<number>('revenue').as('revenue'), eb.fn.sum<number>('quantity').as('quantity')])
    // SQLite, without statistics, read the shop's every row in product order from the (shop_id, product_id) index
    // to group without sorting: a year's rows for 30 days (EXPLAIN QUERY PLAN; at 1M orders ~250 ms against ~20
    // through the key's day range and a sort). `+product_id` is no column an index can order.
    .groupBy(db.getExecutor().adapter instanceof PostgresAdapter ? 'product_id' : sql`+product_id`)
    .execute();
  return rows.map((row) => ({ product_id: String(row.product_id), revenue: Number(row.revenue), quantity: Number(row.quantity) }));
}

/**
 * productSales from the rows themselves: the items of the period's completed orders, read from the covering
 * (shop_id, cart_id, id, product_id, quantity, price) index of migration 0011.
 */
export async function scanProductSales(db: Executor, shopId: string, period: Period) {
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('carts as c', (join) => join.onRef('c.shop_id', '=', 'o.shop_id').onRef('c.order_id', '=', 'o.id'))
    .innerJoin('cart_items as i', (join) => join.onRef('i.shop_id', '=', 'c.shop_id').onRef('i.cart_id', '=', 'c.id'))
    .where('o.shop_id', '=', shopId)
    .where('o.created_at', '>=', period.start)
    .where('o.created_at', '<', period.end)
    .where(isCompleted('o.status'))
    .select((eb) => ['i.product_id', eb.fn.sum<number>(sql<number>`i.price * i.quantity`).as('revenue'), eb.fn.sum<number>('i.quantity').as('quantity')])
    .groupBy('i.product_id')
    .execute();
  return rows.map((row) => ({ product_id: String(row.product_id), revenue: Number(row.revenue), quantity: Number(row.quantity) }));
}

export async function productNames(db: Executor, shopId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('products').select(['id', 'name']).where('shop_id', '=', shopId).where(inList(db, 'id', ids)).execute();
  return new Map(rows.map((row) => [String(row.id), row.name]));
}

/** Carts abandoned in the period: how many, their cart_total, and of them the recovered ones with the recovering orders' totals. */
export async function abandonment(db: Executor, shopId: string, period: Period) {
  const row = await db
    .selectFrom('carts')
    .where('shop_id', '=', shopId)
    .where('abandoned_at', 'is not', null)
    .where('abandoned_at', '>=', period.start)
    .where('abandoned_at', '<', period.end)
    .select((eb) => [
      eb.fn.countAll().as('abandoned'),
      eb.fn.sum<number>('cart_total').as('abandoned_value'),
      eb.fn.count('recovered_at').as('recovered'),
      eb.fn.sum<number>('recovered_value').as('recovered_value'),
    ])
    .executeTakeFirstOrThrow();
  return {
    abandoned: Number(row.abandoned),
    abandonedValue: Number(row.abandoned_value ?? 0),
    recovered: Number(row.recovered),
    recoveredValue: Number(row.recovered_value ?? 0),
  };
}
