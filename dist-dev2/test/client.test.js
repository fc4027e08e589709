import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Cartline, CartlineApiError, CartlineConnectionError, CartlineNotFoundError, CartlineRateLimitError, CartlineTimeoutError, CartlineUnauthenticatedError, CartlineValidationError, MAILERLITE_URL, } from '../src/client/index.js';
import { setup } from './helpers/app.js';
import { storedRows } from './helpers/factories.js';
// The typed client (src/client/, `cartline/client` in the package) against a listening Cartline, and its retry,
// timeout and error paths against small loopback servers that answer exactly what each test needs.
const t = await setup();
const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
const client = new Cartline({ token: t.token, baseUrl: address });
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** What Cartline answers for a path, read without the client. */
async function raw(path) {
    const response = await t.request('GET', path);
    assert.equal(response.status, 200, response.text);
    return response.body.data;
}
async function collect(iterable) {
    const all = [];
    for await (const value of iterable)
        all.push(value);
    return all;
}
/** A loopback server answering each request with the next of `answers` (the last one repeats); it records what it got. */
async function scripted(answers) {
    const seen = [];
    const server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk.toString()));
        request.on('end', () => {
            seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body, at: Date.now() });
            answers[Math.min(seen.length, answers.length) - 1](response);
        });
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    after(() => {
        server.closeAllConnections();
        return new Promise((done) => server.close(() => done()));
    });
    server.unref();
    const { port } = server.address();
    return { url: `http://127.0.0.1:${port}`, seen };
}
function json(status, body, headers = {}) {
    return (response) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
}
describe('the typed client against a listening Cartline', () => {
    it('shops: create, get, update, list, count, delete', async () => {
        const created = await client.shops.create({ name: 'Client shop', url: 'client.example', currency: 'EUR', enabled: true });
        assert.equal(created.name, 'Client shop');
        assert.equal(created.currency_sign, '€');
        assert.equal(typeof created.id, 'string');
        assert.deepEqual(await client.shops.get(created.id), await raw(`/api/ecommerce/shops/${created.id}`));
        const updated = await client.shops.update(created.id, { name: 'Renamed' });
        assert.equal(updated.name, 'Renamed');
        assert.equal(updated.url, 'client.example', 'what is not sent keeps its value');
        assert.equal((await raw(`/api/ecommerce/shops/${created.id}`)).name, 'Renamed');
        const second = await client.shops.create({ name: 'Second', url: 'second.example', currency: 'USD' });
        assert.equal(await client.shops.count(), 2);
        assert.deepEqual((await collect(client.shops.list({ limit: 1 }))).map((s) => s.id), [created.id, second.id], 'one page a shop, both pages read');
        const deleted = await client.shops.delete(second.id);
        assert.deepEqual([deleted.id, deleted.name], [second.id, 'Second']);
        await assert.rejects(client.shops.get(second.id), CartlineNotFoundError);
        assert.equal((await t.request('GET', '/api/ecommerce/shops?limit=0')).body.total, 1);
    });
    it('categories and their products: create, get, update, list, count, import, assign, unassign, delete', async () => {
        const shop = await client.shops.create({ name: 'Catalog', url: 'catalog.example', currency: 'USD' });
        const shoes = await client.categories.create(shop.id, { name: 'Shoes' });
        assert.deepEqual(Object.keys(shoes), ['id', 'name', 'exclude_from_automations', 'created_at', 'updated_at']);
        assert.deepEqual(await client.categories.get(shop.id, shoes.id), shoes);
        const renamed = await client.categories.update(shop.id, shoes.id, { exclude_from_automations: true });
        assert.equal(renamed.exclude_from_automations, true);
        assert.equal(renamed.name, 'Shoes');
        const imported = await client.categories.import(shop.id, [{ name: 'Hats' }, { name: 'Bags' }]);
        assert.deepEqual(imported.map((c) => c.name), ['Hats', 'Bags']);
        assert.equal(await client.categories.count(shop.id), 3);
        assert.deepEqual(await collect(client.categories.list(shop.id)), await raw(`/api/ecommerce/shops/${shop.id}/categories`));
        const product = await client.products.create(shop.id, { name: 'Boot', price: 99.5 });
        const assigned = await client.categoryProducts.assign(shop.id, shoes.id, product.id);
        assert.deepEqual(assigned.categories.map((c) => c.id), [shoes.id]);
        assert.equal(await client.categoryProducts.count(shop.id, shoes.id), 1);
        const listed = await collect(client.categoryProducts.list(shop.id, shoes.id));
        assert.deepEqual(listed.map((p) => p.id), [product.id]);
        assert.ok(!('description' in listed[0]), 'the reduced form');
        assert.equal(await client.categoryProducts.unassign(shop.id, shoes.id, product.id), undefined);
        assert.deepEqual((await raw(`/api/ecommerce/shops/${shop.id}/products/${product.id}`)).categories, []);
        const deleted = await client.categories.delete(shop.id, imported[1].id);
        assert.equal(deleted.name, 'Bags');
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/categories?limit=0`)).body.total, 2);
    });
    it('products: create, get, update, list, count, import, setCategories, delete', async () => {
        const shop = await client.shops.create({ name: 'Products', url: 'products.example', currency: 'USD' });
        const [a, b] = await client.categories.import(shop.id, [{ name: 'A' }, { name: 'B' }]);
        const product = await client.products.create(shop.id, { name: 'Lamp', price: 12.3, categories: [a.id], description: '<b>bright</b>' });
        assert.equal(product.description, 'bright');
        assert.deepEqual(await client.products.get(shop.id, product.id), product);
        const updated = await client.products.update(shop.id, product.id, { price: 15 });
        assert.equal(updated.price, 15);
        assert.equal(updated.name, 'Lamp');
        const added = await client.products.setCategories(shop.id, product.id, { categories: [b.id] });
        assert.deepEqual(added.categories.map((c) => c.name), ['A', 'B'], 'without replace, added');
        const set = await client.products.setCategories(shop.id, product.id, { categories: [b.id], replace: true });
        assert.deepEqual(set.categories.map((c) => c.name), ['B']);
        const imported = await client.products.import(shop.id, [
            { name: 'Desk', price: 100 },
            { name: 'Chair', price: 50, categories: [a.id] },
        ]);
        assert.deepEqual(imported.map((p) => [p.name, p.categories.length]), [['Desk', 0], ['Chair', 1]]);
        assert.equal(await client.products.count(shop.id), 3);
        assert.deepEqual(await collect(client.products.list(shop.id)), await raw(`/api/ecommerce/shops/${shop.id}/products`));
        assert.equal((await client.products.delete(shop.id, product.id)).name, 'Lamp');
        assert.equal((await storedRows(t, 'products', shop.id)).length, 2);
    });
    it('customers: create (and update by email), get, update, list, count, import, delete', async () => {
        const shop = await client.shops.create({ name: 'Customers', url: 'customers.example', currency: 'USD' });
        const ann = await client.customers.create(shop.id, { email: 'ann@example.com', accepts_marketing: true, create_subscriber: true });
        assert.equal(ann.subscriber?.email, 'ann@example.com');
        const again = await client.customers.create(shop.id, { email: 'ann@example.com', accepts_marketing: false });
        assert.equal(again.id, ann.id, 'an email the shop has updates that customer');
        assert.equal(again.accepts_marketing, false);
        assert.deepEqual(await client.customers.get(shop.id, ann.id), await raw(`/api/ecommerce/shops/${shop.id}/customers/${ann.id}`));
        assert.equal((await client.customers.update(shop.id, ann.id, { accepts_marketing: true })).accepts_marketing, true);
        const imported = await client.customers.import(shop.id, [{ email: 'bob@example.com' }, { email: 'cy@example.com' }]);
        assert.deepEqual(imported.map((c) => c.email), ['bob@example.com', 'cy@example.com']);
        assert.equal(await client.customers.count(shop.id), 3);
        assert.deepEqual(await collect(client.customers.list(shop.id)), await raw(`/api/ecommerce/shops/${shop.id}/customers`));
        assert.equal((await client.customers.delete(shop.id, imported[0].id)).email, 'bob@example.com');
        assert.equal((await storedRows(t, 'customers', shop.id)).length, 2);
    });
    it('orders, carts and cart items: every method, queue-order-sync and replace', async () => {
        const shop = await client.shops.create({ name: 'Orders', url: 'orders.example', currency: 'USD' });
        const [mug, cap] = await client.products.import(shop.id, [
            { name: 'Mug', price: 8 },
            { name: 'Cap', price: 20 },
        ]);
        const order = await client.orders.create(shop.id, {
            customer: { email: 'buyer@example.com' },
            cart: { items: [{ ecommerce_product_id: mug.id, quantity: 2, price: 8 }], checkout_url: 'https://orders.example/checkout' },
            status: 'pending',
            total_price: 16,
        });
        assert.equal(order.total, 16);
        assert.equal(order.cart.items[0].product.name, 'Mug');
        assert.deepEqual(await client.orders.get(shop.id, order.id), order);
        assert.equal((await client.orders.update(shop.id, order.id, { status: 'complete' })).status, 'complete');
        const synced = await client.orders.queueSync(shop.id, {
            resource_id: 'wc-1001',
            customer: { email: 'sync@example.com' },
            cart: { items: [{ product_id: cap.id, quantity: 1, price: 20 }] },
            total_price: 20,
        });
        assert.equal(synced.total, 20);
        const resynced = await client.orders.queueSync(shop.id, {
            resource_id: 'wc-1001',
            customer: { email: 'sync@example.com' },
            cart: { items: [{ product_id: cap.id, quantity: 2, price: 20 }] },
            total_price: 40,
        });
        assert.equal(resynced.id, synced.id, 'the same resource_id re-syncs that order');
        assert.equal(resynced.total, 40);
        const imported = await client.orders.import(shop.id, [
            { customer: { email: 'imp@example.com' }, cart: { items: [{ ecommerce_product_id: mug.id, quantity: 1, price: 8 }] } },
        ]);
        assert.equal(imported.length, 1);
        assert.equal(await client.orders.count(shop.id), 3);
        assert.deepEqual(await collect(client.orders.list(shop.id)), await raw(`/api/ecommerce/shops/${shop.id}/orders`));
        // Carts: created with their order.
        const cart = await client.carts.get(shop.id, order.cart.id);
        assert.equal(cart.ecommerce_order_id, order.id);
        assert.equal(await client.carts.count(shop.id), 3);
        assert.deepEqual(await collect(client.carts.list(shop.id)), await raw(`/api/ecommerce/shops/${shop.id}/carts`));
        const total = await client.carts.update(shop.id, cart.id, { cart_total: 99.99 });
        assert.equal(total.cart_total, 99.99);
        assert.equal(total.checkout_url, 'https://orders.example/checkout');
        // Cart items.
        const item = await client.cartItems.create(shop.id, cart.id, { ecommerce_product_id: cap.id, quantity: 3, price: 20, variant: 'red' });
        assert.equal(item.product.id, cap.id);
        assert.deepEqual(await client.cartItems.get(shop.id, cart.id, item.id), item);
        assert.equal((await client.cartItems.update(shop.id, cart.id, item.id, { quantity: 4 })).quantity, 4);
        assert.equal(await client.cartItems.count(shop.id, cart.id), 2);
        assert.deepEqual(await collect(client.cartItems.list(shop.id, cart.id)), await raw(`/api/ecommerce/shops/${shop.id}/carts/${cart.id}/items`));
        assert.equal((await client.cartItems.delete(shop.id, cart.id, item.id)).variant, 'red');
        const replaced = await client.cartItems.replace(shop.id, cart.id, [{ ecommerce_product_id: cap.id, quantity: 1, price: 19 }]);
        assert.deepEqual(replaced.items.map((i) => [i.product.name, i.quantity, i.price]), [['Cap', 1, 19]]);
        assert.deepEqual((await raw(`/api/ecommerce/shops/${shop.id}/carts/${cart.id}`)).items, replaced.items);
        assert.equal((await client.orders.delete(shop.id, order.id)).id, order.id);
        assert.equal((await storedRows(t, 'orders', shop.id)).length, 2);
        assert.equal((await storedRows(t, 'carts', shop.id)).length, 2, 'the cart went with its order');
    });
    it('batch: sub-requests in order, each with its code and body', async () => {
        const shop = await client.shops.create({ name: 'Batch', url: 'batch.example', currency: 'USD' });
        const result = await client.batch([
            { method: 'POST', path: `api/ecommerce/shops/${shop.id}/categories`, body: { name: 'First' } },
            { method: 'POST', path: `api/ecommerce/shops/${shop.id}/categories`, body: {} },
            { method: 'GET', path: `api/ecommerce/shops/${shop.id}/categories`, body: { limit: 0 } },
        ]);
        assert.deepEqual([result.total, result.successful, result.failed], [3, 2, 1]);
        assert.deepEqual(result.responses.map((r) => r.code), [201, 422, 200]);
        assert.deepEqual(result.responses[2].body, { total: 1 });
        assert.equal(await client.categories.count(shop.id), 1);
    });
    it('lists page after page, following links.next and keeping limit; pages() yields whole pages', async () => {
        const shop = await client.shops.create({ name: 'Pages', url: 'pages.example', currency: 'USD' });
        const products = await client.products.import(shop.id, Array.from({ length: 5 }, (_, i) => ({ name: `P${i}`, price: i })));
        const seen = [];
        for await (const product of client.products.list(shop.id, { limit: 2 }))
            seen.push(product.id);
        assert.deepEqual(seen, products.map((p) => p.id));
        const pages = await collect(client.products.list(shop.id, { limit: 2 }).pages());
        assert.deepEqual(pages.map((p) => [p.meta.current_page, p.data.length, p.meta.per_page]), [[1, 2, 2], [2, 2, 2], [3, 1, 2]]);
        assert.deepEqual((await client.products.list(shop.id, { limit: 2, page: 2 }).toArray()).map((p) => p.name), ['P2', 'P3', 'P4']);
        assert.deepEqual(await client.orders.list(shop.id).toArray(), [], 'an empty list is one empty page');
        assert.throws(() => client.products.list(shop.id, { limit: 0 }), TypeError, 'limit 0 is count()');
    });
    it('refusals are typed errors: a real 422 with its field errors, 404 and 401', async () => {
        const shop = await client.shops.create({ name: 'Errors', url: 'errors.example', currency: 'USD' });
        const refused = await client.products.create(shop.id, { name: '', price: -1 }).catch((error) => error);
        assert.ok(refused instanceof CartlineValidationError);
        assert.ok(refused instanceof CartlineApiError);
        assert.equal(refused.status, 422);
        assert.equal(refused.message, 'The given data was invalid.');
        assert.deepEqual(refused.errors, { name: ['The name must be provided.'], price: ['The price must be at least 0.'] });
        assert.equal(refused.method, 'POST');
        assert.equal(refused.url, `${address}/api/ecommerce/shops/${shop.id}/products`);
        assert.equal(await client.products.count(shop.id), 0, 'nothing stored');
        const missing = await client.orders.get(shop.id, '123').catch((error) => error);
        assert.ok(missing instanceof CartlineNotFoundError);
        assert.equal(missing.status, 404);
        assert.equal(missing.message, 'Resource not found.');
        assert.deepEqual(missing.errors, {});
        const stranger = new Cartline({ token: 'x'.repeat(131), baseUrl: address });
        const denied = await stranger.shops.count().catch((error) => error);
        assert.ok(denied instanceof CartlineUnauthenticatedError);
        assert.equal(denied.message, 'Unauthenticated.');
        const other = new Cartline({ token: t.otherToken, baseUrl: `${address}/api/` });
        await assert.rejects(other.shops.get(shop.id), CartlineNotFoundError, "another account's shop");
        assert.throws(() => client.orders.get(shop.id, ''), TypeError, 'an empty id would name the list above it');
    });
});
describe('the typed client: retries, timeouts, base URL', () => {
    it('retries a 429 after its Retry-After, sending the same request again', async () => {
        const server = await scripted([json(429, { message: 'Too Many Attempts.' }, { 'retry-after': '1' }), json(201, { data: { id: '7', name: 'A' } })]);
        const retrying = new Cartline({ token: 'tok', baseUrl: server.url, retry: { baseDelayMs: 1 } });
        const category = await retrying.categories.create('42', { name: 'A' });
        assert.deepEqual(category, { id: '7', name: 'A' });
        assert.equal(server.seen.length, 2);
        assert.deepEqual(server.seen[1].method, 'POST');
        assert.deepEqual(server.seen[1].url, '/api/ecommerce/shops/42/categories');
        assert.deepEqual(server.seen[1].body, server.seen[0].body);
        assert.equal(server.seen[1].authorization, 'Bearer tok');
        const waited = server.seen[1].at - server.seen[0].at;
        assert.ok(waited >= 950, `waited ${waited} ms for Retry-After: 1`);
    });
    it('retries a 503 with backoff, and gives up after the attempts allowed with the last answer', async () => {
        const once = await scripted([json(503, { message: 'Service Unavailable.' }), json(200, { data: { id: '1' } })]);
        const retrying = new Cartline({ token: 'tok', baseUrl: once.url, retry: { baseDelayMs: 20 } });
        assert.deepEqual(await retrying.shops.get('1'), { id: '1' });
        assert.equal(once.seen.length, 2);
        const always = await scripted([json(502, { message: 'Bad Gateway' })]);
        const limited = new Cartline({ token: 'tok', baseUrl: always.url, retry: { attempts: 4, baseDelayMs: 10 } });
        const failure = await limited.shops.count().catch((error) => error);
        assert.ok(failure instanceof CartlineApiError);
        assert.equal(failure.status, 502);
        assert.equal(failure.message, 'Bad Gateway');
        assert.equal(always.seen.length, 4);
        const gaps = always.seen.slice(1).map((s, i) => s.at - always.seen[i].at);
        assert.ok(gaps[2] >= 20, `the third wait (${gaps.join(', ')} ms) is at least half of 10 * 2^2`);
        const off = await scripted([json(500, { message: 'Server Error' })]);
        await assert.rejects(new Cartline({ token: 'tok', baseUrl: off.url, retry: { attempts: 1 } }).shops.count(), CartlineApiError);
        assert.equal(off.seen.length, 1, 'attempts: 1 turns retries off');
    });
    it('does not wait for a Retry-After beyond maxDelayMs: the 429 is thrown at once, with it', async () => {
        const server = await scripted([json(429, { message: 'Too Many Attempts.' }, { 'retry-after': '119' })]);
        const started = Date.now();
        const failure = await new Cartline({ token: 'tok', baseUrl: server.url, retry: { maxDelayMs: 5_000 } }).shops.count().catch((error) => error);
        assert.ok(failure instanceof CartlineRateLimitError);
        assert.equal(failure.retryAfter, 119);
        assert.equal(server.seen.length, 1);
        assert.ok(Date.now() - started < 2_000);
    });
    it('does not retry client errors, nor a POST whose connection failed', async () => {
        const server = await scripted([json(422, { message: 'The given data was invalid.', errors: { name: ['The name field is required.'] } })]);
        await assert.rejects(new Cartline({ token: 'tok', baseUrl: server.url }).categories.create('1', { name: '' }), CartlineValidationError);
        assert.equal(server.seen.length, 1);
        const broken = await scripted([(response) => response.socket?.destroy()]);
        const failing = new Cartline({ token: 'tok', baseUrl: broken.url, retry: { baseDelayMs: 1 } });
        await assert.rejects(failing.orders.create('1', { customer: { email: 'a@example.com' }, cart: { items: [] } }), CartlineConnectionError);
        assert.equal(broken.seen.length, 1, 'a POST may have been written: not sent twice');
        await assert.rejects(failing.orders.get('1', '2'), CartlineConnectionError);
        assert.equal(broken.seen.length, 4, 'a GET is sent again, three attempts in all');
    });
    it('aborts an attempt past its timeout, and a call whose signal is aborted', async () => {
        const server = await scripted([(response) => setTimeout(json(200, { data: { id: '1' } }), 1_500, response).unref()]);
        const slow = new Cartline({ token: 'tok', baseUrl: server.url, timeoutMs: 100, retry: { attempts: 1 } });
        const started = Date.now();
        const failure = await slow.shops.get('1').catch((error) => error);
        assert.ok(failure instanceof CartlineTimeoutError, String(failure));
        assert.equal(failure.timeoutMs, 100);
        assert.ok(Date.now() - started < 1_000, 'aborted, not waited for');
        await assert.rejects(slow.shops.get('1', { timeoutMs: 50 }), CartlineTimeoutError);
        const controller = new AbortController();
        const patient = new Cartline({ token: 'tok', baseUrl: server.url, timeoutMs: 0 });
        setTimeout(() => controller.abort(new Error('user left')), 50);
        await assert.rejects(patient.shops.get('1', { signal: controller.signal }), { message: 'user left' });
    });
    it("defaults to MailerLite's URL, and reads 17-digit ids answered as bare numbers as strings", async () => {
        const urls = [];
        const recording = new Cartline({
            token: 'tok',
            fetch: async (input) => {
                urls.push(String(input));
                return new Response('{"data":[{"id":46919150796276752,"name":"A","price":1.5}]}', { status: 200 });
            },
        });
        assert.equal(recording.baseUrl, MAILERLITE_URL);
        const [category] = await recording.categories.import('31986843064993537', [{ name: 'A' }]);
        assert.deepEqual(urls, ['https://connect.mailerlite.com/api/ecommerce/shops/31986843064993537/categories/import']);
        assert.deepEqual(category, { id: '46919150796276752', name: 'A', price: 1.5 });
    });
});
describe('the typed client as built', () => {
    it('loads nothing at run time but its own files: no package, no node: module', () => {
        const entry = join(ROOT, 'dist/src/client/index.js');
        const loaded = new Set();
        const visit = (file) => {
            if (loaded.has(file))
                return;
            loaded.add(file);
            const code = readFileSync(file, 'utf8');
            // `import(` as a call, not a method named import (`import(shopId, ...) {`).
            assert.doesNotMatch(code, /\b(?:require|import)\s*\((?![^)]*\)\s*\{)/, `${relative(ROOT, file)} loads nothing dynamically`);
            for (const [, specifier] of code.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s+'([^']+)'/gm)) {
                assert.ok(specifier.startsWith('./') || specifier.startsWith('../'), `${relative(ROOT, file)} imports ${specifier}`);
                visit(resolve(dirname(file), specifier));
            }
            assert.doesNotMatch(code, /^\s*import\s+['"]/m, 'no side-effect imports');
        };
        visit(entry);
        const files = [...loaded].map((file) => relative(ROOT, file)).sort();
        assert.deepEqual(files, ['dist/src/client/ecommerce.js', 'dist/src/client/errors.js', 'dist/src/client/index.js', 'dist/src/client/transport.js', 'dist/src/http/json.js']);
    });
    it('is typed from the schemas: tsc accepts a program using `cartline/client` and meets every error it expects', () => {
        // test/types/client-usage.ts imports the package by its own name (its exports and .d.ts, as a user's project
        // would) and marks wrong calls with @ts-expect-error: were the types `any`, each directive would be unused, an error.
        const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'test/types/tsconfig.json'), '--pretty', 'false'], {
            encoding: 'utf8',
        });
        assert.equal(result.stdout + result.stderr, '');
        assert.equal(result.status, 0);
        const directives = readFileSync(join(ROOT, 'test/types/client-usage.ts'), 'utf8').match(/@ts-expect-error/g) ?? [];
        assert.ok(directives.length >= 5, `${directives.length} expected errors`);
    });
});
//# sourceMappingURL=client.test.js.map