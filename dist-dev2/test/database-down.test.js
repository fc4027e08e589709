import assert from 'node:assert/strict';
import { createServer, connect } from 'node:net';
import { describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { dialect, setup } from './helpers/app.js';
// PostgreSQL going away and coming back, without touching the machine's server: the app reaches it through a
// TCP proxy of this test's own, which is cut and restored.
class CuttableProxy {
    target;
    server;
    sockets = new Set();
    constructor(target) {
        this.target = target;
    }
    async listen(port = 0) {
        this.server = createServer((client) => {
            const upstream = connect(this.target.port, this.target.host);
            for (const socket of [client, upstream]) {
                this.sockets.add(socket);
                socket.on('close', () => this.sockets.delete(socket));
                socket.on('error', () => socket.destroy());
            }
            client.pipe(upstream).pipe(client);
        });
        await new Promise((resolve) => this.server.listen(port, '127.0.0.1', resolve));
        return this.server.address().port;
    }
    async cut() {
        for (const socket of this.sockets)
            socket.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
}
describe('PostgreSQL unreachable', { skip: dialect === 'postgres' ? false : 'PostgreSQL only (run with TEST_DATABASE_URL)' }, () => {
    it('answers 503 quickly while it is gone, says so in /healthz, and resumes by itself', async () => {
        const t = await setup();
        const direct = new URL(process.env.TEST_DATABASE_URL);
        const proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
        const port = await proxy.listen();
        const proxied = new URL(direct);
        proxied.port = String(port);
        const database = createDatabase({ kind: 'postgres', url: proxied.toString() }, { schema: t.schema, poolSize: 2 });
        const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: proxied.toString() }), database, { newId: t.app.newId });
        const get = () => app.inject({ method: 'GET', url: '/api/ecommerce/shops?limit=0', headers: { authorization: `Bearer ${t.token}` } });
        try {
            assert.equal((await get()).statusCode, 200);
            await proxy.cut();
            const began = Date.now();
            const down = await get();
            const took = Date.now() - began;
            assert.equal(down.statusCode, 503, down.body);
            assert.deepEqual(JSON.parse(down.body), { message: 'Service Unavailable.' });
            assert.ok(took < 5_000, `answered in ${took} ms`);
            const health = await app.inject({ method: 'GET', url: '/healthz' });
            assert.equal(health.statusCode, 503);
            assert.equal(JSON.parse(health.body).status, 'database unavailable');
            await proxy.listen(port);
            const back = await get();
            assert.equal(back.statusCode, 200, back.body);
            assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
        }
        finally {
            await app.close();
            await database.close();
            await proxy.cut().catch(() => undefined);
        }
    });
});
//# sourceMappingURL=database-down.test.js.map