import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createShop, storedRows } from './helpers/factories.js';
// Replays the traffic of MailerLite's WooCommerce plugin (3.x): its headers, its loosely typed bodies, its
// ?with_resource_id addressing, and its retries. Each flow runs against a shop of its own.
const t = await setup();
const PLUGIN_HEADERS = { 'x-version': '2022-11-21', 'user-agent': 'MailerLite WooCommerce/3.0', 'x-requested-with': 'XMLHttpRequest' };
function plugin(method, url, body) {
    return t.request(method, url, body, { headers: PLUGIN_HEADERS });
}
// A second server process on the same database (its own connections), for retries that race: they alternate
// between the two instances, so that they run at the same time on SQLite too (one app runs them one by one).
const second = await t.secondInstance();
function pluginVia(i, method, url, body) {
    return (i % 2 === 0 ? t.request : second)(method, url, body, { headers: PLUGIN_HEADERS });
}
/** The plugin treats any success body with a top-level errors or error key as a failure. */
function assertCleanSuccess(response) {
    assert.ok(response.status >= 200 && response.status < 300, `${response.status} ${response.text}`);
    assert.ok(!('errors' in response.body) && !('error' in response.body), response.text);
}
describe('WooCommerce plugin: setup wizard and settings', () => {
    it('checks its fields and creates the first missing one, renamed; the key it looks for stays', async () => {
        const shopKey = 'httpsshopexamplecom';
        const wanted = [`${shopKey}_total_spent`, `${shopKey}_orders_count`, `${shopKey}_accepts_marketing`];
        // Day one: the daily check (no query), then the first missing field created and renamed at once.
        const first = await plugin('GET', '/api/fields');
        assertCleanSuccess(first);
        const keys = first.body.data.map((field) => field.key);
        assert.ok(keys.includes('name') && keys.includes('z_i_p'));
        assert.ok(wanted.every((key) => !keys.includes(key)));
        const created = await plugin('POST', '/api/fields', { name: `${shopKey} Total spent`, type: 'number' });
        assertCleanSuccess(created);
        assert.equal(created.body.data.key, wanted[0]);
        assertCleanSuccess(await plugin('PUT', `/api/fields/${created.body.data.id}`, { name: 'Example Shop Total spent' }));
        // Day two: the renamed field is recognised by its key; the next one is created.
        const second = await plugin('GET', '/api/fields');
        const field = second.body.data.find((f) => f.key === wanted[0]);
        assert.equal(field.name, 'Example Shop Total spent');
        assert.equal(field.type, 'number');
        const next = await plugin('POST', '/api/fields', { name: `${shopKey} Orders count`, type: 'number' });
        assert.equal(next.body.data.key, wanted[1]);
        // A retried create (the transient lost) is refused, never a second field of the same name.
        const retried = await plugin('POST', '/api/fields', { name: `${shopKey} Orders count`, type: 'number' });
        assert.equal(retried.status, 422);
        const stored = await t.database.db.selectFrom('fields').select('key').where('key', 'like', `${shopKey}%`).execute();
        assert.deepEqual(stored.map((row) => row.key).sort(), wanted.slice(0, 2).sort());
    });
    it('pages and searches groups in the picker, creates one in the modal, fetches the chosen one', async () => {
        for (let i = 1; i <= 3; i++)
            assertCleanSuccess(await plugin('POST', '/api/groups', { name: `Picker VIP ${i}` }));
        const created = await plugin('POST', '/api/groups', { name: 'Woo customers' });
        assertCleanSuccess(created);
        assert.equal(created.status, 201);
        const { id, name } = created.body.data;
        assert.match(id, /^[0-9]+$/, 'the settings page wants all digits');
        assert.equal(name, 'Woo customers');
        const page = await plugin('GET', '/api/groups?limit=50&page=1');
        assertCleanSuccess(page);
        assert.ok(page.body.data.some((group) => group.id === id));
        assert.equal(page.body.links.next, null, 'the picker stops on the last page');
        const search = await plugin('GET', '/api/groups?limit=50&page=1&filter%5Bname%5D=VIP');
        assertCleanSuccess(search);
        const later = await plugin('GET', '/api/groups?limit=50&page=2&offset=50');
        assertCleanSuccess(later);
        assert.deepEqual(later.body.data, []);
        assert.equal(later.body.links.next, null);
        const chosen = await plugin('GET', `/api/groups/${id}`);
        assertCleanSuccess(chosen);
        assert.deepEqual([chosen.body.data.id, chosen.body.data.name], [id, name]);
        assert.equal((await plugin('GET', '/api/groups/1')).status, 404, 'a failed fetch stops the save');
    });
    it('reads double opt-in on every settings save and flips it with a body of []', async () => {
        const read = await plugin('GET', '/api/subscribe-settings/double-optin');
        assertCleanSuccess(read);
        assert.deepEqual(read.body, { double_optin: false });
        const toggled = await plugin('POST', '/api/subscribe-settings/double-optin/toggle', []);
        assertCleanSuccess(toggled);
        assert.deepEqual(toggled.body, { double_optin: true });
        assert.deepEqual((await plugin('GET', '/api/subscribe-settings/double-optin')).body, { double_optin: true });
        // While on, the customers the sync creates subscribers for are unconfirmed; off again, active.
        const shop = await createShop(t);
        const synced = await plugin('POST', `/api/ecommerce/shops/${shop.id}/customers/import?with_resource_id`, [
            { resource_id: 901, email: 'optin-woo@example.com', accepts_marketing: 1, create_subscriber: true, subscriber_fields: { name: 'Opt' } },
        ]);
        assertCleanSuccess(synced);
        assert.equal(synced.body.data[0].subscriber.status, 'unconfirmed');
        assert.deepEqual((await plugin('POST', '/api/subscribe-settings/double-optin/toggle', [])).body, { double_optin: false });
        await assertDatabaseConsistent(t);
    });
});
describe('WooCommerce plugin: first connection', () => {
    it('checks the key, lists shops, tolerates the empty-id PUT, creates the shop, finds it by url and updates it', async () => {
        const account = await plugin('GET', '/api/account');
        assertCleanSuccess(account);
        assert.equal(account.body.data.name, 'alice');
        assertCleanSuccess(await plugin('GET', '/api/ecommerce/shops?limit=1000'));
        const emptyId = await plugin('PUT', '/api/ecommerce/shops/', { name: 'x' });
        assert.equal(emptyId.status, 405);
        assert.equal(emptyId.headers['content-type'], 'application/json');
        const created = await plugin('POST', '/api/ecommerce/shops', {
            name: 'My Woo Store',
            url: 'https://woo.example',
            currency: 'EUR',
            platform: 'woocommerce',
            access_data: 'ck_consumer_key:cs_consumer_secret',
            enabled: 1,
            enable_resubscribe: 0,
            group_id: null,
        });
        assertCleanSuccess(created);
        assert.doesNotMatch(created.text, /consumer/, 'access_data is never echoed');
        const list = await plugin('GET', '/api/ecommerce/shops?limit=1000');
        const found = list.body.data.find((shop) => shop.url === 'https://woo.example');
        assert.equal(found.id, created.body.data.id);
        const updated = await plugin('PUT', `/api/ecommerce/shops/${found.id}`, { name: 'My Woo Store', url: 'https://woo.example', currency: 'EUR', enabled: '1', enable_popups: 0 });
        assertCleanSuccess(updated);
        assert.equal(updated.body.data.enabled, true);
    });
});
describe('WooCommerce plugin: initial sync', () => {
    it('imports categories, products and customers by resource id; re-sending updates instead of duplicating', async () => {
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        const categories = [
            { resource_id: 15, name: 'Hoodies', exclude_from_automations: 0 },
            { resource_id: '16', name: 'T-shirts', exclude_from_automations: false },
        ];
        for (let round = 0; round < 2; round++) {
            const response = await plugin('POST', `${base}/categories/import?with_resource_id`, categories);
            assert.equal(response.status, 200);
            assertCleanSuccess(response);
            assert.deepEqual(response.body.data.map((c) => c.resource_id), ['15', '16']);
            assert.ok(response.body.data.every((c) => /^\d+$/.test(c.id)));
        }
        assert.deepEqual((await t.request('GET', `${base}/categories?limit=0`)).body, { total: 2 });
        const products = [
            { resource_id: 101, name: 'Blue hoodie', price: '39.99', url: 'https://woo.example/p/101', image: '', categories: [15], status: 'publish', tracked: true },
            { resource_id: '102', name: 'Red shirt', price: 19, categories: [15, 16], category_ids: [15, 16], short_description: '<p>Soft</p>' },
        ];
        let firstIds = [];
        for (let round = 0; round < 2; round++) {
            const response = await plugin('POST', `${base}/products/import?with_resource_id&replace_categories`, products);
            assert.equal(response.status, 200);
            assertCleanSuccess(response);
            const data = response.body.data;
            assert.deepEqual(data.map((p) => p.resource_id), ['101', '102']);
            assert.deepEqual(data[1].categories.map((c) => c.resource_id), ['15', '16']);
            assert.equal(data[0].price, 39.99);
            assert.equal(data[1].short_description, 'Soft');
            if (round === 0)
                firstIds = data.map((p) => p.id);
            else
                assert.deepEqual(data.map((p) => p.id), firstIds, 'the re-sent import updated the same products');
        }
        assert.equal((await storedRows(t, 'products', shop.id)).length, 2);
        const customers = [
            { resource_id: 7, email: 'ann@example.com', accepts_marketing: 1, create_subscriber: true, total_spent: '120.50', orders_count: 3, last_order_id: 555, subscriber_fields: { name: 'Ann', last_name: 'Lee', city: 'Riga' } },
            { resource_id: 8, email: 'bob@example.com', accepts_marketing: 0, create_subscriber: false },
        ];
        for (let round = 0; round < 2; round++) {
            const response = await plugin('POST', `${base}/customers/import?with_resource_id`, customers);
            assert.equal(response.status, 200);
            assertCleanSuccess(response);
            assert.deepEqual(response.body.data.map((c) => c.resource_id), ['7', '8']);
            assert.equal(response.body.data[0].subscriber.fields.name, 'Ann');
            assert.equal(response.body.data[0].subscriber.fields.city, 'Riga');
            assert.equal(response.body.data[0].subscriber.fields.z_i_p, null);
        }
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 2);
        const stored = await t.database.db.selectFrom('customers').select(['total_spent', 'orders_count', 'last_order_id']).where('resource_id', '=', '7').executeTakeFirstOrThrow();
        assert.equal(Number(stored.total_spent), 120.5);
        assert.equal(Number(stored.orders_count), 3);
        assert.equal(stored.last_order_id, '555');
        // Without the flag the answers keep the docs' shapes exactly.
        const plain = await t.request('GET', `${base}/products`);
        assert.ok(!('resource_id' in plain.body.data[0]));
        assert.ok(!('resource_id' in plain.body.data[0].categories[0]));
    });
});
describe('WooCommerce plugin: live edits', () => {
    it('upserts a product with unknown keys, replaces or adds its categories, and deletes with a [] body', async () => {
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        await plugin('POST', `${base}/categories/import?with_resource_id`, [
            { resource_id: 21, name: 'A' },
            { resource_id: 22, name: 'B' },
            { resource_id: 23, name: 'C' },
        ]);
        const first = await plugin('POST', `${base}/products?with_resource_id`, { resource_id: '301', name: 'Lamp', price: '10', categories: [21], status: 'publish' });
        assert.equal(first.status, 201);
        assert.equal(first.body.data.resource_id, '301');
        const again = await plugin('POST', `${base}/products?with_resource_id`, { resource_id: 301, name: 'Lamp v2', price: 12.5, categories: [22], ignored: 'yes' });
        assert.equal(again.status, 200, 'an existing resource_id updates');
        assert.equal(again.body.data.id, first.body.data.id);
        assert.equal(again.body.data.name, 'Lamp v2');
        assert.deepEqual(again.body.data.categories.map((c) => c.resource_id), ['21', '22'], 'without replace_categories, added');
        const replaced = await plugin('POST', `${base}/products?with_resource_id&replace_categories`, { resource_id: 301, name: 'Lamp v2', categories: [23] });
        assert.deepEqual(replaced.body.data.categories.map((c) => c.resource_id), ['23']);
        const multiple = await plugin('PUT', `${base}/products/301/categories/multiple?with_resource_id`, { replace: false, categories: [21] });
        assertCleanSuccess(multiple);
        assert.deepEqual(multiple.body.data.categories.map((c) => c.resource_id), ['21', '23']);
        const set = await plugin('PUT', `${base}/products/301/categories/multiple?with_resource_id`, { replace: true, categories: [22] });
        assert.deepEqual(set.body.data.categories.map((c) => c.resource_id), ['22']);
        const edited = await plugin('PUT', `${base}/products/301?with_resource_id`, { name: 'Lamp v3', exclude_from_automations: '1' });
        assertCleanSuccess(edited);
        assert.equal(edited.body.data.exclude_from_automations, true);
        assert.equal((await plugin('GET', `${base}/products/999?with_resource_id`)).status, 404);
        // Path resource ids are decoded once, like any path: '%' and '/' are part of the id, never a 500.
        const odd = await plugin('POST', `${base}/products?with_resource_id`, { resource_id: 'sku/50%', name: 'Odd' });
        assert.equal(odd.status, 201, odd.text);
        const fetched = await plugin('GET', `${base}/products/${encodeURIComponent('sku/50%')}?with_resource_id`);
        assert.equal(fetched.status, 200, fetched.text);
        assert.equal(fetched.body.data.id, odd.body.data.id);
        assert.equal((await plugin('GET', `${base}/products/${encodeURIComponent('r%z')}?with_resource_id`)).status, 404);
        assert.equal((await plugin('DELETE', `${base}/products/${encodeURIComponent('sku/50%')}?with_resource_id`, [])).status, 200);
        const deleted = await plugin('DELETE', `${base}/products/301?with_resource_id`, []);
        assertCleanSuccess(deleted);
        assert.equal(deleted.body.data.resource_id, '301');
        const category = await plugin('DELETE', `${base}/categories/23?with_resource_id`, []);
        assertCleanSuccess(category);
        assert.equal((await storedRows(t, 'products', shop.id)).length, 0);
        assert.deepEqual((await t.request('GET', `${base}/categories?limit=0`)).body, { total: 2 });
    });
});
describe('WooCommerce plugin: checkout, order and cleanup', () => {
    it('tracks a checkout, takes the placed order, deletes the checkout, and ignores the re-sent order', async () => {
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        await plugin('POST', `${base}/products/import?with_resource_id`, [
            { resource_id: 501, name: 'Mug', price: 8 },
            { resource_id: 502, name: 'Plate', price: 12 },
        ]);
        const checkoutId = '3f2b8c0e-5d1a-4c7e-9b1f-2a6d8e4c1b90';
        const checkout = {
            resource_id: checkoutId,
            stage: 'checkout',
            status: 'pending',
            total_price: '20.00',
            created_at: '2024-05-01 10:00:00',
            customer: { resource_id: 'guest-ann', email: 'ann@example.com', accepts_marketing: 1, create_subscriber: true, subscriber_fields: { name: 'Ann' } },
            cart: {
                resource_id: checkoutId,
                checkout_url: `https://woo.example/checkout/?ml_checkout=${checkoutId}`,
                cart_total: '20.00',
                items: [
                    { resource_id: 'a1b2', product_resource_id: '501', variant: '', quantity: '1', price: '8.00' },
                    { resource_id: 'c3d4', product_resource_id: 502, quantity: 1, price: 12 },
                ],
            },
        };
        const tracked = await plugin('POST', `${base}/orders/queue-order-sync?with_resource_id`, checkout);
        assert.equal(tracked.status, 201, tracked.text);
        assertCleanSuccess(tracked);
        assert.equal(tracked.body.data.stage, 'checkout');
        assert.equal(tracked.body.data.resource_id, checkoutId);
        assert.equal(tracked.body.data.created_at, '2024-05-01 10:00:00', "the shop's own timestamp is kept");
        assert.equal(tracked.body.data.cart.items.length, 2);
        // The customer edits the checkout: the same sync again, with one item fewer.
        const edited = await plugin('POST', `${base}/orders/queue-order-sync?with_resource_id`, { ...checkout, total_price: 8, cart: { ...checkout.cart, cart_total: 8, items: [checkout.cart.items[0]] } });
        assert.equal(edited.status, 200);
        assert.equal(edited.body.data.id, tracked.body.data.id);
        assert.equal(edited.body.data.cart.items.length, 1);
        const cart = await plugin('GET', `${base}/carts/${checkoutId}?with_resource_id`);
        assertCleanSuccess(cart);
        assert.equal(cart.body.data.ecommerce_order_id, tracked.body.data.id);
        const replaced = await plugin('POST', `${base}/carts/${checkoutId}/items/replace?with_resource_id`, {
            items: [{ resource_id: 'e5f6', product_resource_id: '502', quantity: 2, price: '24' }],
        });
        assertCleanSuccess(replaced);
        assert.deepEqual(replaced.body.data.items.map((i) => i.resource_id), ['e5f6']);
        const placed = {
            resource_id: '1234',
            status: 'processing',
            total_price: '39.98',
            customer: { resource_id: 'guest-ann', email: 'ann@example.com', accepts_marketing: '1', total_spent: '39.98', orders_count: 1, last_order_id: '1234' },
            cart: { resource_id: checkoutId, cart_total: '39.98', items: [{ resource_id: 'e5f6', product_resource_id: '502', quantity: 2, price: '19.99' }] },
        };
        const order = await plugin('POST', `${base}/orders?with_resource_id`, placed);
        assert.equal(order.status, 201, order.text);
        assert.equal(order.body.data.total, 39.98);
        assert.equal(order.body.data.stage, null);
        assert.equal(order.body.data.customer.id, tracked.body.data.customer.id, 'the same customer');
        const cleanup = await plugin('DELETE', `${base}/orders/${checkoutId}?with_resource_id`, []);
        assertCleanSuccess(cleanup);
        assert.equal(cleanup.body.data.id, tracked.body.data.id);
        const resent = await plugin('POST', `${base}/orders?with_resource_id`, placed);
        assert.equal(resent.status, 200, 'the re-sent order updates');
        assert.equal(resent.body.data.id, order.body.data.id);
        for (const [table, count] of [['orders', 1], ['carts', 1], ['cart_items', 1], ['customers', 1]]) {
            assert.equal((await storedRows(t, table, shop.id)).length, count, table);
        }
        const subscriber = await t.request('GET', '/api/subscribers/ann@example.com');
        assert.equal(subscriber.body.data.fields.name, 'Ann');
    });
    it('ends with one order when the same sync is retried 10 times at once, on two instances', async () => {
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        assertCleanSuccess(await plugin('POST', `${base}/products?with_resource_id`, { resource_id: '900', name: 'Thing' }));
        for (let round = 0; round < 3; round++) {
            const email = `retry${round}@example.com`;
            const body = {
                resource_id: `7${round}`,
                customer: { resource_id: `5${round}`, email, create_subscriber: true },
                cart: { resource_id: `cart-7${round}`, items: [{ resource_id: `i-${round}`, product_resource_id: '900' }] },
            };
            const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => pluginVia(i, 'POST', `${base}/orders/queue-order-sync?with_resource_id`, body)));
            for (const response of responses)
                assertCleanSuccess(response);
            assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
            // One order, one customer: every answer is that order, and the order points at that customer.
            const order = (await plugin('GET', `${base}/orders/${body.resource_id}?with_resource_id`)).body.data;
            assert.deepEqual(responses.map((r) => r.body.data.id), Array(10).fill(order.id), 'every answer names the one order');
            const customers = (await plugin('GET', `${base}/customers`)).body.data.filter((c) => c.email === email);
            assert.equal(customers.length, 1, 'one customer');
            assert.equal(order.customer.id, customers[0].id, 'the order points at the one customer');
            assert.deepEqual(responses.map((r) => r.body.data.customer.id), Array(10).fill(order.customer.id));
            assert.equal(order.cart.items.length, 1);
        }
        for (const [table, count] of [['orders', 3], ['carts', 3], ['cart_items', 3], ['customers', 3]]) {
            assert.equal((await storedRows(t, table, shop.id)).length, count, table);
        }
        await assertDatabaseConsistent(t);
    });
    it('ends with one checkout when its syncs, each for another known customer, arrive at once on two instances', async () => {
        // The same resource_id with a customer the shop already has, a different one each time: nothing but the
        // order's own resource_id stands between these syncs (no new customer, no customer row in common).
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        assertCleanSuccess(await plugin('POST', `${base}/products?with_resource_id`, { resource_id: '901', name: 'Thing' }));
        const emails = Array.from({ length: 10 }, (_, i) => `known${i}@example.com`);
        assertCleanSuccess(await plugin('POST', `${base}/customers/import`, emails.map((email) => ({ email }))));
        const bodies = emails.map((email) => ({
            resource_id: 'checkout-1',
            stage: 'checkout',
            customer: { email },
            cart: { resource_id: 'checkout-1', items: [{ resource_id: 'ci-1', product_resource_id: '901' }] },
        }));
        const responses = await Promise.all(bodies.map((body, i) => pluginVia(i, 'POST', `${base}/orders/queue-order-sync?with_resource_id`, body)));
        for (const response of responses)
            assertCleanSuccess(response);
        assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
        const orders = await plugin('GET', `${base}/orders`);
        assert.equal(orders.body.meta.total, 1, 'one checkout');
        const order = orders.body.data[0];
        assert.deepEqual(responses.map((r) => r.body.data.id), Array(10).fill(order.id), 'every answer names the one checkout');
        assert.ok(emails.includes(order.customer.email), `the checkout belongs to one of the customers sent (${order.customer.email})`);
        assert.equal(order.cart.items.length, 1);
        const customers = await plugin('GET', `${base}/customers`);
        assert.deepEqual(customers.body.data.map((c) => c.email).sort(), [...emails].sort(), 'the known customers, no other');
        for (const [table, count] of [['orders', 1], ['carts', 1], ['cart_items', 1], ['customers', 10]]) {
            assert.equal((await storedRows(t, table, shop.id)).length, count, table);
        }
        await assertDatabaseConsistent(t);
    });
});
//# sourceMappingURL=woocommerce.test.js.map