import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseDatabaseUrl } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { leaseWorkerId, WorkerIdTakenError } from '../src/db/worker-lease.js';
import { setup } from './helpers/app.js';
import { createOwnDatabase, startServer } from './helpers/process.js';
// Every process that writes holds its id worker number as a lease in the database (src/db/worker-lease.ts), so
// that no two live processes of one database can mint the same id.
const t = await setup();
/** The worker number inside a snowflake id (bits 12..21). */
function workerOf(id) {
    return Number((BigInt(id) >> 12n) & 1023n);
}
async function leaseRows() {
    const { rows } = await sql `select worker_id, holder from worker_leases order by worker_id`.execute(t.database.db);
    return rows.map((row) => ({ worker_id: Number(row.worker_id), holder: row.holder }));
}
describe('id worker leases', () => {
    it('gives live processes distinct numbers, and the ids they mint carry them', async () => {
        const leases = await Promise.all(Array.from({ length: 5 }, () => leaseWorkerId(t.database)));
        try {
            const numbers = leases.map((lease) => lease.workerId);
            assert.equal(new Set(numbers).size, 5, `distinct: ${numbers}`);
            // The test app's own lease is live as well.
            assert.ok(!numbers.includes(workerOf(t.app.newId())), 'none is the app’s own');
            for (const lease of leases)
                assert.equal(workerOf(lease.newId()), lease.workerId);
            const stored = (await leaseRows()).map((row) => row.worker_id);
            for (const number of numbers)
                assert.ok(stored.includes(number));
        }
        finally {
            await Promise.all(leases.map((lease) => lease.release()));
        }
    });
    it('refuses a number another live process holds, and gives it once released', async () => {
        const holder = await leaseWorkerId(t.database, { workerId: 700 });
        assert.equal(holder.workerId, 700);
        await assert.rejects(leaseWorkerId(t.database, { workerId: 700 }), (error) => {
            assert.ok(error instanceof WorkerIdTakenError);
            assert.match(error.message, /CARTLINE_WORKER_ID 700 is held by a live process/);
            return true;
        });
        await holder.release();
        assert.ok(!(await leaseRows()).some((row) => row.worker_id === 700), 'released: the row is gone');
        const next = await leaseWorkerId(t.database, { workerId: 700 });
        assert.equal(next.workerId, 700);
        await next.release();
    });
    it('keeps a number alive with its heartbeat, and frees it when the holder stops renewing (a crash)', async () => {
        const alive = await leaseWorkerId(t.database, { workerId: 701, ttlMs: 300, heartbeatMs: 50 });
        await sleep(700);
        await assert.rejects(leaseWorkerId(t.database, { workerId: 701 }), WorkerIdTakenError, 'renewed past its first expiry');
        await alive.release();
        // A holder that never renews, as a process killed with SIGKILL.
        const crashed = await leaseWorkerId(t.database, { workerId: 702, ttlMs: 200, heartbeatMs: 3_600_000 });
        await assert.rejects(leaseWorkerId(t.database, { workerId: 702 }), WorkerIdTakenError);
        await sleep(400);
        const successor = await leaseWorkerId(t.database, { workerId: 702 });
        assert.equal(successor.workerId, 702);
        await successor.release();
        await crashed.release();
    });
    it('a holder whose number was taken after it expired moves to a free number instead of sharing it', async () => {
        const warnings = [];
        const slow = await leaseWorkerId(t.database, { workerId: 703, ttlMs: 400, heartbeatMs: 100, warn: (message) => warnings.push(message) });
        // Its lease expires (the database was away, say) and another process takes the number.
        await sql `update worker_leases set expires_at = 0 where worker_id = 703`.execute(t.database.db);
        const taker = await leaseWorkerId(t.database, { workerId: 703 });
        for (let i = 0; i < 50 && slow.workerId === 703; i++)
            await sleep(20);
        assert.notEqual(slow.workerId, 703, 'moved');
        assert.equal(workerOf(slow.newId()), slow.workerId, 'its new ids carry the new number');
        assert.match(warnings.join('\n'), /id worker number 703 was lost/);
        const rows = await leaseRows();
        assert.equal(rows.filter((row) => row.worker_id === 703).length, 1);
        assert.ok(rows.some((row) => row.worker_id === slow.workerId));
        await slow.release();
        await taker.release();
    });
});
describe('server start-up and CARTLINE_WORKER_ID', () => {
    it('refuses to start with a number a running server holds; takes a free one without it; frees it on shutdown', async () => {
        const own = await createOwnDatabase('workers');
        after(own.drop);
        const env = { ...process.env, DATABASE_URL: own.url, LOG_LEVEL: 'info', CARTLINE_RATE_LIMIT: '0' };
        const first = await startServer({ ...env, CARTLINE_WORKER_ID: '7' });
        try {
            assert.match(first.output(), /id worker 7\)/);
            const refused = startServer({ ...env, CARTLINE_WORKER_ID: '7' });
            await assert.rejects(refused, /server exited with 2: .*CARTLINE_WORKER_ID 7 is held by a live process/s);
            const second = await startServer(env);
            assert.match(second.output(), /id worker 0\)/, 'the lowest free number');
            second.child.kill('SIGTERM');
            assert.equal(await second.exited, 0);
        }
        finally {
            first.child.kill('SIGTERM');
            assert.equal(await first.exited, 0);
        }
        // Both released their numbers at shutdown: 7 can be taken at once.
        const database = createDatabase(parseDatabaseUrl(own.url));
        try {
            await migrateToLatest(database.db);
            const { rows } = await sql `select count(*) as n from worker_leases`.execute(database.db);
            assert.equal(Number(rows[0].n), 0);
            const again = await leaseWorkerId(database, { workerId: 7 });
            await again.release();
        }
        finally {
            await database.close();
        }
    });
});
//# sourceMappingURL=worker-lease.test.js.map