import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';
// Injected faults: an account's rules make Cartline answer its matching requests with an error, drop them, or
// delay them, so that an integration's retries can be tested. A rule never touches another account, nor
// Cartline's own endpoints.
const t = await setup();
async function createFault(body, token) {
    const response = await t.request('POST', '/api/cartline/faults', body, token === undefined ? {} : { token });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
async function deleteFault(id) {
    assert.equal((await t.request('DELETE', `/api/cartline/faults/${id}`)).status, 204);
}
function orderBody(n, productId) {
    return { customer: { email: `retry${n}@example.com` }, cart: { items: [{ ecommerce_product_id: productId, quantity: 1, price: 5 }] } };
}
async function countOrders(shopId) {
    return (await t.request('GET', `/api/ecommerce/shops/${shopId}/orders?limit=0`)).body.total;
}
describe('injected faults', () => {
    it('answers a chosen 503 to matching requests for `count` times, in MailerLite\'s shape, then expires; nothing is written meanwhile', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const rule = await createFault({ method: 'POST', path: '/api/ecommerce/shops/*/orders*', status: 503, retry_after: 7, count: 2 });
        assert.deepEqual({ ...rule, id: undefined, created_at: undefined }, { id: undefined, method: 'POST', path: '/api/ecommerce/shops/*/orders*', status: 503, drop: false, latency_ms: null, retry_after: 7, probability: 1, count: 2, remaining: 2, created_at: undefined });
        const url = `/api/ecommerce/shops/${shop.id}/orders`;
        for (let i = 0; i < 2; i++) {
            const injected = await t.request('POST', url, orderBody(i, product.id));
            assert.equal(injected.status, 503);
            assert.deepEqual(injected.body, { message: 'Service Unavailable.' });
            assert.equal(injected.headers['content-type'], 'application/json');
            assert.equal(injected.headers['retry-after'], '7');
            assert.equal(injected.headers['x-cartline-fault'], rule.id);
        }
        assert.equal(await countOrders(shop.id), 0, 'the injected answers wrote nothing');
        // Other methods and paths are not matched.
        assert.equal((await t.request('GET', url)).status, 200);
        assert.equal((await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, { name: 'Not matched' })).status, 201);
        const third = await t.request('POST', url, orderBody(3, product.id));
        assert.equal(third.status, 201, 'expired after its count');
        const [listed] = (await t.request('GET', '/api/cartline/faults')).body.data;
        assert.equal(listed.id, rule.id);
        assert.equal(listed.remaining, 0);
        // The journal marks the injected answers.
        const entries = (await t.request('GET', `/api/cartline/requests?filter[path]=${encodeURIComponent(url)}&filter[method]=POST`)).body.data;
        assert.deepEqual(entries.map((e) => [e.status, e.injected, e.fault_id]), [[201, false, null], [503, true, rule.id], [503, true, rule.id]]);
        await deleteFault(rule.id);
    });
    it('answers 429 with Retry-After and the rate-limit headers, 500 and 502 as MailerLite words them', async () => {
        const cases = [
            [429, { message: 'Too Many Attempts.' }],
            [500, { message: 'Server Error' }],
            [502, { message: 'Bad Gateway.' }],
        ];
        for (const [status, body] of cases) {
            const rule = await createFault({ method: 'GET', path: '/api/groups', status });
            const response = await t.request('GET', '/api/groups');
            assert.equal(response.status, status);
            assert.deepEqual(response.body, body);
            if (status === 429) {
                assert.equal(response.headers['retry-after'], '1');
                assert.equal(response.headers['x-ratelimit-remaining'], '0');
                assert.ok(Number(response.headers['x-ratelimit-reset']) > Date.now() / 1000);
            }
            else {
                assert.equal(response.headers['retry-after'], undefined);
            }
            await deleteFault(rule.id);
            assert.equal((await t.request('GET', '/api/groups')).status, 200, 'a deleted rule stops at once');
        }
    });
    it('adds latency, alone or before a status', async () => {
        const slow = await createFault({ method: '*', path: '/api/subscribers*', latency_ms: 300 });
        let started = performance.now();
        const response = await t.request('GET', '/api/subscribers');
        assert.equal(response.status, 200);
        assert.ok(performance.now() - started >= 290, `${performance.now() - started} ms`);
        started = performance.now();
        assert.equal((await t.request('GET', '/api/groups')).status, 200);
        assert.ok(performance.now() - started < 290, 'other paths are not delayed');
        await deleteFault(slow.id);
        const slowError = await createFault({ path: '/api/fields', latency_ms: 200, status: 500 });
        started = performance.now();
        assert.equal((await t.request('GET', '/api/fields')).status, 500);
        assert.ok(performance.now() - started >= 190);
        await deleteFault(slowError.id);
    });
    it('drops the connection (seen by a real client), and the journal says so', async () => {
        const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
        const rule = await createFault({ method: 'GET', path: '/api/account', drop: true });
        await assert.rejects(fetch(`${address}/api/account`, { headers: { authorization: `Bearer ${t.token}` } }), /fetch failed/);
        await deleteFault(rule.id);
        const fine = await fetch(`${address}/api/account`, { headers: { authorization: `Bearer ${t.token}` } });
        assert.equal(fine.status, 200);
        const entries = (await t.request('GET', '/api/cartline/requests?filter[path]=/api/account')).body.data;
        assert.deepEqual(entries.map((e) => [e.status, e.injected]), [[200, false], [null, true]]);
    });
    it('fires with the rule\'s probability', async () => {
        const never = await createFault({ path: '/api/groups*', status: 500, probability: 0 });
        for (let i = 0; i < 20; i++)
            assert.equal((await t.request('GET', '/api/groups')).status, 200);
        await deleteFault(never.id);
        const half = await createFault({ path: '/api/groups*', status: 500, probability: 0.5 });
        const statuses = new Map();
        for (let i = 0; i < 100; i++) {
            const { status } = await t.request('GET', '/api/groups');
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
        await deleteFault(half.id);
        // Binomial(100, 0.5): outside 20..80 once in ~10^9 runs.
        assert.deepEqual([...statuses.keys()].sort(), [200, 500]);
        assert.ok(statuses.get(500) >= 20 && statuses.get(500) <= 80, JSON.stringify([...statuses]));
    });
    it('never applies to /api/cartline/* (a rule cannot lock its owner out), and applies to batch sub-requests', async () => {
        const everything = await createFault({ path: '/api/*', status: 500 });
        assert.equal((await t.request('GET', '/api/groups')).status, 500);
        assert.equal((await t.request('GET', '/api/cartline/faults')).status, 200);
        assert.equal((await t.request('GET', '/api/cartline/requests?limit=0')).status, 200);
        await deleteFault(everything.id);
        const groupsOnly = await createFault({ method: 'POST', path: '/api/groups', status: 502, count: 1 });
        const batch = await t.request('POST', '/api/batch', { requests: [{ method: 'POST', path: 'api/groups', body: { name: 'B1' } }, { method: 'POST', path: 'api/groups', body: { name: 'B2' } }] });
        assert.equal(batch.status, 200);
        assert.deepEqual(batch.body.responses.map((r) => r.code), [502, 201]);
        assert.deepEqual(batch.body.responses[0].body, { message: 'Bad Gateway.' });
        await deleteFault(groupsOnly.id);
    });
    it("keeps accounts apart: another account's requests are never affected, and it cannot see or delete the rule", async () => {
        const rule = await createFault({ path: '/api/groups', status: 503 });
        assert.equal((await t.request('GET', '/api/groups')).status, 503);
        assert.equal((await t.request('GET', '/api/groups', undefined, { token: t.otherToken })).status, 200);
        assert.deepEqual((await t.request('GET', '/api/cartline/faults', undefined, { token: t.otherToken })).body, { data: [] });
        const stolen = await t.request('DELETE', `/api/cartline/faults/${rule.id}`, undefined, { token: t.otherToken });
        assert.equal(stolen.status, 404);
        assert.deepEqual(stolen.body, { message: 'Resource not found.' });
        assert.equal((await t.request('GET', '/api/groups')).status, 503, 'still there');
        await deleteFault(rule.id);
        assert.equal((await t.request('DELETE', `/api/cartline/faults/${rule.id}`)).status, 404, 'deleted once');
        assert.equal((await t.request('DELETE', '/api/cartline/faults/abc')).status, 404);
    });
    it('refuses bad rules with 422 in MailerLite\'s shape, storing nothing', async () => {
        const cases = [
            [{ path: '/api/groups', status: 200 }, 'status', 'The status must be a known HTTP error status (400 to 599).'],
            [{ path: '/api/groups', status: 302 }, 'status', 'The status must be a known HTTP error status (400 to 599).'],
            [{ path: '/api/groups', status: 450 }, 'status', 'The status must be a known HTTP error status (400 to 599).'],
            [{ path: '/api/groups', status: 600 }, 'status', 'The status must be a known HTTP error status (400 to 599).'],
            [{ path: '/api/groups', status: 'busy' }, 'status', 'The status must be an integer.'],
            [{ path: '/api/groups', status: 500, probability: 1.5 }, 'probability', 'The probability must not be greater than 1.'],
            [{ path: '/api/groups', status: 500, probability: -0.1 }, 'probability', 'The probability must be at least 0.'],
            [{ path: '/groups', status: 500 }, 'path', 'The path must start with /api/.'],
            [{ path: 'api/groups', status: 500 }, 'path', 'The path must start with /api/.'],
            [{ path: '/api/groups?x=1', status: 500 }, 'path', 'The path must be a path pattern: no query string, fragment or spaces.'],
            [{ path: '/api/cartline/faults', status: 500 }, 'path', 'Fault rules never apply to /api/cartline/.'],
            [{ status: 500 }, 'path', 'The path field is required.'],
            [{ path: '/api/groups', method: 'FETCH', status: 500 }, 'method', 'The selected method is invalid.'],
            [{ path: '/api/groups' }, 'status', 'The status field is required when none of drop / latency ms are present.'],
            [{ path: '/api/groups', status: 500, drop: true }, 'drop', 'A rule answers a status or drops the connection, not both.'],
            [{ path: '/api/groups', latency_ms: 0 }, 'latency_ms', 'The latency ms must be at least 1.'],
            [{ path: '/api/groups', status: 500, count: 0 }, 'count', 'The count must be at least 1.'],
        ];
        for (const [body, field, message] of cases) {
            const response = await t.request('POST', '/api/cartline/faults', body);
            assert.equal(response.status, 422, `${JSON.stringify(body)}: ${response.text}`);
            assert.deepEqual(response.body, { message: 'The given data was invalid.', errors: { [field]: [message] } }, JSON.stringify(body));
        }
        const stored = await t.database.db.selectFrom('fault_rules').select('id').execute();
        const listed = (await t.request('GET', '/api/cartline/faults')).body.data;
        assert.equal(stored.length, listed.length);
        assert.ok(listed.every((rule) => rule.path !== '/api/groups' || rule.remaining === 0));
        // A lower-case method is taken as the method.
        const lower = await createFault({ method: 'get', path: '/api/none', status: 418 });
        assert.equal(lower.method, 'GET');
        await deleteFault(lower.id);
    });
    it('a rule made through one process applies at once in another, and its count is shared by both', async () => {
        const second = await t.secondInstance();
        // The second process has served this account (and loaded its rules) before the rule exists.
        assert.equal((await second('GET', '/api/groups?warm')).status, 200);
        const rule = await createFault({ method: 'PUT', path: '/api/groups/*', status: 500, count: 3 });
        const group = (await t.request('POST', '/api/groups', { name: 'Shared' })).body.data;
        const statuses = [];
        for (let i = 0; i < 6; i++) {
            const send = i % 2 === 0 ? second : t.request;
            statuses.push((await send('PUT', `/api/groups/${group.id}`, { name: `Shared ${i}` })).status);
        }
        assert.deepEqual(statuses, [500, 500, 500, 200, 200, 200]);
        assert.equal((await t.request('GET', '/api/cartline/faults')).body.data.find((f) => f.id === rule.id).remaining, 0);
        // Deleted through this process: gone in the other at its next request.
        const again = await createFault({ method: 'GET', path: '/api/groups', status: 503 });
        assert.equal((await second('GET', '/api/groups')).status, 503);
        await deleteFault(again.id);
        assert.equal((await second('GET', '/api/groups')).status, 200);
    });
});
//# sourceMappingURL=faults.test.js.map