import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createIdGenerator } from '../src/db/ids.js';
import { FailedAuthTracker } from '../src/http/auth.js';
import { createToken } from '../src/modules/accounts/accounts.service.js';
import { setup } from './helpers/app.js';
import { createShop } from './helpers/factories.js';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisAnswers = await new Promise((resolve) => {
    const { hostname, port } = new URL(REDIS_URL);
    const socket = connect({ host: hostname, port: Number(port || 6379) }, () => {
        socket.end();
        resolve(true);
    });
    socket.on('error', () => resolve(false));
});
// CI has a Redis (127.0.0.1:6379) and must test against it; elsewhere a missing Redis skips, visibly.
const skipRedis = !redisAnswers && !process.env.CI ? `no Redis answers at ${REDIS_URL}` : false;
const t = await setup({ CARTLINE_RATE_LIMIT: '5' });
describe('rate limit (in memory)', () => {
    it('counts per account across its tokens, answers 429 Too Many Attempts beyond the limit, and spares other accounts', async () => {
        const { token: secondToken } = await createToken(t.database.db, createIdGenerator(9), 'alice');
        const remaining = [];
        for (let i = 0; i < 5; i++) {
            const response = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { token: i % 2 ? secondToken : t.token });
            assert.equal(response.status, 200);
            assert.equal(response.headers['x-ratelimit-limit'], '5');
            remaining.push(String(response.headers['x-ratelimit-remaining']));
        }
        assert.deepEqual(remaining, ['4', '3', '2', '1', '0']);
        const over = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { token: secondToken });
        assert.equal(over.status, 429);
        assert.deepEqual(over.body, { message: 'Too Many Attempts.' });
        assert.equal(over.headers['content-type'], 'application/json');
        assert.ok(Number(over.headers['retry-after']) > 0 && Number(over.headers['retry-after']) <= 60, `retry-after ${over.headers['retry-after']}`);
        assert.ok(Number(over.headers['x-ratelimit-reset']) > 0);
        assert.equal(over.headers['x-ratelimit-remaining'], '0');
        const other = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { token: t.otherToken });
        assert.equal(other.status, 200, 'another account has its own limit');
        assert.equal((await t.request('GET', '/healthz', undefined, { token: null })).status, 200, '/healthz is not limited');
    });
    it('counts a batch as one request, whatever it holds', async () => {
        const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '2' }), t.database, { newId: t.app.newId });
        const { token } = await createToken(t.database.db, createIdGenerator(10), 'batcher');
        const call = (payload) => app.inject({ method: 'POST', url: '/api/batch', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
        try {
            const requests = Array.from({ length: 5 }, () => ({ method: 'GET', path: 'api/ecommerce/shops', body: { limit: 0 } }));
            const first = await call({ requests });
            assert.equal(first.statusCode, 200);
            assert.equal(first.headers['x-ratelimit-remaining'], '1');
            assert.deepEqual(JSON.parse(first.body).responses.map((r) => r.code), [200, 200, 200, 200, 200]);
            assert.equal((await call({ requests })).statusCode, 200);
            assert.equal((await call({ requests })).statusCode, 429);
        }
        finally {
            await app.close();
        }
    });
});
/**
 * 130 requests in a minute to shops the token's account does not own (another account's, and ids no shop has):
 * the first 120 are 404s that carry the limit's headers and count; the rest are 429s with Retry-After.
 */
