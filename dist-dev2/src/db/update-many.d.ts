import { type ResourceTable } from './insert-many.js';
import type { Executor } from './schema.js';
/** Column -> new value; undefined values are left out. */
export type Changes = object;
/**
 * Applies changes to rows of the shop by id, in request order: changes to one id are merged (later ones win),
 * then every group of rows that sets the same columns is written by one statement (more only beyond the
 * parameter limit), in id order (the order PostgreSQL locks them: concurrent writers queue, never deadlock).
 * Answers how many of the ids with changes were not written: rows that no longer exist.
 */
export declare function updateManyById(db: Executor, table: ResourceTable, shopId: string, updates: Array<{
    id: string;
    changes: Changes;
}>): Promise<number>;
