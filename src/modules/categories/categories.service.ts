import type { Database, Executor } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { NotFoundError, present } from '../../http/errors.js';
import { now } from '../../time.js';
import { upsertByResourceId } from '../shops/upsert-by-resource-id.js';
import * as repo from './categories.repository.js';
import type { Category, CategoryCreateBody, CategoryUpdateBody } from './categories.schemas.js';
import { toCategoryResponse } from '../embeds/embeds.js';

export async function requireCategory(db: Executor, shopId: string, rawId: string): Promise<repo.CategoryRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findCategory(db, shopId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getCategory(db: Executor, shopId: string, rawId: string): Promise<Category> {
  return toCategoryResponse(await requireCategory(db, shopId, rawId));
}

export async function createCategory(db: Database, newId: IdGenerator, shopId: string, body: CategoryCreateBody) {
  const [result] = await importCategories(db, newId, shopId, [body]);
  return result!;
}

/**
 * Creates many categories in one transaction, all or nothing, answered in request order. An item naming a
 * resource_id the shop already has updates that category instead (created: false).
 */
export async function importCategories(
  db: Database,
  newId: IdGenerator,
  shopId: string,
  bodies: CategoryCreateBody[],
): Promise<Array<{ category: Category; created: boolean }>> {
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
    let before = new Map<string, repo.CategoryRow>();
    const written = await upsertByResourceId(trx, 'categories', shopId, rows.map((row, index) => ({ row, changes: changes[index]! })), {
      beforeUpdate: async (ids) => void (before = await repo.findCategoriesByIds(trx, shopId, ids)),
    });
    const appliedSoFar = new Map<string, object>();
    return written.map(({ id, created }, index) => {
      if (created) return { category: toCategoryResponse(rows[index]!), created };
      const applied = { ...appliedSoFar.get(id), ...changes[index] };
      appliedSoFar.set(id, applied);
      return { category: toCategoryResponse({ ...present(before.get(id), `category ${id}`), ...applied }), created };
    });
  });
}

export async function updateCategory(db: Database, shopId: string, rawId: string, body: CategoryUpdateBody): Promise<Category> {
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

export async function deleteCategory(db: Database, shopId: string, rawId: string): Promise<Category> {
  const category = await getCategory(db, shopId, rawId);
  await repo.deleteCategory(db, shopId, category.id);
  return category;
}

export const countCategories = repo.countCategories;

/** The categories of `ids` that the shop has, by id. */
export async function loadCategories(db: Executor, shopId: string, ids: string[]): Promise<Map<string, Category>> {
  const rows = await repo.findCategoriesByIds(db, shopId, ids);
  return new Map([...rows].map(([id, row]) => [id, toCategoryResponse(row)]));
}

export async function listCategories(db: Executor, shopId: string, offset: number, limit: number, total?: number): Promise<Category[]> {
  return (await repo.listCategories(db, shopId, offset, limit, total)).map(toCategoryResponse);
}
