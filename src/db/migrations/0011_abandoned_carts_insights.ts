import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Abandoned carts and shop insights (src/modules/insights).
// - carts gain where the abandoned-cart sweeper has them: `abandon_state` is 'watching' (may still be
//   abandoned), 'closed' (its order completed first: never abandoned), 'abandoned' (cart.abandoned fired; watched
//   for a recovery), 'recovered' (cart.recovered fired) or 'lapsed' (the recovery window passed). The sweeper moves
//   a cart on with conditional UPDATEs (`where abandon_state = ...`), so with several processes on one database
//   each event fires once. Two partial indexes hold exactly the carts each step looks at, so a sweep costs what
//   is due, not what the shop ever had. Carts that exist when this runs are 'closed': an upgrade fires nothing
//   for old checkouts.
// - a change to a cart's items is a change to the cart: a trigger moves the cart's updated_at (the items' own
//   rows cannot tell of a deleted item).
// - `shop_settings`: per-shop overrides of the abandonment delay and the recovery window (seconds; null = the
//   server's default).
// - indexes for the stats: cart items by cart carrying product, quantity and price (replacing `cart_items_cart`); orders by shop and creation time, carrying what the figures sum (covering), and
//   orders by shop, customer and creation time (replacing `orders_customer`, a prefix of it) for the customers'
//   aggregates and first orders; abandoned carts by shop and time.

const STAMP_SQLITE = `strftime('%Y-%m-%d %H:%M:%S', 'now')`;

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema.alterTable('carts').addColumn('abandon_state', 'text', (c) => c.notNull().defaultTo('watching')).execute();
  await db.schema.alterTable('carts').addColumn('abandoned_at', 'timestamp').execute();
  await db.schema.alterTable('carts').addColumn('recovered_at', 'timestamp').execute();
  await db.schema.alterTable('carts').addColumn('recovered_order_id', 'bigint').execute();
  await db.schema.alterTable('carts').addColumn('recovered_value', 'double precision').execute();
  await sql`update carts set abandon_state = 'closed'`.execute(db);

  await db.schema.createIndex('carts_abandon_watching').on('carts').column('updated_at').where(sql.ref('abandon_state'), '=', 'watching').execute();
  await db.schema.createIndex('carts_abandon_recovery').on('carts').column('abandoned_at').where(sql.ref('abandon_state'), '=', 'abandoned').execute();
  await db.schema
    .createIndex('carts_abandoned')
    .on('carts')
    .columns(['shop_id', 'abandoned_at'])
    .where(sql.ref('abandoned_at'), 'is not', null)
    .execute();
  await db.schema.createIndex('carts_abandoned_list').on('carts').columns(['shop_id', 'id']).where(sql.ref('abandoned_at'), 'is not', null).execute();

  await db.schema.createIndex('orders_shop_created').on('orders').columns(['shop_id', 'created_at', 'status', 'total', 'customer_id', 'id']).execute();
  await db.schema.createIndex('orders_customer_created').on('orders').columns(['shop_id', 'customer_id', 'created_at', 'status', 'total']).execute();
  await db.schema.dropIndex('orders_customer').execute();
  // The stats' product figures read items by cart with what they sum; the same key as `cart_items_cart`, which
  // this one replaces (its prefix serves every query that one did).
  await db.schema.createIndex('cart_items_cart_sales').on('cart_items').columns(['shop_id', 'cart_id', 'id', 'product_id', 'quantity', 'price']).execute();
  await db.schema.dropIndex('cart_items_cart').execute();

  await db.schema
    .createTable('shop_settings')
    .addColumn('shop_id', 'bigint', (c) => c.notNull().primaryKey().references('shops.id').onDelete('cascade'))
    .addColumn('cart_abandon_after', 'integer')
    .addColumn('cart_recovery_window', 'integer')
    .addColumn('updated_at', 'timestamp', (c) => c.notNull())
    .execute();

  if (sqlite) {
    // An item written moves its cart forward to the item's own time (never back: an import of stored rows, whose
    // carts are already as recent, changes nothing); an item deleted, to now.
    const forward = `update carts set updated_at = new.updated_at where shop_id = new.shop_id and id = new.cart_id and updated_at < new.updated_at`;
    const touch = `update carts set updated_at = ${STAMP_SQLITE} where shop_id = old.shop_id and id = old.cart_id`;
    await sql.raw(`create trigger cart_items_touch_insert after insert on cart_items begin ${forward}; end`).execute(db);
    await sql.raw(`create trigger cart_items_touch_update after update on cart_items begin ${forward}; end`).execute(db);
    await sql.raw(`create trigger cart_items_touch_delete after delete on cart_items begin ${touch}; end`).execute(db);
    return;
  }
  // PostgreSQL: once per statement over the rows it wrote (an order of 5 items touches its cart once).
  await sql
    .raw(
      `create function cartline_touch_carts() returns trigger language plpgsql as $$
       begin
         if tg_op = 'DELETE' then
           update carts c set updated_at = date_trunc('second', now() at time zone 'utc')
             from (select distinct shop_id, cart_id from old_rows) t where c.shop_id = t.shop_id and c.id = t.cart_id;
         else
           update carts c set updated_at = t.updated_at
             from (select shop_id, cart_id, max(updated_at) as updated_at from new_rows group by shop_id, cart_id) t
             where c.shop_id = t.shop_id and c.id = t.cart_id and c.updated_at < t.updated_at;
         end if;
         return null;
       end $$`,
    )
    .execute(db);
  for (const [event, table] of [['insert', 'new'], ['update', 'new'], ['delete', 'old']] as const) {
    await sql
      .raw(
        `create trigger cart_items_touch_${event} after ${event} on cart_items referencing ${table} table as ${table}_rows
         for each statement execute function cartline_touch_carts()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger cart_items_touch_${event}${sqlite ? '' : ' on cart_items'}`).execute(db);
  if (!sqlite) await sql.raw('drop function cartline_touch_carts()').execute(db);
  await db.schema.dropTable('shop_settings').execute();
  await db.schema.createIndex('orders_customer').on('orders').columns(['shop_id', 'customer_id']).execute();
  await db.schema.createIndex('cart_items_cart').on('cart_items').columns(['shop_id', 'cart_id', 'id']).execute();
  for (const index of ['cart_items_cart_sales', 'orders_customer_created', 'orders_shop_created', 'carts_abandoned_list', 'carts_abandoned', 'carts_abandon_recovery', 'carts_abandon_watching']) {
    await db.schema.dropIndex(index).execute();
  }
  for (const column of ['recovered_value', 'recovered_order_id', 'recovered_at', 'abandoned_at', 'abandon_state']) {
    await db.schema.alterTable('carts').dropColumn(column).execute();
  }
}
