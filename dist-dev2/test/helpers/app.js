import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/database.js';
import { leaseWorkerId } from '../../src/db/worker-lease.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createToken } from '../../src/modules/accounts/accounts.service.js';
// Every test file gets a database of its own: a fresh SQLite file, or, when TEST_DATABASE_URL names a
// PostgreSQL server, a fresh schema that is dropped when the file is done. The app is built exactly as in
// production (same loadConfig, same buildApp); only the environment differs.
export const dialect = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite';
async function openTestDatabase() {
    if (dialect === 'postgres') {
        const url = process.env.TEST_DATABASE_URL;
        const schema = `cartline_test_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        const database = createDatabase({ kind: 'postgres', url }, { schema, poolSize: 4 });
        return {
            database,
            env: { DATABASE_URL: url },
            schema,
            cleanup: async () => {
                await admin.query(`drop schema ${schema} cascade`);
                await admin.end();
            },
        };
    }
    const dir = mkdtempSync(join(tmpdir(), 'cartline-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const config = loadConfig({ DATABASE_URL: url });
    return {
        database: createDatabase(config.database),
        env: { DATABASE_URL: url },
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
}
/** `logDestination`: where the app's log lines go (tests read them); with LOG_LEVEL set in `env` to see any. */
export async function setup(env = {}, options = {}) {
    const { database, env: dbEnv, schema, cleanup } = await openTestDatabase();
    let app;
    let release;
    // Second instances, closed before the database they use (after hooks run in the order registered).
    const instances = [];
    // Registered first, so that a failure below still closes everything (and the file does not hang).
    after(async () => {
        for (const close of instances)
            await close();
        await app?.close();
        await release?.();
        await database.close();
        await cleanup();
    });
    await migrateToLatest(database.db, schema);
    // Each app holds an id worker number of its own, leased in the database as a server process does.
    const lease = await leaseWorkerId(database);
    release = lease.release;
    // Suites make hundreds of requests a minute; the rate-limit tests set their own small limit.
    const config = loadConfig({ LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '1000000', ...dbEnv, ...env });
    const { newId } = lease;
    app = await buildApp(config, database, { newId, ...(options.logDestination ? { logDestination: options.logDestination } : {}) });
    await app.ready();
    const { token } = await createToken(database.db, newId, 'alice');
    const { token: otherToken } = await createToken(database.db, newId, 'mallory');
    const request = requester((options) => app.inject(options).then((r) => ({ status: r.statusCode, headers: r.headers, text: r.body })), token);
    // A second server process on the same database: its own app, its own connection(s), its own thread.
    async function secondInstance() {
        const data = { env: { LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '1000000', ...dbEnv, ...env }, ...(schema ? { schema } : {}) };
        const worker = new Worker(new URL('./instance-worker.js', import.meta.url), { workerData: data });
        const pending = new Map();
        let failure;
        const fail = (error) => {
            failure = error;
            for (const { reject } of pending.values())
                reject(error);
            pending.clear();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`the second instance's thread exited (${code})`)));
        await new Promise((resolve, reject) => {
            worker.once('message', () => resolve());
            worker.once('error', reject);
        });
        worker.on('message', (message) => {
            pending.get(message.id)?.resolve(message);
            pending.delete(message.id);
        });
        instances.push(async () => {
            const exited = new Promise((resolve) => worker.once('exit', resolve));
            worker.postMessage('close');
            await exited;
        });
        let nextId = 0;
        return requester((options) => {
            if (failure !== undefined)
                return Promise.reject(failure);
            const id = (nextId += 1);
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve, reject });
                worker.postMessage({ id, options });
            });
        }, token);
    }
    return { app, database, config, token, otherToken, schema, request, secondInstance };
}
function requester(send, token) {
    return async function request(method, url, body, options = {}) {
        const auth = options.token === undefined ? token : options.token;
        const headers = { accept: 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) };
        let payload;
        if (body !== undefined) {
            payload = typeof body === 'string' ? body : JSON.stringify(body);
            headers['content-type'] = 'application/json';
        }
        const response = await send({ method, url, headers: { ...headers, ...options.headers }, ...(payload !== undefined ? { payload } : {}) });
        let parsed;
        try {
            parsed = response.text === '' ? undefined : JSON.parse(response.text);
        }
        catch {
            parsed = undefined;
        }
        return { status: response.status, headers: response.headers, body: parsed, text: response.text };
    };
}
//# sourceMappingURL=app.js.map