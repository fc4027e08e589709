import type { Executor } from '../../db/schema.js';
export interface CategoryRow {
    id: string | bigint;
    name: string;
    exclude_from_automations: boolean | number | bigint;
    created_at: string;
    updated_at: string;
    resource_id: string | null;
}
export declare function findCategory(db: Executor, shopId: string, id: string): Promise<CategoryRow | undefined>;
export declare function countCategories(db: Executor, shopId: string): Promise<number>;
export declare const listCategories: (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<{
    name: string;
    id: string | bigint;
    resource_id: string | null;
    created_at: string;
    updated_at: string;
    exclude_from_automations: number | bigint | boolean;
}[]>;
/** The shop's categories among these ids, by id. */
export declare function findCategoriesByIds(db: Executor, shopId: string, ids: string[]): Promise<Map<string, CategoryRow>>;
/** The shop's categories with these resource ids, by resource id. */
export declare function findCategoriesByResourceIds(db: Executor, shopId: string, resourceIds: string[]): Promise<Map<string, CategoryRow>>;
export declare function updateCategory(db: Executor, shopId: string, id: string, changes: {
    name?: string;
    exclude_from_automations?: boolean;
    resource_id?: string;
    updated_at: string;
}): Promise<void>;
/** Its product links go with it (foreign key cascade): products lose the category. */
export declare function deleteCategory(db: Executor, shopId: string, id: string): Promise<void>;
