import { prepared } from '../../db/prepared.js';
import { inList } from '../../db/in-list.js';
const columns = [
    'id',
    'email',
    'status',
    'source',
    'ip_address',
    'fields',
    'subscribed_at',
    'unsubscribed_at',
    'opted_in_at',
    'optin_ip',
    'created_at',
    'updated_at',
];
export async function findSubscriberById(db, accountId, id) {
    return db.selectFrom('subscribers').select(columns).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}
const subscribersByEmails = prepared((db, accountId, emails) => db.selectFrom('subscribers').select(columns).where('account_id', '=', accountId).where(inList(db, 'email', emails)));
export async function findSubscribersByEmails(db, accountId, emails) {
    if (emails.length === 0)
        return [];
    return subscribersByEmails(db, accountId, emails);
}
/** Inserts unless the account already has this email; concurrent callers end with one row either way. */
/** Answers true when the subscriber was inserted, false when the account already had one with this email. */
export async function insertSubscriberIfAbsent(db, row) {
    const result = await db
        .insertInto('subscribers')
        .values(row)
        .onConflict((oc) => oc.columns(['account_id', 'email']).doNothing())
        .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
export async function updateSubscriberFields(db, accountId, id, fields, updatedAt) {
    await db.updateTable('subscribers').set({ fields, updated_at: updatedAt }).where('account_id', '=', accountId).where('id', '=', id).execute();
}
export async function countSubscribers(db, accountId, options) {
    let query = db.selectFrom('subscribers').select((eb) => eb.fn.countAll().as('n')).where('account_id', '=', accountId);
    const { groupId } = options;
    if (options.status)
        query = query.where('status', '=', options.status);
    if (groupId !== undefined) {
        query = query.where('id', 'in', (eb) => eb.selectFrom('group_subscribers').select('subscriber_id').where('group_id', '=', groupId));
    }
    return Number((await query.executeTakeFirstOrThrow()).n);
}
/** One page in id order, after or before a cursor id; one row more than asked tells whether more exist. */
export async function listSubscribers(db, accountId, options) {
    let query = db.selectFrom('subscribers').select(columns).where('account_id', '=', accountId);
    const { groupId } = options;
    if (groupId !== undefined) {
        query = query.where('id', 'in', (eb) => eb.selectFrom('group_subscribers').select('subscriber_id').where('group_id', '=', groupId));
    }
    if (options.status)
        query = query.where('status', '=', options.status);
    if (options.after)
        query = query.where('id', '>', options.after);
    if (options.before)
        query = query.where('id', '<', options.before);
    return query
        .orderBy('id', options.before ? 'desc' : 'asc')
        .limit(options.limit + 1)
        .execute();
}
export async function insertSubscriber(db, row) {
    await db.insertInto('subscribers').values(row).execute();
}
export async function updateSubscriber(db, accountId, id, changes) {
    await db.updateTable('subscribers').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}
/** Its memberships go first (trigger, migration 0006), counted out of their groups. */
export async function deleteSubscriber(db, accountId, id) {
    await db.deleteFrom('subscribers').where('account_id', '=', accountId).where('id', '=', id).execute();
}
//# sourceMappingURL=subscribers.repository.js.map