export async function insertWebhook(db, row) {
    await db.insertInto('webhooks').values(row).execute();
}
export async function findWebhook(db, accountId, id) {
    return db.selectFrom('webhooks').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}
export async function countWebhooks(db, accountId) {
    const row = await db.selectFrom('webhooks').select((eb) => eb.fn.countAll().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow();
    return Number(row.n);
}
export async function listWebhooks(db, accountId, offset, limit) {
    return db.selectFrom('webhooks').selectAll().where('account_id', '=', accountId).orderBy('id').offset(offset).limit(limit).execute();
}
export async function updateWebhook(db, accountId, id, changes) {
    await db.updateTable('webhooks').set(changes).where('account_id', '=', accountId).where('id', '=', id).execute();
}
export async function deleteWebhook(db, accountId, id) {
    await db.deleteFrom('webhooks').where('account_id', '=', accountId).where('id', '=', id).execute();
}
//# sourceMappingURL=webhooks.repository.js.map