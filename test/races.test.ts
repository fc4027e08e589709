import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { dialect, setup, type TestContext } from './helpers/app.js';
import { assertDatabaseConsistent, createCategory, createOrder, createProduct, createShop, storedRows } from './helpers/factories.js';

// Races real shops create, run by two app instances on one database (two connections, as two server
// processes would be), requests alternating between them. Every answer must be a success or a clean
// MailerLite-shaped error, never a 500, and the end state must be one that some order of the requests explains.

const t = await setup();
const second = await t.secondInstance();
/** Request number i goes to the first or the second instance. */
const via = (i: number): TestContext['request'] => (i % 2 === 0 ? t.request : second);

function assertNo500(responses: { status: number; text: string }[]) {
  const failed = responses.filter((r) => r.status >= 500);
  assert.deepEqual(failed.map((r) => r.status), [], failed[0]?.text);
}

describe('races', () => {
  it('an order deleted while items are added to its cart: items land before the delete or get a 404', async () => {
    const outcomes = new Set<number>();
    const bothSeen = () => outcomes.has(201) && outcomes.has(404);
    // Five rounds, and more (up to 20) until both outcomes have happened: on a busy machine five rounds of
    // PostgreSQL once answered every item before the delete (CI, 2026-12-06).
    for (let round = 0; round < 20 && (round < 5 || !bothSeen()); round++) {
      const shop = await createShop(t);
      const product = await createProduct(t, shop.id);
      const order = await createOrder(t, shop.id, {}, [product.id]);
      const itemsUrl = `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items`;
      const add = (i: number) => via(i)('POST', itemsUrl, { ecommerce_product_id: product.id, variant: `v${i}`, quantity: 1, price: 1 });
      // Eleven items go out at once; the delete goes out with them (even rounds) or when the first is answered.
      const items = Array.from({ length: 11 }, (_, i) => add(i));
      const remove = () => via(round)('DELETE', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`);
      const deletion = round % 2 === 0 ? remove() : Promise.race(items).then(remove);
      const requests = [...items.slice(0, 5), deletion, ...items.slice(5)];
      const responses = await Promise.all(requests);
      assertNo500(responses);
      assert.equal(responses[5]!.status, 200, responses[5]!.text);
      for (const [i, response] of responses.entries()) {
        if (i === 5) continue;
        assert.ok(response.status === 201 || response.status === 404, `item ${i}: ${response.status} ${response.text}`);
        if (response.status === 404) assert.deepEqual(Object.keys(response.body), ['message']);
      }
      // The order, its cart and every item went together; nothing of the cart is left behind.
      assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).status, 404);
      assert.equal((await t.request('GET', itemsUrl)).status, 404);
      assert.equal((await storedRows(t, 'cart_items', shop.id)).length, 0);
      assert.equal((await storedRows(t, 'carts', shop.id)).length, 0);
      for (const response of responses) outcomes.add(response.status);
    }
    assert.ok(bothSeen(), `both outcomes seen: ${[...outcomes]}`);
    await assertDatabaseConsistent(t);
  });

  it("items written while their order's status flips in and out of complete: the stats' day sums match the rows", async () => {
    // Without the order locked by the items' triggers (migration 0012), an item added while its order became
    // complete was counted by neither transaction on PostgreSQL.
    for (let round = 0; round < 4; round++) {
      const shop = await createShop(t);
      const products = [(await createProduct(t, shop.id)).id, (await createProduct(t, shop.id)).id];
      const order = await createOrder(t, shop.id, { status: 'pending' }, products);
      const base = `/api/ecommerce/shops/${shop.id}`;
      const itemsUrl = `${base}/carts/${order.cart.id}/items`;
      const [first, second] = order.cart.items.map((item: { id: string }) => item.id);
      const requests = Array.from({ length: 16 }, (_, i) => {
        if (i % 4 === 0) return via(i + round)('PUT', `${base}/orders/${order.id}`, { status: i % 8 === 0 ? 'complete' : 'pending' });
        if (i % 4 === 1) return via(i + round)('POST', itemsUrl, { ecommerce_product_id: products[i % 2], quantity: 1 + (i % 3), price: 2.5 });
        if (i === 6) return via(i + round)('DELETE', `${itemsUrl}/${second}`);
        return via(i + round)('PUT', `${itemsUrl}/${first}`, { quantity: 1 + i, price: i });
      });
      requests.push(via(round)('PUT', `${base}/orders/${order.id}`, { status: round % 2 === 0 ? 'complete' : 'pending' }));
      const responses = await Promise.all(requests);
      assertNo500(responses);
      await assertDatabaseConsistent(t);
    }
  });

  it("one customer's orders completed, reopened and created at once from two processes: its first and last order times match the rows", async () => {
    // Without the customer locked by the orders' trigger (migration 0014), two transactions completing orders of one
    // customer could each recompute the customer's times without the other's order on PostgreSQL.
    for (let round = 0; round < 3; round++) {
      const shop = await createShop(t);
      const base = `/api/ecommerce/shops/${shop.id}`;
      const email = `race-${round}@example.com`;
      const orders = [];
      for (let day = 1; day <= 4; day++) {
        orders.push(await createOrder(t, shop.id, { customer: { email }, status: 'pending', created_at: `2026-03-0${day} 10:00:00` }));
      }
      const requests = [
        ...orders.map((order, i) => via(i + round)('PUT', `${base}/orders/${order.id}`, { status: (i + round) % 3 === 0 ? 'pending' : 'complete' })),
        ...[5, 6].map((day, i) =>
          via(i + round + 1)('POST', `${base}/orders`, { customer: { email }, status: 'complete', total_price: 3, created_at: `2026-03-0${day} 10:00:00`, cart: { items: [] } }),
        ),
        via(round)('PUT', `${base}/orders/${orders[0]!.id}`, { status: 'completed' }),
      ];
      const responses = await Promise.all(requests);
      assertNo500(responses);
      await assertDatabaseConsistent(t);
    }
  });

  it('one product updated from 10 clients ends as exactly one of the updates, never a mix', async () => {
    const shop = await createShop(t);
    const categories: { id: string }[] = [];
    for (let i = 0; i < 10; i++) categories.push(await createCategory(t, shop.id));
    const product = await createProduct(t, shop.id, { categories: [categories[0]!.id] });
    const url = `/api/ecommerce/shops/${shop.id}/products/${product.id}`;
    // Client i sets every field, and a category set of its own: {i, i+1}.
    const bodies = Array.from({ length: 10 }, (_, i) => ({
      name: `Name ${i}`,
      price: 100 + i,
      description: `Description ${i}`,
      url: `https://shop.example/p${i}`,
      categories: [categories[i]!.id, categories[(i + 1) % 10]!.id],
    }));
    for (let round = 0; round < 3; round++) {
      const responses = await Promise.all(bodies.map((body, i) => via(i)('PUT', url, body)));
      assertNo500(responses);
      assert.deepEqual(responses.map((r) => r.status), Array(10).fill(200), responses.find((r) => r.status !== 200)?.text);

      const stored = (await t.request('GET', url)).body.data;
      const winner = bodies.findIndex((body) => body.name === stored.name);
      assert.ok(winner >= 0, `stored name ${stored.name} is one of the updates`);
      const expected = bodies[winner]!;
      assert.equal(stored.price, expected.price);
      assert.equal(stored.description, expected.description);
      assert.equal(stored.url, expected.url);
      assert.deepEqual(stored.categories.map((c: { id: string }) => c.id).sort(), [...expected.categories].sort(), 'the categories of the same update');
    }
    await assertDatabaseConsistent(t);
  });

  it('customers with orders deleted while new customers order in the same shop: every request whole, none a 500', async () => {
    // A new customer's order counts its customer, then its order and cart; deleting a customer removes its
    // orders and carts first (cascades), then the customer. Both write the shop's counters.
    const shop = await createShop(t);
    const product = await createProduct(t, shop.id);
    const base = `/api/ecommerce/shops/${shop.id}`;
    let deleted = 0;
    let ordered = 0;
    for (let round = 0; round < 4; round++) {
      const doomed = [];
      for (let i = 0; i < 8; i++) doomed.push((await createOrder(t, shop.id, {}, [product.id])).customer);
      const requests = [];
      for (let i = 0; i < 8; i++) {
        requests.push(via(i)('DELETE', `${base}/customers/${doomed[i].id}`));
        requests.push(
          via(i + 1)('POST', `${base}/orders`, {
            customer: { email: `newcomer-${round}-${i}@example.com` },
            cart: { items: [{ ecommerce_product_id: product.id, quantity: 1, price: 5 }] },
          }),
        );
      }
      const responses = await Promise.all(requests);
      assertNo500(responses);
      for (const [i, response] of responses.entries()) {
        assert.equal(response.status, i % 2 === 0 ? 200 : 201, `request ${i}: ${response.status} ${response.text}`);
        if (i % 2 === 0) deleted += 1;
        else ordered += 1;
      }
      for (const customer of doomed) assert.equal((await t.request('GET', `${base}/customers/${customer.id}`)).status, 404);
    }
    assert.equal(deleted, 32);
    assert.equal(ordered, 32);
    const counts = await Promise.all(['customers', 'orders', 'carts'].map(async (kind) => (await t.request('GET', `${base}/${kind}?limit=0`)).body.total));
    assert.deepEqual(counts, [32, 32, 32], 'counted: the newcomers, their orders and carts');
    await assertDatabaseConsistent(t);
  });

  it('the same import retried while the first still runs: one record per resource id, every attempt answered 200', async () => {
    const shop = await createShop(t);
    const base = `/api/ecommerce/shops/${shop.id}`;
    const products = Array.from({ length: 300 }, (_, i) => ({ resource_id: `p${i}`, name: `Product ${i}`, price: i }));
    const customers = Array.from({ length: 300 }, (_, i) => ({ email: `retry${i}@example.com`, accepts_marketing: i % 2 === 0 }));
    const retried = await Promise.all(
      Array.from({ length: 4 }, (_, i) => via(i)('POST', `${base}/products/import?with_resource_id`, products)),
    );
    assertNo500(retried);
    assert.deepEqual(retried.map((r) => r.status), [200, 200, 200, 200], retried.find((r) => r.status !== 200)?.text);
    // Every attempt answers the same records, in request order.
    const ids = retried[0]!.body.data.map((p: { id: string }) => p.id);
    for (const response of retried) assert.deepEqual(response.body.data.map((p: { id: string }) => p.id), ids);
    assert.equal((await storedRows(t, 'products', shop.id)).length, 300);

    const customerImports = await Promise.all(Array.from({ length: 4 }, (_, i) => via(i)('POST', `${base}/customers/import`, customers)));
    assertNo500(customerImports);
    assert.deepEqual(customerImports.map((r) => r.status), [200, 200, 200, 200], customerImports.find((r) => r.status !== 200)?.text);
    assert.equal((await storedRows(t, 'customers', shop.id)).length, 300);

    // Orders carry their own resource ids (the WooCommerce plugin's retries): one order, one cart each.
    const orders = Array.from({ length: 50 }, (_, i) => ({
      resource_id: `o${i}`,
      customer: { email: `retry${i}@example.com` },
      cart: { resource_id: `c${i}`, items: [{ resource_id: `i${i}`, product_resource_id: `p${i}`, quantity: 1, price: 1 }] },
    }));
    const orderImports = await Promise.all(Array.from({ length: 4 }, (_, i) => via(i)('POST', `${base}/orders/import?with_resource_id`, orders)));
    assertNo500(orderImports);
    assert.deepEqual(orderImports.map((r) => r.status), [200, 200, 200, 200], orderImports.find((r) => r.status !== 200)?.text);
    assert.equal((await storedRows(t, 'orders', shop.id)).length, 50);
    assert.equal((await storedRows(t, 'carts', shop.id)).length, 50);
    assert.equal((await storedRows(t, 'cart_items', shop.id)).length, 50);
    assert.equal((await storedRows(t, 'customers', shop.id)).length, 300);
    await assertDatabaseConsistent(t);
  });

  it('a resource id another transaction commits while this one inserts it: the customer is found and updated, not a 422', { skip: dialect !== 'postgres' && 'SQLite runs one writer at a time (begin immediate): no such overlap' }, async () => {
    // PostgreSQL's insert ... on conflict (shop_id, email) do nothing waits on the other unique key
    // (shop_id, resource_id) and then raises: the overlap the WooCommerce plugin's retries make now and then.
    // Made certain here: a transaction of our own holds a new customer with resource id "ann-1", uncommitted,
    // while the API upserts "ann-1" under another email; it commits once the API's insert waits on it.
    const shop = await createShop(t);
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
    await client.connect();
    try {
      await client.query(`set search_path to ${t.schema}`);
      await client.query('begin');
      await client.query(
        `insert into customers (shop_id, id, email, accepts_marketing, created_at, updated_at, resource_id)
         values ($1, '900000000000000001', 'ann@example.com', false, '2024-01-02 03:04:05', '2024-01-02 03:04:05', 'ann-1')`,
        [shop.id],
      );
      const { rows: [{ pid }] } = await client.query('select pg_backend_pid() as pid');
      const upsert = t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { resource_id: 'ann-1', email: 'ann.new@example.com', accepts_marketing: true });
      const watcher = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
      await watcher.connect();
      try {
        for (let i = 0; ; i++) {
          const { rows } = await watcher.query('select count(*)::int as n from pg_stat_activity where $1 = any(pg_blocking_pids(pid))', [pid]);
          if (rows[0].n > 0) break;
          assert.ok(i < 200, 'the API insert waits on the open transaction within 10 s');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await watcher.end();
      }
      await client.query('commit');
      const response = await upsert;
      assert.equal(response.status, 200, response.text);
      assert.equal(response.body.data.id, '900000000000000001', 'the customer that holds the resource id');
      assert.equal(response.body.data.email, 'ann.new@example.com');
      assert.equal(response.body.data.accepts_marketing, true);
    } finally {
      await client.end();
    }
    const stored = await storedRows(t, 'customers', shop.id);
    assert.equal(stored.length, 1);
    await assertDatabaseConsistent(t);
  });
});
