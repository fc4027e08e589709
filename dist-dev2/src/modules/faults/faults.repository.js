import { sql } from 'kysely';
const columns = ['id', 'method', 'path', 'status', 'drop_connection', 'latency_ms', 'retry_after', 'probability', 'count', 'remaining', 'created_at'];
export async function listFaults(db, accountId) {
    return db.selectFrom('fault_rules').select(columns).where('account_id', '=', accountId).orderBy('id').execute();
}
/** The rules that can still fire, in the order they are tried. */
export async function listLiveFaults(db, accountId) {
    return db
        .selectFrom('fault_rules')
        .select(columns)
        .where('account_id', '=', accountId)
        .where((eb) => eb.or([eb('remaining', 'is', null), eb('remaining', '>', 0)]))
        .orderBy('id')
        .execute();
}
export async function insertFault(db, row) {
    await db.insertInto('fault_rules').values(row).execute();
}
export async function deleteFault(db, accountId, id) {
    const result = await db.deleteFrom('fault_rules').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
}
/**
 * Takes one firing from a rule with a count, in the database, so that processes share it: the remaining count
 * after it, or undefined when none was left (another process took the last, or the rule was deleted).
 */
export async function takeFiring(db, accountId, id) {
    const row = await db
        .updateTable('fault_rules')
        .set({ remaining: sql `remaining - 1` })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .where('remaining', '>', 0)
        .returning('remaining')
        .executeTakeFirst();
    return row === undefined ? undefined : Number(row.remaining);
}
/** Every process reloads the account's rules at its next request (read with the token, src/http/auth.ts). */
export async function bumpFaultsRevision(db, accountId) {
    await db
        .updateTable('accounts')
        .set({ faults_revision: sql `faults_revision + 1` })
        .where('id', '=', accountId)
        .execute();
}
//# sourceMappingURL=faults.repository.js.map