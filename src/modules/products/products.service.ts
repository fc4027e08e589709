import striptags from 'striptags';
import type { Database, Executor } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { IdGenerator } from '../../db/ids.js';
import { compareIds, parseId } from '../../db/ids.js';
import { pagedIdsByShop } from '../../db/prepared.js';
import { FieldErrorCollector, NotFoundError, present, ValidationError } from '../../http/errors.js';
import { now } from '../../time.js';
import * as categoryRepo from '../categories/categories.repository.js';
import type { Category } from '../categories/categories.schemas.js';
import { requireCategory } from '../categories/categories.service.js';
import { upsertByResourceId } from '../shops/upsert-by-resource-id.js';
import { recordEvents, type EventSource } from '../events/outbox.js';
import { updateManyById } from '../../db/update-many.js';
import * as repo from './products.repository.js';
import {
  SHORT_DESCRIPTION_MAX,
  type Product,
  type ProductCreateBody,
  type ProductReduced,
  type ProductUpdateBody,
} from './products.schemas.js';
import { reducedProducts, toCategoryResponse, withCategories } from '../embeds/embeds.js';

/** The docs: "HTML tags are automatically removed". The 255 limit applies to what is stored, after removal. */
function plainText(value: string | null): string | null {
  return value === null ? null : striptags(value);
}

function toProduct(row: repo.ProductRow, categories: Category[]): Product {
  // Built field by field (not from toReduced with a rest spread): imports map 1,000 of these per request.
  return {
    id: String(row.id),
    name: row.name,
    price: Number(row.price),
    url: row.url,
    image: row.image,
    exclude_from_automations: Boolean(row.exclude_from_automations),
    short_description: row.short_description,
    description: row.description,
    categories,
    resource_id: row.resource_id,
  };
}

async function requireProductRow(db: Executor, shopId: string, rawId: string): Promise<repo.ProductRow> {
  const id = parseId(rawId);
  const row = id === null ? undefined : await repo.findProduct(db, shopId, id);
  if (row === undefined) throw new NotFoundError();
  return row;
}

export async function getProduct(db: Executor, shopId: string, rawId: string): Promise<Product> {
  const id = parseId(rawId);
  const found = id === null ? undefined : await repo.findProductWithCategories(db, shopId, id);
  if (found === undefined) throw new NotFoundError();
  return toProduct(found.product, found.categories.map(toCategoryResponse));
}

interface CheckedProduct {
  changes: repo.ProductWrite;
  /** Deduplicated Cartline ids of existing categories, when the body sent `categories`. */
  categoryIds: string[] | undefined;
}

/** How a request names things: ?with_resource_id (category refs are the shop's ids), ?replace_categories. */
export interface ProductWriteOptions {
  byResourceId?: boolean;
  replaceCategories?: boolean;
  /** Who writes, for the events (product.created, .updated, .deleted); none are recorded without it. */
  events?: EventSource;
}

async function recordProductEvents(db: Executor, options: ProductWriteOptions, shopId: string, events: Array<{ type: 'product.created' | 'product.updated' | 'product.deleted'; product: Product }>) {
  if (options.events === undefined) return;
  await recordEvents(db, options.events, events.map(({ type, product }) => ({ type, shopId, data: { product } })));
}

/**
 * Checks bodies beyond their schema: HTML removal and the length limit after it, and that every category
 * reference names a category of the shop (one query for all bodies). Problems of body i go under `prefix(i)`,
 * so that an import reports "3.categories.0"; nothing is returned unless every body is right.
 */
async function checkProducts(
  db: Executor,
  shopId: string,
  bodies: ProductUpdateBody[],
  prefix: (index: number) => string,
  options: ProductWriteOptions,
) {
  const errors = new FieldErrorCollector();
  // A reference is a Cartline id, or with ?with_resource_id the shop's own category id.
  const ref = (raw: string) => (options.byResourceId ? raw : parseId(raw));
  const requested = bodies.flatMap((body) => (body.categories ?? []).flatMap((raw) => ref(raw) ?? []));
  const categories = options.byResourceId
    ? await categoryRepo.findCategoriesByResourceIds(db, shopId, requested)
    : await categoryRepo.findCategoriesByIds(db, shopId, requested);

  const checked = bodies.map((body, index): CheckedProduct => {
    const at = prefix(index);
    const changes: repo.ProductWrite = {};
    if (body.name !== undefined) changes.name = body.name;
    if (body.price !== undefined) changes.price = body.price;
    if (body.exclude_from_automations !== undefined) changes.exclude_from_automations = body.exclude_from_automations;
    if (body.url !== undefined) changes.url = body.url;
    if (body.image !== undefined) changes.image = body.image;
    if (body.resource_id !== undefined) changes.resource_id = body.resource_id;
    if (body.description !== undefined) changes.description = plainText(body.description);
    if (body.short_description !== undefined) {
      changes.short_description = plainText(body.short_description);
      if ((changes.short_description?.length ?? 0) > SHORT_DESCRIPTION_MAX) {
        errors.add(`${at}short_description`, `The ${at}short description must not be greater than ${SHORT_DESCRIPTION_MAX} characters.`);
      }
    }
    let categoryIds: string[] | undefined;
    if (body.categories !== undefined) {
      const ids = body.categories.map((raw) => {
        const key = ref(raw);
        const category = key === null ? undefined : categories.get(key);
        return category === undefined ? null : String(category.id);
      });
      ids.forEach((id, i) => {
        if (id === null) errors.add(`${at}categories.${i}`, `The selected ${at}categories.${i} is invalid.`);
      });
      categoryIds = [...new Set(ids.filter((id): id is string => id !== null))];
    }
    return { changes, categoryIds };
  });
  errors.throwIfAny();
  return { checked, categories };
}

