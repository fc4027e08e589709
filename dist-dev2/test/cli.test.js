import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createIdGenerator } from '../src/db/ids.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { CLI, startServer as startProcess } from './helpers/process.js';
// The real command line and the real server process, on a SQLite file of their own.
const dir = mkdtempSync(join(tmpdir(), 'cartline-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'info' };
function cli(...args) {
    return spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
}
function startServer(extraEnv = {}) {
    return startProcess({ ...env, ...extraEnv });
}
describe('cartline command line', () => {
    it('migrates, creates a token alone on stdout, lists and revokes it', async () => {
        const migrate = cli('migrate');
        assert.equal(migrate.status, 0, migrate.stderr);
        const created = cli('token', 'create', '--account', 'acme');
        assert.equal(created.status, 0, created.stderr);
        const lines = created.stdout.split('\n').filter(Boolean);
        assert.equal(lines.length, 1, 'the token alone on stdout');
        const token = lines[0];
        assert.ok(token.length >= 100, `token has ${token.length} characters`);
        const list = cli('token', 'list');
        assert.equal(list.status, 0);
        assert.match(list.stdout, /acme/);
        assert.ok(!list.stdout.includes(token), 'the token is never shown again');
        const tokenId = list.stdout.split('\t')[0];
        const server = await startServer();
        try {
            const ok = await fetch(`${server.url}/api/ecommerce/shops`, { headers: { authorization: `Bearer ${token}` } });
            assert.equal(ok.status, 200);
            assert.ok(!server.output().includes(token), 'the token is not logged');
            const revoked = cli('token', 'revoke', tokenId);
            assert.equal(revoked.status, 0, revoked.stderr);
            const denied = await fetch(`${server.url}/api/ecommerce/shops`, { headers: { authorization: `Bearer ${token}` } });
            assert.equal(denied.status, 401, 'a revoked token stops working at once');
        }
        finally {
            server.child.kill('SIGTERM');
        }
        const code = await new Promise((resolve) => server.child.on('exit', resolve));
        assert.equal(code, 0, 'SIGTERM closes cleanly');
        assert.equal(cli('token', 'revoke', tokenId).status, 1, 'revoking twice says so');
    });
    it('starts with a bootstrap token, prints its URL, and serves /healthz', async () => {
        const token = 'b'.repeat(120);
        const server = await startServer({ CARTLINE_BOOTSTRAP_TOKEN: token });
        try {
            assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
            const response = await fetch(`${server.url}/api/ecommerce/shops?limit=0`, { headers: { authorization: `Bearer ${token}` } });
            assert.equal(response.status, 200);
            assert.deepEqual(await response.json(), { total: 0 });
        }
        finally {
            server.child.kill('SIGTERM');
            await new Promise((resolve) => server.child.on('exit', resolve));
        }
    });
    it('refuses an invalid setting at start-up, naming it', () => {
        const result = spawnSync(process.execPath, [CLI, 'serve'], { env: { ...env, PORT: 'abc' }, encoding: 'utf8' });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /PORT must be a whole number/);
    });
    it('explains its usage on an unknown command', () => {
        const result = cli('frobnicate');
        assert.equal(result.status, 2);
        assert.match(result.stderr, /Usage: cartline/);
    });
});
describe('cartline check', () => {
    it('passes a sound database and names what breaks in a damaged one (exit 1)', () => {
        const dbPath = join(dir, 'check.db');
        const checkEnv = { ...env, DATABASE_URL: `sqlite:${dbPath}` };
        const sound = spawnSync(process.execPath, [CLI, 'check'], { env: checkEnv, encoding: 'utf8' });
        assert.equal(sound.status, 0, sound.stdout + sound.stderr);
        assert.match(sound.stdout, /ok {4}SQLite integrity check: ok/);
        assert.doesNotMatch(sound.stdout, /FAIL/);
        // Damage it behind Cartline's back: a cart item whose cart and product do not exist.
        const db = new BetterSqlite3(dbPath);
        db.pragma('foreign_keys = OFF');
        db.prepare("insert into cart_items (shop_id, id, cart_id, product_id, quantity, price, created_at, updated_at) values (1, 2, 3, 4, 1, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')").run();
        db.close();
        const damaged = spawnSync(process.execPath, [CLI, 'check'], { env: checkEnv, encoding: 'utf8' });
        assert.equal(damaged.status, 1);
        assert.match(damaged.stdout, /FAIL {2}every cart item has its cart and its product: 1 rows break it/);
        assert.match(damaged.stdout, /FAIL {2}SQLite foreign key check/);
    });
});
describe('shutdown', () => {
    it('on SIGTERM finishes the requests in flight, writes them whole, and exits 0', async () => {
        const token = 's'.repeat(120);
        const dbPath = join(dir, 'shutdown.db');
        const server = await startServer({ CARTLINE_BOOTSTRAP_TOKEN: token, DATABASE_URL: `sqlite:${dbPath}` });
        const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
        const post = async (path, body) => (await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })).json();
        const shop = (await post('/api/ecommerce/shops', { name: 'S', url: 's.example', currency: 'USD' })).data;
        const product = (await post(`/api/ecommerce/shops/${shop.id}/products`, { name: 'P' })).data;
        const body = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ customer: { email: `c${i}@example.com` }, cart: { items: [{ ecommerce_product_id: product.id }] } })));
        // Ten imports, each on its own connection, each body sent in two halves. SIGTERM goes out once the server has
        // logged all ten as incoming and before any body is complete: every one is in flight, being read. The second
        // halves follow the signal. (Signalling once the client has merely written whole requests races the kernel:
        // a request still unread in a socket buffer, or a connection not yet accepted, is reset by any server that
        // stops listening; and one import at a time holds SQLite, so the last connections wait unread.)
        const importPath = `/api/ecommerce/shops/${shop.id}/orders/import`;
        const { port } = new URL(server.url);
        const half = Math.floor(body.length / 2);
        let answered = 0;
        const requests = Array.from({ length: 10 }, () => {
            const req = httpRequest({
                host: '127.0.0.1',
                port,
                method: 'POST',
                path: importPath,
                headers: { ...headers, 'content-length': Buffer.byteLength(body) },
                agent: false,
            });
            const status = new Promise((resolve, reject) => {
                req.on('response', (res) => {
                    res.resume();
                    res.on('end', () => {
                        answered += 1;
                        resolve(res.statusCode ?? 0);
                    });
                });
                req.on('error', reject);
            });
            req.write(body.slice(0, half));
            return { req, status };
        });
        const incoming = () => server.output().split('\n').filter((line) => line.includes('incoming request') && line.includes(importPath)).length;
        while (incoming() < 10)
            await new Promise((resolve) => setTimeout(resolve, 5));
        const answeredBeforeSignal = answered;
        server.child.kill('SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (const { req } of requests)
            req.end(body.slice(half));
        const statuses = Promise.all(requests.map(({ status }) => status));
        const results = await statuses;
        const code = await new Promise((resolve) => server.child.on('exit', resolve));
        assert.equal(answeredBeforeSignal, 0, 'all ten were in flight at SIGTERM');
        assert.deepEqual(results, Array(10).fill(200));
        assert.equal(code, 0);
        const db = new BetterSqlite3(dbPath, { readonly: true });
        try {
            assert.equal(db.prepare('select count(*) as n from orders').get().n, 2000);
            assert.equal(db.prepare('select count(*) as n from cart_items').get().n, 2000);
        }
        finally {
            db.close();
        }
        await assert.rejects(fetch(`${server.url}/healthz`), 'no longer accepting');
    });
});
describe('when the database does not answer', () => {
    it('answers /healthz and API calls with a JSON 503 with Retry-After, never a crash', async () => {
        const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
        const database = createDatabase(config.database);
        // Nothing is written: a fixed worker number is enough.
        const app = await buildApp(config, database, { newId: createIdGenerator(3) });
        try {
            const health = await app.inject({ method: 'GET', url: '/healthz' });
            assert.equal(health.statusCode, 503);
            assert.equal(JSON.parse(health.body).status, 'database unavailable');
            const api = await app.inject({ method: 'GET', url: '/api/ecommerce/shops', headers: { authorization: `Bearer ${'x'.repeat(120)}` } });
            assert.equal(api.statusCode, 503);
            assert.deepEqual(JSON.parse(api.body), { message: 'Service Unavailable.' });
            assert.equal(api.headers['retry-after'], '5');
            assert.equal(api.headers['content-type'], 'application/json');
        }
        finally {
            await app.close();
            await database.close();
        }
    });
});
//# sourceMappingURL=cli.test.js.map