import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Per shop and customer, the creation times of the customer's first and last completed order ('complete' or
// WooCommerce's 'completed'), kept by the database itself: the shop stats' customer figures
// (src/modules/insights/stats.repository.ts). A period's distinct customers scanned the period's orders and probed
// each customer's history (at a million orders, most of a 30-day answer); from these two times they are range
// counts: new customers have their first order in the period; a returning customer has its first before it and its
// last in it (a period ending after that customer's last order, as the default one ending today does; others are
// probed). A customer with no completed order has no row.
// Row triggers on orders recompute the customer's row from its completed orders (the (shop_id, customer_id,
// created_at, status, total) index of migration 0011: a few entries per customer) whenever an order that is or was
// completed is written: simpler than keeping a minimum and a maximum by additions, which a removal undoes.
// PostgreSQL: the function first locks the customer's row, so that two transactions completing orders of one
// customer recompute one after the other, the later seeing the other's order.

const COMPLETED = `('complete', 'completed')`;

/**
 * The customer (`shop`, `customer`: SQL expressions) recomputed: its row made, changed, or removed. Its first and
 * last are each the first completed order met from one end of its orders in the (shop_id, customer_id,
 * created_at, status, total) index: min() and max() with the status condition read every order of the customer,
 * which cost a customer of thousands of orders milliseconds per write (npm run bench -- --only 'day sums').
 */
const REFRESH = (shop: string, customer: string) => {
  const edge = (direction: 'asc' | 'desc') =>
    `(select created_at from orders where shop_id = ${shop} and customer_id = ${customer} and status in ${COMPLETED} order by created_at ${direction} limit 1)`;
  return `
  insert into customer_order_times (shop_id, customer_id, first_at, last_at)
    select ${shop}, ${customer}, f.created_at, l.created_at from ${edge('asc')} f, ${edge('desc')} l where true
  on conflict (shop_id, customer_id) do update set first_at = excluded.first_at, last_at = excluded.last_at;
  delete from customer_order_times where shop_id = ${shop} and customer_id = ${customer}
    and not exists (select 1 from orders where shop_id = ${shop} and customer_id = ${customer} and status in ${COMPLETED})`;
};

/** An update that changes which customer's times an order counts in, or where. */
const UPDATE_MATTERS = `(old.status in ${COMPLETED} or new.status in ${COMPLETED})`;

/** Every customer's row made again from the orders: the migration's backfill, and bench/stats.ts's after its seed. */
export async function fillCustomerOrderTimes(db: Kysely<any>): Promise<void> {
  await sql`delete from customer_order_times`.execute(db);
  await sql
    .raw(
      `insert into customer_order_times (shop_id, customer_id, first_at, last_at)
       select shop_id, customer_id, min(created_at), max(created_at) from orders where status in ${COMPLETED} group by shop_id, customer_id`,
    )
    .execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('customer_order_times')
    .addColumn('shop_id', 'bigint', (c) => c.notNull())
    .addColumn('customer_id', 'bigint', (c) => c.notNull())
    .addColumn('first_at', 'timestamp', (c) => c.notNull())
    .addColumn('last_at', 'timestamp', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_order_times_pk', ['shop_id', 'customer_id'])
    // Checked at commit, as the day sums' keys (migration 0012): a deleted customer's cascade reaches its orders,
    // whose triggers write this row again, after the customer is gone.
    .addForeignKeyConstraint('customer_order_times_customer_fk', ['shop_id', 'customer_id'], 'customers', ['shop_id', 'id'], (c) =>
      c.onDelete('cascade').deferrable().initiallyDeferred(),
    )
    .execute();
  await db.schema.createIndex('customer_order_times_first').on('customer_order_times').columns(['shop_id', 'first_at', 'last_at']).execute();
  await db.schema.createIndex('customer_order_times_last').on('customer_order_times').columns(['shop_id', 'last_at', 'first_at']).execute();
  await fillCustomerOrderTimes(db);
  if (sqlite) {
    const triggers: Record<string, string> = {
      orders_customer_times_insert: `after insert on orders when new.status in ${COMPLETED} begin ${REFRESH('new.shop_id', 'new.customer_id')}; end`,
      orders_customer_times_update: `after update of status, created_at, customer_id on orders when ${UPDATE_MATTERS} begin
        ${REFRESH('new.shop_id', 'new.customer_id')}; end`,
      orders_customer_times_moved: `after update of customer_id on orders when ${UPDATE_MATTERS} and old.customer_id <> new.customer_id begin
        ${REFRESH('old.shop_id', 'old.customer_id')}; end`,
      orders_customer_times_delete: `after delete on orders when old.status in ${COMPLETED} begin ${REFRESH('old.shop_id', 'old.customer_id')}; end`,
    };
    for (const [name, body] of Object.entries(triggers)) await sql.raw(`create trigger ${name} ${body}`).execute(db);
    return;
  }
  await sql
    .raw(
      `create function cartline_customer_times() returns trigger language plpgsql as $$ begin
        if tg_op <> 'DELETE' then
          perform 1 from customers where shop_id = new.shop_id and id = new.customer_id for no key update;
          ${REFRESH('new.shop_id', 'new.customer_id')};
        end if;
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.shop_id, old.customer_id) is distinct from (new.shop_id, new.customer_id)) then
          perform 1 from customers where shop_id = old.shop_id and id = old.customer_id for no key update;
          ${REFRESH('old.shop_id', 'old.customer_id')};
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  for (const [name, events, when] of [
    ['orders_customer_times_insert', 'after insert', `new.status in ${COMPLETED}`],
    ['orders_customer_times_update', 'after update of status, created_at, customer_id', UPDATE_MATTERS],
    ['orders_customer_times_delete', 'after delete', `old.status in ${COMPLETED}`],
  ] as const) {
    await sql.raw(`create trigger ${name} ${events} on orders for each row when (${when}) execute function cartline_customer_times()`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const name of ['orders_customer_times_insert', 'orders_customer_times_update', 'orders_customer_times_moved', 'orders_customer_times_delete']) {
    await sql.raw(`drop trigger if exists ${name}${sqlite ? '' : ' on orders'}`).execute(db);
  }
  if (!sqlite) await sql`drop function cartline_customer_times()`.execute(db);
  await db.schema.dropTable('customer_order_times').execute();
}
