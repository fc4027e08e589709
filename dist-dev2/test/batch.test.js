import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MailerLiteModule from '@mailerlite/mailerlite-nodejs';
import { setup } from './helpers/app.js';
import { createShop } from './helpers/factories.js';
// The package's "types" describe its CommonJS build; its ES build (what `import` loads) exports the class as default.
const MailerLite = MailerLiteModule;
const t = await setup();
describe('batch', () => {
    it('runs sub-requests in order; one failing does not stop the others', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', '/api/batch', {
            requests: [
                { method: 'POST', path: `api/ecommerce/shops/${shop.id}/categories`, body: { name: 'First' } },
                { method: 'POST', path: `api/ecommerce/shops/${shop.id}/categories`, body: {} },
                { method: 'POST', path: `/api/ecommerce/shops/${shop.id}/categories`, body: { name: 'Third' } },
                { method: 'GET', path: `api/ecommerce/shops/${shop.id}/categories`, body: { limit: 0 } },
                { method: 'GET', path: 'api/ecommerce/shops/999' },
                { method: 'DELETE', path: `api/ecommerce/shops/${shop.id}/carts/1` },
            ],
        });
        assert.equal(response.status, 200);
        assert.equal(response.body.total, 6);
        assert.equal(response.body.successful, 3);
        assert.equal(response.body.failed, 3);
        const [first, second, third, count, missing, method] = response.body.responses;
        assert.equal(first.code, 201);
        assert.equal(first.body.data.name, 'First');
        assert.deepEqual(second, { code: 422, body: { message: 'The given data was invalid.', errors: { name: ['The name field is required.'] } } });
        assert.equal(third.code, 201);
        assert.deepEqual(count, { code: 200, body: { total: 2 } }, 'GET takes its parameters from body, in order after the writes');
        assert.equal(missing.code, 404);
        assert.equal(method.code, 405);
    });
    it("uses the caller's token for every sub-request: another account's shop stays a 404", async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', '/api/batch', { requests: [{ method: 'DELETE', path: `api/ecommerce/shops/${shop.id}` }] }, { token: t.otherToken });
        assert.equal(response.status, 200);
        assert.equal(response.body.responses[0].code, 404);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).status, 200);
        assert.equal((await t.request('POST', '/api/batch', { requests: [] }, { token: null })).status, 401);
    });
    it('refuses a malformed batch with keys like requests.0.method, running nothing', async () => {
        const shop = await createShop(t);
        const response = await t.request('POST', '/api/batch', {
            requests: [
                { method: 'FETCH', path: `api/ecommerce/shops/${shop.id}/categories`, body: { name: 'never' } },
                { method: 'POST', path: 'ecommerce/shops' },
                { method: 'POST' },
            ],
        });
        assert.equal(response.status, 422);
        assert.deepEqual(response.body.errors, {
            'requests.0.method': ['The selected requests.0.method is invalid.'],
            'requests.1.path': ['The requests.1.path format is invalid.'],
            'requests.2.path': ['The requests.2.path field is required.'],
        });
        assert.deepEqual((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories?limit=0`)).body, { total: 0 });
        assert.deepEqual((await t.request('POST', '/api/batch', {})).body.errors, { requests: ['The requests field is required.'] });
        const tooMany = await t.request('POST', '/api/batch', { requests: Array.from({ length: 51 }, () => ({ method: 'GET', path: 'api/groups' })) });
        assert.deepEqual(tooMany.body.errors, { requests: ['The requests must not have more than 50 items.'] });
        const nested = await t.request('POST', '/api/batch', { requests: [{ method: 'POST', path: 'api/batch', body: { requests: [] } }] });
        assert.deepEqual(nested.body.errors, { 'requests.0.path': ['A batch cannot contain another batch.'] });
    });
    it("answers the official Node SDK's batch call", async () => {
        const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
        const client = new MailerLite({ api_key: t.token, base_path: address });
        const shop = await createShop(t);
        const response = await client.batches.send({
            requests: [
                { method: 'POST', path: `api/ecommerce/shops/${shop.id}/products`, body: { name: 'From the SDK', price: 9.99 } },
                { method: 'GET', path: `api/ecommerce/shops/${shop.id}/products` },
                { method: 'POST', path: 'api/groups', body: { name: 'SDK group' } },
            ],
        });
        assert.equal(response.status, 200);
        assert.equal(response.headers['content-type'], 'application/json');
        const body = response.data;
        assert.equal(body.total, 3);
        assert.equal(body.failed, 0);
        assert.equal(body.responses[0].code, 201);
        assert.equal(body.responses[1].body.data[0].name, 'From the SDK');
        assert.equal(body.responses[2].body.data.name, 'SDK group');
        const groups = await client.groups.get({ limit: 10 });
        assert.ok(groups.data.data.some((g) => g.name === 'SDK group'));
    });
});
//# sourceMappingURL=batch.test.js.map