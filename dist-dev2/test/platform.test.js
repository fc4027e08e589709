import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';
const t = await setup({ CARTLINE_BODY_LIMIT: '65536', CARTLINE_PUBLIC_URL: 'https://cartline.example/' });
describe('authentication', () => {
    it('answers 401 Unauthenticated without a token, with an unknown token and with a malformed header', async () => {
        for (const options of [{ token: null }, { token: 'x'.repeat(120) }, { token: null, headers: { authorization: 'Basic abc' } }]) {
            const response = await t.request('GET', '/api/ecommerce/shops', undefined, options);
            assert.equal(response.status, 401);
            assert.deepEqual(response.body, { message: 'Unauthenticated.' });
            assert.equal(response.headers['content-type'], 'application/json');
        }
    });
    it('decides 401 before validation, route existence and method', async () => {
        const invalid = await t.request('POST', '/api/ecommerce/shops', { name: '' }, { token: null });
        assert.equal(invalid.status, 401);
        const unknown = await t.request('GET', '/api/no/such/route', undefined, { token: null });
        assert.equal(unknown.status, 401);
        const wrongMethod = await t.request('PATCH', '/api/ecommerce/shops', {}, { token: null });
        assert.equal(wrongMethod.status, 401);
    });
    it('accepts the scheme in any case', async () => {
        const response = await t.request('GET', '/api/ecommerce/shops', undefined, { token: null, headers: { authorization: `bearer ${t.token}` } });
        assert.equal(response.status, 200);
    });
});
describe('errors and headers', () => {
    it('answers an unknown route with a JSON 404', async () => {
        const response = await t.request('GET', '/api/ecommerce/nothing');
        assert.equal(response.status, 404);
        assert.deepEqual(response.body, { message: 'The route api/ecommerce/nothing could not be found.' });
        assert.equal(response.headers['content-type'], 'application/json');
    });
    it('answers a known route with a wrong method with 405 and Allow', async () => {
        const response = await t.request('PATCH', '/api/ecommerce/shops');
        assert.equal(response.status, 405);
        assert.equal(response.headers.allow, 'GET, HEAD, POST');
        assert.deepEqual(response.body, { message: 'The PATCH method is not supported for this route. Supported methods: GET, HEAD, POST.' });
        const shop = await createShop(t);
        const product = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/1`);
        assert.equal(product.status, 405);
        assert.equal(product.headers.allow, 'GET, HEAD, PUT, DELETE');
    });
    it('answers PUT on the shops list with an empty id (WooCommerce set-up) with a JSON 405', async () => {
        const response = await t.request('PUT', '/api/ecommerce/shops/', {});
        assert.equal(response.status, 405);
        assert.equal(typeof response.body.message, 'string');
    });
    it('refuses text with a NUL character alike on both databases: 400 for a body, 404 for a path', async () => {
        const body = await t.request('POST', '/api/ecommerce/shops', '{"name":"a\\u0000b","url":"u","currency":"USD"}');
        assert.equal(body.status, 400);
        assert.match(body.body.message, /NUL character/);
        assert.equal((await t.request('GET', '/api/subscribers/a%00b')).status, 404);
        const shop = await createShop(t);
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/customers/%00?with_resource_id`, [])).status, 404);
        const legit = await t.request('POST', '/api/ecommerce/shops', { name: 'Back\\slash \\u0000 as text', url: 'u', currency: 'USD' });
        assert.equal(legit.status, 201, 'an escaped backslash followed by u0000 is ordinary text');
    });
    it('answers malformed JSON with 400', async () => {
        const response = await t.request('POST', '/api/ecommerce/shops', '{"name": "x",');
        assert.equal(response.status, 400);
        assert.deepEqual(response.body, { message: 'The request body is not valid JSON.' });
    });
    it('answers a body over the limit with 413 and writes nothing', async () => {
        const response = await t.request('POST', '/api/ecommerce/shops', { name: 'x'.repeat(70_000), url: 'a', currency: 'USD' });
        assert.equal(response.status, 413);
        assert.deepEqual(response.body, { message: 'The request body is too large.' });
        const count = await t.request('GET', '/api/ecommerce/shops?limit=0');
        assert.ok(count.body.total >= 0);
        const all = await t.request('GET', '/api/ecommerce/shops?limit=1000');
        assert.ok(all.body.data.every((shop) => shop.name.length < 70_000));
    });
    it('sends Content-Type exactly application/json and the headers MailerLite sends', async () => {
        const response = await t.request('GET', '/api/ecommerce/shops');
        assert.equal(response.headers['content-type'], 'application/json');
        assert.equal(response.headers['cache-control'], 'no-cache, private');
        assert.equal(response.headers['x-locale'], 'en');
        assert.equal(response.headers['access-control-allow-origin'], '*');
    });
    it('reads a JSON body whatever its Content-Type says', async () => {
        const response = await t.app.inject({
            method: 'POST',
            url: '/api/ecommerce/shops',
            headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/x-www-form-urlencoded' },
            payload: JSON.stringify({ name: 'Curl shop', url: 'curl.example', currency: 'EUR' }),
        });
        assert.equal(response.statusCode, 201);
        assert.equal(JSON.parse(response.body).data.name, 'Curl shop');
    });
    it('accepts and ignores a JSON body on GET and DELETE, and headers such as X-Version', async () => {
        const shop = await createShop(t);
        const got = await t.request('GET', `/api/ecommerce/shops/${shop.id}`, [], { headers: { 'x-version': '2022-11-21' } });
        assert.equal(got.status, 200);
        const product = await createProduct(t, shop.id);
        const deleted = await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, []);
        assert.equal(deleted.status, 200);
        assert.equal(deleted.body.data.id, product.id);
    });
    it('treats a POST with no body as an empty object (422 for what is required)', async () => {
        const response = await t.app.inject({ method: 'POST', url: '/api/ecommerce/shops', headers: { authorization: `Bearer ${t.token}` } });
        assert.equal(response.statusCode, 422);
        assert.deepEqual(Object.keys(JSON.parse(response.body).errors).sort(), ['currency', 'name', 'url']);
    });
    it("answers a path segment too long to be any id with a JSON 404 (not Fastify's 414), and a malformed URL with 400", async () => {
        const long = await t.request('GET', `/api/ecommerce/shops/${'a'.repeat(600)}`);
        assert.equal(long.status, 404);
        assert.deepEqual(long.body, { message: 'Resource not found.' });
        assert.equal(long.headers['content-type'], 'application/json');
        const malformed = await t.request('GET', '/api/ecommerce/shops/%E0%A4%A');
        assert.ok([400, 404].includes(malformed.status), String(malformed.status));
        assert.equal(typeof malformed.body.message, 'string');
    });
    it('answers a path id that is not a digit string, or that overflows 64 bits, with 404', async () => {
        for (const id of ['abc', '-1', '1.5', '0', '9223372036854775808', '99999999999999999999999', '%20']) {
            const response = await t.request('GET', `/api/ecommerce/shops/${id}`);
            assert.equal(response.status, 404, id);
            assert.deepEqual(response.body, { message: 'Resource not found.' });
        }
    });
});
describe('health and OpenAPI', () => {
    it('answers /healthz without authentication', async () => {
        const response = await t.request('GET', '/healthz', undefined, { token: null });
        assert.equal(response.status, 200);
        assert.deepEqual(response.body, { status: 'ok' });
    });
    it('serves an OpenAPI document listing every resource route', async () => {
        const response = await t.request('GET', '/openapi.json', undefined, { token: null });
        assert.equal(response.status, 200);
        assert.match(response.body.openapi, /^3\./);
        const paths = Object.keys(response.body.paths);
        for (const path of [
            '/api/ecommerce/shops',
            '/api/ecommerce/shops/{shop_id}',
            '/api/ecommerce/shops/{shop_id}/categories',
            '/api/ecommerce/shops/{shop_id}/categories/{category_id}',
            '/api/ecommerce/shops/{shop_id}/categories/{category_id}/products',
            '/api/ecommerce/shops/{shop_id}/categories/{category_id}/products/{product_id}',
            '/api/ecommerce/shops/{shop_id}/products',
            '/api/ecommerce/shops/{shop_id}/products/{product_id}',
        ]) {
            assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
        }
        const productPost = response.body.paths['/api/ecommerce/shops/{shop_id}/products'].post;
        assert.ok(productPost.requestBody, 'request body documented');
        assert.ok(productPost.responses['201'], '201 documented');
    });
});
describe('ids and numbers in bodies', () => {
    it('keeps every digit of a 17-digit id sent as a bare JSON number', async () => {
        const shop = await createShop(t);
        const category = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, { name: 'Big' });
        const id = category.body.data.id;
        assert.ok(id.length >= 17, `snowflake id has 17+ digits: ${id}`);
        assert.ok(!Number.isSafeInteger(Number(id)), 'the id is beyond 2^53, so JSON.parse would round it');
        const raw = `{"name":"With big id","categories":[${id}]}`;
        const product = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, raw);
        assert.equal(product.status, 201, product.text);
        assert.equal(product.body.data.categories[0].id, id);
    });
    it('answers ids as JSON strings, time-ordered', async () => {
        const shop = await createShop(t);
        const a = await createProduct(t, shop.id);
        const b = await createProduct(t, shop.id);
        assert.match(a.id, /^\d+$/);
        assert.ok(BigInt(b.id) > BigInt(a.id));
        const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${a.id}`);
        assert.match(response.text, new RegExp(`"id":"${a.id}"`));
    });
});
describe('pagination', () => {
    it('builds absolute links on CARTLINE_PUBLIC_URL carrying only ?page=N', async () => {
        const shop = await createShop(t);
        for (let i = 0; i < 5; i++)
            await createProduct(t, shop.id);
        const base = `https://cartline.example/api/ecommerce/shops/${shop.id}/products`;
        const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=2&page=2&sort=name`);
        assert.equal(response.status, 200);
        assert.equal(response.body.data.length, 2);
        assert.deepEqual(response.body.links, { first: `${base}?page=1`, last: `${base}?page=3`, prev: `${base}?page=1`, next: `${base}?page=3` });
        assert.deepEqual(response.body.meta, {
            current_page: 2,
            from: 3,
            last_page: 3,
            links: [
                { url: `${base}?page=1`, label: '« Previous', active: false },
                { url: `${base}?page=1`, label: '1', active: false },
                { url: `${base}?page=2`, label: '2', active: true },
                { url: `${base}?page=3`, label: '3', active: false },
                { url: `${base}?page=3`, label: 'Next »', active: false },
            ],
            path: base,
            per_page: 2,
            to: 4,
            total: 5,
        });
    });
    it('answers a page past the end with no data, null from/to and a prev link', async () => {
        const shop = await createShop(t);
        await createProduct(t, shop.id);
        const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?page=5`);
        assert.equal(response.status, 200);
        assert.deepEqual(response.body.data, []);
        assert.equal(response.body.meta.from, null);
        assert.equal(response.body.meta.to, null);
        assert.equal(response.body.meta.last_page, 1);
        assert.match(response.body.links.prev, /\?page=4$/);
        assert.equal(response.body.links.next, null);
    });
    it('answers limit=0 with only the total, whatever the page', async () => {
        const shop = await createShop(t);
        await createProduct(t, shop.id);
        await createProduct(t, shop.id);
        const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=0&page=7`);
        assert.equal(response.status, 200);
        assert.deepEqual(response.body, { total: 2 });
    });
    it('answers a bad limit or page with 422 naming the field', async () => {
        const shop = await createShop(t);
        const cases = [
            ['limit=abc', 'limit', 'The limit must be an integer.'],
            ['limit=-1', 'limit', 'The limit must be at least 0.'],
            ['limit=1001', 'limit', 'The limit must not be greater than 1000.'],
            ['limit=2.5', 'limit', 'The limit must be an integer.'],
            ['page=0', 'page', 'The page must be at least 1.'],
            ['page=x', 'page', 'The page must be an integer.'],
            ['page=533255963263580633955', 'page', 'The page must not be greater than 1000000000.'],
            // Coerced to Infinity, which AJV's range checks let through (it was a 500 on every list).
            ['page=1e309', 'page', 'The page must be an integer.'],
            ['page=Infinity', 'page', 'The page must be an integer.'],
            ['limit=-Infinity', 'limit', 'The limit must be an integer.'],
        ];
        for (const [query, field, message] of cases) {
            const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?${query}`);
            assert.equal(response.status, 422, query);
            assert.deepEqual(response.body, { message: 'The given data was invalid.', errors: { [field]: [message] } }, query);
        }
        for (const url of ['/api/ecommerce/shops?page=1e309', '/api/groups?limit=Infinity', '/api/subscribers?limit=1e309']) {
            assert.equal((await t.request('GET', url)).status, 422, url);
        }
    });
    it('accepts limit=1000', async () => {
        const response = await t.request('GET', '/api/ecommerce/shops?limit=1000');
        assert.equal(response.status, 200);
        assert.equal(response.body.meta.per_page, 1000);
    });
});
//# sourceMappingURL=platform.test.js.map