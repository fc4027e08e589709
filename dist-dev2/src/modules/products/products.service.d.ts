import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import { type EventSource } from '../events/outbox.js';
import * as repo from './products.repository.js';
import { type Product, type ProductCreateBody, type ProductReduced, type ProductUpdateBody } from './products.schemas.js';
export declare function getProduct(db: Executor, shopId: string, rawId: string): Promise<Product>;
/** How a request names things: ?with_resource_id (category refs are the shop's ids), ?replace_categories. */
export interface ProductWriteOptions {
    byResourceId?: boolean;
    replaceCategories?: boolean;
    /** Who writes, for the events (product.created, .updated, .deleted); none are recorded without it. */
    events?: EventSource;
}
export declare function createProduct(db: Database, newId: IdGenerator, shopId: string, body: ProductCreateBody, options?: ProductWriteOptions): Promise<{
    product: Product;
    created: boolean;
}>;
/**
 * Creates many products in one transaction, all or nothing, answered in request order. New products are
 * answered from what was written (no read-back: an import of 1,000 costs a few statements). An item naming
 * a resource_id the shop already has updates that product instead (created: false); its categories are
 * added to, or with ?replace_categories replace, the ones it has.
 */
export declare function importProducts(db: Database, newId: IdGenerator, shopId: string, bodies: ProductCreateBody[], prefix?: (index: number) => string, options?: ProductWriteOptions): Promise<Array<{
    product: Product;
    created: boolean;
}>>;
/** Partial: omitted fields keep their values; `categories`, when sent, becomes the product's whole set. */
export declare function updateProduct(db: Database, shopId: string, rawId: string, body: ProductUpdateBody, options?: ProductWriteOptions): Promise<Product>;
/** PUT .../products/:id/categories/multiple: set (replace: true) or add to a product's categories at once. */
export declare function setProductCategories(db: Database, shopId: string, rawId: string, body: {
    replace?: boolean;
    categories: string[];
}, options?: ProductWriteOptions): Promise<Product>;
/** Answers the product as it was, categories included. */
export declare function deleteProduct(db: Database, shopId: string, rawId: string, options?: ProductWriteOptions): Promise<Product>;
export declare const countProducts: typeof repo.countProducts;
export declare const listProductIds: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<string[]>;
/** Products in full form by id; ids the shop does not have are left out. */
export declare function loadProducts(db: Executor, shopId: string, ids: string[]): Promise<Map<string, Product>>;
export declare function listProducts(db: Executor, shopId: string, offset: number, limit: number, total?: number): Promise<Product[]>;
export declare function countProductsInCategory(db: Executor, shopId: string, rawCategoryId: string): Promise<number>;
export declare function listProductsInCategory(db: Executor, shopId: string, rawCategoryId: string, offset: number, limit: number): Promise<ProductReduced[]>;
/** Idempotent: assigning an assigned product answers the same 200. */
export declare function assignProductToCategory(db: Database, shopId: string, rawCategoryId: string, rawProductId: string): Promise<Product>;
export declare function unassignProductFromCategory(db: Database, shopId: string, rawCategoryId: string, rawProductId: string): Promise<void>;
