import { inTransaction } from '../../db/transaction.js';
import { parseId } from '../../db/ids.js';
import { NotFoundError, present } from '../../http/errors.js';
import { now } from '../../time.js';
import { upsertByResourceId } from '../shops/upsert-by-resource-id.js';
import * as repo from './categories.repository.js';
import { toCategoryResponse } from '../embeds/embeds.js';
export async function requireCategory(db, shopId, rawId) {
    const id = parseId(rawId);
    const row = id === null ? undefined : await repo.findCategory(db, shopId, id);
    if (row === undefined)
        throw new NotFoundError();
    return row;
}
export async function getCategory(db, shopId, rawId) {
    return toCategoryResponse(await requireCategory(db, shopId, rawId));
}
export async function createCategory(db, newId, shopId, body) {
    const [result] = await importCategories(db, newId, shopId, [body]);
    return result;
}
/**
 * Creates many categories in one transaction, all or nothing, answered in request order. An item naming a
 * resource_id the shop already has updates that category instead (created: false).
 */
export async function importCategories(db, newId, shopId, bodies) {
    const timestamp = now();
    const rows = bodies.map((body) => ({
        shop_id: shopId,
        id: newId(),
        resource_id: body.resource_id ?? null,
        name: body.name,
        exclude_from_automations: body.exclude_from_automations ?? false,
        created_at: timestamp,
        updated_at: timestamp,
    }));
    return inTransaction(db, async (trx) => {
        const changes = bodies.map((body) => ({
            name: body.name,
            ...(body.exclude_from_automations !== undefined ? { exclude_from_automations: body.exclude_from_automations } : {}),
            updated_at: timestamp,
        }));
        // Each item is answered as the category stood after its own changes (as if read back right after them):
        // a later item of the request naming the same resource_id changes the stored row, not this answer.
        let before = new Map();
        const written = await upsertByResourceId(trx, 'categories', shopId, rows.map((row, index) => ({ row, changes: changes[index] })), {
            beforeUpdate: async (ids) => void (before = await repo.findCategoriesByIds(trx, shopId, ids)),
        });
        const appliedSoFar = new Map();
        return written.map(({ id, created }, index) => {
            if (created)
                return { category: toCategoryResponse(rows[index]), created };
            const applied = { ...appliedSoFar.get(id), ...changes[index] };
            appliedSoFar.set(id, applied);
            return { category: toCategoryResponse({ ...present(before.get(id), `category ${id}`), ...applied }), created };
        });
    });
}
export async function updateCategory(db, shopId, rawId, body) {
    const existing = await requireCategory(db, shopId, rawId);
    const id = String(existing.id);
    await repo.updateCategory(db, shopId, id, {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.exclude_from_automations !== undefined ? { exclude_from_automations: body.exclude_from_automations } : {}),
        ...(body.resource_id !== undefined ? { resource_id: body.resource_id } : {}),
        updated_at: now(),
    });
    return getCategory(db, shopId, id);
}
export async function deleteCategory(db, shopId, rawId) {
    const category = await getCategory(db, shopId, rawId);
    await repo.deleteCategory(db, shopId, category.id);
    return category;
}
export const countCategories = repo.countCategories;
export async function listCategories(db, shopId, offset, limit, total) {
    return (await repo.listCategories(db, shopId, offset, limit, total)).map(toCategoryResponse);
}
//# sourceMappingURL=categories.service.js.map