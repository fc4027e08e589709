import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import { createIdGenerator } from './ids.js';
// Ids are snowflakes with a 10-bit worker number (ids.ts): two live processes with the same number mint the same
// id when they create a row in the same millisecond. So every process that writes holds its number as a lease in
// the database it writes to (table worker_leases, migration 0005): taken at start-up, renewed by a heartbeat,
// deleted at shutdown, and taken over by another process only once expired (its holder crashed or lost the
// database for longer than the lease). The clock is the database's, so hosts with skewed clocks agree.
export const WORKER_IDS = 1024;
/** A crashed process's number is free again after this long. */
const DEFAULT_TTL_MS = 60_000;
export class WorkerIdTakenError extends Error {
    name = 'WorkerIdTakenError';
}
function databaseNowMs(dialect) {
    return dialect === 'sqlite'
        ? sql `cast((julianday('now') - 2440587.5) * 86400000 as integer)`
        : sql `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
}
/** Takes this number if it is free, expired, or already this holder's; one atomic statement on both databases. */
async function tryTake(database, workerId, holder, ttlMs) {
    const now = databaseNowMs(database.dialect);
    const { rows } = await sql `
    insert into worker_leases (worker_id, holder, expires_at) values (${workerId}, ${holder}, ${now} + ${ttlMs})
    on conflict (worker_id) do update set holder = excluded.holder, expires_at = excluded.expires_at
      where worker_leases.expires_at < ${now} or worker_leases.holder = excluded.holder
    returning worker_id`.execute(database.db);
    return rows.length > 0;
}
async function holderOf(database, workerId) {
    const now = databaseNowMs(database.dialect);
    const { rows } = await sql `select holder from worker_leases where worker_id = ${workerId} and expires_at >= ${now}`.execute(database.db);
    return rows[0]?.holder;
}
async function acquire(database, holder, ttlMs, requested) {
    if (requested !== null) {
        if (await tryTake(database, requested, holder, ttlMs))
            return requested;
        const other = (await holderOf(database, requested)) ?? 'another process';
        throw new WorkerIdTakenError(`CARTLINE_WORKER_ID ${requested} is held by a live process (${other}): choose another number, or leave it unset to take a free one`);
    }
    const now = databaseNowMs(database.dialect);
    const { rows } = await sql `select worker_id from worker_leases where expires_at >= ${now}`.execute(database.db);
    const live = new Set(rows.map((row) => Number(row.worker_id)));
    // Lowest free first; a process that loses the race for a number (the statement is atomic) tries the next.
    for (let workerId = 0; workerId < WORKER_IDS; workerId++) {
        if (!live.has(workerId) && (await tryTake(database, workerId, holder, ttlMs)))
            return workerId;
    }
    throw new WorkerIdTakenError(`all ${WORKER_IDS} id worker numbers are held by live processes of this database`);
}
/** Leases a worker number in this database and answers an id generator that uses it, renewed until released. */
export async function leaseWorkerId(database, options = {}) {
    const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    const heartbeatMs = options.heartbeatMs ?? Math.floor(ttlMs / 4);
    const warn = options.warn ?? ((message) => console.error(message));
    const holder = `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
    let workerId = await acquire(database, holder, ttlMs, options.workerId ?? null);
    let generate = createIdGenerator(workerId);
    let released = false;
    let renewing;
    async function renew() {
        try {
            const now = databaseNowMs(database.dialect);
            const { rows } = await sql `update worker_leases set expires_at = ${now} + ${ttlMs}
        where worker_id = ${workerId} and holder = ${holder} returning worker_id`.execute(database.db);
            if (rows.length > 0 || released)
                return;
            // Expired while the database was away, and taken since: this number is another process's now.
            const lost = workerId;
            workerId = await acquire(database, holder, ttlMs, null);
            generate = createIdGenerator(workerId);
            warn(`id worker number ${lost} was lost (its lease expired and another process took it): now using ${workerId}`);
        }
        catch (error) {
            warn('could not renew the id worker lease (will retry)', error);
        }
    }
    const timer = setInterval(() => {
        renewing ??= renew().finally(() => (renewing = undefined));
    }, heartbeatMs);
    timer.unref();
    return {
        get workerId() {
            return workerId;
        },
        newId: () => generate(),
        async release() {
            if (released)
                return;
            released = true;
            clearInterval(timer);
            await renewing;
            try {
                await sql `delete from worker_leases where worker_id = ${workerId} and holder = ${holder}`.execute(database.db);
            }
            catch (error) {
                // The lease expires by itself.
                warn('could not release the id worker lease', error);
            }
        },
    };
}
//# sourceMappingURL=worker-lease.js.map