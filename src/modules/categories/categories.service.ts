import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { parseId } from '../../db/ids.js';
import { NotFoundError } from '../../http/errors.js';
import { now } from '../../time.js';
import * as repo from './categories.repository.js';
import type { Category, CategoryCreateBody, CategoryUpdateBody } from './categories.schemas.js';

export function toCategoryResponse(row: repo.CategoryRow): Category {
  return {
    id: String(row.id),
    name: row.name,
    exclude_from_automations: Boolean(row.exclude_from_automations),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export async function requireCategory(db: Executor, shopId: string, rawId: string): Promise<repo.CategoryRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findCategory(db, shopId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getCategory(db: Executor, shopId: string, rawId: string): Promise<Category> {
  return toCategoryResponse(await requireCategory(db, shopId, rawId));
}

export async function createCategory(db: Database, newId: IdGenerator, shopId: string, body: CategoryCreateBody): Promise<Category> {
  const [category] = await importCategories(db, newId, shopId, [body]);
  return category!;
}

/** Creates many categories in one statement set, all or nothing, answered in request order. */
export async function importCategories(db: Database, newId: IdGenerator, shopId: string, bodies: CategoryCreateBody[]): Promise<Category[]> {
  const timestamp = now();
  const rows = bodies.map((body) => ({
    shop_id: shopId,
    id: newId(),
    name: body.name,
    exclude_from_automations: body.exclude_from_automations ?? false,
    created_at: timestamp,
    updated_at: timestamp,
  }));
  await db.transaction().execute((trx) => repo.insertCategories(trx, rows));
  return rows.map(toCategoryResponse);
}

export async function updateCategory(db: Database, shopId: string, rawId: string, body: CategoryUpdateBody): Promise<Category> {
  const existing = await requireCategory(db, shopId, rawId);
  const id = String(existing.id);
  await repo.updateCategory(db, shopId, id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.exclude_from_automations !== undefined ? { exclude_from_automations: body.exclude_from_automations } : {}),
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

export async function listCategories(db: Executor, shopId: string, offset: number, limit: number): Promise<Category[]> {
  return (await repo.listCategories(db, shopId, offset, limit)).map(toCategoryResponse);
}
