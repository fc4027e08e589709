import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createProduct, createShop } from './helpers/factories.js';
import * as stats from '../src/modules/insights/stats.repository.js';
import { runChecks } from '../src/db/integrity.repository.js';

// The per-day sums of migration 0012 against the scan of the rows they summarise: random sequences of writes
// through the API (orders created, re-synced with another status, total, day and items, updated, deleted; items
// added, changed, moved to another product, replaced, deleted; products and customers deleted, with their
// cascades), then the stats' orders and products figures from the sums must be the scan's, over several periods;
// and so must the customers' figures kept by migration 0014's first and last order times.
const t = await setup();

const STATUSES = ['pending', 'processing', 'complete', 'completed', 'cancelled', 'refunded'] as const;
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'] as const;
const TIMES = ['00:00:00', '12:30:00', '23:59:59'] as const;
const PERIODS: stats.Period[] = [
  { start: '2026-03-01 00:00:00', end: '2026-03-05 00:00:00' },
  ...DAYS.map((day, i) => ({ start: `${day} 00:00:00`, end: `${DAYS[i + 1] ?? '2026-03-05'} 00:00:00` })),
  { start: '2026-03-02 00:00:00', end: '2026-03-04 00:00:00' },
  { start: '2026-02-01 00:00:00', end: '2026-03-01 00:00:00' },
];

const money = fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 100);
const item = fc.record({ product: fc.nat(), quantity: fc.integer({ min: 1, max: 5 }), price: money });
const status = fc.constantFrom(...STATUSES);
const stamp = fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(...TIMES)).map(([day, time]) => `${day} ${time}`);

// Targets are picked by a number taken modulo what exists when the step runs.
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('order' as const), customer: fc.nat(3), status, total: money, created: stamp, items: fc.array(item, { maxLength: 3 }), resource: fc.option(fc.nat(3), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('update order' as const), order: fc.nat(), status: fc.option(status, { nil: undefined }), total: fc.option(money, { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete order' as const), order: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add item' as const), order: fc.nat(), item }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('update item' as const), order: fc.nat(), item: fc.nat(), product: fc.option(fc.nat(), { nil: undefined }), quantity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), price: fc.option(money, { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete item' as const), order: fc.nat(), item: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace items' as const), order: fc.nat(), items: fc.array(item, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete product' as const), product: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete customer' as const), customer: fc.nat(3) }) },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface Shop {
  id: string;
  products: string[];
  /** order id -> its cart id */
  orders: Map<string, string>;
  customers: Map<number, string>;
}

const pick = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function expectStatus(response: { status: number; text: string }, allowed: number[], what: string) {
  assert.ok(allowed.includes(response.status), `${what}: ${response.status} ${response.text}`);
}

