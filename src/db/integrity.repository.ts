import { sql } from 'kysely';
import type { Dialect } from './database.js';
import type { Executor } from './schema.js';

// `cartline check`: what must hold in a Cartline database, whatever happened to it (races, crashes, hands in
// the database). Foreign keys enforce most of it; these checks prove it, and catch what a key cannot express.

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** An order's day as the stats count it ('YYYY-MM-DD', migration 0012). */
function createdDay(dialect: Dialect, column: string) {
  return sql.raw(dialect === 'sqlite' ? `substr(${column}, 1, 10)` : `to_char(${column}, 'YYYY-MM-DD')`);
}

/** Two sums of money differ by more than their additions' rounding. */
function differ(kept: string, scanned: string) {
  return sql.raw(`abs(coalesce(${kept}, 0) - coalesce(${scanned}, 0)) > 1e-6 * (1 + abs(coalesce(${scanned}, 0)))`);
}

const ORPHANS: Array<{ name: string; query: (db: Executor, dialect: Dialect) => Promise<Array<{ n: unknown }>> }> = [
  {
    name: "every shop's counters match its rows (list totals)",
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from shops s where
        (select count(*) from shop_counters c where c.shop_id = s.id) <> 5
        or exists (select 1 from shop_counters c where c.shop_id = s.id and c.n <> case c.name
          when 'categories' then (select count(*) from categories t where t.shop_id = s.id)
          when 'products' then (select count(*) from products t where t.shop_id = s.id)
          when 'customers' then (select count(*) from customers t where t.shop_id = s.id)
          when 'orders' then (select count(*) from orders t where t.shop_id = s.id)
          when 'carts' then (select count(*) from carts t where t.shop_id = s.id)
          end)`.execute(db).then((r) => r.rows),
  },
  {
    // Rows at zero may stay; a revenue may differ from the scan's by the order of its additions.
    name: "every shop's day sums match its completed orders (stats)",
    query: (db, dialect) =>
      sql<{ n: unknown }>`select count(*) as n from shop_order_days k
        full outer join (
          select shop_id, ${createdDay(dialect, 'created_at')} as day, count(*) as orders, sum(total) as revenue from orders
          where status in ('complete', 'completed') group by shop_id, ${createdDay(dialect, 'created_at')}
        ) r on r.shop_id = k.shop_id and r.day = k.day
        where coalesce(k.orders, 0) <> coalesce(r.orders, 0) or ${differ('k.revenue', 'r.revenue')}`.execute(db).then((r) => r.rows),
  },
  {
    name: "every shop's product day sums match its completed orders' items (stats)",
    query: (db, dialect) =>
      sql<{ n: unknown }>`select count(*) as n from shop_product_days k
        full outer join (
          select o.shop_id, ${createdDay(dialect, 'o.created_at')} as day, i.product_id, count(*) as items, sum(i.quantity) as quantity,
            sum(i.price * i.quantity) as revenue
          from orders o join carts c on c.shop_id = o.shop_id and c.order_id = o.id join cart_items i on i.shop_id = c.shop_id and i.cart_id = c.id
          where o.status in ('complete', 'completed') group by o.shop_id, ${createdDay(dialect, 'o.created_at')}, i.product_id
        ) r on r.shop_id = k.shop_id and r.day = k.day and r.product_id = k.product_id
        where coalesce(k.items, 0) <> coalesce(r.items, 0) or coalesce(k.quantity, 0) <> coalesce(r.quantity, 0)
          or ${differ('k.revenue', 'r.revenue')}`.execute(db).then((r) => r.rows),
  },
  {
    name: "every customer's first and last completed order times match its orders (stats)",
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from customer_order_times k
        full outer join (
          select shop_id, customer_id, min(created_at) as first_at, max(created_at) as last_at from orders
          where status in ('complete', 'completed') group by shop_id, customer_id
        ) r on r.shop_id = k.shop_id and r.customer_id = k.customer_id
        where k.customer_id is null or r.customer_id is null or k.first_at <> r.first_at or k.last_at <> r.last_at`.execute(db).then((r) => r.rows),
  },
  {
    name: "every group's member counts match its members (group totals)",
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from (
        select coalesce(c.group_id, m.group_id) as group_id from group_counters c
        full outer join (
          select gs.group_id, s.status, count(*) as n from group_subscribers gs join subscribers s on s.id = gs.subscriber_id group by gs.group_id, s.status
        ) m on m.group_id = c.group_id and m.status = c.status
        where coalesce(c.n, 0) <> coalesce(m.n, 0)
      ) mismatched`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every account has its eight default fields',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from accounts a
        where (select count(*) from fields f where f.account_id = a.id and f.is_default = ${sql.lit(true)}) <> 8`.execute(db).then((r) => r.rows),
  },
  {
    name: "every group membership joins a subscriber and a group of one account",
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from group_subscribers gs
        join groups g on g.id = gs.group_id join subscribers s on s.id = gs.subscriber_id
        where g.account_id <> s.account_id`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every order has exactly one cart',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from orders o where (select count(*) from carts c where c.shop_id = o.shop_id and c.order_id = o.id) <> 1`.execute(db).then((r) => r.rows),
  },
  {
    name: "every cart belongs to an order, with the order's customer",
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from carts c left join orders o on o.shop_id = c.shop_id and o.id = c.order_id where o.id is null or o.customer_id <> c.customer_id`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every cart item has its cart and its product',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from cart_items i
        left join carts c on c.shop_id = i.shop_id and c.id = i.cart_id
        left join products p on p.shop_id = i.shop_id and p.id = i.product_id
        where c.id is null or p.id is null`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every order has its customer',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from orders o left join customers c on c.shop_id = o.shop_id and c.id = o.customer_id where c.id is null`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every product-category link has both ends',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from product_categories pc
        left join products p on p.shop_id = pc.shop_id and p.id = pc.product_id
        left join categories c on c.shop_id = pc.shop_id and c.id = pc.category_id
        where p.id is null or c.id is null`.execute(db).then((r) => r.rows),
  },
  {
    // Without its row, a shop's answers are never kept (src/http/fragments.ts) and its writes bump nothing.
    name: 'every shop has its revisions (kept answers)',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from shops s left join shop_revisions r on r.shop_id = s.id where r.shop_id is null`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every shop-owned record has its shop',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from (
        select shop_id from categories union all select shop_id from products union all select shop_id from customers
        union all select shop_id from orders union all select shop_id from carts union all select shop_id from cart_items
      ) owned left join shops s on s.id = owned.shop_id where s.id is null`.execute(db).then((r) => r.rows),
  },
  {
    name: 'every shop, group and token has its account',
    query: (db) =>
      sql<{ n: unknown }>`select count(*) as n from (
        select account_id from shops union all select account_id from groups union all select account_id from api_tokens
        union all select account_id from subscribers
      ) owned left join accounts a on a.id = owned.account_id where a.id is null`.execute(db).then((r) => r.rows),
  },
];

const COUNTED = ['accounts', 'shops', 'categories', 'products', 'customers', 'orders', 'carts', 'cart_items', 'subscribers', 'groups'] as const;

export async function runChecks(db: Executor, dialect: Dialect): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  if (dialect === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    const verdict = integrity.rows.map((row) => row.integrity_check).join('; ');
    results.push({ name: 'SQLite integrity check', ok: verdict === 'ok', detail: verdict });
    const violations = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(db);
    results.push({ name: 'SQLite foreign key check', ok: violations.rows.length === 0, detail: `${violations.rows.length} violations` });
  }
  for (const check of ORPHANS) {
    const [row] = await check.query(db, dialect);
    const n = Number(row?.n ?? 0);
    results.push({ name: check.name, ok: n === 0, detail: n === 0 ? 'ok' : `${n} rows break it` });
  }
  const counts: string[] = [];
  for (const table of COUNTED) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts.push(`${table} ${Number(row.n)}`);
  }
  results.push({ name: 'rows', ok: true, detail: counts.join(', ') });
  return results;
}
