import { type Compilable, type SelectQueryBuilder } from 'kysely';
import type { DB, Executor } from './schema.js';
type Scalar = string | number | bigint | boolean | null;
type Argument = Scalar | readonly Scalar[];
export interface PreparedOptions {
    /** Named on PostgreSQL when the read has no list argument (see below); default true. */
    pointLookup?: boolean;
}
/**
 * `build` makes the query from its arguments as usual; the result runs it with the SQL compiled once per
 * dialect. Arguments may only reach the query as values (not as column names or SQL), lists through inList.
 */
export declare function prepared<A extends Argument[], R>(build: (db: Executor, ...args: A) => Compilable<R>, options?: PreparedOptions): (db: Executor, ...args: A) => Promise<R[]>;
/**
 * A shop's rows in id order, one page at a time. OFFSET walks every row it skips, so past the middle (when the
 * caller knows the total) the page is read from the end instead: the last page of a million rows costs what
 * the first does. Rows always come back in ascending order.
 */
export declare function pagedByShop<R>(build: (db: Executor, shopId: string, direction: 'asc' | 'desc') => SelectQueryBuilder<DB, any, R>): (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<R[]>;
/** The ids of a page of a shop's rows of `table`, in id order: what a page of kept answers needs to read. */
export declare function pagedIdsByShop(table: 'categories' | 'products' | 'customers' | 'orders' | 'carts'): (db: Executor, shopId: string, offset: number, limit: number, total?: number) => Promise<string[]>;
export {};