async function apply(shop: Shop, s: Step): Promise<void> {
  const base = `/api/ecommerce/shops/${shop.id}`;
  const items = (list: Array<{ product: number; quantity: number; price: number }>) =>
    list.flatMap((i) => {
      const product = pick(shop.products, i.product);
      return product === undefined ? [] : [{ ecommerce_product_id: product, quantity: i.quantity, price: i.price }];
    });
  const orderIds = [...shop.orders.keys()];
  switch (s.kind) {
    case 'order': {
      const response = await t.request('POST', `${base}/orders`, {
        customer: { email: `c${s.customer}@example.com` },
        status: s.status,
        total_price: s.total,
        created_at: s.created,
        ...(s.resource === undefined ? {} : { resource_id: `r${s.resource}` }),
        cart: { items: items(s.items) },
      });
      expectStatus(response, [200, 201], 'order');
      shop.orders.set(response.body.data.id, response.body.data.cart.id);
      shop.customers.set(s.customer, response.body.data.customer.id);
      return;
    }
    case 'update order': {
      const order = pick(orderIds, s.order);
      if (order === undefined) return;
      const body = { ...(s.status === undefined ? {} : { status: s.status }), ...(s.total === undefined ? {} : { total_price: s.total }) };
      expectStatus(await t.request('PUT', `${base}/orders/${order}`, body), [200], 'update order');
      return;
    }
    case 'delete order': {
      const order = pick(orderIds, s.order);
      if (order === undefined) return;
      expectStatus(await t.request('DELETE', `${base}/orders/${order}`), [200], 'delete order');
      shop.orders.delete(order);
      return;
    }
    case 'add item': {
      const order = pick(orderIds, s.order);
      const [body] = items([s.item]);
      if (order === undefined || body === undefined) return;
      expectStatus(await t.request('POST', `${base}/carts/${shop.orders.get(order)}/items`, body), [201], 'add item');
      return;
    }
    case 'update item':
    case 'delete item': {
      const order = pick(orderIds, s.order);
      if (order === undefined) return;
      const cart = shop.orders.get(order)!;
      const listed = await t.request('GET', `${base}/carts/${cart}/items?limit=100`);
      expectStatus(listed, [200], 'items');
      const itemId = pick(listed.body.data.map((i: { id: string }) => i.id) as string[], s.item);
      if (itemId === undefined) return;
      if (s.kind === 'delete item') {
        expectStatus(await t.request('DELETE', `${base}/carts/${cart}/items/${itemId}`), [200], 'delete item');
        return;
      }
      const product = s.product === undefined ? undefined : pick(shop.products, s.product);
      const body = {
        ...(product === undefined ? {} : { ecommerce_product_id: product }),
        ...(s.quantity === undefined ? {} : { quantity: s.quantity }),
        ...(s.price === undefined ? {} : { price: s.price }),
      };
      expectStatus(await t.request('PUT', `${base}/carts/${cart}/items/${itemId}`, body), [200], 'update item');
      return;
    }
    case 'replace items': {
      const order = pick(orderIds, s.order);
      if (order === undefined) return;
      expectStatus(await t.request('POST', `${base}/carts/${shop.orders.get(order)}/items/replace`, { items: items(s.items) }), [200, 201], 'replace items');
      return;
    }
    case 'delete product': {
      const product = pick(shop.products, s.product);
      if (product === undefined) return;
      expectStatus(await t.request('DELETE', `${base}/products/${product}`), [200], 'delete product');
      shop.products = shop.products.filter((id) => id !== product);
      shop.products.push((await createProduct(t, shop.id)).id);
      return;
    }
    case 'delete customer': {
      const customer = shop.customers.get(s.customer);
      if (customer === undefined) return;
      expectStatus(await t.request('DELETE', `${base}/customers/${customer}`), [200], 'delete customer');
      shop.customers.delete(s.customer);
      // Its orders went with it; which they were, the API no longer says: forget those that are gone.
      for (const order of [...shop.orders.keys()]) {
        if ((await t.request('GET', `${base}/orders/${order}`)).status === 404) shop.orders.delete(order);
      }
      return;
    }
  }
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

async function assertSumsMatchScan(shopId: string, context: string) {
  const db = t.database.db;
  for (const period of PERIODS) {
    const at = `${context}, ${period.start}..${period.end}`;
    const byDay = <T extends { day: string }>(rows: T[]) => [...rows].sort((a, b) => a.day.localeCompare(b.day));
    const days = byDay(await stats.ordersByDay(db, shopId, period));
    const scannedDays = byDay(await stats.scanOrdersByDay(db, shopId, period));
    assert.deepEqual(
      days.map((row) => [row.day, row.orders]),
      scannedDays.map((row) => [row.day, row.orders]),
      `orders by day, ${at}`,
    );
    days.forEach((row, i) => assert.ok(close(row.revenue, scannedDays[i]!.revenue), `revenue of ${row.day}, ${at}: ${row.revenue} vs ${scannedDays[i]!.revenue}`));
    const byId = <T extends { product_id: string }>(rows: T[]) => [...rows].sort((a, b) => a.product_id.localeCompare(b.product_id));
    const sales = byId(await stats.productSales(db, shopId, period));
    const scannedSales = byId(await stats.scanProductSales(db, shopId, period));
    assert.deepEqual(
      sales.map((row) => [row.product_id, row.quantity]),
      scannedSales.map((row) => [row.product_id, row.quantity]),
      `product sales, ${at}`,
    );
    sales.forEach((row, i) => assert.ok(close(row.revenue, scannedSales[i]!.revenue), `revenue of product ${row.product_id}, ${at}`));
    compared.days += days.length;
    compared.sales += sales.length;
    // The customers' figures from each customer's first and last completed order times (migration 0014).
    const customers = await stats.customerCounts(db, shopId, period);
    assert.deepEqual(customers, await stats.scanCustomerCounts(db, shopId, period), `customers, ${at}`);
    compared.customers += customers.customers;
    compared.returning += customers.returning;
  }
}

/**
 * One sequence always run besides the random ones, with returning customers: customer 0 back on a later day, then
 * its first order deleted (no longer returning); customer 1 back by a pending order made completed. Returning
 * customers need two completed orders of one customer on different days, which 40 random sequences did not always
 * make (1 seed in 30 made none, and the check below failed).
 */
const RETURNING: Step[] = [
  { kind: 'order', customer: 0, status: 'completed', total: 10, created: '2026-03-01 12:30:00', items: [{ product: 0, quantity: 1, price: 10 }], resource: undefined },
  { kind: 'order', customer: 0, status: 'complete', total: 20, created: '2026-03-03 00:00:00', items: [{ product: 1, quantity: 2, price: 10 }], resource: undefined },
  { kind: 'order', customer: 1, status: 'completed', total: 5, created: '2026-03-02 23:59:59', items: [], resource: undefined },
  { kind: 'order', customer: 1, status: 'pending', total: 5, created: '2026-03-04 00:00:00', items: [], resource: undefined },
  { kind: 'update order', order: 3, status: 'completed', total: undefined },
  { kind: 'add item', order: 1, item: { product: 2, quantity: 3, price: 1.5 } },
  { kind: 'delete order', order: 0 },
];

/** How many figures were compared: a run that never sold anything would prove nothing. */
const compared = { days: 0, sales: 0, customers: 0, returning: 0 };

async function rowsOfShop(shopId: string): Promise<number> {
  const { rows } = await sql<{ n: unknown }>`select (select count(*) from shop_order_days where shop_id = ${shopId})
    + (select count(*) from shop_product_days where shop_id = ${shopId})
    + (select count(*) from customer_order_times where shop_id = ${shopId}) as n`.execute(t.database.db);
  return Number(rows[0]!.n);
}

describe('stats day sums', () => {
  it('equal the scan of the rows after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40, size: 'max' }), async (steps) => {
        const created = await createShop(t);
        const shop: Shop = { id: created.id, products: [], orders: new Map(), customers: new Map() };
        for (let i = 0; i < 3; i++) shop.products.push((await createProduct(t, shop.id)).id);
        for (const [index, s] of steps.entries()) {
          await apply(shop, s);
          if (index % 10 === 9) await assertSumsMatchScan(shop.id, `after step ${index}`);
        }
        await assertSumsMatchScan(shop.id, 'at the end');
        // A deleted shop takes its sums.
        expectStatus(await t.request('DELETE', `/api/ecommerce/shops/${shop.id}`), [200, 204], 'delete shop');
        assert.equal(await rowsOfShop(shop.id), 0);
      }),
      {
        includeErrorInReport: true,
        numRuns: Number(process.env.STATS_DAYS_RUNS ?? 40),
        examples: [[RETURNING], ...(process.env.STATS_DAYS_EXAMPLE ? [[JSON.parse(process.env.STATS_DAYS_EXAMPLE) as Step[]]] : [])],
        seed: process.env.STATS_DAYS_SEED === undefined ? undefined : Number(process.env.STATS_DAYS_SEED),
      },
    );
    assert.ok(compared.days > 50 && compared.sales > 50 && compared.customers > 50 && compared.returning > 0, JSON.stringify(compared));
    await assertDatabaseConsistent(t);
  });

  it('are made for the rows that exist when the migration runs (the backfill)', async () => {
    // Rebuilt from the rows by the migration's own function, the sums are what the triggers had kept.
    const created = await createShop(t);
    const [p1, p2] = [(await createProduct(t, created.id)).id, (await createProduct(t, created.id)).id];
    for (const [status, day, items] of [
      ['complete', '2026-03-01 10:00:00', [[p1, 2, 3.5], [p2, 1, 10]]],
      ['completed', '2026-03-01 23:59:59', [[p1, 1, 3.5]]],
      ['pending', '2026-03-02 10:00:00', [[p2, 4, 1]]],
      ['complete', '2026-03-03 00:00:00', []],
    ] as const) {
      const response = await t.request('POST', `/api/ecommerce/shops/${created.id}/orders`, {
        customer: { email: 'backfill@example.com' },
        status,
        total_price: 42,
        created_at: day,
        cart: { items: items.map(([product, quantity, price]) => ({ ecommerce_product_id: product, quantity, price })) },
      });
      expectStatus(response, [201], 'order');
    }
    const kept = async () => ({
      days: await stats.ordersByDay(t.database.db, created.id, PERIODS[0]!),
      sales: await stats.productSales(t.database.db, created.id, PERIODS[0]!),
    });
    const before = await kept();
    const { fillStatsDays } = await import('../src/db/migrations/0012_stats_days.js');
    await fillStatsDays(t.database.db);
    const sorted = (value: Awaited<ReturnType<typeof kept>>) => ({
      days: [...value.days].sort((a, b) => a.day.localeCompare(b.day)),
      sales: [...value.sales].sort((a, b) => a.product_id.localeCompare(b.product_id)),
    });
    assert.deepEqual(sorted(await kept()), sorted(before));
    assert.deepEqual(sorted(before).days, [
      { day: '2026-03-01', orders: 2, revenue: 84 },
      { day: '2026-03-03', orders: 1, revenue: 42 },
    ]);
    // `cartline check` compares the sums with the rows: a sum off by one is reported.
    await sql`update shop_product_days set quantity = quantity + 1 where shop_id = ${created.id} and product_id = ${p2}`.execute(t.database.db);
    const failed = (await runChecks(t.database.db, t.database.dialect)).filter((check) => !check.ok).map((check) => check.name);
    assert.deepEqual(failed, ["every shop's product day sums match its completed orders' items (stats)"]);
    await sql`update shop_product_days set quantity = quantity - 1 where shop_id = ${created.id} and product_id = ${p2}`.execute(t.database.db);
    await assertDatabaseConsistent(t);
    assert.deepEqual(
      sorted(before).sales,
      [
        { product_id: p1, quantity: 3, revenue: 10.5 },
        { product_id: p2, quantity: 1, revenue: 10 },
      ].sort((a, b) => a.product_id.localeCompare(b.product_id)),
    );
  });

  it("count a period's new and returning customers from each customer's first and last completed order", async () => {
    const shop = await createShop(t);
    const base = `/api/ecommerce/shops/${shop.id}`;
    const order = async (email: string, status: string, created_at: string) => {
      const response = await t.request('POST', `${base}/orders`, { customer: { email }, status, total_price: 10, created_at, cart: { items: [] } });
      expectStatus(response, [201], `order of ${email}`);
      return response.body.data as { id: string; customer: { id: string } };
    };
    const middle: stats.Period = { start: '2026-03-02 00:00:00', end: '2026-03-04 00:00:00' };
    const fourth: stats.Period = { start: '2026-03-04 00:00:00', end: '2026-03-05 00:00:00' };
    const counts = async (period: stats.Period) => {
      const kept = await stats.customerCounts(t.database.db, shop.id, period);
      assert.deepEqual(kept, await stats.scanCustomerCounts(t.database.db, shop.id, period), `kept and scanned, ${period.start}`);
      return kept;
    };
    await order('a@example.com', 'complete', '2026-03-01 09:00:00');
    const lastOfA = await order('a@example.com', 'completed', '2026-03-04 09:00:00');
    const b = await order('b@example.com', 'complete', '2026-03-02 09:00:00');
    await order('c@example.com', 'pending', '2026-03-02 09:00:00');
    await order('c@example.com', 'complete', '2026-03-03 09:00:00');
    await order('d@example.com', 'complete', '2026-02-15 09:00:00');
    // a: orders before and after the period, none in it; b and c: first in it (c's pending one does not count).
    assert.deepEqual(await counts(middle), { customers: 2, returning: 0 });
    // a: one in it now, its first before it and its last after it (the probed case).
    await order('a@example.com', 'complete', '2026-03-03 18:00:00');
    assert.deepEqual(await counts(middle), { customers: 3, returning: 1 });
    // a's last order is the 4th: returning by its last time alone.
    assert.deepEqual(await counts(fourth), { customers: 1, returning: 1 });
    // That order no longer completed: a's last is the 3rd, and the 4th has nobody.
    expectStatus(await t.request('PUT', `${base}/orders/${lastOfA.id}`, { status: 'pending' }), [200], 'order back to pending');
    assert.deepEqual(await counts(fourth), { customers: 0, returning: 0 });
    assert.deepEqual(await counts(middle), { customers: 3, returning: 1 });
    // A deleted customer takes its row.
    expectStatus(await t.request('DELETE', `${base}/customers/${b.customer.id}`), [200], 'delete customer');
    assert.deepEqual(await counts(middle), { customers: 2, returning: 1 });
    const { rows } = await sql<{ n: unknown }>`select count(*) as n from customer_order_times where shop_id = ${shop.id}`.execute(t.database.db);
    assert.equal(Number(rows[0]!.n), 3, 'a, c and d have completed orders; b is gone');
    assert.deepEqual(
      (await runChecks(t.database.db, t.database.dialect)).filter((check) => !check.ok),
      [],
    );
  });
});
