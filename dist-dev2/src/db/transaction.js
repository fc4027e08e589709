import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { ConcurrentChangeError } from '../http/errors.js';
// A transaction that lost a race to another one can simply run again: it was rolled back whole, and its
// lookups, run anew, see what the other committed. Lost races show as:
// - a tie the database broke (PostgreSQL: a deadlock between two imports that touch the same customers or
//   counters, a serialization failure; SQLite: a read snapshot outdated by another connection's commit, which
//   `begin immediate` in sqlite.ts now prevents);
// - a unique key that another transaction committed after this one looked for it (PostgreSQL's
//   `on conflict (one key) do nothing` still raises on the table's other unique keys: a customer's resource_id
//   taken by a concurrent sync under another email; a new id equal to one just written);
// - a row this one found or wrote a moment ago that a concurrent change removed (ConcurrentChangeError).
// Run again here a few times, after a short random pause, so that the client sees its answer rather than a
// 422 or 503 asking it to retry. What still fails after the last attempt is answered as before.
const ATTEMPTS = 4;
function isTransient(error) {
    if (error instanceof ConcurrentChangeError)
        return true;
    const code = error?.code;
    return (code === '40P01' ||
        code === '40001' ||
        code === '23505' ||
        code === 'SQLITE_BUSY_SNAPSHOT' ||
        code === 'SQLITE_CONSTRAINT_UNIQUE' ||
        code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}
/** Runs `work` in a transaction, again (up to 4 times in all) if it lost a race to another transaction. */
export async function inTransaction(db, work) {
    for (let attempt = 1;; attempt++) {
        try {
            return await db.transaction().execute(work);
        }
        catch (error) {
            if (attempt >= ATTEMPTS || !isTransient(error))
                throw error;
            await sleep(Math.random() * 20 * attempt);
        }
    }
}
/**
 * Runs `work` on one consistent view of the database, taking no write lock: `cartline export` and `copy` read
 * every table while a server may be writing. PostgreSQL: a read-only repeatable-read transaction. SQLite: a
 * deferred transaction (its first read fixes the snapshot in WAL mode); written as `begin deferred` because
 * sqlite.ts turns a plain `begin` into `begin immediate`, which would hold off the server's writes meanwhile.
 */
export async function inReadSnapshot(db, dialect, work) {
    if (dialect === 'postgres')
        return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
    return db.connection().execute(async (connection) => {
        await sql `begin deferred`.execute(connection);
        try {
            const result = await work(connection);
            await sql `commit`.execute(connection);
            return result;
        }
        catch (error) {
            await sql `rollback`.execute(connection);
            throw error;
        }
    });
}
//# sourceMappingURL=transaction.js.map