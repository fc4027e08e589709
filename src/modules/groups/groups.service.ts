import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { NotFoundError, present } from '../../http/errors.js';
import { now } from '../../time.js';
import * as repo from './groups.repository.js';
import type { Group, GroupBody } from './groups.schemas.js';
import { groupsById, toGroupResponse } from '../embeds/embeds.js';

async function toGroupResponses(db: Executor, rows: repo.GroupRow[]): Promise<Group[]> {
  const groups = await groupsById(db, rows);
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
  return present((await groupsById(db, [row])).get(String(row.id)), `group ${String(row.id)}`);
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

export type { GroupFilter } from './groups.repository.js';
export const countGroups = repo.countGroups;

export async function listGroups(db: Executor, accountId: string, offset: number, limit: number, filter: repo.GroupFilter = {}): Promise<Group[]> {
  return toGroupResponses(db, await repo.listGroups(db, accountId, offset, limit, filter));
}