export async function createProduct(db: Database, newId: IdGenerator, shopId: string, body: ProductCreateBody, options: ProductWriteOptions = {}) {
  const [result] = await importProducts(db, newId, shopId, [body], () => '', options);
  return result!;
}

/**
 * Creates many products in one transaction, all or nothing, answered in request order. New products are
 * answered from what was written (no read-back: an import of 1,000 costs a few statements). An item naming
 * a resource_id the shop already has updates that product instead (created: false); its categories are
 * added to, or with ?replace_categories replace, the ones it has.
 */
export async function importProducts(
  db: Database,
  newId: IdGenerator,
  shopId: string,
  bodies: ProductCreateBody[],
  prefix: (index: number) => string = (index) => `${index}.`,
  options: ProductWriteOptions = {},
): Promise<Array<{ product: Product; created: boolean }>> {
  const { checked, categories } = await checkProducts(db, shopId, bodies, prefix, options);
  const timestamp = now();
  const rows = bodies.map((body, index) => {
    const { changes } = checked[index]!;
    return {
      shop_id: shopId,
      id: newId(),
      resource_id: changes.resource_id ?? null,
      name: body.name,
      price: changes.price ?? 0,
      url: changes.url ?? null,
      image: changes.image ?? null,
      exclude_from_automations: changes.exclude_from_automations ?? false,
      short_description: changes.short_description ?? null,
      description: changes.description ?? null,
      created_at: timestamp,
      updated_at: timestamp,
    };
  });

  return inTransaction(db, async (trx) => {
    const written = await upsertByResourceId(
      trx,
      'products',
      shopId,
      rows.map((row, index) => ({ row, changes: { ...checked[index]!.changes, updated_at: timestamp } })),
    );
    await repo.insertProductCategoryLinks(
      trx,
      rows.flatMap((row, index) =>
        written[index]!.created ? (checked[index]!.categoryIds ?? []).map((category_id) => ({ shop_id: shopId, product_id: row.id, category_id })) : [],
      ),
    );
    await writeCategoryLinks(
      trx,
      shopId,
      written.flatMap(({ id, created }, index) => (created ? [] : [{ id, checked: checked[index]! }])),
      options.replaceCategories === true,
    );

    // Answered (and told in the events) as committed: made in the transaction.
    const rereads = new Map((await listProductsByIds(trx, shopId, written.flatMap(({ id, created }) => (created ? [] : [id])))).map((product) => [product.id, product]));
    // One answer object per category, shared by the new products that have it.
    const categoryAnswers = new Map([...categories.values()].map((row) => [String(row.id), toCategoryResponse(row)]));
    const results = rows.map((row, index) => {
      const { id, created } = written[index]!;
      if (!created) return { product: present(rereads.get(id), `product ${id}`), created };
      const own = (checked[index]!.categoryIds ?? []).sort(compareIds);
      return { product: toProduct(row, own.map((id) => present(categoryAnswers.get(id), `category ${id}`))), created: true };
    });
    await recordProductEvents(trx, options, shopId, results.map(({ product, created }) => ({ type: created ? 'product.created' : 'product.updated', product })));
    return results;
  });
}

/** Writes checked changes to an existing product; its categories are replaced, or only added to. */
async function writeProduct(db: Executor, shopId: string, id: string, product: CheckedProduct, replaceCategories: boolean) {
  await updateManyById(db, 'products', shopId, [{ id, changes: { ...product.changes, updated_at: now() } }]);
  await writeCategoryLinks(db, shopId, [{ id, checked: product }], replaceCategories);
}

/**
 * The categories sent for existing products, in request order: each replaces the product's set, or adds to
 * it. Set-based: the sets are merged per product first, then what is missing is inserted in one statement
 * and, when replacing, what is no longer wanted deleted in one.
 */
