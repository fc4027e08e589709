import type { Executor } from '../../db/schema.js';
export interface GroupRow {
    id: string | bigint;
    name: string;
    created_at: string;
}
export declare function findGroup(db: Executor, accountId: string, id: string): Promise<GroupRow | undefined>;
export interface GroupFilter {
    /** A case-insensitive part of the name. */
    name?: string | undefined;
    sort?: 'name' | 'total' | 'open_rate' | 'click_rate' | 'created_at' | undefined;
    descending?: boolean;
}
export declare function countGroups(db: Executor, accountId: string, filter?: GroupFilter): Promise<number>;
export declare function listGroups(db: Executor, accountId: string, offset: number, limit: number, filter?: GroupFilter): Promise<GroupRow[]>;
export declare function insertGroup(db: Executor, row: {
    id: string;
    account_id: string;
    name: string;
    created_at: string;
    updated_at: string;
}): Promise<void>;
export declare function updateGroup(db: Executor, accountId: string, id: string, changes: {
    name: string;
    updated_at: string;
}): Promise<void>;
/** Memberships go with it; shops linked to it keep existing, with no group. */
export declare function deleteGroup(db: Executor, accountId: string, id: string): Promise<void>;
/** Subscriber counts by status for a set of groups: counters the database keeps (migration 0006), one query. */
export declare function countMembersByStatus(db: Executor, groupIds: string[]): Promise<{
    status: string;
    n: string | number | bigint;
    group_id: string | bigint;
}[]>;
export declare function addMember(db: Executor, groupId: string, subscriberId: string, createdAt: string): Promise<void>;
/** One subscriber into several groups in one statement; a membership it already has stays as it is. */
/** Answers how many memberships were added. */
export declare function addMemberships(db: Executor, groupIds: string[], subscriberId: string, createdAt: string): Promise<number>;
/** The groups of many subscribers in one query. */
export declare function findGroupsOfSubscribers(db: Executor, subscriberIds: string[]): Promise<{
    name: string;
    id: string | bigint;
    created_at: string;
    subscriber_id: string | bigint;
}[]>;
export declare function removeMember(db: Executor, groupId: string, subscriberId: string): Promise<void>;
/** Which of these ids are groups of the account. */
export declare function findGroupIds(db: Executor, accountId: string, ids: string[]): Promise<Set<string>>;
