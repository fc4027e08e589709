// npm run bench:stats [-- --orders 1000000 --rounds 15 --postgres postgres://user@127.0.0.1:5432/db --postgres-only]
//
// The shop stats (GET /api/cartline/shops/:id/stats) and the customers' aggregates (?with_stats) of a shop with
// --orders orders, seeded directly with set-based SQL (a generated series of rows per table, in one statement
// each): 100,000 customers, 1,000 products, the orders spread over the last 365 days (80% complete, 10% pending,
// 10% cancelled), one cart of two items per order, the pending orders' carts abandoned and one in four of them
// recovered. PostgreSQL seeds with triggers off and makes the counters and the stats' day sums afterwards (the
// migration's backfill, timed); SQLite's triggers run with the seed. Then the real server process answers, over
// loopback, --rounds requests of each scenario one after the other; the median and p90 latency are printed (the
// first answer, with cold caches, apart). Answers are built on every request (CARTLINE_CACHE_MB=0). Every run
// makes and removes its own database (BENCH_POSTGRES_IN_PLACE=1: empties and uses --postgres's, bench/lib.ts).

import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { api, median, postgresTarget, sqliteTarget, startServer, TOKEN, type Target } from './lib.js';
import { formatTimestamp } from '../src/time.js';
import { createDatabase } from '../src/db/database.js';
import { fillStatsDays } from '../src/db/migrations/0012_stats_days.js';
import { fillCustomerOrderTimes } from '../src/db/migrations/0014_customer_order_times.js';

const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '15' },
    postgres: { type: 'string' },
    'postgres-only': { type: 'boolean', default: false },
  },
});
const ORDERS = Number(args.orders);
const ROUNDS = Number(args.rounds);
const CUSTOMERS = Math.min(100_000, Math.max(1, Math.floor(ORDERS / 10)));
const PRODUCTS = 1_000;
const YEAR_SECONDS = 365 * 86_400;
// Id ranges per table, far from the server's own (time-based) ids.
const BASE = { customers: 1_000_000_000n, products: 2_000_000_000n, orders: 3_000_000_000n, carts: 5_000_000_000n, items: 7_000_000_000n };

/** The seeding statements, each over a series 0..count-1 named i; `at(i)` is an order's creation time. */
function seedStatements(dialect: 'sqlite' | 'postgres', shopId: string, start: string) {
  const series = (count: number, body: string) =>
    dialect === 'sqlite'
      ? `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${count - 1}) ${body.replace('FROM_SERIES', 'from n')}`
      : body.replace('FROM_SERIES', `from generate_series(0::bigint, ${count - 1}) as n(i)`);
  const at = (offset: string) =>
    dialect === 'sqlite' ? `datetime('${start}', '+' || (${offset}) || ' seconds')` : `(timestamp '${start}' + (${offset}) * interval '1 second')`;
  const orderTime = `(i * ${YEAR_SECONDS} / ${ORDERS})`;
  const customerOf = `${BASE.customers} + ((i * 7919) % ${CUSTOMERS})`;
  const status = `case when i % 10 < 8 then 'complete' when i % 10 = 8 then 'pending' else 'cancelled' end`;
  const concat = (a: string, b: string, c: string) => (dialect === 'sqlite' ? `${a} || ${b} || ${c}` : `concat(${a}, ${b}, ${c})`);
  return [
    series(
      CUSTOMERS,
      `insert into customers (shop_id, id, email, accepts_marketing, total_spent, created_at, updated_at)
       select ${shopId}, ${BASE.customers} + i, ${concat(`'c'`, 'i', `'@bench.example'`)}, false, 0, ${at('0')}, ${at('0')} FROM_SERIES`,
    ),
    series(
      PRODUCTS,
      `insert into products (shop_id, id, name, price, exclude_from_automations, created_at, updated_at)
       select ${shopId}, ${BASE.products} + i, ${concat(`'Product '`, 'i', `''`)}, 1 + i % 100, false, ${at('0')}, ${at('0')} FROM_SERIES`,
    ),
    series(
      ORDERS,
      `insert into orders (shop_id, id, customer_id, status, total, created_at, updated_at)
       select ${shopId}, ${BASE.orders} + i, ${customerOf}, ${status}, (i % 200) + 0.99, ${at(orderTime)}, ${at(orderTime)} FROM_SERIES`,
    ),
    series(
      ORDERS,
      `insert into carts (shop_id, id, order_id, customer_id, cart_total, created_at, updated_at, abandon_state, abandoned_at, recovered_at, recovered_order_id, recovered_value)
       select ${shopId}, ${BASE.carts} + i, ${BASE.orders} + i, ${customerOf}, (i % 200) + 0.99, ${at(orderTime)}, ${at(orderTime)},
         case when i % 10 <> 8 then 'closed' when i % 40 = 8 then 'recovered' else 'lapsed' end,
         case when i % 10 = 8 then ${at(`${orderTime} + 3600`)} end,
         case when i % 40 = 8 then ${at(`${orderTime} + 7200`)} end,
         case when i % 40 = 8 then ${BASE.orders} + i end,
         case when i % 40 = 8 then (i % 200) + 0.99 end
       FROM_SERIES`,
    ),
    series(
      ORDERS * 2,
      `insert into cart_items (shop_id, id, cart_id, product_id, quantity, price, created_at, updated_at)
       select ${shopId}, ${BASE.items} + i, ${BASE.carts} + i / 2, ${BASE.products} + ((i * 31) % ${PRODUCTS}), 1 + i % 3, 1 + i % 50, ${at('0')}, ${at('0')} FROM_SERIES`,
    ),
  ];
}

