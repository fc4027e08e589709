import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createOrder, createProduct, createShop, storedRows } from './helpers/factories.js';
const t = await setup();
const CART_KEYS = ['id', 'ecommerce_order_id', 'checkout_url', 'cart_total', 'customer', 'items'];
describe('carts', () => {
    it('fetches a cart in full form: with its order id and customer', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`);
        assert.equal(response.status, 200);
        const cart = response.body.data;
        assert.deepEqual(Object.keys(cart), CART_KEYS);
        assert.equal(cart.ecommerce_order_id, order.id);
        assert.deepEqual(cart.customer, order.customer);
        assert.deepEqual(cart.items, order.cart.items);
    });
    it('updates checkout_url and cart_total as sent, never recomputing the total', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const url = `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`;
        const response = await t.request('PUT', url, { checkout_url: 'https://url-to-cart-checkout.com', cart_total: 1234.99 });
        assert.equal(response.status, 200);
        assert.equal(response.body.data.checkout_url, 'https://url-to-cart-checkout.com');
        assert.equal(response.body.data.cart_total, 1234.99);
        const partial = await t.request('PUT', url, { cart_total: '5' });
        assert.equal(partial.body.data.checkout_url, 'https://url-to-cart-checkout.com');
        assert.equal(partial.body.data.cart_total, 5);
        const negative = await t.request('PUT', url, { cart_total: -1 });
        assert.equal(negative.status, 422);
        assert.deepEqual(negative.body.errors, { cart_total: ['The cart total must be at least 0.'] });
    });
    it('has no create and no delete: 405 with Allow', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const post = await t.request('POST', `/api/ecommerce/shops/${shop.id}/carts`, {});
        assert.equal(post.status, 405);
        assert.equal(post.headers.allow, 'GET, HEAD');
        const del = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`);
        assert.equal(del.status, 405);
        assert.equal(del.headers.allow, 'GET, HEAD, PUT');
        assert.equal((await storedRows(t, 'carts', shop.id)).length, 1);
    });
    it('lists and counts carts; an unknown cart is a 404', async () => {
        const shop = await createShop(t);
        const a = await createOrder(t, shop.id);
        const b = await createOrder(t, shop.id);
        const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.data.map((c) => c.id), [a.cart.id, b.cart.id]);
        for (const cart of list.body.data)
            assert.deepEqual(Object.keys(cart), CART_KEYS);
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts?limit=0`)).body, { total: 2 });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/123`)).status, 404);
        assert.equal((await t.request('PUT', `/api/ecommerce/shops/${shop.id}/carts/123`, { cart_total: 1 })).status, 404);
    });
});
describe('cart items', () => {
    it('adds, fetches, updates and removes items; the cart total never moves', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        await t.request('PUT', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`, { cart_total: 50 });
        const base = `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items`;
        const product = await createProduct(t, shop.id, { price: 7 });
        const created = await t.request('POST', base, { ecommerce_product_id: product.id, variant: 'red' });
        assert.equal(created.status, 201, created.text);
        const item = created.body.data;
        assert.deepEqual(Object.keys(item), ['id', 'product', 'variant', 'quantity', 'price']);
        assert.equal(item.quantity, 1, 'quantity defaults to 1');
        assert.equal(item.price, 0, 'price defaults to 0, not the product price');
        assert.equal(item.product.id, product.id);
        assert.deepEqual((await t.request('GET', `${base}/${item.id}`)).body, { data: item });
        const alias = await t.request('POST', base, { product_id: product.id, quantity: 3, price: '6.5' });
        assert.equal(alias.status, 201);
        assert.equal(alias.body.data.quantity, 3);
        assert.equal(alias.body.data.price, 6.5);
        const updated = await t.request('PUT', `${base}/${item.id}`, { quantity: 2 });
        assert.equal(updated.status, 200);
        assert.equal(updated.body.data.quantity, 2);
        assert.equal(updated.body.data.variant, 'red');
        assert.equal(updated.body.data.product.id, product.id);
        assert.deepEqual((await t.request('GET', `${base}?limit=0`)).body, { total: 3 });
        const list = await t.request('GET', base);
        assert.deepEqual(list.body.data.map((i) => i.id), [order.cart.items[0].id, item.id, alias.body.data.id]);
        const removed = await t.request('DELETE', `${base}/${item.id}`);
        assert.equal(removed.status, 200);
        assert.deepEqual(removed.body, { data: updated.body.data });
        assert.equal((await t.request('GET', `${base}/${item.id}`)).status, 404);
        const cart = await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`);
        assert.equal(cart.body.data.cart_total, 50);
        assert.equal(cart.body.data.items.length, 2);
    });
    it('refuses a missing or unknown product (422), a quantity under 1, and an unknown cart (404)', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const base = `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items`;
        const missing = await t.request('POST', base, { quantity: 1 });
        assert.equal(missing.status, 422);
        assert.deepEqual(missing.body.errors, { ecommerce_product_id: ['The ecommerce product id field is required.'] });
        const unknown = await t.request('POST', base, { product_id: '42' });
        assert.deepEqual(unknown.body.errors, { product_id: ['The selected product_id is invalid.'] });
        const zero = await t.request('POST', base, { ecommerce_product_id: order.cart.items[0].product.id, quantity: 0 });
        assert.deepEqual(zero.body.errors, { quantity: ['The quantity must be at least 1.'] });
        const product = await createProduct(t, shop.id);
        assert.equal((await t.request('POST', `/api/ecommerce/shops/${shop.id}/carts/999/items`, { product_id: product.id })).status, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/999/items`)).status, 404);
        assert.equal((await storedRows(t, 'cart_items', shop.id)).length, 1);
    });
    it("never shows or touches another account's carts and items", async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        const item = order.cart.items[0];
        const other = { token: t.otherToken };
        for (const [method, url, body] of [
            ['GET', `/api/ecommerce/shops/${shop.id}/carts`],
            ['GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`],
            ['PUT', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`, { cart_total: 1 }],
            ['GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items`],
            ['POST', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items`, { product_id: item.product.id }],
            ['PUT', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items/${item.id}`, { quantity: 9 }],
            ['DELETE', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items/${item.id}`],
        ]) {
            assert.equal((await t.request(method, url, body, other)).status, 404, `${method} ${url}`);
        }
        const after = await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`);
        assert.deepEqual(after.body.data.items, order.cart.items);
    });
});
//# sourceMappingURL=carts.test.js.map