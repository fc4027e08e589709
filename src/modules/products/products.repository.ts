import { chunks } from '../../db/chunks.js';
import { insertMany } from '../../db/insert-many.js';
import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import type { Executor } from '../../db/schema.js';
import type { CategoryRow } from '../categories/categories.repository.js';
import { inList } from '../../db/in-list.js';

export interface ProductRow {
  id: string | bigint;
  name: string;
  price: number;
  url: string | null;
  image: string | null;
  exclude_from_automations: boolean | number | bigint;
  short_description: string | null;
  description: string | null;
  resource_id: string | null;
}

export interface ProductWrite {
  name?: string;
  price?: number;
  url?: string | null;
  image?: string | null;
  exclude_from_automations?: boolean;
  short_description?: string | null;
  description?: string | null;
  resource_id?: string | null;
}

/** The columns of a product's reduced form (inside cart items and category lists): no descriptions. */
export const reducedProductColumns = [
  'products.id',
  'products.name',
  'products.price',
  'products.url',
  'products.image',
  'products.exclude_from_automations',
  'products.resource_id',
] as const;

export type ReducedProductRow = Omit<ProductRow, 'short_description' | 'description'>;

/** Every column a product answer needs. */
export const productColumns = [...reducedProductColumns, 'products.short_description', 'products.description'] as const;

const productById = prepared((db, shopId: string, id: string) =>
  db.selectFrom('products').select(productColumns).where('shop_id', '=', shopId).where('id', '=', id),
);

export async function findProduct(db: Executor, shopId: string, id: string): Promise<ProductRow | undefined> {
  return (await productById(db, shopId, id))[0];
}

const productWithCategoriesById = prepared((db, shopId: string, id: string) =>
  db
    .selectFrom('products')
    .leftJoin('product_categories as pc', (join) => join.onRef('pc.shop_id', '=', 'products.shop_id').onRef('pc.product_id', '=', 'products.id'))
    .leftJoin('categories as c', (join) => join.onRef('c.shop_id', '=', 'pc.shop_id').onRef('c.id', '=', 'pc.category_id'))
    .select(productColumns)
    .select(['c.id as c_id', 'c.name as c_name', 'c.exclude_from_automations as c_exclude', 'c.created_at as c_created_at', 'c.updated_at as c_updated_at', 'c.resource_id as c_resource_id'])
    .where('products.shop_id', '=', shopId)
    .where('products.id', '=', id)
    .orderBy('pc.category_id'),
);

/** One product with its categories (in id order), in one query: a row per category, or one with none. */
export async function findProductWithCategories(db: Executor, shopId: string, id: string): Promise<{ product: ProductRow; categories: CategoryRow[] } | undefined> {
  const rows = await productWithCategoriesById(db, shopId, id);
  if (rows.length === 0) return undefined;
  const categories: CategoryRow[] = [];
  for (const row of rows) {
    if (row.c_id === null) continue;
    categories.push({
      id: row.c_id,
      name: row.c_name!,
      exclude_from_automations: row.c_exclude!,
      created_at: row.c_created_at!,
      updated_at: row.c_updated_at!,
      resource_id: row.c_resource_id,
    });
  }
  return { product: rows[0]!, categories };
}

export async function productExists(db: Executor, shopId: string, id: string): Promise<boolean> {
  const row = await db.selectFrom('products').select('id').where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function countProducts(db: Executor, shopId: string): Promise<number> {
  return countOf(db, shopId, 'products');
}

export const listProducts = pagedByShop((db, shopId, direction) =>
  db.selectFrom('products').select(productColumns).where('shop_id', '=', shopId).orderBy('id', direction),
);

export async function countProductsInCategory(db: Executor, shopId: string, categoryId: string): Promise<number> {
  const row = await db
    .selectFrom('product_categories')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('shop_id', '=', shopId)
    .where('category_id', '=', categoryId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listProductsInCategory(
  db: Executor,
  shopId: string,
  categoryId: string,
  offset: number,
  limit: number,
): Promise<ReducedProductRow[]> {
  return db
    .selectFrom('product_categories')
    .innerJoin('products', (join) =>
      join.onRef('products.shop_id', '=', 'product_categories.shop_id').onRef('products.id', '=', 'product_categories.product_id'),
    )
    .select(reducedProductColumns)
    .where('product_categories.shop_id', '=', shopId)
    .where('product_categories.category_id', '=', categoryId)
    .orderBy('product_categories.product_id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/**
 * The category links of many products in one query (no query per product), in product then category order.
 * Only the two ids: the few distinct categories are read once by the caller, not once per link.
 */
export async function findCategoryLinks(db: Executor, shopId: string, productIds: string[]): Promise<Array<{ product_id: string | bigint; category_id: string | bigint }>> {
  if (productIds.length === 0) return [];
  return categoryLinks(db, shopId, productIds);
}

const categoryLinks = prepared((db, shopId: string, productIds: string[]) =>
  db
    .selectFrom('product_categories')
    .select(['product_id', 'category_id'])
    .where('shop_id', '=', shopId)
    .where(inList(db, 'product_id', productIds))
    .orderBy('product_id')
    .orderBy('category_id'),
);

export async function findProducts(db: Executor, shopId: string, ids: string[]): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('products').select(productColumns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)).orderBy('id').execute();
}

export async function insertProductCategoryLinks(db: Executor, links: Array<{ shop_id: string; product_id: string; category_id: string }>) {
  await insertMany(db, 'product_categories', links);
}

export async function deleteProduct(db: Executor, shopId: string, id: string): Promise<void> {
  await db.deleteFrom('products').where('shop_id', '=', shopId).where('id', '=', id).execute();
}

/** Links already there are left as they are. */
export async function addProductCategoryLinks(db: Executor, links: Array<{ shop_id: string; product_id: string; category_id: string }>) {
  await insertMany(db, 'product_categories', links, { skipConflictOn: ['shop_id', 'product_id', 'category_id'] });
}

export async function deleteProductCategories(db: Executor, shopId: string, links: Array<{ product_id: string; category_id: string }>) {
  // Few links a statement: SQLite parses an OR chain into a tree as deep as it is long (at most 1,000).
  for (const part of chunks(links, 2, 400)) {
    await db
      .deleteFrom('product_categories')
      .where('shop_id', '=', shopId)
      .where((eb) => eb.or(part.map((link) => eb.and([eb('product_id', '=', link.product_id), eb('category_id', '=', link.category_id)]))))
      .execute();
  }
}

const existingProductIds = prepared((db, shopId: string, ids: string[]) => db.selectFrom('products').select('id').where('shop_id', '=', shopId).where(inList(db, 'id', ids)));

/** Which of these ids are products of the shop. */
export async function findExistingProductIds(db: Executor, shopId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await existingProductIds(db, shopId, [...new Set(ids)]);
  return new Set(rows.map((row) => String(row.id)));
}