async function writeCategoryLinks(db: Executor, shopId: string, products: Array<{ id: string; checked: CheckedProduct }>, replace: boolean) {
  const wanted = new Map<string, Set<string>>();
  for (const { id, checked } of products) {
    if (checked.categoryIds === undefined) continue;
    const into = replace ? new Set<string>() : (wanted.get(id) ?? new Set<string>());
    for (const categoryId of checked.categoryIds) into.add(categoryId);
    wanted.set(id, into);
  }
  if (wanted.size === 0) return;
  const links = replace ? await repo.findCategoryLinks(db, shopId, [...wanted.keys()]) : [];
  const linked = new Set(links.map((link) => `${link.product_id}:${link.category_id}`));
  await repo.deleteProductCategories(
    db,
    shopId,
    links.flatMap((link) => (wanted.get(String(link.product_id))!.has(String(link.category_id)) ? [] : [{ product_id: String(link.product_id), category_id: String(link.category_id) }])),
  );
  await repo.addProductCategoryLinks(
    db,
    [...wanted].flatMap(([product_id, ids]) => [...ids].flatMap((category_id) => (linked.has(`${product_id}:${category_id}`) ? [] : [{ shop_id: shopId, product_id, category_id }]))),
  );
}

async function listProductsByIds(db: Executor, shopId: string, ids: string[]): Promise<Product[]> {
  return withCategories(db, shopId, await repo.findProducts(db, shopId, ids), toProduct);
}

/** Partial: omitted fields keep their values; `categories`, when sent, becomes the product's whole set. */
export async function updateProduct(db: Database, shopId: string, rawId: string, body: ProductUpdateBody, options: ProductWriteOptions = {}) {
  const id = String((await requireProductRow(db, shopId, rawId)).id);
  const { checked } = await checkProducts(db, shopId, [body], () => '', options);
  return inTransaction(db, async (trx) => {
    await writeProduct(trx, shopId, id, checked[0]!, true);
    const product = await getProduct(trx, shopId, id);
    await recordProductEvents(trx, options, shopId, [{ type: 'product.updated', product }]);
    return product;
  });
}

/** PUT .../products/:id/categories/multiple: set (replace: true) or add to a product's categories at once. */
export async function setProductCategories(
  db: Database,
  shopId: string,
  rawId: string,
  body: { replace?: boolean; categories: string[] },
  options: ProductWriteOptions = {},
): Promise<Product> {
  const id = String((await requireProductRow(db, shopId, rawId)).id);
  const { checked } = await checkProducts(db, shopId, [{ categories: body.categories }], () => '', options);
  return inTransaction(db, async (trx) => {
    await writeProduct(trx, shopId, id, checked[0]!, body.replace === true);
    const product = await getProduct(trx, shopId, id);
    await recordProductEvents(trx, options, shopId, [{ type: 'product.updated', product }]);
    return product;
  });
}

/** Answers the product as it was, categories included. */
export async function deleteProduct(db: Database, shopId: string, rawId: string, options: ProductWriteOptions = {}): Promise<Product> {
  return inTransaction(db, async (trx) => {
    const product = await getProduct(trx, shopId, rawId);
    await repo.deleteProduct(trx, shopId, product.id);
    await recordProductEvents(trx, options, shopId, [{ type: 'product.deleted', product }]);
    return product;
  });
}

export const countProducts = repo.countProducts;
export const listProductIds = pagedIdsByShop('products');

/** Products in full form by id; ids the shop does not have are left out. */
export async function loadProducts(db: Executor, shopId: string, ids: string[]): Promise<Map<string, Product>> {
  const products = await withCategories(db, shopId, await repo.findProducts(db, shopId, ids), toProduct);
  return new Map(products.map((product) => [product.id, product]));
}

export async function listProducts(db: Executor, shopId: string, offset: number, limit: number, total?: number): Promise<Product[]> {
  return withCategories(db, shopId, await repo.listProducts(db, shopId, offset, limit, total), toProduct);
}

// ---- A category's products ---------------------------------------------------------------------------------

export async function countProductsInCategory(db: Executor, shopId: string, rawCategoryId: string): Promise<number> {
  const category = await requireCategory(db, shopId, rawCategoryId);
  return repo.countProductsInCategory(db, shopId, String(category.id));
}

export async function listProductsInCategory(
  db: Executor,
  shopId: string,
  rawCategoryId: string,
  offset: number,
  limit: number,
): Promise<ProductReduced[]> {
  const category = await requireCategory(db, shopId, rawCategoryId);
  const rows = await repo.listProductsInCategory(db, shopId, String(category.id), offset, limit);
  return reducedProducts(db, shopId, rows);
}

/** Idempotent: assigning an assigned product answers the same 200. */
export async function assignProductToCategory(db: Database, shopId: string, rawCategoryId: string, rawProductId: string): Promise<Product> {
  const category = await requireCategory(db, shopId, rawCategoryId);
  const productId = parseId(rawProductId);
  if (productId === null || !(await repo.productExists(db, shopId, productId))) {
    throw ValidationError.field('product_id', 'The selected product id is invalid.');
  }
  await repo.addProductCategoryLinks(db, [{ shop_id: shopId, product_id: productId, category_id: String(category.id) }]);
  return getProduct(db, shopId, productId);
}

export async function unassignProductFromCategory(db: Database, shopId: string, rawCategoryId: string, rawProductId: string) {
  const category = await requireCategory(db, shopId, rawCategoryId);
  const product = await requireProductRow(db, shopId, rawProductId);
  await repo.deleteProductCategories(db, shopId, [{ product_id: String(product.id), category_id: String(category.id) }]);
}
