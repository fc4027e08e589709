import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '../src/config.js';
import { compareIds, createIdGenerator, parseId } from '../src/db/ids.js';
import { quoteLongIntegers } from '../src/http/json.js';
import { pageWindow } from '../src/http/pagination.js';
describe('quoteLongIntegers', () => {
    it('quotes integers of 16+ digits outside strings and nothing else', () => {
        const text = '{"a":46919150796276752,"b":[-12345678901234567, 1.12345678901234567, 1e12345678901234567],"c":"46919150796276752","d":123,"e":"x\\"99999999999999999"}';
        const parsed = JSON.parse(quoteLongIntegers(text));
        assert.equal(parsed.a, '46919150796276752');
        assert.equal(parsed.b[0], '-12345678901234567');
        assert.equal(typeof parsed.b[1], 'number');
        assert.equal(typeof parsed.b[2], 'number');
        assert.equal(parsed.c, '46919150796276752');
        assert.equal(parsed.d, 123);
        assert.equal(parsed.e, 'x"99999999999999999');
    });
    it('leaves text without long digit runs untouched (same string)', () => {
        const text = '{"a":1,"b":"2"}';
        assert.equal(quoteLongIntegers(text), text);
    });
});
describe('ids', () => {
    it('generates strictly increasing 64-bit ids, even when the clock steps back or 4096 fall in one ms', () => {
        let time = Date.UTC(2026, 0, 1);
        const next = createIdGenerator(5, () => time);
        const ids = [];
        for (let i = 0; i < 5000; i++)
            ids.push(BigInt(next()));
        time -= 10_000;
        ids.push(BigInt(next()));
        for (let i = 1; i < ids.length; i++)
            assert.ok(ids[i] > ids[i - 1], `id ${i} increases`);
        assert.ok(ids.at(-1) < 1n << 63n);
        assert.ok(String(ids[0]).length >= 17);
    });
    it('parses only positive decimal ids within signed 64 bits', () => {
        assert.equal(parseId('31986843064993537'), '31986843064993537');
        assert.equal(parseId('9223372036854775807'), '9223372036854775807');
        assert.equal(parseId(42), '42');
        for (const bad of ['9223372036854775808', '0', '007', '-1', '1e3', '', ' 1', 1.5, 2 ** 60, null, undefined, {}]) {
            assert.equal(parseId(bad), null, String(bad));
        }
    });
});
describe('compareIds', () => {
    it('orders ids numerically', () => {
        const ids = ['912620074032508928', '99', '1000', '9223372036854775807', '100'];
        assert.deepEqual([...ids].sort(compareIds), [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0)));
    });
});
describe('pageWindow (Laravel UrlWindow)', () => {
    it('lists every page when there are fewer than 14', () => {
        assert.deepEqual(pageWindow(1, 1), [1]);
        assert.deepEqual(pageWindow(5, 13), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    });
    it('slides with gaps on long lists', () => {
        assert.deepEqual(pageWindow(1, 50), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, 49, 50]);
        assert.deepEqual(pageWindow(25, 50), [1, 2, null, 22, 23, 24, 25, 26, 27, 28, null, 49, 50]);
        assert.deepEqual(pageWindow(50, 50), [1, 2, null, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    });
});
describe('loadConfig', () => {
    it('applies defaults', () => {
        const config = loadConfig({});
        assert.equal(config.port, 8080);
        assert.deepEqual(config.database, { kind: 'sqlite', path: './data/cartline.db' });
        assert.equal(config.publicUrl, null);
        assert.ok(Object.isFrozen(config));
    });
    it('names the variable that is wrong', () => {
        assert.throws(() => loadConfig({ PORT: 'eighty' }), (e) => e instanceof ConfigError && /PORT/.test(e.message));
        assert.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
        assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
        assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
        assert.throws(() => loadConfig({ DATABASE_POOL_SIZE: '0' }), /DATABASE_POOL_SIZE must be between 1 and 1000/);
        assert.equal(loadConfig({ DATABASE_POOL_SIZE: '3' }).databasePoolSize, 3);
        assert.equal(loadConfig({}).databasePoolSize, 2 * availableParallelism() + 1);
        assert.throws(() => loadConfig({ CARTLINE_PUBLIC_URL: 'ftp://x' }), /CARTLINE_PUBLIC_URL/);
        assert.throws(() => loadConfig({ CARTLINE_BOOTSTRAP_TOKEN: 'short' }), /CARTLINE_BOOTSTRAP_TOKEN/);
    });
    it('reads a postgres URL', () => {
        assert.deepEqual(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }).database, { kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
    });
});
describe('journal and fault settings', () => {
    it('reads CARTLINE_JOURNAL_MAX_AGE as seconds or with a unit, and refuses anything else', async () => {
        assert.equal(loadConfig({}).journalMaxAgeSeconds, 7 * 86400);
        assert.equal(loadConfig({ CARTLINE_JOURNAL_MAX_AGE: '90' }).journalMaxAgeSeconds, 90);
        assert.equal(loadConfig({ CARTLINE_JOURNAL_MAX_AGE: '30m' }).journalMaxAgeSeconds, 1800);
        assert.equal(loadConfig({ CARTLINE_JOURNAL_MAX_AGE: '12h' }).journalMaxAgeSeconds, 43200);
        for (const bad of ['0', '7 days', '-1', '1w', '1.5h'])
            assert.throws(() => loadConfig({ CARTLINE_JOURNAL_MAX_AGE: bad }), ConfigError, bad);
        assert.equal(loadConfig({}).journal, 'all');
        assert.throws(() => loadConfig({ CARTLINE_JOURNAL: 'some' }), ConfigError);
        assert.equal(loadConfig({}).allowReset, false);
        assert.equal(loadConfig({ CARTLINE_ALLOW_RESET: 'true' }).allowReset, true);
        assert.throws(() => loadConfig({ CARTLINE_ALLOW_RESET: 'yes' }), ConfigError);
        assert.throws(() => loadConfig({ CARTLINE_JOURNAL_MAX_ENTRIES: '0' }), ConfigError);
    });
    it('matches fault patterns: * any characters, / included; the rest literally', async () => {
        const { compilePattern } = await import('../src/http/faults.js');
        const orders = compilePattern('/api/ecommerce/shops/*/orders*');
        assert.ok(orders.test('/api/ecommerce/shops/123/orders'));
        assert.ok(orders.test('/api/ecommerce/shops/123/orders/456'));
        assert.ok(!orders.test('/api/ecommerce/shops/123/products'));
        assert.ok(!compilePattern('/api/a.b').test('/api/aXb'), 'a dot is a dot');
        assert.ok(compilePattern('/api/(x)+').test('/api/(x)+'));
    });
    it('keeps at most 64 KiB of a body, secrets and NULs replaced', async () => {
        const { keptBody } = await import('../src/modules/requests/journal.js');
        assert.deepEqual(keptBody(undefined), { text: null, truncated: false });
        assert.deepEqual(keptBody('{"a":1}'), { text: '{"a":1}', truncated: false });
        assert.deepEqual(keptBody('{"access_data" : "k:s","x":"a\\"b","secret":"s\\"x"}').text, '{"access_data" : "[redacted]","x":"a\\"b","secret":"[redacted]"}');
        assert.equal(keptBody('a\u0000b').text, 'a\uFFFDb');
        const cut = keptBody(Buffer.from('€'.repeat(30_000)));
        assert.equal(cut.truncated, true);
        assert.equal(cut.text, '€'.repeat(Math.floor(65536 / 3)));
    });
});
//# sourceMappingURL=unit.test.js.map