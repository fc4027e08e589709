import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dialect, setup } from './helpers/app.js';
import { createShop } from './helpers/factories.js';
// The WooCommerce plugin's re-sync: records the shop already has sent again, by resource_id, to the imports
// and the single creates. Each updates the record it names (written set-based), never a second one.
const t = await setup();
const N = 25;
const range = (n) => Array.from({ length: n }, (_, i) => i);
const category = (i, name = `Category ${i}`) => ({ resource_id: `c${i}`, name });
const product = (i, fields = {}) => ({
    resource_id: `p${i}`,
    name: `Product ${i}`,
    price: 10 + i / 4,
    url: `https://shop.example/p/${i}`,
    description: `<b>About</b> product ${i}`,
    categories: [`c${i % 5}`, `c${(i + 2) % 5}`],
    ...fields,
});
const customer = (i, fields = {}) => ({
    resource_id: `u${i}`,
    email: `buyer${i}@example.com`,
    accepts_marketing: false,
    total_spent: i,
    ...fields,
});
const order = (i, fields = {}) => ({
    resource_id: `o${i}`,
    customer: { email: `buyer${i % 7}@example.com`, resource_id: `u${i % 7}` },
    status: 'pending',
    total_price: 20 + i,
    cart: { resource_id: `k${i}`, items: [{ product_resource_id: `p${i % N}`, quantity: 1, price: 10 }] },
    ...fields,
});
async function importOf(shopId, kind, items, query = '') {
    const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/${kind}/import?with_resource_id${query}`, items);
    assert.equal(response.status, 200, response.text);
    return response.body.data;
}
async function all(shopId, kind) {
    const response = await t.request('GET', `/api/ecommerce/shops/${shopId}/${kind}?with_resource_id&limit=1000`);
    assert.equal(response.status, 200, response.text);
    return response.body.data;
}
function assertUniqueResourceIds(rows, count) {
    assert.equal(rows.length, count);
    assert.equal(new Set(rows.map((row) => row.resource_id)).size, count, 'one record per resource id');
}
describe('re-sync of records the shop already has', () => {
    it('updates every one of each kind, keeping its id, and stores what was sent', async () => {
        const shop = await createShop(t);
        const categories = await importOf(shop.id, 'categories', range(5).map((i) => category(i)));
        const products = await importOf(shop.id, 'products', range(N).map((i) => product(i)));
        const customers = await importOf(shop.id, 'customers', range(N).map((i) => customer(i)));
        const orders = await importOf(shop.id, 'orders', range(N).map((i) => order(i)));
        // Kept answers of every kind, which the re-sync must make stale (the revision triggers, migration 0007).
        for (const kind of ['categories', 'products', 'customers', 'orders', 'carts'])
            await all(shop.id, kind);
        const revision = async () => {
            const row = await t.database.db.selectFrom('shop_revisions').select(['catalog', 'sales']).where('shop_id', '=', shop.id).executeTakeFirstOrThrow();
            return { catalog: Number(row.catalog), sales: Number(row.sales) };
        };
        const before = await revision();
        const categoriesAgain = await importOf(shop.id, 'categories', range(5).map((i) => category(i, `Renamed ${i}`)));
        // PostgreSQL bumps once per transaction (at commit), SQLite once per row written.
        assert.equal((await revision()).catalog - before.catalog, dialect === 'postgres' ? 1 : 5);
        assert.deepEqual(categoriesAgain.map((c) => c.id), categories.map((c) => c.id));
        assert.deepEqual(categoriesAgain.map((c) => c.name), range(5).map((i) => `Renamed ${i}`));
        assert.deepEqual(categoriesAgain.map((c) => c.created_at), categories.map((c) => c.created_at));
        // Without ?replace_categories the categories sent are added; with it they replace.
        const productsAgain = await importOf(shop.id, 'products', range(N).map((i) => product(i, { name: `New ${i}`, price: 99.95, categories: [`c${(i + 1) % 5}`] })));
        assert.deepEqual(productsAgain.map((p) => p.id), products.map((p) => p.id));
        const categoryIds = (...indexes) => [...new Set(indexes.map((i) => categories[i].id))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
        for (const [i, p] of productsAgain.entries()) {
            assert.equal(p.name, `New ${i}`);
            assert.equal(p.price, 99.95);
            assert.equal(p.description, 'About product ' + i);
            assert.deepEqual(p.categories.map((c) => c.id), categoryIds(i % 5, (i + 2) % 5, (i + 1) % 5));
        }
        const replaced = await importOf(shop.id, 'products', range(N).map((i) => product(i, { categories: [`c${(i + 3) % 5}`] })), '&replace_categories');
        for (const [i, p] of replaced.entries())
            assert.deepEqual(p.categories.map((c) => c.id), categoryIds((i + 3) % 5));
        const customersAgain = await importOf(shop.id, 'customers', range(N).map((i) => customer(i, { accepts_marketing: true, total_spent: 100 + i })));
        assert.deepEqual(customersAgain.map((c) => c.id), customers.map((c) => c.id));
        assert.ok(customersAgain.every((c) => c.accepts_marketing === true));
        const ordersAgain = await importOf(shop.id, 'orders', range(N).map((i) => order(i, { status: 'complete', total_price: 5 + i })));
        assert.deepEqual(ordersAgain.map((o) => o.id), orders.map((o) => o.id));
        assert.deepEqual(ordersAgain.map((o) => [o.status, o.total]), range(N).map((i) => ['complete', 5 + i]));
        // Read back: what is stored, one record per resource id.
        const storedCategories = await all(shop.id, 'categories');
        assertUniqueResourceIds(storedCategories, 5);
        assert.deepEqual(storedCategories, categoriesAgain);
        const storedProducts = await all(shop.id, 'products');
        assertUniqueResourceIds(storedProducts, N);
        assert.deepEqual(storedProducts, replaced);
        assert.deepEqual(storedProducts.map((p) => [p.name, p.price]), range(N).map((i) => [`Product ${i}`, 10 + i / 4]));
        const storedCustomers = await all(shop.id, 'customers');
        assertUniqueResourceIds(storedCustomers, N);
        assert.deepEqual(storedCustomers, customersAgain);
        const storedOrders = await all(shop.id, 'orders');
        assertUniqueResourceIds(storedOrders, N);
        assert.deepEqual(storedOrders, ordersAgain);
        assertUniqueResourceIds(await all(shop.id, 'carts'), N);
        for (const kind of ['categories', 'products', 'customers', 'orders', 'carts']) {
            const count = await t.request('GET', `/api/ecommerce/shops/${shop.id}/${kind}?limit=0`);
            assert.deepEqual(count.body, { total: kind === 'categories' ? 5 : N }, kind);
        }
    });
    it('answers a single create naming a known resource_id 200 with that record, a new one 201', async () => {
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        await importOf(shop.id, 'categories', range(5).map((i) => category(i)));
        await importOf(shop.id, 'products', [product(0)]);
        const creates = [
            ['categories', (i) => category(i + 10)],
            ['products', (i) => product(i + 10)],
            ['customers', (i) => customer(i + 10)],
            ['orders', (i) => order(i + 10, { customer: customer(i + 10), cart: { items: [{ product_resource_id: 'p0', quantity: 2, price: 3 }] } })],
        ];
        for (const [kind, make] of creates) {
            const first = await t.request('POST', `${base}/${kind}?with_resource_id`, make(0));
            assert.equal(first.status, 201, `${kind}: ${first.text}`);
            const again = await t.request('POST', `${base}/${kind}?with_resource_id`, make(0));
            assert.equal(again.status, 200, `${kind}: ${again.text}`);
            assert.equal(again.body.data.id, first.body.data.id, kind);
            assert.equal(again.body.data.resource_id, first.body.data.resource_id, kind);
            const count = await t.request('GET', `${base}/${kind}?limit=0`);
            assert.equal(count.body.total, { categories: 6, products: 2 }[kind] ?? 1, kind);
        }
    });
    it('stores a lone surrogate in an updated record as it does in a created one', async () => {
        const shop = await createShop(t);
        await importOf(shop.id, 'products', [product(0, { name: 'a\ud800b', categories: [] }), product(1, { categories: [] })]);
        // Written set-based (two rows), as a one-row UPDATE would: the driver's UTF-8, not a JSON escape.
        await importOf(shop.id, 'products', [product(1, { name: 'a\ud800b', categories: [] }), product(2, { categories: [] })]);
        await importOf(shop.id, 'products', [product(1, { name: 'a\ud800b', categories: [] }), product(2, { name: 'a\ud800b', categories: [] })]);
        const stored = await all(shop.id, 'products');
        assert.equal(stored.length, 3);
        assert.ok(stored.every((p) => p.name === stored[0].name && p.name !== 'a\ud800b'), JSON.stringify(stored.map((p) => p.name)));
    });
    it('answers a mixed import (new, existing, one resource_id twice) item by item, in order', async () => {
        const shop = await createShop(t);
        const [existing] = await importOf(shop.id, 'categories', [category(0)]);
        const categories = await importOf(shop.id, 'categories', [category(0, 'A1'), category(1, 'X1'), category(1, 'X2'), { ...category(0, 'A2'), exclude_from_automations: true }, category(2)]);
        assert.deepEqual(categories.map((c) => c.name), ['A1', 'X1', 'X2', 'A2', 'Category 2'], 'each item as it stood after its own changes');
        assert.deepEqual(categories.map((c) => c.exclude_from_automations), [false, false, false, true, false], 'a later item does not change an earlier answer');
        assert.deepEqual(categories.map((c) => c.id), [existing.id, categories[1].id, categories[1].id, existing.id, categories[4].id]);
        assert.deepEqual((await all(shop.id, 'categories')).map((c) => [c.resource_id, c.name]), [['c0', 'A2'], ['c1', 'X2'], ['c2', 'Category 2']]);
        await importOf(shop.id, 'products', [product(0), product(1, { categories: ['c1'] })]);
        const products = await importOf(shop.id, 'products', [
            product(0, { name: 'A1', categories: ['c1'] }),
            product(5, { name: 'X1', price: 1, categories: ['c0'] }),
            product(1, { name: 'B1', categories: ['c2'] }),
            product(5, { name: 'X2', categories: ['c2'] }),
            product(0, { name: 'A2', price: 2, categories: [] }),
        ]);
        // A new product is answered as written; one that existed (or was written by an earlier item) as stored at
        // the end; categories sent are added to the ones it has.
        assert.deepEqual(products.map((p) => [p.resource_id, p.name, p.price, p.categories.map((c) => c.name)]), [
            ['p0', 'A2', 2, ['A2', 'X2', 'Category 2']],
            ['p5', 'X1', 1, ['A2']],
            ['p1', 'B1', 10.25, ['X2', 'Category 2']],
            ['p5', 'X2', 11.25, ['A2', 'Category 2']],
            ['p0', 'A2', 2, ['A2', 'X2', 'Category 2']],
        ]);
        assert.equal(products[3].id, products[1].id);
        assert.deepEqual(products[4], products[0]);
        const stored = await all(shop.id, 'products');
        assertUniqueResourceIds(stored, 3);
        await importOf(shop.id, 'customers', [customer(0)]);
        const customers = await importOf(shop.id, 'customers', [customer(0, { accepts_marketing: true }), customer(9), customer(9, { accepts_marketing: true, total_spent: 5 }), customer(0, { total_spent: 7 })]);
        assert.deepEqual(customers.map((c) => [c.resource_id, c.accepts_marketing]), [['u0', false], ['u9', true], ['u9', true], ['u0', false]]);
        assert.equal(customers[2].id, customers[1].id);
        assertUniqueResourceIds(await all(shop.id, 'customers'), 2);
        await importOf(shop.id, 'orders', [order(0)]);
        const orders = await importOf(shop.id, 'orders', [order(0, { status: 'processing' }), order(5), order(5, { status: 'complete', total_price: 1 }), order(0, { total_price: 3 })]);
        assert.deepEqual(orders.map((o) => [o.resource_id, o.status, o.total]), [['o0', 'pending', 3], ['o5', 'pending', 25], ['o5', 'complete', 1], ['o0', 'pending', 3]]);
        assert.equal(orders[2].id, orders[1].id);
        assertUniqueResourceIds(await all(shop.id, 'orders'), 2);
        assertUniqueResourceIds(await all(shop.id, 'carts'), 2);
    });
});
//# sourceMappingURL=resync.test.js.map