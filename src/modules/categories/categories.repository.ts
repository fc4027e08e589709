import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';
import { inList } from '../../db/in-list.js';

export interface CategoryRow {
  id: string | bigint;
  name: string;
  exclude_from_automations: boolean | number | bigint;
  created_at: string;
  updated_at: string;
  resource_id: string | null;
}

const columns = ['id', 'name', 'exclude_from_automations', 'created_at', 'updated_at', 'resource_id'] as const;

export async function findCategory(db: Executor, shopId: string, id: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('categories').select(columns).where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
}

export async function countCategories(db: Executor, shopId: string): Promise<number> {
  return countOf(db, shopId, 'categories');
}

export const listCategories = pagedByShop((db, shopId, direction) => db.selectFrom('categories').select(columns).where('shop_id', '=', shopId).orderBy('id', direction));

const categoriesByIds = prepared((db, shopId: string, ids: string[]) => db.selectFrom('categories').select(columns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)));

/** The shop's categories among these ids, by id. */
export async function findCategoriesByIds(db: Executor, shopId: string, ids: string[]): Promise<Map<string, CategoryRow>> {
  if (ids.length === 0) return new Map();
  const rows = await categoriesByIds(db, shopId, [...new Set(ids)]);
  return new Map(rows.map((row) => [String(row.id), row]));
}

/** The shop's categories with these resource ids, by resource id. */
export async function findCategoriesByResourceIds(db: Executor, shopId: string, resourceIds: string[]): Promise<Map<string, CategoryRow>> {
  if (resourceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('categories')
    .select(columns)
    .where('shop_id', '=', shopId)
    .where('resource_id', 'in', [...new Set(resourceIds)])
    .execute();
  return new Map(rows.map((row) => [row.resource_id!, row]));
}

export async function updateCategory(
  db: Executor,
  shopId: string,
  id: string,
  changes: { name?: string; exclude_from_automations?: boolean; resource_id?: string; updated_at: string },
): Promise<void> {
  await db.updateTable('categories').set(changes).where('shop_id', '=', shopId).where('id', '=', id).execute();
}

/** Its product links go with it (foreign key cascade): products lose the category. */
export async function deleteCategory(db: Executor, shopId: string, id: string): Promise<void> {
  await db.deleteFrom('categories').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
