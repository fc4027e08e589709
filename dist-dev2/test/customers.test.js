import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createCustomer, createGroup, createOrder, createShop, storedRows } from './helpers/factories.js';
const t = await setup();
// A second server process on the same database (its own connections): concurrent requests alternate between
// the two, so that they race for real on SQLite too (one app's single SQLite connection runs them one by one).
const second = await t.secondInstance();
const via = (i) => (i % 2 === 0 ? t.request : second);
const CUSTOMER_KEYS = ['id', 'email', 'accepts_marketing', 'subscriber', 'created_at', 'updated_at'];
const SUBSCRIBER_KEYS = [
    'id', 'email', 'status', 'source', 'sent', 'opens_count', 'clicks_count', 'open_rate', 'click_rate', 'ip_address',
    'subscribed_at', 'unsubscribed_at', 'created_at', 'updated_at', 'fields', 'groups', 'opted_in_at', 'optin_ip',
];
describe('customers', () => {
    it('creates a customer with no subscriber unless asked', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'plain@example.com', accepts_marketing: 1 });
        assert.equal(response.status, 201);
        const customer = response.body.data;
        assert.deepEqual(Object.keys(customer), CUSTOMER_KEYS);
        assert.equal(customer.email, 'plain@example.com');
        assert.equal(customer.accepts_marketing, true);
        assert.equal(customer.subscriber, null);
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`)).body, { data: customer });
    });
    it('creates an active api subscriber with the default fields when create_subscriber is true', async () => {
        const shop = await createShop(t);
        const customer = await createCustomer(t, shop.id, { email: 'Sub@Example.com', create_subscriber: true });
        assert.equal(customer.email, 'sub@example.com', 'emails are kept in lower case');
        const subscriber = customer.subscriber;
        assert.deepEqual(Object.keys(subscriber), SUBSCRIBER_KEYS);
        assert.equal(subscriber.email, 'sub@example.com');
        assert.equal(subscriber.status, 'active');
        assert.equal(subscriber.source, 'api');
        assert.deepEqual(subscriber.fields, { city: null, company: null, country: null, last_name: null, name: null, phone: null, state: null, z_i_p: null });
        assert.deepEqual(subscriber.groups, []);
        assert.equal(subscriber.sent, 0);
        const fetched = await t.request('GET', `/api/subscribers/${subscriber.id}`);
        assert.equal(fetched.status, 200);
        assert.deepEqual(fetched.body.data, subscriber);
    });
    it("links the account's existing subscriber instead of making a second one, in every shop", async () => {
        const shopA = await createShop(t);
        const shopB = await createShop(t);
        const first = await createCustomer(t, shopA.id, { email: 'shared@example.com', create_subscriber: true });
        const second = await createCustomer(t, shopB.id, { email: 'shared@example.com', create_subscriber: true });
        assert.equal(second.subscriber.id, first.subscriber.id);
        const third = await createCustomer(t, (await createShop(t)).id, { email: 'shared@example.com' });
        assert.equal(third.subscriber.id, first.subscriber.id, 'create_subscriber absent: an existing subscriber is linked');
        const rows = await t.database.db.selectFrom('subscribers').select('id').where('email', '=', 'shared@example.com').execute();
        assert.equal(rows.length, 1);
    });
    it("adds a new subscriber to the shop's group, which then counts it", async () => {
        const group = await createGroup(t, 'Shop buyers');
        const shop = await createShop(t, { group_id: group.id });
        assert.equal(shop.group.id, group.id);
        assert.equal(shop.group.total, 0);
        const customer = await createCustomer(t, shop.id, { create_subscriber: true });
        assert.deepEqual(customer.subscriber.groups.map((g) => g.id), [group.id]);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, 1);
        assert.equal((await t.request('GET', `/api/groups/${group.id}`)).body.data.active_count, 1);
    });
    it('answers a POST with an email the shop already has by updating that customer (200)', async () => {
        const shop = await createShop(t);
        const created = await createCustomer(t, shop.id, { email: 'again@example.com', accepts_marketing: false });
        const again = await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'AGAIN@example.com', accepts_marketing: true });
        assert.equal(again.status, 200);
        assert.equal(again.body.data.id, created.id);
        assert.equal(again.body.data.accepts_marketing, true);
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 1);
    });
    it('requires a valid email', async () => {
        const shop = await createShop(t);
        const missing = await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { accepts_marketing: true });
        assert.equal(missing.status, 422);
        assert.deepEqual(missing.body, { message: 'The given data was invalid.', errors: { email: ['The email field is required.'] } });
        const invalid = await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'not-an-email' });
        assert.deepEqual(invalid.body.errors, { email: ['The email must be a valid email address.'] });
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 0);
    });
    it('updates what is sent, refusing an email another customer has', async () => {
        const shop = await createShop(t);
        const a = await createCustomer(t, shop.id);
        const b = await createCustomer(t, shop.id);
        const updated = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/customers/${a.id}`, { accepts_marketing: true, total_spent: '12.5' });
        assert.equal(updated.status, 200);
        assert.equal(updated.body.data.accepts_marketing, true);
        assert.equal(updated.body.data.email, a.email);
        const taken = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/customers/${a.id}`, { email: b.email });
        assert.equal(taken.status, 422);
        assert.deepEqual(taken.body.errors, { email: ['The email has already been taken.'] });
        const renamed = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/customers/${a.id}`, { email: 'renamed@example.com', create_subscriber: true });
        assert.equal(renamed.body.data.email, 'renamed@example.com');
        assert.equal(renamed.body.data.subscriber.email, 'renamed@example.com');
    });
    it('deletes a customer with its orders and carts, keeping its subscriber and the products', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id, { customer: { email: 'leaving@example.com', create_subscriber: true } });
        const customerId = order.customer.id;
        const deleted = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/customers/${customerId}`);
        assert.equal(deleted.status, 200);
        assert.equal(deleted.body.data.id, customerId);
        assert.deepEqual(Object.keys(deleted.body.data), CUSTOMER_KEYS);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).status, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`)).status, 404);
        for (const table of ['orders', 'carts', 'cart_items'])
            assert.equal((await storedRows(t, table, shop.id)).length, 0, table);
        assert.equal((await storedRows(t, 'products', shop.id)).length, 1);
        assert.equal((await t.request('GET', '/api/subscribers/leaving@example.com')).status, 200);
    });
    it('lists and counts', async () => {
        const shop = await createShop(t);
        const a = await createCustomer(t, shop.id);
        const b = await createCustomer(t, shop.id, { create_subscriber: true });
        const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.data, [a, b]);
        assert.equal(list.body.meta.per_page, 100);
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers?limit=0`)).body, { total: 2 });
    });
    it('ends with exactly one customer when 20 requests name the same new email at once, on two instances', async () => {
        const shop = await createShop(t);
        const base = `/api/ecommerce/shops/${shop.id}`;
        const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => via(i)('POST', `${base}/customers`, { email: 'race@example.com', create_subscriber: true, accepts_marketing: i % 2 === 0 })));
        const statuses = responses.map((r) => r.status).sort((a, b) => a - b);
        assert.deepEqual(statuses, [...Array(19).fill(200), 201], `one creates (201), the others update it (200), none fails: ${responses.find((r) => r.status >= 300)?.text}`);
        // The shop lists exactly one customer with that email, and every answer was that customer.
        const list = await t.request('GET', `${base}/customers`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.data.map((c) => c.email), ['race@example.com']);
        const stored = list.body.data[0];
        assert.deepEqual(responses.map((r) => r.body.data.id), Array(20).fill(stored.id), 'every answer names the one customer');
        assert.ok(stored.subscriber !== null, 'its subscriber was created');
        assert.deepEqual(responses.map((r) => r.body.data.subscriber?.id), Array(20).fill(stored.subscriber.id), 'every answer names the one subscriber');
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 1);
        const subscribers = await t.database.db.selectFrom('subscribers').select('id').where('email', '=', 'race@example.com').execute();
        assert.equal(subscribers.length, 1);
        await assertDatabaseConsistent(t);
    });
    it("ends with one subscriber when two of the account's shops get the same new email at once, on two instances", async () => {
        const shops = [await createShop(t), await createShop(t)];
        for (let round = 0; round < 3; round++) {
            const email = `twoshops${round}@example.com`;
            // Request i goes to shop (i / 2) % 2 through instance i % 2: each shop hears from both instances.
            const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => via(i)('POST', `/api/ecommerce/shops/${shops[Math.floor(i / 2) % 2].id}/customers`, { email, create_subscriber: true })));
            assert.deepEqual(responses.map((r) => r.status).sort((a, b) => a - b), [...Array(18).fill(200), 201, 201], responses.find((r) => r.status >= 300)?.text);
            const subscriber = await t.request('GET', `/api/subscribers/${email}`);
            assert.equal(subscriber.status, 200);
            for (const shop of shops) {
                const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers`);
                const customers = list.body.data.filter((c) => c.email === email);
                assert.equal(customers.length, 1, 'one customer per shop');
                assert.equal(customers[0].subscriber?.id, subscriber.body.data.id, "each shop's customer is the account's one subscriber");
            }
            assert.deepEqual(new Set(responses.map((r) => r.body.data.subscriber?.id)), new Set([subscriber.body.data.id]), 'every answer names the one subscriber');
            const stored = await t.database.db.selectFrom('subscribers').select('id').where('email', '=', email).execute();
            assert.equal(stored.length, 1);
        }
        for (const shop of shops)
            assert.equal((await storedRows(t, 'customers', shop.id)).length, 3);
        await assertDatabaseConsistent(t);
    });
    it("never shows or touches another account's customers", async () => {
        const shop = await createShop(t);
        const customer = await createCustomer(t, shop.id, { create_subscriber: true });
        const other = { token: t.otherToken };
        for (const [method, url, body] of [
            ['GET', `/api/ecommerce/shops/${shop.id}/customers`],
            ['POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'x@example.com' }],
            ['GET', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`],
            ['PUT', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`, { accepts_marketing: true }],
            ['DELETE', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`],
            ['GET', `/api/subscribers/${customer.subscriber.id}`],
            ['GET', `/api/subscribers/${customer.email}`],
        ]) {
            const response = await t.request(method, url, body, other);
            assert.equal(response.status, 404, `${method} ${url}`);
        }
        // The other account's own customer with the same email gets its own subscriber.
        const otherShop = await createShop(t, {}, t.otherToken);
        const mine = await t.request('POST', `/api/ecommerce/shops/${otherShop.id}/customers`, { email: customer.email, create_subscriber: true }, other);
        assert.equal(mine.status, 201);
        assert.notEqual(mine.body.data.subscriber.id, customer.subscriber.id);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`)).body.data.accepts_marketing, customer.accepts_marketing);
    });
});
//# sourceMappingURL=customers.test.js.map