import { type Insertable } from 'kysely';
import type { DB, Executor } from './schema.js';
export interface InsertManyOptions {
    /** Most values bound by one statement (chunks.ts); only tests lower it, to split small inserts. */
    maxParameters?: number;
}
/** The SQL text for `key` on the dialect of `db`, compiled by `compile` the first time. */
export declare function sqlFor(db: Executor, key: string, compile: () => string): string;
export declare function parametersOf(rows: object[], columns: string[]): unknown[];
/**
 * Inserts rows that all carry the same keys, in as few statements as the parameter limit allows. With
 * `skipConflictOn`, a row whose key (those columns) is already taken is skipped, not an error.
 */
export declare function insertMany<T extends keyof DB & string>(db: Executor, table: T, rows: Array<Insertable<DB[T]>>, options?: InsertManyOptions & {
    skipConflictOn?: string[];
}): Promise<void>;
/**
 * insertMany for a table named at run time: `cartline copy` and `import` write every table of the schema, from
 * its columns as the database describes them (catalog.repository.ts), so no row type exists to check against.
 */
export declare function insertManyInto(db: Executor, table: string, rows: Array<Record<string, unknown>>, options?: InsertManyOptions): Promise<void>;
/** The tables whose rows carry the shop's own id, unique per shop (migration 0003). */
export type ResourceTable = {
    [K in keyof DB]: DB[K] extends {
        shop_id: unknown;
        resource_id: unknown;
    } ? K : never;
}[keyof DB];
/**
 * Inserts rows unless their (shop_id, resource_id) already exists, and answers the ids that were inserted; the
 * others are the caller's to update. Concurrent imports of the same resource ids end with one row each, never a
 * duplicate and never a constraint error. Any other conflict (an id already taken) raises: it is not a
 * resource the shop already has.
 */
export declare function insertManyIfAbsent<T extends ResourceTable>(db: Executor, table: T, rows: Array<Insertable<DB[T]> & {
    id: string;
}>, options?: InsertManyOptions): Promise<Set<string>>;