async function probeForeignShops(env, accountName) {
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', ...env }), t.database, { newId: t.app.newId });
    const { token } = await createToken(t.database.db, createIdGenerator(13), accountName);
    const foreign = await createShop(t, {}, t.otherToken);
    try {
        const answers = [];
        for (let i = 0; i < 130; i++) {
            const shopId = i % 2 ? foreign.id : String(900_000_000_000 + i);
            const response = await app.inject({ method: 'GET', url: `/api/ecommerce/shops/${shopId}/products`, headers: { authorization: `Bearer ${token}` } });
            answers.push({ status: response.statusCode, headers: response.headers, body: JSON.parse(response.body) });
        }
        assert.deepEqual(answers.map((a) => a.status), [...Array(120).fill(404), ...Array(10).fill(429)]);
        answers.slice(0, 120).forEach((answer, i) => {
            assert.deepEqual(answer.body, { message: 'Resource not found.' });
            assert.equal(answer.headers['x-ratelimit-limit'], '120', `404 number ${i + 1}`);
            assert.equal(answer.headers['x-ratelimit-remaining'], String(119 - i), `404 number ${i + 1}`);
        });
        for (const answer of answers.slice(120)) {
            assert.deepEqual(answer.body, { message: 'Too Many Attempts.' });
            assert.ok(Number(answer.headers['retry-after']) > 0 && Number(answer.headers['retry-after']) <= 60, `retry-after ${answer.headers['retry-after']}`);
        }
        // The account's own shop is limited too now: the probing used its minute.
        const own = await createShop(t, {}, token);
        const mine = await app.inject({ method: 'GET', url: `/api/ecommerce/shops/${own.id}/products`, headers: { authorization: `Bearer ${token}` } });
        assert.equal(mine.statusCode, 429);
    }
    finally {
        await app.close();
    }
}
describe('rate limit on shops that are not yours', () => {
    it('counts 404s for foreign and unknown shops, with the headers, and answers 429 beyond the limit (in memory)', async () => {
        await probeForeignShops({ CARTLINE_RATE_LIMIT: '120' }, 'prober');
    });
    it('does the same with the Redis store', { skip: skipRedis }, async () => {
        await probeForeignShops({ CARTLINE_RATE_LIMIT: '120', REDIS_URL, CARTLINE_REDIS_PREFIX: `cartline-test-${randomBytes(4).toString('hex')}:` }, 'redis-prober');
    });
});
describe('rate limit (Redis)', { skip: skipRedis }, () => {
    it('shares one limit between two Cartline processes', async () => {
        const env = { LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '4', REDIS_URL, CARTLINE_REDIS_PREFIX: `cartline-test-${randomBytes(4).toString('hex')}:` };
        const one = await buildApp(loadConfig(env), t.database, { newId: t.app.newId });
        const two = await buildApp(loadConfig(env), t.database, { newId: t.app.newId });
        const { token } = await createToken(t.database.db, createIdGenerator(11), 'shared');
        try {
            await one.ready();
            await two.ready();
            const statuses = [];
            for (let i = 0; i < 6; i++) {
                const app = i % 2 ? two : one;
                const response = await app.inject({ method: 'GET', url: '/api/ecommerce/shops?limit=0', headers: { authorization: `Bearer ${token}` } });
                statuses.push(response.statusCode);
            }
            assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
            const health = await one.inject({ method: 'GET', url: '/healthz' });
            assert.deepEqual(JSON.parse(health.body), { status: 'ok' });
        }
        finally {
            await one.close();
            await two.close();
        }
    });
    it('keeps serving when Redis is gone, and says so in /healthz', async () => {
        const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '2', REDIS_URL: 'redis://127.0.0.1:1' }), t.database, { newId: t.app.newId });
        try {
            const statuses = [];
            for (let i = 0; i < 4; i++) {
                const response = await app.inject({ method: 'GET', url: '/api/ecommerce/shops?limit=0', headers: { authorization: `Bearer ${t.otherToken}` } });
                statuses.push(response.statusCode);
            }
            assert.deepEqual(statuses, [200, 200, 200, 200], 'fail open');
            const health = await app.inject({ method: 'GET', url: '/healthz' });
            assert.equal(health.statusCode, 200);
            assert.deepEqual(JSON.parse(health.body), { status: 'ok', rate_limit: 'redis unavailable' });
        }
        finally {
            await app.close();
        }
    });
});
describe('failed authentication', () => {
    it('slows down an address after ten failures a minute, up to three seconds', () => {
        let now = 0;
        const tracker = new FailedAuthTracker(() => now);
        const delays = Array.from({ length: 14 }, () => tracker.record('203.0.113.7'));
        assert.deepEqual(delays, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 200, 300, 400]);
        assert.equal(tracker.record('198.51.100.1'), 0, 'per address');
        for (let i = 0; i < 100; i++)
            tracker.record('203.0.113.7');
        assert.equal(tracker.record('203.0.113.7'), 3000);
        now += 61_000;
        assert.equal(tracker.record('203.0.113.7'), 0, 'a new minute starts over');
    });
    it('answers the twelfth bad token from one address only after a delay, and does not count it against an account', async () => {
        const { token } = await createToken(t.database.db, createIdGenerator(12), 'target');
        const shop = await createShop(t, {}, token);
        let last = 0;
        for (let i = 0; i < 12; i++) {
            const began = Date.now();
            const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}`, undefined, { token: `wrong-${i}` });
            assert.equal(response.status, 401);
            last = Date.now() - began;
        }
        assert.ok(last >= 190, `the 12th failure waited ${last} ms`);
        const after = await t.request('GET', `/api/ecommerce/shops/${shop.id}`, undefined, { token });
        assert.equal(after.status, 200);
        assert.equal(after.headers['x-ratelimit-remaining'], '3', 'only its own two requests counted, not the failures');
    });
});
//# sourceMappingURL=rate-limit.test.js.map