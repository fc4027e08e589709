import fc from 'fast-check';
import { createCategory, createOrder, createProduct, createShop } from './factories.js';
// Property-based fuzzing of every route in the OpenAPI document: random and hostile input, checked against
// what must always hold. Shared by the bounded run in `npm test` and the long `npm run fuzz`.
const ALLOWED = new Set([200, 201, 204, 400, 401, 404, 405, 413, 422, 429]);
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const TABLES = ['shops', 'categories', 'products', 'product_categories', 'customers', 'orders', 'carts', 'cart_items', 'subscribers', 'groups'];
/** Real ids of one seeded shop, so that random requests also reach existing records. */
async function seed(t) {
    const shop = await createShop(t);
    const category = await createCategory(t, shop.id);
    const product = await createProduct(t, shop.id, { categories: [category.id] });
    const order = await createOrder(t, shop.id, {}, [product.id]);
    return [shop.id, category.id, product.id, order.id, order.cart.id, order.cart.items[0].id, order.customer.id];
}
const nasty = fc.constantFrom("' or 1=1 --", '"; drop table products; --', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u0000', '\uFFFF\uD800', '😀'.repeat(50), 'a'.repeat(5000), '../../etc/passwd', '%00', '1e309', 'NaN', '-0');
const bigInteger = fc.bigInt({ min: 10n ** 16n, max: 10n ** 21n }).map((n) => n.toString());
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), nasty, bigInteger, fc.constantFrom('1', '0', 'true', '19.99', '-1', ''));
const key = fc.oneof(fc.constantFrom('name', 'email', 'price', 'categories', 'customer', 'cart', 'items', 'status', 'total_price', 'product_id', 'ecommerce_product_id', 'quantity', 'resource_id', 'group_id', 'currency', 'url', 'requests', 'method', 'path', 'body', 'replace', '__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 12 }));
const { value: jsonish } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));
/** A body as text: JSON of random values, deep nesting, raw long integers, or something that is not JSON. */
const bodyText = fc.oneof({ weight: 6, arbitrary: jsonish.map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)) }, { weight: 1, arbitrary: bigInteger.map((n) => `{"categories":[${n}],"product_id":${n},"name":"x"}`) }, { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', 'not json') });
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', undefined);
/** Percent-encodes every byte of the string's UTF-8 (lone surrogates included, where encodeURIComponent throws). */
function percentEncode(value) {
    return Buffer.from(value).toString('hex').replace(/../g, '%$&');
}
function routeArbitrary(paths, ids) {
    const segment = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: bigInteger }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).map(percentEncode) }, { weight: 1, arbitrary: nasty.map(percentEncode) });
    const query = fc.dictionary(fc.constantFrom('limit', 'page', 'cursor', 'with_resource_id', 'replace_categories', 'filter[status]'), fc.oneof(scalar, fc.constant('')), { maxKeys: 3 });
    return fc.record({
        template: fc.constantFrom(...paths),
        segments: fc.array(segment, { minLength: 4, maxLength: 4 }),
        method: fc.constantFrom(...METHODS),
        query,
        body: fc.option(bodyText, { nil: undefined }),
        invalidUtf8: fc.boolean(),
        contentType,
        withToken: fc.integer({ min: 0, max: 19 }).map((n) => n !== 0),
    });
}
async function snapshot(t) {
    const parts = [];
    for (const table of TABLES) {
        const rows = await t.database.db.selectFrom(table).selectAll().execute();
        parts.push(JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
    }
    return parts.join('\n');
}
export async function fuzzRoutes(t, options) {
    const ids = await seed(t);
    const document = (await t.request('GET', '/openapi.json', undefined, { token: null })).body;
    // A stream (Server-Sent Events, the journal's live tail) answers for as long as the client listens: not a
    // request that ends with a JSON answer, which is what this property checks.
    const streams = (operations) => Object.values(operations).some((operation) => operation?.responses?.['200']?.content?.['text/event-stream'] !== undefined);
    const paths = Object.keys(document.paths).filter((path) => !streams(document.paths[path]));
    const failures = [];
    let tried = 0;
    await fc.assert(fc.asyncProperty(routeArbitrary(paths, ids), async (input) => {
        tried += 1;
        let index = 0;
        const path = input.template.replace(/\{[^}]+\}/g, () => input.segments[index++ % 4]);
        const search = Object.entries(input.query)
            .map(([k, v]) => (k === 'with_resource_id' || k === 'replace_categories' ? k : `${k}=${percentEncode(String(v))}`))
            .join('&');
        const headers = {};
        if (input.withToken)
            headers.authorization = `Bearer ${t.token}`;
        if (input.contentType)
            headers['content-type'] = input.contentType;
        let payload = input.body;
        if (payload !== undefined && input.invalidUtf8)
            payload = Buffer.concat([Buffer.from(payload), Buffer.from([0xc3, 0x28, 0xff])]);
        const before = await snapshot(t);
        // Each request from its own (loopback) address: the per-address slowdown of failed authentication has
        // tests of its own and would otherwise turn long runs into waiting.
        const request = {
            method: input.method,
            url: search ? `${path}?${search}` : path,
            headers,
            remoteAddress: `127.${(tried >> 16) & 255}.${(tried >> 8) & 255}.${tried & 255}`,
            ...(payload !== undefined ? { payload } : {}),
        };
        const response = await t.app.inject(request);
        const label = `${input.method} ${request.url} body=${String(input.body).slice(0, 120)}`;
        // A reset is refused with 403 where the server does not allow it (the test servers do not).
        const allowed = ALLOWED.has(response.statusCode) || (response.statusCode === 403 && path.replace(/\/+$/, '') === '/api/cartline/reset');
        if (!allowed)
            failures.push(`${response.statusCode} for ${label}: ${response.body.slice(0, 200)}`);
        if (response.statusCode !== 204) {
            if (response.headers['content-type'] !== 'application/json')
                failures.push(`content-type ${response.headers['content-type']} for ${label}`);
            let body;
            try {
                body = JSON.parse(response.body);
            }
            catch {
                failures.push(`not JSON for ${label}: ${response.body.slice(0, 200)}`);
            }
            if (response.statusCode >= 400 && typeof body?.message !== 'string') {
                failures.push(`error without a message for ${label}: ${response.body.slice(0, 200)}`);
            }
        }
        if (response.statusCode >= 400 && (await snapshot(t)) !== before)
            failures.push(`a rejected request (${response.statusCode}) changed stored data: ${label}`);
        if (Object.prototype.polluted !== undefined)
            failures.push(`prototype polluted by ${label}`);
        return true;
    }), { numRuns: options.runs, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
    return { tried, failures };
}
//# sourceMappingURL=fuzz.js.map