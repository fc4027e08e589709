import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// The shop stats' sums per day, kept by the database itself (src/modules/insights/stats.repository.ts): summing
// a year of a big shop's orders and their items on each request cost seconds; summing 366 rows per day does not.
// - `shop_order_days`: per shop and day of creation ('YYYY-MM-DD', UTC: the stored timestamp's first 10
//   characters), the completed orders and their totals.
// - `shop_product_days`: per shop, day and product, the items of completed orders' carts (a cart's order is
//   carts.order_id): how many items, their quantity and their price × quantity.
// Row triggers on orders, carts and cart_items keep them exact in the same transaction as the rows, whatever
// writes them (a re-sync, an import, a cascade from a deleted customer, product or shop). The sums hold, at every
// moment, exactly the (completed order, cart, item) links that exist: a "before update/delete" trigger subtracts
// what a row's old state contributed while its links are still there, an "after insert/update" trigger adds what
// its new state does. A link is broken by whichever row goes first; the others then find it gone and subtract
// nothing (a deleted order's cascade reaches its cart after the order row is gone, on both databases).
// Subtractions only update: a row of sums is made by an addition. A row whose items reach 0 stays, with exact
// zeros (its revenue is reset rather than left at a rounding residue); the reads skip it. Revenue is a double,
// as the rows' own prices and totals are: the sums equal the scan's up to the order of additions.
// "Completed" is MailerLite's `complete` and WooCommerce's `completed` (src/modules/carts/abandonment.repository.ts).
// Keyed by shop first, as every shop-owned table is. A deleted product takes its rows (its items went too).

const COMPLETED = `('complete', 'completed')`;

type Dialect = 'sqlite' | 'postgres';

function day(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? `substr(${column}, 1, 10)` : `to_char(${column}, 'YYYY-MM-DD')`;
}

/**
 * Both tables' rows made again from the orders, carts and items (`delete` first): the migration's backfill, and
 * bench/stats.ts's after a seed that wrote its rows with triggers off.
 */
