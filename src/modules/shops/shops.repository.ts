import { prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';

export interface ShopRow {
  id: string | bigint;
  name: string;
  url: string;
  currency: string;
  enabled: boolean | number | bigint;
  enable_popups: boolean | number | bigint;
  created_at: string;
  updated_at: string;
  group_id: string | bigint | null;
  group_name: string | null;
  group_created_at: string | null;
  group_total: number | bigint | string | null;
}

function selectShops(db: Executor) {
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
      (eb) =>
        eb
          .selectFrom('group_counters')
          .select('group_counters.n')
          .whereRef('group_counters.group_id', '=', 'shops.group_id')
          .where('group_counters.status', '=', 'active')
          .as('group_total'),
    ]);
}

const shopById = prepared((db, accountId: string, shopId: string) => selectShops(db).where('shops.account_id', '=', accountId).where('shops.id', '=', shopId));

export async function findShop(db: Executor, accountId: string, shopId: string): Promise<ShopRow | undefined> {
  return (await shopById(db, accountId, shopId))[0];
}

const shopOfAccount = prepared((db, accountId: string, shopId: string) =>
  db.selectFrom('shops').select('id').where('account_id', '=', accountId).where('id', '=', shopId),
);

/** Whether the account owns the shop (shop routes learn it with the token, in src/http/auth.ts). */
export async function shopExists(db: Executor, accountId: string, shopId: string): Promise<boolean> {
  return (await shopOfAccount(db, accountId, shopId)).length > 0;
}

/** The account's first shop (lowest id) of this exact name. */
export async function findShopByName(db: Executor, accountId: string, name: string): Promise<ShopRow | undefined> {
  return selectShops(db).where('shops.account_id', '=', accountId).where('shops.name', '=', name).orderBy('shops.id').limit(1).executeTakeFirst();
}

export async function countShops(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('shops')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listShops(db: Executor, accountId: string, offset: number, limit: number): Promise<ShopRow[]> {
  return selectShops(db).where('shops.account_id', '=', accountId).orderBy('shops.id').limit(limit).offset(offset).execute();
}

export interface ShopWrite {
  name?: string;
  url?: string;
  currency?: string;
  enabled?: boolean;
  enable_popups?: boolean;
  enable_resubscribe?: boolean;
  platform?: string | null;
  access_data?: string | null;
  group_id?: string | null;
}

export async function insertShop(
  db: Executor,
  row: ShopWrite & { id: string; account_id: string; name: string; url: string; currency: string; created_at: string; updated_at: string },
): Promise<void> {
  await db.insertInto('shops').values(row).execute();
}

export async function updateShop(db: Executor, accountId: string, shopId: string, changes: ShopWrite & { updated_at: string }) {
  await db.updateTable('shops').set(changes).where('account_id', '=', accountId).where('id', '=', shopId).execute();
}

export async function deleteShop(db: Executor, accountId: string, shopId: string): Promise<void> {
  await db.deleteFrom('shops').where('account_id', '=', accountId).where('id', '=', shopId).execute();
}

export async function groupExists(db: Executor, accountId: string, groupId: string): Promise<boolean> {
  const row = await db
    .selectFrom('groups')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', '=', groupId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The group a shop adds its new subscribers to, if any. */
const shopGroupId = prepared((db, shopId: string) => db.selectFrom('shops').select('group_id').where('id', '=', shopId));

export async function findShopGroupId(db: Executor, shopId: string): Promise<string | null> {
  const [row] = await shopGroupId(db, shopId);
  return row?.group_id == null ? null : String(row.group_id);
}
