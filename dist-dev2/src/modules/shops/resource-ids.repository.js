/** The Cartline id of the shop's record with this resource id (the shop's own id), if any. */
export async function findIdByResourceId(db, table, shopId, resourceId) {
    const row = await db
        .selectFrom(table)
        .select('id')
        .where('shop_id', '=', shopId)
        .where('resource_id', '=', resourceId)
        .executeTakeFirst();
    return row === undefined ? undefined : String(row.id);
}
/** Resource id -> Cartline id, for many resource ids at once. */
export async function findIdsByResourceIds(db, table, shopId, resourceIds) {
    if (resourceIds.length === 0)
        return new Map();
    const rows = await db
        .selectFrom(table)
        .select(['id', 'resource_id'])
        .where('shop_id', '=', shopId)
        .where('resource_id', 'in', [...new Set(resourceIds)])
        .execute();
    return new Map(rows.map((row) => [row.resource_id, String(row.id)]));
}
//# sourceMappingURL=resource-ids.repository.js.map