import { sql } from 'kysely';
import { insertMany } from '../../db/insert-many.js';
export async function insertEntries(db, rows) {
    await insertMany(db, 'journal_entries', rows);
}
/** Keeps the account's newest `keep` entries and those minted from `oldestId` on. */
export async function pruneAccount(db, accountId, keep, oldestId) {
    const boundary = await db
        .selectFrom('journal_entries')
        .select('id')
        .where('account_id', '=', accountId)
        .orderBy('id', 'desc')
        .limit(1)
        .offset(keep)
        .executeTakeFirst();
    await db
        .deleteFrom('journal_entries')
        .where('account_id', '=', accountId)
        .where((eb) => (boundary === undefined ? eb('id', '<', oldestId) : eb.or([eb('id', '<', oldestId), eb('id', '<=', String(boundary.id))])))
        .execute();
}
/** Every account's entries minted before `oldestId`: the age limit for accounts that no longer write. */
export async function pruneOlderThan(db, oldestId) {
    await db.deleteFrom('journal_entries').where('id', '<', oldestId).execute();
}
const SUMMARY = [
    'id',
    'batch_id',
    'shop_id',
    'created_at',
    'method',
    'path',
    'status',
    'duration_ms',
    'client',
    'user_agent',
    'request_truncated',
    'response_truncated',
    'fault_id',
];
function filtered(db, accountId, filter) {
    let query = db.selectFrom('journal_entries').where('account_id', '=', accountId);
    const { status } = filter;
    if (status !== undefined) {
        query =
            'exact' in status
                ? query.where('status', '=', status.exact)
                : query.where('status', '>=', status.class * 100).where('status', '<', status.class * 100 + 100);
    }
    if (filter.method !== undefined)
        query = query.where('method', '=', filter.method);
    // A part of the path and query, any case (as SQLite's LIKE compares), LIKE's wildcards taken literally.
    if (filter.path !== undefined) {
        const pattern = `%${filter.path.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where(sql `lower(path) like ${pattern} escape '\\'`);
    }
    if (filter.shopId !== undefined)
        query = query.where('shop_id', '=', filter.shopId);
    if (filter.client !== undefined)
        query = query.where('client', '=', filter.client);
    if (filter.since !== undefined)
        query = query.where('created_at', '>=', filter.since);
    return query;
}
export async function countEntries(db, accountId, filter) {
    const row = await filtered(db, accountId, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
}
/** A page of the account's entries, newest first, without their bodies. */
export async function listEntries(db, accountId, filter, offset, limit) {
    return filtered(db, accountId, filter).select(SUMMARY).orderBy('id', 'desc').limit(limit).offset(offset).execute();
}
export async function findEntry(db, accountId, id) {
    return db
        .selectFrom('journal_entries')
        .select([...SUMMARY, 'request_body', 'response_body', 'errors'])
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
}
/** The account's entries after `afterId`, oldest first: what a live tail has not sent yet. */
export async function entriesAfter(db, accountId, afterId, limit) {
    return db
        .selectFrom('journal_entries')
        .select(SUMMARY)
        .where('account_id', '=', accountId)
        .where('id', '>', afterId)
        .orderBy('id', 'asc')
        .limit(limit)
        .execute();
}
/** The account's entries minted before `beforeId` (a reset's late-written stragglers). */
export async function deleteEntriesBefore(db, accountId, beforeId) {
    await db.deleteFrom('journal_entries').where('account_id', '=', accountId).where('id', '<', beforeId).execute();
}
//# sourceMappingURL=requests.repository.js.map