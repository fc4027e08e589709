import { insertMany, insertManyIfAbsent } from '../../db/insert-many.js';
import { updateManyById } from '../../db/update-many.js';
import { ConcurrentChangeError, present } from '../../http/errors.js';
import { findIdsByResourceIds } from './resource-ids.repository.js';
/** The record each write ended in, in order: created, or the existing one it updated. */
export async function upsertByResourceId(db, table, shopId, writes, options = {}) {
    const resourceIdOf = (write) => write.row.resource_id;
    const known = await findIdsByResourceIds(db, table, shopId, writes.flatMap((write) => resourceIdOf(write) ?? []));
    const fresh = writes.filter((write) => resourceIdOf(write) === null || !known.has(resourceIdOf(write)));
    const rows = fresh.map((write) => write.row);
    let inserted;
    if (fresh.some((write) => resourceIdOf(write) !== null))
        inserted = await insertManyIfAbsent(db, table, rows);
    else {
        await insertMany(db, table, rows);
        inserted = new Set(rows.map((row) => row.id));
    }
    // Taken meanwhile, or by an earlier item of this request: updated like the records found.
    const taken = fresh.flatMap((write) => (inserted.has(write.row.id) ? [] : [present(resourceIdOf(write), `the resource id of a ${table} row not inserted`)]));
    for (const [resourceId, id] of await findIdsByResourceIds(db, table, shopId, taken))
        known.set(resourceId, id);
    const results = writes.map((write) => inserted.has(write.row.id)
        ? { id: write.row.id, created: true }
        : { id: present(known.get(present(resourceIdOf(write), `the resource id of a ${table} row`)), `${table} ${resourceIdOf(write)}`), created: false });
    const updates = results.flatMap((result, index) => (result.created ? [] : [{ id: result.id, changes: writes[index].changes }]));
    if (updates.length > 0)
        await options.beforeUpdate?.([...new Set(updates.map((update) => update.id))]);
    if ((await updateManyById(db, table, shopId, updates)) > 0)
        throw new ConcurrentChangeError(`a ${table} row was deleted while it was updated`);
    return results;
}
//# sourceMappingURL=upsert-by-resource-id.js.map