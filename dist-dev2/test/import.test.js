import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCategory, createProduct, createShop, storedRows } from './helpers/factories.js';
const t = await setup();
describe('categories import', () => {
    it('creates every category, answering them in request order with string ids (200)', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories/import`, [
            { name: 'Category 1', exclude_from_automations: false },
            { name: 'Category 2', exclude_from_automations: 1 },
        ]);
        assert.equal(response.status, 200);
        assert.deepEqual(response.body.data.map((c) => c.name), ['Category 1', 'Category 2']);
        assert.equal(response.body.data[1].exclude_from_automations, true);
        assert.match(response.text, /"id":"\d+"/);
        const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories`);
        assert.deepEqual(list.body.data, response.body.data);
    });
    it('writes nothing when one item is invalid, naming it by index', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories/import`, [{ name: 'ok' }, { name: 'fine' }, { exclude_from_automations: true }]);
        assert.equal(response.status, 422);
        assert.deepEqual(response.body, { message: 'The given data was invalid.', errors: { '2.name': ['The 2.name field is required.'] } });
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories?limit=0`)).body, { total: 0 });
    });
});
describe('products import', () => {
    it('takes categories as 17-digit bare numbers or strings without losing a digit', async () => {
        const shop = await createShop(t);
        const a = await createCategory(t, shop.id);
        const b = await createCategory(t, shop.id);
        const raw = `[
      {"name":"Product name","price":123.40,"url":"https://shop-url.com/product-name","image":"https://shop-url.com/product-image.jpg","exclude_from_automations":false,"categories":[${a.id},${b.id}]},
      {"name":"Product 2 name","price":"5","description":"<b>bold</b>","categories":["${b.id}"]},
      {"name":"Product 3 name","categories":[]}
    ]`;
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, raw);
        assert.equal(response.status, 200, response.text);
        const [first, second, third] = response.body.data;
        assert.deepEqual(first.categories, [a, b]);
        assert.equal(first.price, 123.4);
        assert.deepEqual(second.categories, [b]);
        assert.equal(second.description, 'bold');
        assert.deepEqual(third.categories, []);
        for (const product of response.body.data) {
            const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
            assert.deepEqual(fetched.body.data, product, 'the answer is what was stored');
        }
    });
    it('writes nothing when the last item is invalid, with index-prefixed keys', async () => {
        const shop = await createShop(t);
        const category = await createCategory(t, shop.id);
        const items = Array.from({ length: 5 }, (_, i) => ({ name: `P${i}`, categories: [category.id] }));
        items.push({ name: 'bad', categories: ['46919150796276752'] });
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, items);
        assert.equal(response.status, 422);
        assert.deepEqual(response.body.errors, { '5.categories.0': ['The selected 5.categories.0 is invalid.'] });
        const schema = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, [{ name: 'x' }, { price: -1 }]);
        assert.deepEqual(schema.body.errors, { '1.name': ['The name must be provided.'], '1.price': ['The 1.price must be at least 0.'] });
        assert.equal((await storedRows(t, 'products', shop.id)).length, 0);
        const links = await t.database.db.selectFrom('product_categories').select('product_id').where('shop_id', '=', shop.id).execute();
        assert.equal(links.length, 0);
    });
    it('takes 1,000 items in one request and refuses 1,001 with a 422', async () => {
        const shop = await createShop(t);
        const ok = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, Array.from({ length: 1000 }, (_, i) => ({ name: `N${i}` })));
        assert.equal(ok.status, 200);
        assert.equal(ok.body.data.length, 1000);
        assert.equal(ok.body.data[999].name, 'N999');
        const tooMany = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, Array.from({ length: 1001 }, (_, i) => ({ name: `M${i}` })));
        assert.equal(tooMany.status, 422);
        assert.deepEqual(tooMany.body.errors, { body: ['The body must not have more than 1000 items.'] });
        assert.equal((await storedRows(t, 'products', shop.id)).length, 1000);
    });
    it('refuses a body that is not an array', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, { name: 'x' });
        assert.equal(response.status, 422);
        assert.deepEqual(response.body.errors, { body: ['The body must be an array.'] });
    });
});
describe('customers import', () => {
    it('creates and updates by email, in request order, all or nothing', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers/import`, [
            { email: 'one@example.com', accepts_marketing: false },
            { email: 'two@example.com', create_subscriber: true },
            { email: 'ONE@example.com', accepts_marketing: true },
        ]);
        assert.equal(response.status, 200);
        const [one, two, again] = response.body.data;
        assert.equal(one.id, again.id);
        assert.equal(again.accepts_marketing, true);
        assert.equal(two.subscriber.email, 'two@example.com');
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 2);
        const invalid = await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers/import`, [{ email: 'three@example.com' }, { email: 'nope' }]);
        assert.equal(invalid.status, 422);
        assert.deepEqual(invalid.body.errors, { '1.email': ['The 1.email must be a valid email address.'] });
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 2);
    });
});
describe('orders import', () => {
    it('takes a bare array and the PHP SDK\'s {"orders": [...]}, one customer per email', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const order = (email) => ({ customer: { email }, cart: { items: [{ ecommerce_product_id: product.id, quantity: 2, price: 3 }] }, total_price: 6 });
        const bare = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders/import`, [order('a@example.com'), order('a@example.com')]);
        assert.equal(bare.status, 200, bare.text);
        assert.equal(bare.body.data.length, 2);
        assert.equal(bare.body.data[0].customer.id, bare.body.data[1].customer.id);
        assert.equal(bare.body.data[0].cart.items[0].quantity, 2);
        const wrapped = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders/import`, { orders: [order('b@example.com')] });
        assert.equal(wrapped.status, 200);
        assert.equal(wrapped.body.data[0].customer.email, 'b@example.com');
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders/${wrapped.body.data[0].id}`)).body.data, wrapped.body.data[0]);
    });
    it('writes nothing when an item of a later order names an unknown product', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders/import`, [
            { customer: { email: 'first@example.com' }, cart: { items: [{ ecommerce_product_id: product.id }] } },
            { customer: { email: 'second@example.com' }, cart: { items: [{ ecommerce_product_id: product.id }, { ecommerce_product_id: '12345678901234567' }] } },
        ]);
        assert.equal(response.status, 422);
        assert.deepEqual(response.body.errors, { '1.cart.items.1.ecommerce_product_id': ['The selected 1.cart.items.1.ecommerce_product_id is invalid.'] });
        for (const table of ['customers', 'orders', 'carts', 'cart_items'])
            assert.equal((await storedRows(t, table, shop.id)).length, 0, table);
    });
});
//# sourceMappingURL=import.test.js.map