export async function fillStatsDays(db: Kysely<any>): Promise<void> {
  const dialect: Dialect = db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
  await sql`delete from shop_product_days`.execute(db);
  await sql`delete from shop_order_days`.execute(db);
  await sql
    .raw(
      `insert into shop_order_days (shop_id, day, orders, revenue)
       select shop_id, ${day(dialect, 'created_at')}, count(*), sum(total) from orders
       where status in ${COMPLETED} group by shop_id, ${day(dialect, 'created_at')}`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into shop_product_days (shop_id, day, product_id, items, quantity, revenue)
       select o.shop_id, ${day(dialect, 'o.created_at')}, i.product_id, count(*), sum(i.quantity), sum(i.price * i.quantity)
       from orders o
       join carts c on c.shop_id = o.shop_id and c.order_id = o.id
       join cart_items i on i.shop_id = c.shop_id and i.cart_id = c.id
       where o.status in ${COMPLETED}
       group by o.shop_id, ${day(dialect, 'o.created_at')}, i.product_id`,
    )
    .execute(db);
}

// ---- The statements the triggers run, as SQL text over a trigger row (`new` or `old`) ------------------------

const ADD_ORDER_DAY = (d: Dialect, r: string) =>
  `insert into shop_order_days (shop_id, day, orders, revenue) values (${r}.shop_id, ${day(d, `${r}.created_at`)}, 1, ${r}.total)
   on conflict (shop_id, day) do update set orders = shop_order_days.orders + 1, revenue = shop_order_days.revenue + excluded.revenue`;

const SUB_ORDER_DAY = (d: Dialect, r: string) =>
  `update shop_order_days set orders = orders - 1, revenue = case when orders = 1 then 0 else revenue - ${r}.total end
   where shop_id = ${r}.shop_id and day = ${day(d, `${r}.created_at`)}`;

// What a row sold, as rows of (day, product_id, n items, q quantity, r revenue), only for a completed order.

/**
 * cart_items as `i`, read by cart. SQLite's planner otherwise reads a cart's items `group by product_id` from the
 * (shop_id, product_id) index, in product order: every item of the shop, per order written (measured: 22 ms an
 * order after 15,000, growing).
 */
const itemsByCart = (d: Dialect) => (d === 'sqlite' ? 'cart_items i indexed by cart_items_cart_sales' : 'cart_items i');

/** The cart of order `r` (a completed one: the triggers' WHEN says so), by product. */
const SOLD_IN_ORDER = (d: Dialect, r: string) =>
  `select ${day(d, `${r}.created_at`)} as day, i.product_id, count(*) as n, sum(i.quantity) as q, sum(i.price * i.quantity) as r
   from carts c join ${itemsByCart(d)} on i.shop_id = c.shop_id and i.cart_id = c.id
   where c.shop_id = ${r}.shop_id and c.order_id = ${r}.id group by i.product_id`;

/** Cart `r`, by product, when its order is completed. */
const SOLD_IN_CART = (d: Dialect, r: string) =>
  `select ${day(d, 'o.created_at')} as day, i.product_id, count(*) as n, sum(i.quantity) as q, sum(i.price * i.quantity) as r
   from orders o join ${itemsByCart(d)} on i.shop_id = o.shop_id and i.cart_id = ${r}.id
   where o.shop_id = ${r}.shop_id and o.id = ${r}.order_id and o.status in ${COMPLETED} group by o.created_at, i.product_id`;

/** Item `r`, when its cart's order is completed. */
const SOLD_ITEM = (d: Dialect, r: string) =>
  `select ${day(d, 'o.created_at')} as day, ${r}.product_id as product_id, 1 as n, ${r}.quantity as q, ${r}.price * ${r}.quantity as r
   from carts c join orders o on o.shop_id = c.shop_id and o.id = c.order_id
   where c.shop_id = ${r}.shop_id and c.id = ${r}.cart_id and o.status in ${COMPLETED}`;

/** Adds what `sold` holds to shop `r`'s rows, making those that are missing. */
const ADD_SOLD = (r: string, sold: string) =>
  `insert into shop_product_days (shop_id, day, product_id, items, quantity, revenue)
   select ${r}.shop_id, s.day, s.product_id, s.n, s.q, s.r from (${sold}) s where true
   on conflict (shop_id, day, product_id) do update set items = shop_product_days.items + excluded.items,
     quantity = shop_product_days.quantity + excluded.quantity, revenue = shop_product_days.revenue + excluded.revenue`;

/** Subtracts what `sold` holds from shop `r`'s rows (which exist: an addition made them). */
const SUB_SOLD = (r: string, sold: string) =>
  `update shop_product_days set items = items - s.n, quantity = quantity - s.q,
     revenue = case when items = s.n then 0 else revenue - s.r end
   from (${sold}) s
   where shop_product_days.shop_id = ${r}.shop_id and shop_product_days.day = s.day and shop_product_days.product_id = s.product_id`;

// When an update changes what a row contributes (the triggers' WHEN; `new`/`old` as in the trigger).
const DAY_MOVES = (d: Dialect) => `${day(d, 'new.created_at')} <> ${day(d, 'old.created_at')}`;
/** An order's day sums: for the old row's subtraction (`other` = 'new') and the new row's addition ('old'). */
const ORDER_DAY_CHANGES = (d: Dialect, other: 'new' | 'old') => `(${other}.status not in ${COMPLETED} or new.total <> old.total or ${DAY_MOVES(d)})`;
const ORDER_SALES_CHANGE = (d: Dialect, other: 'new' | 'old') => `(${other}.status not in ${COMPLETED} or ${DAY_MOVES(d)})`;
const ITEM_CHANGES = `(new.cart_id <> old.cart_id or new.product_id <> old.product_id or new.quantity <> old.quantity or new.price <> old.price)`;
const CART_MOVES = `(new.order_id <> old.order_id)`;

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const d: Dialect = 'sqlite';
  const triggers: Record<string, string> = {
    orders_stats_insert: `after insert on orders when new.status in ${COMPLETED} begin
      ${ADD_ORDER_DAY(d, 'new')}; ${ADD_SOLD('new', SOLD_IN_ORDER(d, 'new'))}; end`,
    orders_stats_days_old: `before update of status, total, created_at on orders
      when old.status in ${COMPLETED} and ${ORDER_DAY_CHANGES(d, 'new')} begin ${SUB_ORDER_DAY(d, 'old')}; end`,
    orders_stats_days_new: `after update of status, total, created_at on orders
      when new.status in ${COMPLETED} and ${ORDER_DAY_CHANGES(d, 'old')} begin ${ADD_ORDER_DAY(d, 'new')}; end`,
    orders_stats_sales_old: `before update of status, created_at on orders
      when old.status in ${COMPLETED} and ${ORDER_SALES_CHANGE(d, 'new')} begin ${SUB_SOLD('old', SOLD_IN_ORDER(d, 'old'))}; end`,
    orders_stats_sales_new: `after update of status, created_at on orders
      when new.status in ${COMPLETED} and ${ORDER_SALES_CHANGE(d, 'old')} begin ${ADD_SOLD('new', SOLD_IN_ORDER(d, 'new'))}; end`,
    orders_stats_delete: `before delete on orders when old.status in ${COMPLETED} begin
      ${SUB_ORDER_DAY(d, 'old')}; ${SUB_SOLD('old', SOLD_IN_ORDER(d, 'old'))}; end`,
    carts_stats_insert: `after insert on carts begin ${ADD_SOLD('new', SOLD_IN_CART(d, 'new'))}; end`,
    carts_stats_update_old: `before update of order_id on carts when ${CART_MOVES} begin ${SUB_SOLD('old', SOLD_IN_CART(d, 'old'))}; end`,
    carts_stats_update_new: `after update of order_id on carts when ${CART_MOVES} begin ${ADD_SOLD('new', SOLD_IN_CART(d, 'new'))}; end`,
    carts_stats_delete: `before delete on carts begin ${SUB_SOLD('old', SOLD_IN_CART(d, 'old'))}; end`,
    cart_items_stats_insert: `after insert on cart_items begin ${ADD_SOLD('new', SOLD_ITEM(d, 'new'))}; end`,
    cart_items_stats_update_old: `before update of cart_id, product_id, quantity, price on cart_items when ${ITEM_CHANGES} begin
      ${SUB_SOLD('old', SOLD_ITEM(d, 'old'))}; end`,
    cart_items_stats_update_new: `after update of cart_id, product_id, quantity, price on cart_items when ${ITEM_CHANGES} begin
      ${ADD_SOLD('new', SOLD_ITEM(d, 'new'))}; end`,
    cart_items_stats_delete: `before delete on cart_items begin ${SUB_SOLD('old', SOLD_ITEM(d, 'old'))}; end`,
  };
  for (const [name, body] of Object.entries(triggers)) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

/**
 * PostgreSQL: the same statements in one function per table. A cart's or an item's function first locks the
 * order it counts under (`for share`, whatever its status): a concurrent change of that order's status then
 * waits for this transaction, or this one for it, and the later of the two sees the other's rows; without the
 * lock, an item added while its order became complete would be counted by neither.
 */
const PG_FUNCTIONS: Record<string, string> = {
  cartline_stats_orders: `
    if tg_when = 'BEFORE' then
      if tg_op = 'DELETE' then
        ${SUB_ORDER_DAY('postgres', 'old')};
        ${SUB_SOLD('old', SOLD_IN_ORDER('postgres', 'old'))};
        return old;
      end if;
      if ${ORDER_DAY_CHANGES('postgres', 'new')} then ${SUB_ORDER_DAY('postgres', 'old')}; end if;
      if ${ORDER_SALES_CHANGE('postgres', 'new')} then ${SUB_SOLD('old', SOLD_IN_ORDER('postgres', 'old'))}; end if;
      return new;
    end if;
    if tg_op = 'INSERT' then
      ${ADD_ORDER_DAY('postgres', 'new')};
      ${ADD_SOLD('new', SOLD_IN_ORDER('postgres', 'new'))};
      return null;
    end if;
    if ${ORDER_DAY_CHANGES('postgres', 'old')} then ${ADD_ORDER_DAY('postgres', 'new')}; end if;
    if ${ORDER_SALES_CHANGE('postgres', 'old')} then ${ADD_SOLD('new', SOLD_IN_ORDER('postgres', 'new'))}; end if;
    return null;`,
  cartline_stats_carts: `
    if tg_when = 'BEFORE' then
      perform 1 from orders o where o.shop_id = old.shop_id and o.id = old.order_id for share;
      ${SUB_SOLD('old', SOLD_IN_CART('postgres', 'old'))};
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end if;
    perform 1 from orders o where o.shop_id = new.shop_id and o.id = new.order_id for share;
    ${ADD_SOLD('new', SOLD_IN_CART('postgres', 'new'))};
    return null;`,
  cartline_stats_cart_items: `
    if tg_when = 'BEFORE' then
      perform 1 from carts c join orders o on o.shop_id = c.shop_id and o.id = c.order_id
        where c.shop_id = old.shop_id and c.id = old.cart_id for share of o;
      ${SUB_SOLD('old', SOLD_ITEM('postgres', 'old'))};
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end if;
    perform 1 from carts c join orders o on o.shop_id = c.shop_id and o.id = c.order_id
      where c.shop_id = new.shop_id and c.id = new.cart_id for share of o;
    ${ADD_SOLD('new', SOLD_ITEM('postgres', 'new'))};
    return null;`,
};

/** PostgreSQL's triggers: [name, table, timing and events, WHEN condition or '', function]. */
const PG_TRIGGERS: Array<[string, string, string, string, string]> = [
  ['orders_stats_insert', 'orders', 'after insert', `new.status in ${COMPLETED}`, 'cartline_stats_orders'],
  ['orders_stats_update_old', 'orders', 'before update of status, total, created_at', `old.status in ${COMPLETED}`, 'cartline_stats_orders'],
  ['orders_stats_update_new', 'orders', 'after update of status, total, created_at', `new.status in ${COMPLETED}`, 'cartline_stats_orders'],
  ['orders_stats_delete', 'orders', 'before delete', `old.status in ${COMPLETED}`, 'cartline_stats_orders'],
  ['carts_stats_insert', 'carts', 'after insert', '', 'cartline_stats_carts'],
  ['carts_stats_update_old', 'carts', 'before update of order_id', CART_MOVES, 'cartline_stats_carts'],
  ['carts_stats_update_new', 'carts', 'after update of order_id', CART_MOVES, 'cartline_stats_carts'],
  ['carts_stats_delete', 'carts', 'before delete', '', 'cartline_stats_carts'],
  ['cart_items_stats_insert', 'cart_items', 'after insert', '', 'cartline_stats_cart_items'],
  ['cart_items_stats_update_old', 'cart_items', 'before update of cart_id, product_id, quantity, price', ITEM_CHANGES, 'cartline_stats_cart_items'],
  ['cart_items_stats_update_new', 'cart_items', 'after update of cart_id, product_id, quantity, price', ITEM_CHANGES, 'cartline_stats_cart_items'],
  ['cart_items_stats_delete', 'cart_items', 'before delete', '', 'cartline_stats_cart_items'],
];

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  for (const [name, body] of Object.entries(PG_FUNCTIONS)) {
    await sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} end $$`).execute(db);
  }
  for (const [name, table, events, when, fn] of PG_TRIGGERS) {
    await sql.raw(`create trigger ${name} ${events} on ${table} for each row ${when === '' ? '' : `when (${when})`} execute function ${fn}()`).execute(db);
  }
}

