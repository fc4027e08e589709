import { sql } from 'kysely';
import { prepared } from '../../db/prepared.js';
export async function findAccountById(db, id) {
    return db.selectFrom('accounts').select(['id', 'name', 'created_at']).where('id', '=', id).executeTakeFirstOrThrow();
}
export async function findAccountByName(db, name) {
    return db.selectFrom('accounts').select(['id', 'name']).where('name', '=', name).executeTakeFirst();
}
export async function insertAccount(db, row) {
    await db.insertInto('accounts').values(row).execute();
}
export async function countAccounts(db) {
    const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
}
export async function insertToken(db, row) {
    await db.insertInto('api_tokens').values(row).execute();
}
const accountIdByTokenHash = prepared((db, tokenHash) => db.selectFrom('api_tokens').select('account_id').where('token_hash', '=', tokenHash));
export async function findAccountIdByTokenHash(db, tokenHash) {
    const [row] = await accountIdByTokenHash(db, tokenHash);
    return row === undefined ? undefined : String(row.account_id);
}
const accountByTokenHash = prepared((db, tokenHash) => db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select(['api_tokens.account_id', 'accounts.faults_revision'])
    .where('api_tokens.token_hash', '=', tokenHash));
/** The token's account with its fault rules' revision (migration 0010): one query per request. */
export async function findAccountByTokenHash(db, tokenHash) {
    const [row] = await accountByTokenHash(db, tokenHash);
    return row === undefined ? undefined : { accountId: String(row.account_id), faultsRevision: String(row.faults_revision) };
}
const accountAndShopByTokenHash = prepared((db, tokenHash, shopId) => db
    .selectFrom('api_tokens')
    .leftJoin('shops', (join) => join.onRef('shops.account_id', '=', 'api_tokens.account_id').on('shops.id', '=', shopId))
    .leftJoin('shop_revisions', 'shop_revisions.shop_id', 'shops.id')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select(['api_tokens.account_id', 'accounts.faults_revision', 'shops.id as shop_id', 'shop_revisions.catalog', 'shop_revisions.sales'])
    .where('api_tokens.token_hash', '=', tokenHash));
/**
 * The token's account and, in the same lookup, whether that account owns the shop, with the shop's and the
 * account's revisions: one query per request.
 */
export async function findAccountAndShopByTokenHash(db, tokenHash, shopId) {
    const [row] = await accountAndShopByTokenHash(db, tokenHash, shopId);
    if (row === undefined)
        return undefined;
    // A shop without its revisions row (a damaged database; `cartline check` names it) keeps no answers.
    const revisions = row.shop_id === null || row.catalog === null || row.sales === null ? undefined : { catalog: String(row.catalog), sales: String(row.sales) };
    return { accountId: String(row.account_id), faultsRevision: String(row.faults_revision), ownsShop: row.shop_id !== null, revisions };
}
export async function listTokens(db) {
    return db
        .selectFrom('api_tokens')
        .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
        .select(['api_tokens.id', 'api_tokens.token_prefix', 'api_tokens.created_at', 'accounts.name as account'])
        .orderBy('api_tokens.id')
        .execute();
}
export async function deleteToken(db, id) {
    const result = await db.deleteFrom('api_tokens').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
}
export async function findDoubleOptin(db, accountId) {
    const row = await db.selectFrom('accounts').select('double_optin').where('id', '=', accountId).executeTakeFirstOrThrow();
    return row.double_optin;
}
export async function toggleDoubleOptin(db, accountId) {
    const row = await db
        .updateTable('accounts')
        .set({ double_optin: sql `not double_optin` })
        .where('id', '=', accountId)
        .returning('double_optin')
        .executeTakeFirstOrThrow();
    return row.double_optin;
}
//# sourceMappingURL=accounts.repository.js.map