import { prepared } from '../../db/prepared.js';
function selectShops(db) {
    return db
        .selectFrom('shops')
        .leftJoin('groups', 'groups.id', 'shops.group_id')
        .select([
        'shops.id',
        'shops.name',
        'shops.url',
        'shops.currency',
        'shops.enabled',
        'shops.enable_popups',
        'shops.created_at',
        'shops.updated_at',
        'groups.id as group_id',
        'groups.name as group_name',
        'groups.created_at as group_created_at',
        // The group's active subscribers: a counter the database keeps (migration 0006), one key lookup.
        (eb) => eb
            .selectFrom('group_counters')
            .select('group_counters.n')
            .whereRef('group_counters.group_id', '=', 'shops.group_id')
            .where('group_counters.status', '=', 'active')
            .as('group_total'),
    ]);
}
const shopById = prepared((db, accountId, shopId) => selectShops(db).where('shops.account_id', '=', accountId).where('shops.id', '=', shopId));
export async function findShop(db, accountId, shopId) {
    return (await shopById(db, accountId, shopId))[0];
}
const shopOfAccount = prepared((db, accountId, shopId) => db.selectFrom('shops').select('id').where('account_id', '=', accountId).where('id', '=', shopId));
/** Whether the account owns the shop (shop routes learn it with the token, in src/http/auth.ts). */
export async function shopExists(db, accountId, shopId) {
    return (await shopOfAccount(db, accountId, shopId)).length > 0;
}
/** The account's first shop (lowest id) of this exact name. */
export async function findShopByName(db, accountId, name) {
    return selectShops(db).where('shops.account_id', '=', accountId).where('shops.name', '=', name).orderBy('shops.id').limit(1).executeTakeFirst();
}
export async function countShops(db, accountId) {
    const row = await db
        .selectFrom('shops')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
    return Number(row.n);
}
export async function listShops(db, accountId, offset, limit) {
    return selectShops(db).where('shops.account_id', '=', accountId).orderBy('shops.id').limit(limit).offset(offset).execute();
}
export async function insertShop(db, row) {
    await db.insertInto('shops').values(row).execute();
}
export async function updateShop(db, accountId, shopId, changes) {
    await db.updateTable('shops').set(changes).where('account_id', '=', accountId).where('id', '=', shopId).execute();
}
export async function deleteShop(db, accountId, shopId) {
    await db.deleteFrom('shops').where('account_id', '=', accountId).where('id', '=', shopId).execute();
}
export async function groupExists(db, accountId, groupId) {
    const row = await db
        .selectFrom('groups')
        .select('id')
        .where('account_id', '=', accountId)
        .where('id', '=', groupId)
        .executeTakeFirst();
    return row !== undefined;
}
/** The group a shop adds its new subscribers to, if any. */
const shopGroupId = prepared((db, shopId) => db.selectFrom('shops').select('group_id').where('id', '=', shopId));
export async function findShopGroupId(db, shopId) {
    const [row] = await shopGroupId(db, shopId);
    return row?.group_id == null ? null : String(row.group_id);
}
//# sourceMappingURL=shops.repository.js.map