async function seed(url: string, shopId: string) {
  const start = formatTimestamp(new Date(Date.now() - YEAR_SECONDS * 1000));
  const began = Date.now();
  if (url.startsWith('sqlite:')) {
    const db = new BetterSqlite3(url.slice('sqlite:'.length));
    db.pragma('busy_timeout = 60000');
    for (const statement of seedStatements('sqlite', shopId, start)) db.transaction(() => db.prepare(statement).run())();
    db.exec('analyze');
    db.close();
  } else {
    const client = new pg.Client({ connectionString: url });
    client.on('error', (error) => console.error(`seeding connection: ${error.message}`));
    await client.connect();
    // Triggers off while seeding (the revision and counter triggers would run per row); the counts are set after.
    await client.query(`set session_replication_role = replica`);
    for (const statement of seedStatements('postgres', shopId, start)) {
      if (process.env.BENCH_DEBUG) console.log(statement.slice(0, 60));
      await client.query(statement);
    }
    await client.query(`set session_replication_role = origin`);
    for (const table of ['customers', 'products', 'orders', 'carts']) {
      await client.query(`update shop_counters set n = (select count(*) from ${table} where shop_id = $1) where shop_id = $1 and name = $2`, [shopId, table]);
    }
    await client.query('update shop_revisions set sales = sales + 1, catalog = catalog + 1 where shop_id = $1', [shopId]);
    // The stats' day sums, made from the rows by the migration's own backfill.
    const filling = Date.now();
    const database = createDatabase({ kind: 'postgres', url });
    await fillStatsDays(database.db);
    await fillCustomerOrderTimes(database.db);
    await database.close();
    console.log(`  (the stats' day sums and customers' order times filled from the rows in ${((Date.now() - filling) / 1000).toFixed(1)} s)`);
    await client.query('vacuum analyze');
    await client.end();
  }
  return (Date.now() - began) / 1000;
}

async function timed(base: string, path: string): Promise<number> {
  const began = process.hrtime.bigint();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return Number(process.hrtime.bigint() - began) / 1e6;
}

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

async function run(target: Target) {
  const { url, drop } = await target.fresh();
  let server = await startServer(url, { CARTLINE_CACHE_MB: '0', CARTLINE_CART_SWEEP_INTERVAL: '0', CARTLINE_RATE_LIMIT: '0' });
  try {
    const shop = (await api(server.base, '/api/ecommerce/shops', JSON.stringify({ name: 'Bench', url: 'bench.example', currency: 'USD' }))).data;
    const seconds = await seed(url, shop.id);
    console.log(`${target.label}: seeded ${ORDERS.toLocaleString('en-US')} orders, ${(ORDERS * 2).toLocaleString('en-US')} items, ${CUSTOMERS.toLocaleString('en-US')} customers in ${seconds.toFixed(0)} s`);
    // A fresh process after the bulk load, as after a restart: nothing of the seeding is cached in it.
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    server = await startServer(url, { CARTLINE_CACHE_MB: '0', CARTLINE_CART_SWEEP_INTERVAL: '0', CARTLINE_RATE_LIMIT: '0' });
    const stats = `/api/cartline/shops/${shop.id}/stats`;
    const scenarios: Array<[string, string]> = [
      ['stats, last 30 days (default)', stats],
      ['stats, 7 days', `${stats}?from=${day(6)}&to=${day(0)}`],
      ['stats, 366 days (the longest)', `${stats}?from=${day(365)}&to=${day(0)}`],
      ['customers page of 100, with_stats', `/api/ecommerce/shops/${shop.id}/customers?limit=100&with_stats`],
      ['customers page of 100, plain', `/api/ecommerce/shops/${shop.id}/customers?limit=100`],
    ];
    for (const [name, path] of scenarios) {
      const first = await timed(server.base, path);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) times.push(await timed(server.base, path));
      const sorted = [...times].sort((a, b) => a - b);
      const p90 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
      console.log(`  ${name.padEnd(38)} median ${median(times).toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms   first ${first.toFixed(0)} ms`);
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    if (process.env.BENCH_KEEP) console.log(`kept ${url}`);
    else await drop();
  }
}

if (!args['postgres-only']) await run(sqliteTarget);
if (args.postgres) await run(postgresTarget(args.postgres));
