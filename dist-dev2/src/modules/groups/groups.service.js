import { parseId } from '../../db/ids.js';
import { NotFoundError, present } from '../../http/errors.js';
import { now } from '../../time.js';
import * as repo from './groups.repository.js';
import { groupsById, toGroupResponse } from '../embeds/embeds.js';
async function toGroupResponses(db, rows) {
    const groups = await groupsById(db, rows);
    return rows.map((row) => present(groups.get(String(row.id)), `group ${String(row.id)}`));
}
async function requireGroup(db, accountId, rawId) {
    const id = parseId(rawId);
    const row = id === null ? undefined : await repo.findGroup(db, accountId, id);
    if (row === undefined)
        throw new NotFoundError();
    return row;
}
export async function getGroup(db, accountId, rawId) {
    const row = await requireGroup(db, accountId, rawId);
    return present((await groupsById(db, [row])).get(String(row.id)), `group ${String(row.id)}`);
}
export async function createGroup(db, newId, accountId, body) {
    const timestamp = now();
    const row = { id: newId(), account_id: accountId, name: body.name, created_at: timestamp, updated_at: timestamp };
    await repo.insertGroup(db, row);
    return toGroupResponse(row);
}
export async function updateGroup(db, accountId, rawId, body) {
    const id = String((await requireGroup(db, accountId, rawId)).id);
    await repo.updateGroup(db, accountId, id, { name: body.name, updated_at: now() });
    return getGroup(db, accountId, id);
}
export async function deleteGroup(db, accountId, rawId) {
    const id = String((await requireGroup(db, accountId, rawId)).id);
    await repo.deleteGroup(db, accountId, id);
}
export const countGroups = repo.countGroups;
export async function listGroups(db, accountId, offset, limit, filter = {}) {
    return toGroupResponses(db, await repo.listGroups(db, accountId, offset, limit, filter));
}
//# sourceMappingURL=groups.service.js.map