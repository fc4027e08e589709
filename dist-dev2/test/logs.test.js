import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/config.js';
import { logFormat } from '../src/http/logging.js';
import { setup } from './helpers/app.js';
// Request ids and log lines, read from the logger's own stream as the app writes them.
function capture() {
    const chunks = [];
    const stream = new Writable({
        write(chunk, _encoding, done) {
            chunks.push(chunk.toString());
            done();
        },
    });
    return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
describe('request ids and JSON log lines', async () => {
    const log = capture();
    const t = await setup({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, { logDestination: log.stream });
    const entries = () => log.lines().map((line) => JSON.parse(line));
    it('answers a new id as x-request-id and carries it on every log line of the request', async () => {
        const response = await t.request('GET', '/api/ecommerce/shops?limit=0');
        assert.equal(response.status, 200);
        const id = String(response.headers['x-request-id']);
        assert.match(id, UUID);
        const own = entries().filter((entry) => entry.request_id === id);
        assert.deepEqual(own.map((entry) => entry.msg), ['incoming request', 'request completed']);
        assert.equal(own[1].res.statusCode, 200);
        // Each request its own.
        const next = await t.request('GET', '/api/ecommerce/shops?limit=0');
        assert.notEqual(next.headers['x-request-id'], id);
    });
    it("echoes a sane incoming x-request-id and logs under it; replaces one that is not", async () => {
        const response = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { headers: { 'x-request-id': 'lb-7f3a:trace=42' } });
        assert.equal(response.headers['x-request-id'], 'lb-7f3a:trace=42');
        assert.equal(entries().filter((entry) => entry.request_id === 'lb-7f3a:trace=42').length, 2);
        for (const insane of ['has space', 'x'.repeat(129), 'tab\there', 'é']) {
            const replaced = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { headers: { 'x-request-id': insane } });
            assert.match(String(replaced.headers['x-request-id']), UUID, JSON.stringify(insane));
        }
        assert.ok(!log.lines().some((line) => line.includes('has space')));
    });
    it('carries the id on errors too: 401, 404, a malformed URL answered before any route', async () => {
        for (const [url, status, token] of [
            ['/api/ecommerce/shops', 401, 'not-a-token'],
            ['/api/no/such/route', 404, undefined],
            ['/api/ecommerce/shops/%E0%A4%A', 400, undefined],
        ]) {
            const response = await t.request('GET', url, undefined, { headers: { 'x-request-id': `err-${status}` }, ...(token ? { token } : {}) });
            assert.equal(response.status, status, url);
            assert.equal(response.headers['x-request-id'], `err-${status}`, url);
        }
        assert.ok(entries().some((entry) => entry.request_id === 'err-401' && entry.msg === 'request completed'));
    });
    it('never writes a token to the log', async () => {
        await t.request('GET', '/api/ecommerce/shops?limit=0');
        await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { token: `${t.token}x` });
        assert.ok(log.lines().length > 10);
        assert.ok(!log.lines().some((line) => line.includes(t.token.slice(3, 40))));
    });
});
describe('pretty log lines', async () => {
    const log = capture();
    const t = await setup({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }, { logDestination: log.stream });
    it('writes one readable line per request event, each with the request id, and no JSON', async () => {
        const response = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, { headers: { 'x-request-id': 'pretty-1' } });
        assert.equal(response.headers['x-request-id'], 'pretty-1');
        const own = log.lines().filter((line) => line.includes('pretty-1'));
        assert.equal(own.length, 2, log.lines().join('\n'));
        assert.match(own[0], /INFO.*: pretty-1 → GET \/api\/ecommerce\/shops\?limit=0$/);
        assert.match(own[1], /INFO.*: pretty-1 ← 200 in \d+\.\d ms$/);
        assert.ok(!log.lines().some((line) => line.startsWith('{')));
        assert.ok(!log.lines().some((line) => line.includes(t.token.slice(3, 40))));
    });
});
describe('LOG_FORMAT', () => {
    it('chooses pretty on a terminal and JSON elsewhere unless told; refuses anything else', () => {
        assert.equal(logFormat(loadConfig({}), true), 'pretty');
        assert.equal(logFormat(loadConfig({}), false), 'json');
        assert.equal(logFormat(loadConfig({ LOG_FORMAT: 'json' }), true), 'json');
        assert.equal(logFormat(loadConfig({ LOG_FORMAT: 'pretty' }), false), 'pretty');
        assert.throws(() => loadConfig({ LOG_FORMAT: 'xml' }), /LOG_FORMAT must be json or pretty, got "xml"/);
    });
});
//# sourceMappingURL=logs.test.js.map