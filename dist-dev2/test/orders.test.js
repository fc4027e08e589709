import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createCategory, createCustomer, createOrder, createProduct, createShop, storedRows } from './helpers/factories.js';
const t = await setup();
// A second server process on the same database (its own connections): concurrent requests alternate between
// the two, so that they race for real on SQLite too (one app's single SQLite connection runs them one by one).
const second = await t.secondInstance();
const via = (i) => (i % 2 === 0 ? t.request : second);
const ORDER_KEYS = ['id', 'shop', 'customer', 'cart', 'total', 'status', 'created_at', 'updated_at'];
const EMBEDDED_SHOP_KEYS = ['id', 'name', 'url', 'currency', 'enabled', 'enable_popups', 'group', 'created_at', 'updated_at'];
const EMBEDDED_CUSTOMER_KEYS = ['id', 'email', 'accepts_marketing', 'subscriber'];
const EMBEDDED_CART_KEYS = ['id', 'checkout_url', 'cart_total', 'items'];
const ITEM_KEYS = ['id', 'product', 'variant', 'quantity', 'price'];
const REDUCED_PRODUCT_KEYS = ['id', 'name', 'price', 'url', 'image', 'exclude_from_automations', 'categories'];
async function counts(shopId) {
    const result = {};
    for (const table of ['customers', 'orders', 'carts', 'cart_items'])
        result[table] = (await storedRows(t, table, shopId)).length;
    return result;
}
describe('orders', () => {
    it("creates the docs' example order and answers the full embedded form, key by key", async () => {
        const shop = await createShop(t, { enabled: true });
        const category = await createCategory(t, shop.id);
        const product = await createProduct(t, shop.id, { name: 'Product name', price: 123.4, categories: [category.id], description: 'not embedded' });
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, {
            customer: { email: 'customer@email.com', create_subscriber: true, accepts_marketing: true },
            cart: { items: [{ ecommerce_product_id: product.id, variant: 'product variant', quantity: 1, price: 123.4 }] },
            status: 'pending',
            total_price: 123.4,
        });
        assert.equal(response.status, 201, response.text);
        const order = response.body.data;
        assert.deepEqual(Object.keys(order), ORDER_KEYS);
        assert.deepEqual(Object.keys(order.shop), EMBEDDED_SHOP_KEYS, 'the shop without currency_sign');
        const { currency_sign: _, ...embeddedShop } = shop;
        assert.deepEqual(order.shop, embeddedShop);
        assert.deepEqual(Object.keys(order.customer), EMBEDDED_CUSTOMER_KEYS, 'the customer without timestamps');
        assert.equal(order.customer.email, 'customer@email.com');
        assert.equal(order.customer.accepts_marketing, true);
        assert.equal(order.customer.subscriber.email, 'customer@email.com');
        assert.equal(order.customer.subscriber.status, 'active');
        assert.deepEqual(Object.keys(order.cart), EMBEDDED_CART_KEYS, 'the cart without ecommerce_order_id and customer');
        assert.equal(order.cart.cart_total, 0);
        assert.equal(order.cart.checkout_url, null);
        assert.equal(order.cart.items.length, 1);
        const item = order.cart.items[0];
        assert.deepEqual(Object.keys(item), ITEM_KEYS);
        assert.deepEqual(Object.keys(item.product), REDUCED_PRODUCT_KEYS, 'the product without descriptions');
        assert.deepEqual(item.product.categories, [category]);
        assert.equal(item.variant, 'product variant');
        assert.equal(item.quantity, 1);
        assert.equal(item.price, 123.4);
        assert.equal(order.total, 123.4);
        assert.equal(order.status, 'pending');
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).body, { data: order });
    });
    it('applies defaults: status pending, total 0, quantity 1, price 0; accepts checkout_url, cart_total and product_id', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, {
            customer: { email: 'defaults@example.com' },
            cart: { items: [{ product_id: product.id }], checkout_url: 'https://shop.example/checkout', cart_total: '99.5' },
        });
        assert.equal(response.status, 201, response.text);
        const order = response.body.data;
        assert.equal(order.status, 'pending');
        assert.equal(order.total, 0);
        assert.equal(order.customer.subscriber, null);
        assert.equal(order.cart.checkout_url, 'https://shop.example/checkout');
        assert.equal(order.cart.cart_total, 99.5);
        assert.equal(order.cart.items[0].quantity, 1);
        assert.equal(order.cart.items[0].price, 0);
        assert.equal(order.cart.items[0].variant, null);
    });
    it('reuses the customer the shop already has for that email', async () => {
        const shop = await createShop(t);
        const customer = await createCustomer(t, shop.id, { email: 'known@example.com' });
        const order = await createOrder(t, shop.id, { customer: { email: 'Known@Example.com', accepts_marketing: true } });
        assert.equal(order.customer.id, customer.id);
        assert.equal(order.customer.accepts_marketing, true);
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 1);
    });
    it('rejects an order whose third item names an unknown product, writing nothing at all', async () => {
        const shop = await createShop(t);
        const a = await createProduct(t, shop.id);
        const b = await createProduct(t, shop.id);
        const foreign = await createProduct(t, (await createShop(t)).id);
        const before = await counts(shop.id);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, {
            customer: { email: 'rollback@example.com', create_subscriber: true },
            cart: {
                items: [
                    { ecommerce_product_id: a.id, quantity: 1 },
                    { ecommerce_product_id: b.id, quantity: 2 },
                    { ecommerce_product_id: foreign.id, quantity: 1 },
                ],
            },
        });
        assert.equal(response.status, 422);
        assert.deepEqual(response.body, {
            message: 'The given data was invalid.',
            errors: { 'cart.items.2.ecommerce_product_id': ['The selected cart.items.2.ecommerce_product_id is invalid.'] },
        });
        assert.deepEqual(await counts(shop.id), before);
        const subscriber = await t.request('GET', '/api/subscribers/rollback@example.com');
        assert.equal(subscriber.status, 404, 'no subscriber was created either');
    });
    it("answers a missing customer or cart with the docs' wording, and nested problems with dotted keys", async () => {
        const shop = await createShop(t);
        const empty = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, {});
        assert.equal(empty.status, 422);
        assert.deepEqual(empty.body, {
            message: 'The given data was invalid.',
            errors: { customer: ['The customer must be provided.'], cart: ['The cart must be provided.'] },
        });
        const nested = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, {
            customer: { email: 'nope' },
            cart: { items: [{ quantity: 0, price: -5 }] },
            status: 'shipped',
            total_price: -1,
        });
        assert.equal(nested.status, 422);
        assert.deepEqual(nested.body.errors, {
            'customer.email': ['The customer.email must be a valid email address.'],
            'cart.items.0.quantity': ['The cart.items.0.quantity must be at least 1.'],
            'cart.items.0.price': ['The cart.items.0.price must be at least 0.'],
            status: ['The selected status is invalid.'],
            total_price: ['The total price must be at least 0.'],
        });
        const noProduct = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, { customer: { email: 'a@example.com' }, cart: { items: [{}] } });
        assert.deepEqual(noProduct.body.errors, { 'cart.items.0.ecommerce_product_id': ['The cart.items.0.ecommerce product id field is required.'] });
        assert.deepEqual(await counts(shop.id), { customers: 0, orders: 0, carts: 0, cart_items: 0 });
    });
    it('updates status and total only, ignoring customer and cart in the body', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const response = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`, {
            status: 'complete',
            total_price: '39.98',
            customer: { email: 'someone-else@example.com' },
            cart: { items: [] },
        });
        assert.equal(response.status, 200);
        assert.equal(response.body.data.status, 'complete');
        assert.equal(response.body.data.total, 39.98);
        assert.deepEqual(response.body.data.customer, order.customer);
        assert.deepEqual(response.body.data.cart, order.cart);
        const bad = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`, { status: 'teleported' });
        assert.equal(bad.status, 422);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).body.data.status, 'complete');
    });
    it('deletes an order with its cart and items, keeping the customer and products', async () => {
        const shop = await createShop(t);
        const products = [await createProduct(t, shop.id), await createProduct(t, shop.id)];
        const order = await createOrder(t, shop.id, {}, products.map((p) => p.id));
        const response = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`);
        assert.equal(response.status, 200);
        assert.deepEqual(response.body, { data: order });
        assert.deepEqual(await counts(shop.id), { customers: 1, orders: 0, carts: 0, cart_items: 0 });
        assert.equal((await storedRows(t, 'products', shop.id)).length, 2);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).status, 404);
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).status, 404);
    });
    it('removes a deleted product from the carts that held it, so no answer embeds it', async () => {
        const shop = await createShop(t);
        const kept = await createProduct(t, shop.id);
        const dropped = await createProduct(t, shop.id);
        const order = await createOrder(t, shop.id, {}, [kept.id, dropped.id]);
        await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/products/${dropped.id}`);
        const after = await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`);
        assert.deepEqual(after.body.data.cart.items.map((i) => i.product.id), [kept.id]);
        assert.equal(after.body.data.total, order.total, 'the stored total stays');
    });
    it('lists orders in full form and counts them', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const made = [];
        for (let i = 0; i < 3; i++)
            made.push(await createOrder(t, shop.id, { customer: { email: `list${i}@example.com`, create_subscriber: i === 1 } }, [product.id]));
        const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders?limit=2`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.data, made.slice(0, 2));
        assert.equal(list.body.meta.total, 3);
        assert.equal(list.body.meta.last_page, 2);
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders?limit=0`)).body, { total: 3 });
    });
    it('ends with one customer when 20 orders for the same new email arrive at once, on two instances', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const base = `/api/ecommerce/shops/${shop.id}`;
        const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => via(i)('POST', `${base}/orders`, {
            customer: { email: 'rush@example.com', create_subscriber: true },
            cart: { items: [{ ecommerce_product_id: product.id }] },
        })));
        assert.deepEqual(responses.map((r) => r.status), Array(20).fill(201), responses.find((r) => r.status !== 201)?.text);
        // The shop has exactly one customer, with that email, and every order answered and stored points at it.
        const customers = await t.request('GET', `${base}/customers`);
        assert.equal(customers.status, 200);
        assert.deepEqual(customers.body.data.map((c) => c.email), ['rush@example.com']);
        const customerId = customers.body.data[0].id;
        assert.deepEqual(responses.map((r) => r.body.data.customer.id), Array(20).fill(customerId), 'every answer names the one customer');
        const orders = await t.request('GET', `${base}/orders`);
        assert.equal(orders.body.meta.total, 20);
        assert.deepEqual(orders.body.data.map((o) => o.customer.id), Array(20).fill(customerId), 'every stored order points at it');
        assert.deepEqual(await counts(shop.id), { customers: 1, orders: 20, carts: 20, cart_items: 20 });
        const subscribers = await t.database.db.selectFrom('subscribers').select('id').where('email', '=', 'rush@example.com').execute();
        assert.equal(subscribers.length, 1, 'one subscriber for the email');
        await assertDatabaseConsistent(t);
    });
    it("never shows or touches another account's orders", async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const other = { token: t.otherToken };
        for (const [method, url, body] of [
            ['GET', `/api/ecommerce/shops/${shop.id}/orders`],
            ['POST', `/api/ecommerce/shops/${shop.id}/orders`, { customer: { email: 'x@example.com' }, cart: { items: [] } }],
            ['GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`],
            ['PUT', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`, { status: 'complete' }],
            ['DELETE', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`],
        ]) {
            assert.equal((await t.request(method, url, body, other)).status, 404, `${method} ${url}`);
        }
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`)).body, { data: order });
    });
});
//# sourceMappingURL=orders.test.js.map