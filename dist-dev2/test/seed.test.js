import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { leaseWorkerId } from '../src/db/worker-lease.js';
import { createToken } from '../src/modules/accounts/accounts.service.js';
import { CLI, createOwnDatabase } from './helpers/process.js';
// `cartline seed` as a user runs it, on databases of its own (SQLite files, or PostgreSQL databases with
// TEST_DATABASE_URL), then read back through the API.
const first = await createOwnDatabase('seed_a');
const second = await createOwnDatabase('seed_b');
after(async () => {
    await first.drop();
    await second.drop();
});
function seed(url, ...args) {
    return spawnSync(process.execPath, [CLI, 'seed', ...args], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' }, encoding: 'utf8' });
}
/** An app on that database, answering as the account "demo" (a new token of it). */
async function api(url) {
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '0' });
    const database = createDatabase(config.database);
    const lease = await leaseWorkerId(database);
    const app = await buildApp(config, database, { newId: lease.newId });
    const { token } = await createToken(database.db, lease.newId, 'demo');
    const get = async (path) => {
        const response = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
        assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
        return JSON.parse(response.body);
    };
    const close = async () => {
        await app.close();
        await lease.release();
        await database.close();
    };
    return { get, close };
}
async function shopNamed(client, name) {
    const shops = (await client.get('/api/ecommerce/shops?limit=50')).data;
    const shop = shops.find((s) => s.name === name);
    assert.ok(shop, `a shop named ${name} among ${shops.map((s) => s.name).join(', ')}`);
    return shop;
}
/** What two runs with the same seed must agree on: everything but ids and times of writing, by the shop's own ids. */
async function signature(client, shopId) {
    const base = `/api/ecommerce/shops/${shopId}`;
    const byResource = (a, b) => Number(a.resource_id) - Number(b.resource_id);
    const products = (await client.get(`${base}/products?limit=1000&with_resource_id`)).data.sort(byResource);
    const customers = (await client.get(`${base}/customers?limit=1000&with_resource_id`)).data.sort(byResource);
    const orders = (await client.get(`${base}/orders?limit=1000&with_resource_id`)).data.sort(byResource);
    return {
        products: products.map((p) => [p.resource_id, p.name, p.price, p.url, p.image, p.short_description, p.categories.map((c) => c.name).sort()]),
        customers: customers.map((c) => [c.resource_id, c.email, c.accepts_marketing, c.subscriber?.fields.name, c.subscriber?.fields.city]),
        orders: orders.map((o) => [
            o.resource_id,
            o.status,
            o.stage,
            o.total,
            o.customer.email,
            o.cart.cart_total,
            o.cart.items.map((i) => [i.product.name, i.quantity, i.price]),
        ]),
    };
}
const SMALL = ['--products', '40', '--customers', '25', '--orders', '150', '--days', '30'];
describe('cartline seed', () => {
    it('writes a believable shop whose counts in the API match the flags, and seeds it again in place', async () => {
        const began = Date.now();
        const run = seed(first.url, '--account', 'demo', '--shop', 'Test Shop', ...SMALL, '--seed', '7');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /shop {6}Test Shop \(created, id \d+, https:\/\/test-shop\.example\)/);
        assert.match(run.stdout, /\n {2}40 products\n {2}25 customers, each with a subscriber in the group\n {2}150 orders from /);
        assert.match(run.stdout, /--seed 7$/m);
        assert.ok(!run.stderr.includes('\r'), 'no progress bar when stderr is not a terminal');
        const client = await api(first.url);
        try {
            const shop = await shopNamed(client, 'Test Shop');
            const base = `/api/ecommerce/shops/${shop.id}`;
            const total = async (path) => (await client.get(`${base}/${path}?limit=0`)).total;
            assert.deepEqual({ categories: await total('categories'), products: await total('products'), customers: await total('customers'), orders: await total('orders'), carts: await total('carts') }, { categories: 26, products: 40, customers: 25, orders: 150, carts: 150 });
            // Every customer has an active subscriber in the shop's group.
            assert.equal(shop.group?.total, 25);
            const group = (await client.get(`/api/groups/${shop.group.id}`)).data;
            assert.equal(group.active_count, 25);
            const categories = (await client.get(`${base}/categories?limit=100`)).data.map((c) => c.name);
            assert.ok(['Clothing', 'T-Shirts', 'Home & Living', 'Candles'].every((name) => categories.includes(name)), categories.join(', '));
            const products = (await client.get(`${base}/products?limit=1000`)).data;
            assert.equal(new Set(products.map((p) => p.name)).size, 40, 'product names are distinct');
            for (const product of products) {
                assert.ok(product.price > 0 && product.price < 300, `${product.name}: ${product.price}`);
                assert.match(product.image, /^https:\/\/test-shop\.example\/images\/[a-z0-9-]+\.jpg$/);
                assert.match(product.url, /^https:\/\/test-shop\.example\/products\/[a-z0-9-]+$/);
                assert.equal(product.categories.length, 2, 'a category and the one above it');
            }
            const customers = (await client.get(`${base}/customers?limit=1000`)).data;
            for (const customer of customers) {
                assert.match(customer.email, /^[a-z.]+\d*@example\.(com|net|org)$/);
                assert.equal(customer.subscriber?.status, 'active');
                assert.ok(customer.subscriber.fields.name && customer.subscriber.fields.city, JSON.stringify(customer.subscriber.fields));
            }
            const orders = (await client.get(`${base}/orders?limit=1000&with_resource_id`)).data;
            const statuses = new Map();
            for (const order of orders)
                statuses.set(order.status, (statuses.get(order.status) ?? 0) + 1);
            assert.ok(statuses.size >= 4, `statuses: ${[...statuses.keys()].join(', ')}`);
            assert.ok((statuses.get('completed') ?? 0) > orders.length / 2, 'most orders are completed');
            const checkouts = orders.filter((order) => order.stage === 'checkout');
            assert.ok(checkouts.length > 0 && checkouts.length < orders.length / 4, `${checkouts.length} abandoned checkouts`);
            assert.ok(checkouts.every((order) => order.status === 'pending'));
            const emails = new Set(customers.map((c) => c.email));
            const oldest = began - 30 * 86_400_000 - 60_000;
            const sizes = new Set();
            for (const order of orders) {
                const time = Date.parse(`${order.created_at.replace(' ', 'T')}Z`);
                assert.ok(time >= oldest && time <= Date.now(), `${order.created_at} within the last 30 days`);
                assert.ok(emails.has(order.customer.email));
                const items = order.cart.items;
                assert.ok(items.length >= 1 && items.length <= 6);
                sizes.add(items.length);
                const sum = items.reduce((s, i) => s + i.quantity * i.price, 0);
                assert.ok(Math.abs(sum - order.cart.cart_total) < 0.005, `cart total ${order.cart.cart_total} = items ${sum}`);
                assert.ok(order.total >= order.cart.cart_total);
                assert.match(order.cart.checkout_url, /^https:\/\/test-shop\.example\/checkout\/\?ml_checkout=\d+$/);
            }
            assert.ok(sizes.size >= 3, 'baskets of several sizes');
            // Spread over the period, not bunched: orders in at least 20 of its 30 days.
            assert.ok(new Set(orders.map((o) => o.created_at.slice(0, 10))).size >= 20);
            // Seeded again with the same seed: the same shop, updated in place by the shop's own ids.
            const before = await signature(client, shop.id);
            const again = seed(first.url, '--account', 'demo', '--shop', 'Test Shop', ...SMALL, '--seed', '7');
            assert.equal(again.status, 0, again.stderr);
            assert.match(again.stdout, /account {3}demo \(existing,/);
            assert.match(again.stdout, /shop {6}Test Shop \(existing,/);
            assert.equal((await client.get('/api/ecommerce/shops?limit=0')).total, 1);
            assert.deepEqual({ products: await total('products'), customers: await total('customers'), orders: await total('orders'), carts: await total('carts') }, { products: 40, customers: 25, orders: 150, carts: 150 });
            assert.deepEqual(await signature(client, shop.id), before);
        }
        finally {
            await client.close();
        }
    });
    it('is deterministic with --seed: the same seed gives the same data in another database, another seed other data', async () => {
        const run = seed(second.url, '--account', 'demo', '--shop', 'Test Shop', ...SMALL, '--seed', '7');
        assert.equal(run.status, 0, run.stderr);
        const other = seed(second.url, '--account', 'demo', '--shop', 'Other Shop', ...SMALL, '--seed', '8');
        assert.equal(other.status, 0, other.stderr);
        const a = await api(first.url);
        const b = await api(second.url);
        try {
            const inFirst = await signature(a, (await shopNamed(a, 'Test Shop')).id);
            const inSecond = await signature(b, (await shopNamed(b, 'Test Shop')).id);
            assert.equal(inFirst.orders.length, 150);
            assert.deepEqual(inSecond, inFirst);
            const otherSeed = await signature(b, (await shopNamed(b, 'Other Shop')).id);
            assert.notDeepEqual(otherSeed.products.map((p) => p[1]), inFirst.products.map((p) => p[1]));
            assert.notDeepEqual(otherSeed.orders.map((o) => o[1]), inFirst.orders.map((o) => o[1]));
        }
        finally {
            await a.close();
            await b.close();
        }
    });
    it('refuses bad input with a clear message and exit code 1, writing nothing', async () => {
        for (const [args, message] of [
            [[], /seed needs --account NAME/],
            [['--account', 'demo', '--products', 'abc'], /--products must be a whole number from 0 to 1,000,000, got "abc"/],
            [['--account', 'demo', '--orders=-5'], /--orders must be a whole number/],
            [['--account', 'demo', '--days', '0'], /--days must be a whole number from 1 to 3,650/],
            [['--account', 'demo', '--products', '0'], /orders need products and customers/],
            [['--account', 'demo', '--shop', ''], /--shop must be a name of 1 to 255 characters/],
        ]) {
            const run = seed(second.url, ...args);
            assert.equal(run.status, 1, `${args.join(' ')}: ${run.stderr}`);
            assert.match(run.stderr, message);
            assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
        }
        const b = await api(second.url);
        try {
            // The two shops of the test before; no "Demo Shop" (the default name) from the refused runs.
            assert.equal((await b.get('/api/ecommerce/shops?limit=0')).total, 2);
        }
        finally {
            await b.close();
        }
    });
});
//# sourceMappingURL=seed.test.js.map