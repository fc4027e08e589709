import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { NotFoundError, present } from '../../http/errors.js';
import { now } from '../../time.js';
import * as repo from './groups.repository.js';
import type { Group, GroupBody } from './groups.schemas.js';

// Cartline sends no campaigns, so sends, opens and clicks are truly zero; the subscriber counts are real.
const ZERO_RATE = { float: 0, string: '0%' };

export type StatusCounts = Map<string, number>;

export function toGroupResponse(row: repo.GroupRow, counts: StatusCounts = new Map()): Group {
  return {
    id: String(row.id),
    name: row.name,
    active_count: counts.get('active') ?? 0,
    sent_count: 0,
    opens_count: 0,
    open_rate: ZERO_RATE,
    clicks_count: 0,
    click_rate: ZERO_RATE,
    unsubscribed_count: counts.get('unsubscribed') ?? 0,
    unconfirmed_count: counts.get('unconfirmed') ?? 0,
    bounced_count: counts.get('bounced') ?? 0,
    junk_count: counts.get('junk') ?? 0,
    created_at: row.created_at,
  };
}

/** Group objects with their member counts, by id, for any number of groups, in one extra query. */
export async function loadGroupResponses(db: Executor, rows: repo.GroupRow[]): Promise<Map<string, Group>> {
  const counts = new Map<string, StatusCounts>();
  for (const row of await repo.countMembersByStatus(db, [...new Set(rows.map((r) => String(r.id)))])) {
    const key = String(row.group_id);
    let byStatus = counts.get(key);
    if (byStatus === undefined) counts.set(key, (byStatus = new Map()));
    byStatus.set(row.status, Number(row.n));
  }
  return new Map(rows.map((row) => [String(row.id), toGroupResponse(row, counts.get(String(row.id)))]));
}

async function toGroupResponses(db: Executor, rows: repo.GroupRow[]): Promise<Group[]> {
  const groups = await loadGroupResponses(db, rows);
  return rows.map((row) => present(groups.get(String(row.id)), `group ${String(row.id)}`));
}

async function requireGroup(db: Executor, accountId: string, rawId: string): Promise<repo.GroupRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findGroup(db, accountId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getGroup(db: Executor, accountId: string, rawId: string): Promise<Group> {
  const row = await requireGroup(db, accountId, rawId);
  return present((await loadGroupResponses(db, [row])).get(String(row.id)), `group ${String(row.id)}`);
}

export async function createGroup(db: Database, newId: IdGenerator, accountId: string, body: GroupBody): Promise<Group> {
  const timestamp = now();
  const row = { id: newId(), account_id: accountId, name: body.name, created_at: timestamp, updated_at: timestamp };
  await repo.insertGroup(db, row);
  return toGroupResponse(row);
}

export async function updateGroup(db: Database, accountId: string, rawId: string, body: GroupBody): Promise<Group> {
  const id = String((await requireGroup(db, accountId, rawId)).id);
  await repo.updateGroup(db, accountId, id, { name: body.name, updated_at: now() });
  return getGroup(db, accountId, id);
}

export async function deleteGroup(db: Database, accountId: string, rawId: string): Promise<void> {
  const id = String((await requireGroup(db, accountId, rawId)).id);
  await repo.deleteGroup(db, accountId, id);
}

export const countGroups = repo.countGroups;

export async function listGroups(db: Executor, accountId: string, offset: number, limit: number): Promise<Group[]> {
  return toGroupResponses(db, await repo.listGroups(db, accountId, offset, limit));
}
