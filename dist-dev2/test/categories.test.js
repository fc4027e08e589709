import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCategory, createProduct, createShop } from './helpers/factories.js';
const t = await setup();
const CATEGORY_KEYS = ['id', 'name', 'exclude_from_automations', 'created_at', 'updated_at'];
const REDUCED_PRODUCT_KEYS = ['id', 'name', 'price', 'url', 'image', 'exclude_from_automations', 'categories'];
describe('categories', () => {
    it('creates, fetches, updates and deletes a category', async () => {
        const shop = await createShop(t);
        const created = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, {
            id: '1234566457534276',
            name: 'Category 1',
            exclude_from_automations: '1',
        });
        assert.equal(created.status, 201);
        const category = created.body.data;
        assert.deepEqual(Object.keys(category), CATEGORY_KEYS);
        assert.notEqual(category.id, '1234566457534276', 'a client-sent id is ignored');
        assert.equal(category.name, 'Category 1');
        assert.equal(category.exclude_from_automations, true);
        const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories/${category.id}`);
        assert.deepEqual(fetched.body, { data: category });
        const updated = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/categories/${category.id}`, { name: 'Renamed' });
        assert.equal(updated.status, 200);
        assert.equal(updated.body.data.name, 'Renamed');
        assert.equal(updated.body.data.exclude_from_automations, true);
        const deleted = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/categories/${category.id}`);
        assert.equal(deleted.status, 200);
        assert.deepEqual(deleted.body, { data: updated.body.data });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories/${category.id}`)).status, 404);
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/categories/${category.id}`)).status, 404);
    });
    it('requires a name', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, { exclude_from_automations: false });
        assert.equal(response.status, 422);
        assert.deepEqual(response.body, { message: 'The given data was invalid.', errors: { name: ['The name field is required.'] } });
        const tooLong = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, { name: 'x'.repeat(256) });
        assert.deepEqual(tooLong.body.errors, { name: ['The name must not be greater than 255 characters.'] });
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories?limit=0`)).body, { total: 0 });
    });
    it('lists and counts the categories of one shop only', async () => {
        const shop = await createShop(t);
        const other = await createShop(t);
        const a = await createCategory(t, shop.id);
        const b = await createCategory(t, shop.id);
        await createCategory(t, other.id);
        const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.data, [a, b]);
        assert.equal(list.body.meta.per_page, 100);
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories?limit=0`)).body, { total: 2 });
        // A category of another shop is not found through this one.
        const foreign = await createCategory(t, other.id);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories/${foreign.id}`)).status, 404);
    });
    it("removes a deleted category from its products' categories, keeping the products", async () => {
        const shop = await createShop(t);
        const keep = await createCategory(t, shop.id);
        const drop = await createCategory(t, shop.id);
        const product = await createProduct(t, shop.id, { categories: [keep.id, drop.id] });
        assert.equal(product.categories.length, 2);
        await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/categories/${drop.id}`);
        const after = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
        assert.equal(after.status, 200);
        assert.deepEqual(after.body.data.categories, [keep]);
    });
});
describe("a category's products", () => {
    it('assigns (idempotently), lists in reduced form, counts and unassigns', async () => {
        const shop = await createShop(t);
        const category = await createCategory(t, shop.id);
        const product = await createProduct(t, shop.id, { description: 'long', short_description: 'short' });
        const url = `/api/ecommerce/shops/${shop.id}/categories/${category.id}/products`;
        const assigned = await t.request('POST', url, { product_id: product.id });
        assert.equal(assigned.status, 200);
        assert.deepEqual(assigned.body.data.categories, [category]);
        assert.equal(assigned.body.data.description, 'long', 'the full product form');
        const again = await t.request('POST', url, { product_id: product.id });
        assert.equal(again.status, 200);
        assert.deepEqual(again.body.data.categories, [category]);
        const list = await t.request('GET', url);
        assert.equal(list.status, 200);
        assert.equal(list.body.data.length, 1);
        assert.deepEqual(Object.keys(list.body.data[0]), REDUCED_PRODUCT_KEYS);
        assert.deepEqual(list.body.data[0].categories, [category]);
        assert.deepEqual((await t.request('GET', `${url}?limit=0`)).body, { total: 1 });
        const removed = await t.request('DELETE', `${url}/${product.id}`);
        assert.equal(removed.status, 204);
        assert.equal(removed.text, '');
        assert.deepEqual((await t.request('GET', `${url}?limit=0`)).body, { total: 0 });
        const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
        assert.deepEqual(fetched.body.data.categories, []);
    });
    it('answers an unknown or foreign product with 422 and an unknown category with 404', async () => {
        const shop = await createShop(t);
        const other = await createShop(t);
        const category = await createCategory(t, shop.id);
        const foreign = await createProduct(t, other.id);
        const url = `/api/ecommerce/shops/${shop.id}/categories/${category.id}/products`;
        for (const body of [{}, { product_id: '999' }, { product_id: foreign.id }, { product_id: 'abc' }]) {
            const response = await t.request('POST', url, body);
            assert.equal(response.status, 422, JSON.stringify(body));
            assert.ok(response.body.errors.product_id, JSON.stringify(response.body));
        }
        const product = await createProduct(t, shop.id);
        assert.equal((await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories/999/products`, { product_id: product.id })).status, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories/999/products`)).status, 404);
        assert.equal((await t.request('DELETE', `${url}/999`)).status, 404);
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/categories/999/products/${product.id}`)).status, 404);
    });
});
//# sourceMappingURL=categories.test.js.map