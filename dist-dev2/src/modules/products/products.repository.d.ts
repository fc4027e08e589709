import type { Executor } from '../../db/schema.js';
import type { CategoryRow } from '../categories/categories.repository.js';
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
export declare const reducedProductColumns: readonly ["products.id", "products.name", "products.price", "products.url", "products.image", "products.exclude_from_automations", "products.resource_id"];
export type ReducedProductRow = Omit<ProductRow, 'short_description' | 'description'>;
/** Every column a product answer needs. */
export declare const productColumns: readonly ["products.id", "products.name", "products.price", "products.url", "products.image", "products.exclude_from_automations", "products.resource_id", "products.short_description", "products.description"];
export declare function findProduct(db: Executor, shopId: string, id: string): Promise<ProductRow | undefined>;
/** One product with its categories (in id order), in one query: a row per category, or one with none. */
export declare function findProductWithCategories(db: Executor, shopId: string, id: string): Promise<{
    product: ProductRow;
    categories: CategoryRow[];
} | undefined>;
export declare function productExists(db: Executor, shopId: string, id: string): Promise<boolean>;
export declare function countProducts(db: Executor, shopId: string): Promise<number>;
export declare const listProducts: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    id: string | bigint;
    name: string;
    price: number;
    url: string | null;
    image: string | null;
    exclude_from_automations: number | bigint | boolean;
    resource_id: string | null;
    short_description: string | null;
    description: string | null;
}[]>;
export declare function countProductsInCategory(db: Executor, shopId: string, categoryId: string): Promise<number>;
export declare function listProductsInCategory(db: Executor, shopId: string, categoryId: string, offset: number, limit: number): Promise<ReducedProductRow[]>;
/**
 * The category links of many products in one query (no query per product), in product then category order.
 * Only the two ids: the few distinct categories are read once by the caller, not once per link.
 */
export declare function findCategoryLinks(db: Executor, shopId: string, productIds: string[]): Promise<Array<{
    product_id: string | bigint;
    category_id: string | bigint;
}>>;
export declare function findProducts(db: Executor, shopId: string, ids: string[]): Promise<ProductRow[]>;
export declare function insertProductCategoryLinks(db: Executor, links: Array<{
    shop_id: string;
    product_id: string;
    category_id: string;
}>): Promise<void>;
export declare function deleteProduct(db: Executor, shopId: string, id: string): Promise<void>;
/** Links already there are left as they are. */
export declare function addProductCategoryLinks(db: Executor, links: Array<{
    shop_id: string;
    product_id: string;
    category_id: string;
}>): Promise<void>;
export declare function deleteProductCategories(db: Executor, shopId: string, links: Array<{
    product_id: string;
    category_id: string;
}>): Promise<void>;
/** Which of these ids are products of the shop. */
export declare function findExistingProductIds(db: Executor, shopId: string, ids: string[]): Promise<Set<string>>;
