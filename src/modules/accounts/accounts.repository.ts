import { sql } from 'kysely';
import { prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';

export async function findAccountById(db: Executor, id: string) {
  return db.selectFrom('accounts').select(['id', 'name', 'created_at']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function findAccountByName(db: Executor, name: string) {
  return db.selectFrom('accounts').select(['id', 'name']).where('name', '=', name).executeTakeFirst();
}

export async function insertAccount(db: Executor, row: { id: string; name: string; created_at: string }) {
  await db.insertInto('accounts').values(row).execute();
}

export async function countAccounts(db: Executor): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertToken(
  db: Executor,
  row: { id: string; account_id: string; token_hash: string; token_prefix: string; created_at: string },
) {
  await db.insertInto('api_tokens').values(row).execute();
}

const accountIdByTokenHash = prepared((db, tokenHash: string) => db.selectFrom('api_tokens').select('account_id').where('token_hash', '=', tokenHash));

export async function findAccountIdByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await accountIdByTokenHash(db, tokenHash);
  return row === undefined ? undefined : String(row.account_id);
}

const accountByTokenHash = prepared((db, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select(['api_tokens.account_id', 'accounts.faults_revision'])
    .where('api_tokens.token_hash', '=', tokenHash),
);

/** The token's account with its fault rules' revision (migration 0010): one query per request. */
export async function findAccountByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await accountByTokenHash(db, tokenHash);
  return row === undefined ? undefined : { accountId: String(row.account_id), faultsRevision: String(row.faults_revision) };
}

const accountAndShopByTokenHash = prepared((db, tokenHash: string, shopId: string) =>
  db
    .selectFrom('api_tokens')
    .leftJoin('shops', (join) => join.onRef('shops.account_id', '=', 'api_tokens.account_id').on('shops.id', '=', shopId))
    .leftJoin('shop_revisions', 'shop_revisions.shop_id', 'shops.id')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select(['api_tokens.account_id', 'accounts.faults_revision', 'shops.id as shop_id', 'shop_revisions.catalog', 'shop_revisions.sales'])
    .where('api_tokens.token_hash', '=', tokenHash),
);

/** What the database has written so far that a shop's answers hold (migration 0007): read with the token. */
export interface Revisions {
  /** The shop's categories, products and their links. */
  catalog: string;
  /** The shop's customers, orders, carts and items, the shop itself, and its account's subscribers and groups. */
  sales: string;
}

/**
 * The token's account and, in the same lookup, whether that account owns the shop, with the shop's and the
 * account's revisions: one query per request.
 */
export async function findAccountAndShopByTokenHash(db: Executor, tokenHash: string, shopId: string) {
  const [row] = await accountAndShopByTokenHash(db, tokenHash, shopId);
  if (row === undefined) return undefined;
  // A shop without its revisions row (a damaged database; `cartline check` names it) keeps no answers.
  const revisions: Revisions | undefined =
    row.shop_id === null || row.catalog === null || row.sales === null ? undefined : { catalog: String(row.catalog), sales: String(row.sales) };
  return { accountId: String(row.account_id), faultsRevision: String(row.faults_revision), ownsShop: row.shop_id !== null, revisions };
}

export async function listTokens(db: Executor) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .select(['api_tokens.id', 'api_tokens.token_prefix', 'api_tokens.created_at', 'accounts.name as account'])
    .orderBy('api_tokens.id')
    .execute();
}

export async function deleteToken(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findDoubleOptin(db: Executor, accountId: string) {
  const row = await db.selectFrom('accounts').select('double_optin').where('id', '=', accountId).executeTakeFirstOrThrow();
  return row.double_optin;
}

export async function toggleDoubleOptin(db: Executor, accountId: string) {
  const row = await db
    .updateTable('accounts')
    .set({ double_optin: sql<boolean>`not double_optin` })
    .where('id', '=', accountId)
    .returning('double_optin')
    .executeTakeFirstOrThrow();
  return row.double_optin;
}
