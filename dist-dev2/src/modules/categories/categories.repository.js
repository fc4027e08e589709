import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import { inList } from '../../db/in-list.js';
const columns = ['id', 'name', 'exclude_from_automations', 'created_at', 'updated_at', 'resource_id'];
export async function findCategory(db, shopId, id) {
    return db.selectFrom('categories').select(columns).where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
}
export async function countCategories(db, shopId) {
    return countOf(db, shopId, 'categories');
}
export const listCategories = pagedByShop((db, shopId, direction) => db.selectFrom('categories').select(columns).where('shop_id', '=', shopId).orderBy('id', direction));
const categoriesByIds = prepared((db, shopId, ids) => db.selectFrom('categories').select(columns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)));
/** The shop's categories among these ids, by id. */
export async function findCategoriesByIds(db, shopId, ids) {
    if (ids.length === 0)
        return new Map();
    const rows = await categoriesByIds(db, shopId, [...new Set(ids)]);
    return new Map(rows.map((row) => [String(row.id), row]));
}
/** The shop's categories with these resource ids, by resource id. */
export async function findCategoriesByResourceIds(db, shopId, resourceIds) {
    if (resourceIds.length === 0)
        return new Map();
    const rows = await db
        .selectFrom('categories')
        .select(columns)
        .where('shop_id', '=', shopId)
        .where('resource_id', 'in', [...new Set(resourceIds)])
        .execute();
    return new Map(rows.map((row) => [row.resource_id, row]));
}
export async function updateCategory(db, shopId, id, changes) {
    await db.updateTable('categories').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}
/** Its product links go with it (foreign key cascade): products lose the category. */
export async function deleteCategory(db, shopId, id) {
    await db.deleteFrom('categories').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
//# sourceMappingURL=categories.repository.js.map