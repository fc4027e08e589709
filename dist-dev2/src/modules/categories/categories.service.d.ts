import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import * as repo from './categories.repository.js';
import type { Category, CategoryCreateBody, CategoryUpdateBody } from './categories.schemas.js';
export declare function requireCategory(db: Executor, shopId: string, rawId: string): Promise<repo.CategoryRow>;
export declare function getCategory(db: Executor, shopId: string, rawId: string): Promise<Category>;
export declare function createCategory(db: Database, newId: IdGenerator, shopId: string, body: CategoryCreateBody): Promise<{
    category: Category;
    created: boolean;
}>;
/**
 * Creates many categories in one transaction, all or nothing, answered in request order. An item naming a
 * resource_id the shop already has updates that category instead (created: false).
 */
export declare function importCategories(db: Database, newId: IdGenerator, shopId: string, bodies: CategoryCreateBody[]): Promise<Array<{
    category: Category;
    created: boolean;
}>>;
export declare function updateCategory(db: Database, shopId: string, rawId: string, body: CategoryUpdateBody): Promise<Category>;
export declare function deleteCategory(db: Database, shopId: string, rawId: string): Promise<Category>;
export declare const countCategories: typeof repo.countCategories;
export declare function listCategories(db: Executor, shopId: string, offset: number, limit: number, total?: number): Promise<Category[]>;
