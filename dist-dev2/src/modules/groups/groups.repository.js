import { sql } from 'kysely';
import { prepared } from '../../db/prepared.js';
import { inList } from '../../db/in-list.js';
const columns = ['id', 'name', 'created_at'];
export async function findGroup(db, accountId, id) {
    return db.selectFrom('groups').select(columns).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}
/** The account's groups, narrowed by part of the name (LIKE with its wildcards escaped). */
function groupsOf(db, accountId, filter) {
    let query = db.selectFrom('groups').where('groups.account_id', '=', accountId);
    if (filter.name) {
        const pattern = `%${filter.name.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where(sql `lower(groups.name) like ${pattern} escape '\\'`);
    }
    return query;
}
export async function countGroups(db, accountId, filter = {}) {
    const row = await groupsOf(db, accountId, filter)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
    return Number(row.n);
}
export async function listGroups(db, accountId, offset, limit, filter = {}) {
    const direction = filter.descending ? 'desc' : 'asc';
    let query = groupsOf(db, accountId, filter).select(['groups.id', 'groups.name', 'groups.created_at']);
    if (filter.sort === 'name')
        query = query.orderBy(sql `lower(groups.name)`, direction);
    else if (filter.sort === 'created_at')
        query = query.orderBy('groups.created_at', direction);
    else if (filter.sort === 'total') {
        // MailerLite's total is the active count.
        query = query.orderBy(sql `coalesce((select c.n from group_counters c where c.group_id = groups.id and c.status = 'active'), 0)`, direction);
    }
    // open_rate and click_rate are 0 for every group (no campaigns): the tie-break alone orders them.
    return query.orderBy('groups.id', filter.sort === undefined ? 'asc' : direction).limit(limit).offset(offset).execute();
}
export async function insertGroup(db, row) {
    await db.insertInto('groups').values(row).execute();
}
export async function updateGroup(db, accountId, id, changes) {
    await db.updateTable('groups').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}
/** Memberships go with it; shops linked to it keep existing, with no group. */
export async function deleteGroup(db, accountId, id) {
    await db.deleteFrom('groups').where('account_id', '=', accountId).where('id', '=', id).execute();
}
/** Subscriber counts by status for a set of groups: counters the database keeps (migration 0006), one query. */
export async function countMembersByStatus(db, groupIds) {
    if (groupIds.length === 0)
        return [];
    return membersByStatus(db, groupIds);
}
const membersByStatus = prepared((db, groupIds) => db.selectFrom('group_counters').select(['group_id', 'status', 'n']).where(inList(db, 'group_id', groupIds)));
export async function addMember(db, groupId, subscriberId, createdAt) {
    await addMemberships(db, [groupId], subscriberId, createdAt);
}
/** One subscriber into several groups in one statement; a membership it already has stays as it is. */
/** Answers how many memberships were added. */
export async function addMemberships(db, groupIds, subscriberId, createdAt) {
    if (groupIds.length === 0)
        return 0;
    const result = await db
        .insertInto('group_subscribers')
        .values([...new Set(groupIds)].map((groupId) => ({ group_id: groupId, subscriber_id: subscriberId, created_at: createdAt })))
        .onConflict((oc) => oc.columns(['group_id', 'subscriber_id']).doNothing())
        .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
}
/** The groups of many subscribers in one query. */
export async function findGroupsOfSubscribers(db, subscriberIds) {
    if (subscriberIds.length === 0)
        return [];
    return groupsOfSubscribers(db, subscriberIds);
}
const groupsOfSubscribers = prepared((db, subscriberIds) => db
    .selectFrom('group_subscribers')
    .innerJoin('groups', 'groups.id', 'group_subscribers.group_id')
    .select(['group_subscribers.subscriber_id', 'groups.id', 'groups.name', 'groups.created_at'])
    .where(inList(db, 'group_subscribers.subscriber_id', subscriberIds))
    .orderBy('groups.id'));
export async function removeMember(db, groupId, subscriberId) {
    await db.deleteFrom('group_subscribers').where('group_id', '=', groupId).where('subscriber_id', '=', subscriberId).execute();
}
/** Which of these ids are groups of the account. */
export async function findGroupIds(db, accountId, ids) {
    if (ids.length === 0)
        return new Set();
    const rows = await db.selectFrom('groups').select('id').where('account_id', '=', accountId).where('id', 'in', ids).execute();
    return new Set(rows.map((row) => String(row.id)));
}
//# sourceMappingURL=groups.repository.js.map