import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCategory, createProduct, createShop } from './helpers/factories.js';
const t = await setup();
const PRODUCT_KEYS = ['id', 'name', 'price', 'url', 'image', 'exclude_from_automations', 'short_description', 'description', 'categories'];
describe('products', () => {
    it("creates the docs' example product and answers it in the docs' shape", async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, {
            name: 'Product name',
            price: 123.4,
            url: 'https://shop-url.com/product-name',
            image: 'https://shop-url.com/product-image.jpg',
            exclude_from_automations: false,
            short_description: "Product's short description.",
            description: "Product's longer description.",
        });
        assert.equal(response.status, 201);
        assert.deepEqual(Object.keys(response.body.data), PRODUCT_KEYS);
        assert.match(response.text, /"price":123.4,/);
        assert.deepEqual({ ...response.body.data, id: 'x' }, {
            id: 'x',
            name: 'Product name',
            price: 123.4,
            url: 'https://shop-url.com/product-name',
            image: 'https://shop-url.com/product-image.jpg',
            exclude_from_automations: false,
            short_description: "Product's short description.",
            description: "Product's longer description.",
            categories: [],
        });
        const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${response.body.data.id}`);
        assert.deepEqual(fetched.body, response.body);
    });
    it('applies defaults: price 0, not excluded, absent texts null', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'Bare' });
        assert.equal(response.status, 201);
        const p = response.body.data;
        assert.equal(p.price, 0);
        assert.equal(p.exclude_from_automations, false);
        assert.equal(p.url, null);
        assert.equal(p.short_description, null);
    });
    it('accepts a price as a numeric string', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id, { price: '19.99' });
        assert.equal(product.price, 19.99);
        // Numeric strings that coerce to Infinity, and a JSON number too large for a double, are refused.
        for (const price of ['Infinity', '1e309']) {
            const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'Endless', price });
            assert.equal(response.status, 422, price);
            assert.deepEqual(response.body.errors, { price: ['The price must be a number.'] });
        }
        const huge = await t.app.inject({
            method: 'POST',
            url: `/api/ecommerce/shops/${shop.id}/products`,
            headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
            payload: '{"name": "Endless", "price": 1e309}',
        });
        assert.equal(huge.statusCode, 422, huge.body);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=0`)).body.total, 1, 'nothing stored');
    });
    it('removes HTML tags from both descriptions and limits the short one to 255 characters after that', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id, {
            description: '<p>Hi <b>there</b></p><script>x</script>',
            short_description: `<p>${'a'.repeat(255)}</p>`,
        });
        assert.equal(product.description, 'Hi therex');
        assert.equal(product.short_description, 'a'.repeat(255));
        const tooLong = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'x', short_description: 'b'.repeat(256) });
        assert.equal(tooLong.status, 422);
        assert.deepEqual(tooLong.body.errors, { short_description: ['The short description must not be greater than 255 characters.'] });
    });
    it("answers a missing name with the docs' own wording, and every other problem at once", async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { price: 'cheap', exclude_from_automations: 'perhaps' });
        assert.equal(response.status, 422);
        assert.deepEqual(response.body, {
            message: 'The given data was invalid.',
            errors: {
                name: ['The name must be provided.'],
                price: ['The price must be a number.'],
                exclude_from_automations: ['The exclude from automations field must be true or false.'],
            },
        });
        const negative = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'x', price: -1 });
        assert.deepEqual(negative.body.errors, { price: ['The price must be at least 0.'] });
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=0`)).body, { total: 0 });
    });
    it('assigns categories on create and replaces them on update; unknown ones are a 422 by index', async () => {
        const shop = await createShop(t);
        const other = await createShop(t);
        const a = await createCategory(t, shop.id);
        const b = await createCategory(t, shop.id);
        const foreign = await createCategory(t, other.id);
        const product = await createProduct(t, shop.id, { categories: [b.id, a.id, a.id] });
        assert.deepEqual(product.categories, [a, b]);
        const replaced = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { categories: [b.id] });
        assert.equal(replaced.status, 200);
        assert.deepEqual(replaced.body.data.categories, [b]);
        const invalid = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, {
            name: 'Changed',
            categories: [a.id, foreign.id, '999', 'zz'],
        });
        assert.equal(invalid.status, 422);
        assert.deepEqual(invalid.body.errors, {
            'categories.1': ['The selected categories.1 is invalid.'],
            'categories.2': ['The selected categories.2 is invalid.'],
            'categories.3': ['The selected categories.3 is invalid.'],
        });
        const unchanged = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
        assert.equal(unchanged.body.data.name, product.name, 'a rejected update writes nothing');
        assert.deepEqual(unchanged.body.data.categories, [b]);
        const cleared = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { categories: [] });
        assert.deepEqual(cleared.body.data.categories, []);
    });
    it('updates only what is sent and refuses an emptied name', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id, { price: 5, url: 'https://a.example/p', description: 'keep' });
        const updated = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { price: 7.5, url: null });
        assert.equal(updated.status, 200);
        assert.equal(updated.body.data.price, 7.5);
        assert.equal(updated.body.data.url, null);
        assert.equal(updated.body.data.description, 'keep');
        assert.equal(updated.body.data.name, product.name);
        for (const name of ['', null]) {
            const response = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { name });
            assert.equal(response.status, 422);
            assert.deepEqual(response.body.errors, { name: ['The name must be provided.'] });
        }
    });
    it('deletes a product, answering it with its categories as they were', async () => {
        const shop = await createShop(t);
        const category = await createCategory(t, shop.id);
        const product = await createProduct(t, shop.id, { categories: [category.id] });
        const deleted = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
        assert.equal(deleted.status, 200);
        assert.deepEqual(deleted.body, { data: product });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`)).status, 404);
        assert.equal((await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { name: 'x' })).status, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories/${category.id}`)).status, 200, 'the category stays');
        const links = await t.database.db.selectFrom('product_categories').select('product_id').where('product_id', '=', product.id).execute();
        assert.equal(links.length, 0);
    });
    it('lists a page of products with their categories, each in full form', async () => {
        const shop = await createShop(t);
        const category = await createCategory(t, shop.id);
        const made = [];
        for (let i = 0; i < 3; i++)
            made.push(await createProduct(t, shop.id, { categories: i === 1 ? [category.id] : [] }));
        const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.data, made);
        assert.equal(list.body.meta.total, 3);
        assert.equal(list.body.meta.per_page, 100);
    });
    it('pages past the middle (read from the end) hold exactly the rows paging from the start would', async () => {
        const shop = await createShop(t);
        const made = (await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import`, Array.from({ length: 7 }, (_, i) => ({ name: `Paged ${i}` })))).body.data;
        const ids = made.map((p) => p.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
        const seen = [];
        for (let page = 1; page <= 4; page++) {
            const list = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=2&page=${page}`);
            assert.equal(list.status, 200);
            assert.equal(list.body.meta.from, (page - 1) * 2 + 1);
            assert.equal(list.body.meta.to, Math.min(7, page * 2));
            seen.push(...list.body.data.map((p) => p.id));
        }
        assert.deepEqual(seen, ids, 'pages 3 and 4 (past the middle) continue pages 1 and 2 in id order');
        const beyond = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=2&page=5`);
        assert.deepEqual(beyond.body.data, []);
        const wide = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=5&page=2`);
        assert.deepEqual(wide.body.data.map((p) => p.id), ids.slice(5), 'a last page shorter than the limit');
    });
    it("answers a product of another shop of the same account with 404", async () => {
        const shop = await createShop(t);
        const other = await createShop(t);
        const product = await createProduct(t, other.id);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`)).status, 404);
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/products/${product.id}`)).status, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${other.id}/products/${product.id}`)).status, 200);
    });
});
//# sourceMappingURL=products.test.js.map