// The foreign keys are checked at commit (their cascades are not deferred: they still run with the delete).
// PostgreSQL checks a row's foreign key again when the transaction updates it a second time; a deleted shop's
// or product's cascade updates its day rows once per order or item it deletes, after the shop or product is
// gone, so an immediate check would refuse the delete. At commit those rows are gone too.
// On SQLite the rows are stored in their key's order (without rowid): a year of a shop's products is one range
// of the table itself, not 366,000 lookups from the key's index into a rowid table (373 ms at 1,000 products).
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const clustered = sqlite ? sql`without rowid` : sql``;
  await db.schema
    .createTable('shop_order_days')
    .addColumn('shop_id', 'bigint', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('orders', 'bigint', (c) => c.notNull())
    .addColumn('revenue', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('shop_order_days_pk', ['shop_id', 'day'])
    .addForeignKeyConstraint('shop_order_days_shop_fk', ['shop_id'], 'shops', ['id'], (c) => c.onDelete('cascade').deferrable().initiallyDeferred())
    .modifyEnd(clustered)
    .execute();
  await db.schema
    .createTable('shop_product_days')
    .addColumn('shop_id', 'bigint', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('product_id', 'bigint', (c) => c.notNull())
    .addColumn('items', 'bigint', (c) => c.notNull())
    .addColumn('quantity', 'bigint', (c) => c.notNull())
    .addColumn('revenue', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('shop_product_days_pk', ['shop_id', 'day', 'product_id'])
    .addForeignKeyConstraint('shop_product_days_shop_fk', ['shop_id'], 'shops', ['id'], (c) => c.onDelete('cascade').deferrable().initiallyDeferred())
    .addForeignKeyConstraint('shop_product_days_product_fk', ['shop_id', 'product_id'], 'products', ['shop_id', 'id'], (c) =>
      c.onDelete('cascade').deferrable().initiallyDeferred(),
    )
    .modifyEnd(clustered)
    .execute();
  // A product's delete finds its rows by this (the key leads with the day).
  await db.schema.createIndex('shop_product_days_product').on('shop_product_days').columns(['shop_id', 'product_id']).execute();
  await fillStatsDays(db);
  await (sqlite ? sqliteTriggers(db) : postgresTriggers(db));
}

export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const sqliteOnly = ['orders_stats_days_old', 'orders_stats_days_new', 'orders_stats_sales_old', 'orders_stats_sales_new'];
  for (const [name, table] of [...PG_TRIGGERS, ...sqliteOnly.map((name) => [name, 'orders'])]) {
    await sql.raw(`drop trigger if exists ${name}${sqlite ? '' : ` on ${table}`}`).execute(db);
  }
  if (!sqlite) for (const name of Object.keys(PG_FUNCTIONS)) await sql.raw(`drop function ${name}()`).execute(db);
  await db.schema.dropTable('shop_product_days').execute();
  await db.schema.dropTable('shop_order_days').execute();
}
