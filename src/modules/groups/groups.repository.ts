import { sql } from 'kysely';
import { prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';
import { inList } from '../../db/in-list.js';

export interface GroupRow {
  id: string | bigint;
  name: string;
  created_at: string;
}

const columns = ['id', 'name', 'created_at'] as const;

export async function findGroup(db: Executor, accountId: string, id: string): Promise<GroupRow | undefined> {
  return db.selectFrom('groups').select(columns).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export interface GroupFilter {
  /** A case-insensitive part of the name. */
  name?: string | undefined;
  sort?: 'name' | 'total' | 'open_rate' | 'click_rate' | 'created_at' | undefined;
  descending?: boolean;
}

/** The account's groups, narrowed by part of the name (LIKE with its wildcards escaped). */
function groupsOf(db: Executor, accountId: string, filter: GroupFilter) {
  let query = db.selectFrom('groups').where('groups.account_id', '=', accountId);
  if (filter.name) {
    const pattern = `%${filter.name.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(groups.name) like ${pattern} escape '\\'`);
  }
  return query;
}

export async function countGroups(db: Executor, accountId: string, filter: GroupFilter = {}): Promise<number> {
  const row = await groupsOf(db, accountId, filter)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listGroups(db: Executor, accountId: string, offset: number, limit: number, filter: GroupFilter = {}): Promise<GroupRow[]> {
  const direction = filter.descending ? 'desc' : 'asc';
  let query = groupsOf(db, accountId, filter).select(['groups.id', 'groups.name', 'groups.created_at']);
  if (filter.sort === 'name') query = query.orderBy(sql`lower(groups.name)`, direction);
  else if (filter.sort === 'created_at') query = query.orderBy('groups.created_at', direction);
  else if (filter.sort === 'total') {
    // MailerLite's total is the active count.
    query = query.orderBy(
      sql`coalesce((select c.n from group_counters c where c.group_id = groups.id and c.status = 'active'), 0)`,
      direction,
    );
  }
  // open_rate and click_rate are 0 for every group (no campaigns): the tie-break alone orders them.
  return query.orderBy('groups.id', filter.sort === undefined ? 'asc' : direction).limit(limit).offset(offset).execute();
}

export async function insertGroup(db: Executor, row: { id: string; account_id: string; name: string; created_at: string; updated_at: string }) {
  await db.insertInto('groups').values(row).execute();
}

export async function updateGroup(db: Executor, accountId: string, id: string, changes: { name: string; updated_at: string }) {
  await db.updateTable('groups').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Memberships go with it; shops linked to it keep existing, with no group. */
export async function deleteGroup(db: Executor, accountId: string, id: string) {
  await db.deleteFrom('groups').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Subscriber counts by status for a set of groups: counters the database keeps (migration 0006), one query. */
export async function countMembersByStatus(db: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return membersByStatus(db, groupIds);
}

const membersByStatus = prepared((db, groupIds: string[]) =>
  db.selectFrom('group_counters').select(['group_id', 'status', 'n']).where(inList(db, 'group_id', groupIds)),
);

export async function addMember(db: Executor, groupId: string, subscriberId: string, createdAt: string) {
  await addMemberships(db, [groupId], subscriberId, createdAt);
}

/** One subscriber into several groups in one statement; a membership it already has stays as it is. */
/** Answers how many memberships were added. */
export async function addMemberships(db: Executor, groupIds: string[], subscriberId: string, createdAt: string): Promise<number> {
  if (groupIds.length === 0) return 0;
  const result = await db
    .insertInto('group_subscribers')
    .values([...new Set(groupIds)].map((groupId) => ({ group_id: groupId, subscriber_id: subscriberId, created_at: createdAt })))
    .onConflict((oc) => oc.columns(['group_id', 'subscriber_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The groups of many subscribers in one query. */
export async function findGroupsOfSubscribers(db: Executor, subscriberIds: string[]) {
  if (subscriberIds.length === 0) return [];
  return groupsOfSubscribers(db, subscriberIds);
}

const groupsOfSubscribers = prepared((db, subscriberIds: string[]) =>
  db
    .selectFrom('group_subscribers')
    .innerJoin('groups', 'groups.id', 'group_subscribers.group_id')
    .select(['group_subscribers.subscriber_id', 'groups.id', 'groups.name', 'groups.created_at'])
    .where(inList(db, 'group_subscribers.subscriber_id', subscriberIds))
    .orderBy('groups.id'),
);

export async function removeMember(db: Executor, groupId: string, subscriberId: string) {
  await db.deleteFrom('group_subscribers').where('group_id', '=', groupId).where('subscriber_id', '=', subscriberId).execute();
}

/** Which of these ids are groups of the account. */
export async function findGroupIds(db: Executor, accountId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('groups').select('id').where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return new Set(rows.map((row) => String(row.id)));
}
