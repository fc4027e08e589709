import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCategory, createProduct, createShop } from './helpers/factories.js';
const t = await setup();
const SHOP_KEYS = ['id', 'name', 'url', 'currency', 'enabled', 'enable_popups', 'group', 'created_at', 'updated_at', 'currency_sign'];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
describe('shops', () => {
    it("creates a shop as the guide's example does, url stored without a scheme", async () => {
        const response = await t.request('POST', '/api/ecommerce/shops', {
            name: 'Super Amazing T-Shirts',
            url: 'superamazingtshirts.com',
            currency: 'USD',
            enabled: true,
        });
        assert.equal(response.status, 201);
        const shop = response.body.data;
        assert.deepEqual(Object.keys(shop), SHOP_KEYS);
        assert.match(shop.id, /^\d{17,19}$/);
        assert.equal(shop.name, 'Super Amazing T-Shirts');
        assert.equal(shop.url, 'superamazingtshirts.com');
        assert.equal(shop.currency, 'USD');
        assert.equal(shop.currency_sign, '$');
        assert.equal(shop.enabled, true);
        assert.equal(shop.enable_popups, false);
        assert.equal(shop.group, null);
        assert.match(shop.created_at, TIMESTAMP);
        assert.match(shop.updated_at, TIMESTAMP);
        const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}`);
        assert.equal(fetched.status, 200);
        assert.deepEqual(fetched.body, { data: shop });
    });
    it('derives currency_sign from the currency and normalises its case', async () => {
        const eur = await createShop(t, { currency: 'eur' });
        assert.equal(eur.currency, 'EUR');
        assert.equal(eur.currency_sign, '€');
        const gbp = await createShop(t, { currency: 'GBP' });
        assert.equal(gbp.currency_sign, '£');
    });
    it('accepts loose booleans and never echoes access_data or platform', async () => {
        const response = await t.request('POST', '/api/ecommerce/shops', {
            name: 'Loose',
            url: 'loose.example',
            currency: 'USD',
            enabled: '1',
            enable_popups: 1,
            enable_resubscribe: 'true',
            access_data: 'secret-consumer-key',
            platform: 'woocommerce',
            tracked: true,
        });
        assert.equal(response.status, 201);
        assert.equal(response.body.data.enabled, true);
        assert.equal(response.body.data.enable_popups, true);
        assert.doesNotMatch(response.text, /secret-consumer-key|woocommerce/);
    });
    it('rejects missing fields, a bad currency and non-boolean flags with 422', async () => {
        const missing = await t.request('POST', '/api/ecommerce/shops', {});
        assert.equal(missing.status, 422);
        assert.deepEqual(missing.body, {
            message: 'The given data was invalid.',
            errors: {
                name: ['The name field is required.'],
                url: ['The url field is required.'],
                currency: ['The currency field is required.'],
            },
        });
        const bad = await t.request('POST', '/api/ecommerce/shops', { name: 'x', url: 'y', currency: 'XYZ', enabled: 'maybe' });
        assert.equal(bad.status, 422);
        assert.deepEqual(bad.body.errors, { enabled: ['The enabled field must be true or false.'] });
        const currency = await t.request('POST', '/api/ecommerce/shops', { name: 'x', url: 'y', currency: 'XYZ' });
        assert.deepEqual(currency.body.errors, { currency: ['The currency must be a valid ISO 4217 currency code.'] });
        const empty = await t.request('POST', '/api/ecommerce/shops', { name: '', url: 'y', currency: 'USD' });
        assert.deepEqual(empty.body.errors, { name: ['The name field is required.'] });
    });
    it('rejects a group_id that names no group of the account', async () => {
        const response = await t.request('POST', '/api/ecommerce/shops', { name: 'x', url: 'y', currency: 'USD', group_id: '12345' });
        assert.equal(response.status, 422);
        assert.deepEqual(response.body.errors, { group_id: ['The selected group id is invalid.'] });
    });
    it('updates only what is sent (partial PUT)', async () => {
        const shop = await createShop(t, { name: 'Before', url: 'before.example', currency: 'USD' });
        const response = await t.request('PUT', `/api/ecommerce/shops/${shop.id}`, { name: 'After', enable_popups: true });
        assert.equal(response.status, 200);
        assert.equal(response.body.data.name, 'After');
        assert.equal(response.body.data.url, 'before.example');
        assert.equal(response.body.data.currency, 'USD');
        assert.equal(response.body.data.enable_popups, true);
        assert.equal(response.body.data.created_at, shop.created_at);
        const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}`);
        assert.deepEqual(fetched.body.data, response.body.data);
        const invalid = await t.request('PUT', `/api/ecommerce/shops/${shop.id}`, { name: '', currency: 'nope' });
        assert.equal(invalid.status, 422);
        const unchanged = await t.request('GET', `/api/ecommerce/shops/${shop.id}`);
        assert.equal(unchanged.body.data.name, 'After');
    });
    it('deletes a shop, answering it as it was, with its categories and products', async () => {
        const shop = await createShop(t);
        const category = await createCategory(t, shop.id);
        await createProduct(t, shop.id, { categories: [category.id] });
        const response = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}`);
        assert.equal(response.status, 200);
        assert.deepEqual(response.body, { data: shop });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).status, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products`)).status, 404);
        for (const table of ['categories', 'products', 'product_categories']) {
            const rows = await t.database.db.selectFrom(table).select('shop_id').where('shop_id', '=', shop.id).execute();
            assert.equal(rows.length, 0, `${table} emptied`);
        }
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}`)).status, 404);
    });
    it('lists 50 shops a page by default and counts with limit=0', async () => {
        const before = (await t.request('GET', '/api/ecommerce/shops?limit=0')).body.total;
        for (let i = before; i < 52; i++)
            await createShop(t);
        const total = (await t.request('GET', '/api/ecommerce/shops?limit=0')).body.total;
        assert.ok(total >= 52);
        const page = await t.request('GET', '/api/ecommerce/shops');
        assert.equal(page.status, 200);
        assert.equal(page.body.meta.per_page, 50);
        assert.equal(page.body.data.length, 50);
        assert.equal(page.body.meta.total, total);
        assert.equal(page.body.meta.last_page, Math.ceil(total / 50));
        for (const shop of page.body.data)
            assert.deepEqual(Object.keys(shop), SHOP_KEYS);
        const ids = page.body.data.map((s) => BigInt(s.id));
        assert.deepEqual([...ids].sort((a, b) => (a < b ? -1 : 1)), ids, 'oldest first');
    });
});
describe('shops across accounts', () => {
    it("never shows, changes or deletes another account's shop, nor anything under it", async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const other = { token: t.otherToken };
        const list = await t.request('GET', '/api/ecommerce/shops', undefined, other);
        assert.equal(list.status, 200);
        assert.ok(!list.body.data.some((s) => s.id === shop.id));
        assert.deepEqual((await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, other)).body, { total: 0 });
        const attempts = [
            ['GET', `/api/ecommerce/shops/${shop.id}`],
            ['PUT', `/api/ecommerce/shops/${shop.id}`, { name: 'Hijacked' }],
            ['DELETE', `/api/ecommerce/shops/${shop.id}`],
            ['GET', `/api/ecommerce/shops/${shop.id}/products`],
            ['GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`],
            ['PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { name: 'Hijacked' }],
            ['DELETE', `/api/ecommerce/shops/${shop.id}/products/${product.id}`],
            ['POST', `/api/ecommerce/shops/${shop.id}/categories`, { name: 'Hijacked' }],
            ['GET', `/api/ecommerce/shops/${shop.id}/categories?limit=0`],
        ];
        for (const [method, url, body] of attempts) {
            const response = await t.request(method, url, body, other);
            assert.equal(response.status, 404, `${method} ${url}`);
            assert.deepEqual(response.body, { message: 'Resource not found.' });
        }
        const after = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
        assert.equal(after.status, 200);
        assert.equal(after.body.data.name, product.name);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.name, shop.name);
    });
});
//# sourceMappingURL=shops.test.js.map