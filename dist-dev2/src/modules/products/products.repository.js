import { chunks } from '../../db/chunks.js';
import { insertMany } from '../../db/insert-many.js';
import { countOf } from '../../db/counters.js';
import { pagedByShop, prepared } from '../../db/prepared.js';
import { inList } from '../../db/in-list.js';
/** The columns of a product's reduced form (inside cart items and category lists): no descriptions. */
export const reducedProductColumns = [
    'products.id',
    'products.name',
    'products.price',
    'products.url',
    'products.image',
    'products.exclude_from_automations',
    'products.resource_id',
];
/** Every column a product answer needs. */
export const productColumns = [...reducedProductColumns, 'products.short_description', 'products.description'];
const productById = prepared((db, shopId, id) => db.selectFrom('products').select(productColumns).where('shop_id', '=', shopId).where('id', '=', id));
export async function findProduct(db, shopId, id) {
    return (await productById(db, shopId, id))[0];
}
const productWithCategoriesById = prepared((db, shopId, id) => db
    .selectFrom('products')
    .leftJoin('product_categories as pc', (join) => join.onRef('pc.shop_id', '=', 'products.shop_id').onRef('pc.product_id', '=', 'products.id'))
    .leftJoin('categories as c', (join) => join.onRef('c.shop_id', '=', 'pc.shop_id').onRef('c.id', '=', 'pc.category_id'))
    .select(productColumns)
    .select(['c.id as c_id', 'c.name as c_name', 'c.exclude_from_automations as c_exclude', 'c.created_at as c_created_at', 'c.updated_at as c_updated_at', 'c.resource_id as c_resource_id'])
    .where('products.shop_id', '=', shopId)
    .where('products.id', '=', id)
    .orderBy('pc.category_id'));
/** One product with its categories (in id order), in one query: a row per category, or one with none. */
export async function findProductWithCategories(db, shopId, id) {
    const rows = await productWithCategoriesById(db, shopId, id);
    if (rows.length === 0)
        return undefined;
    const categories = [];
    for (const row of rows) {
        if (row.c_id === null)
            continue;
        categories.push({
            id: row.c_id,
            name: row.c_name,
            exclude_from_automations: row.c_exclude,
            created_at: row.c_created_at,
            updated_at: row.c_updated_at,
            resource_id: row.c_resource_id,
        });
    }
    return { product: rows[0], categories };
}
export async function productExists(db, shopId, id) {
    const row = await db.selectFrom('products').select('id').where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
    return row !== undefined;
}
export async function countProducts(db, shopId) {
    return countOf(db, shopId, 'products');
}
export const listProducts = pagedByShop((db, shopId, direction) => db.selectFrom('products').select(productColumns).where('shop_id', '=', shopId).orderBy('id', direction));
export async function countProductsInCategory(db, shopId, categoryId) {
    const row = await db
        .selectFrom('product_categories')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('shop_id', '=', shopId)
        .where('category_id', '=', categoryId)
        .executeTakeFirstOrThrow();
    return Number(row.n);
}
export async function listProductsInCategory(db, shopId, categoryId, offset, limit) {
    return db
        .selectFrom('product_categories')
        .innerJoin('products', (join) => join.onRef('products.shop_id', '=', 'product_categories.shop_id').onRef('products.id', '=', 'product_categories.product_id'))
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
export async function findCategoryLinks(db, shopId, productIds) {
    if (productIds.length === 0)
        return [];
    return categoryLinks(db, shopId, productIds);
}
const categoryLinks = prepared((db, shopId, productIds) => db
    .selectFrom('product_categories')
    .select(['product_id', 'category_id'])
    .where('shop_id', '=', shopId)
    .where(inList(db, 'product_id', productIds))
    .orderBy('product_id')
    .orderBy('category_id'));
export async function findProducts(db, shopId, ids) {
    if (ids.length === 0)
        return [];
    return db.selectFrom('products').select(productColumns).where('shop_id', '=', shopId).where(inList(db, 'id', ids)).orderBy('id').execute();
}
export async function insertProductCategoryLinks(db, links) {
    await insertMany(db, 'product_categories', links);
}
export async function deleteProduct(db, shopId, id) {
    await db.deleteFrom('products').where('shop_id', '=', shopId).where('id', '=', id).execute();
}
/** Links already there are left as they are. */
export async function addProductCategoryLinks(db, links) {
    await insertMany(db, 'product_categories', links, { skipConflictOn: ['shop_id', 'product_id', 'category_id'] });
}
export async function deleteProductCategories(db, shopId, links) {
    // Few links a statement: SQLite parses an OR chain into a tree as deep as it is long (at most 1,000).
    for (const part of chunks(links, 2, 400)) {
        await db
            .deleteFrom('product_categories')
            .where('shop_id', '=', shopId)
            .where((eb) => eb.or(part.map((link) => eb.and([eb('product_id', '=', link.product_id), eb('category_id', '=', link.category_id)]))))
            .execute();
    }
}
const existingProductIds = prepared((db, shopId, ids) => db.selectFrom('products').select('id').where('shop_id', '=', shopId).where(inList(db, 'id', ids)));
/** Which of these ids are products of the shop. */
export async function findExistingProductIds(db, shopId, ids) {
    if (ids.length === 0)
        return new Set();
    const rows = await existingProductIds(db, shopId, [...new Set(ids)]);
    return new Set(rows.map((row) => String(row.id)));
}
//# sourceMappingURL=products.repository.js.map