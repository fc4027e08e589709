import type { Dialect } from './database.js';
import type { Executor } from './schema.js';
/**
 * How a column's values travel between the databases and through an export. The drivers hand them back
 * differently: SQLite returns every integer as bigint (safeIntegers) and booleans as 0/1; pg returns int8 as a
 * string, int4 as a number, booleans as booleans; timestamps are 'YYYY-MM-DD HH:MM:SS' text on both
 * (database.ts). Every kind has one portable form (values.ts).
 */
export type ValueKind = 'bigint' | 'integer' | 'boolean' | 'float' | 'text';
export interface ColumnInfo {
    name: string;
    /** The type as the database names it. */
    type: string;
    /** null: a type that export and copy do not know how to carry exactly (they refuse the table). */
    kind: ValueKind | null;
    nullable: boolean;
}
export interface ForeignKey {
    columns: string[];
    table: string;
    references: string[];
    /** Whether a row may leave it unset (any of its columns nullable). */
    optional: boolean;
}
export interface TableInfo {
    name: string;
    columns: ColumnInfo[];
    primaryKey: string[];
    foreignKeys: ForeignKey[];
}
export type Catalog = Map<string, TableInfo>;
/** The PostgreSQL schema the connection works in (its search_path); undefined on SQLite. */
export declare function currentSchema(db: Executor, dialect: Dialect): Promise<string | undefined>;
export declare function readCatalog(db: Executor, dialect: Dialect): Promise<Catalog>;
/**
 * The tables in an order that inserts every referenced row before the rows referencing it (a table's references
 * to itself aside); ties in alphabetical order, so that the order is the same on both databases.
 */
export declare function insertOrder(catalog: Catalog, names: Iterable<string>): string[];
/**
 * How a table's rows lead to their account: the shortest chain of foreign keys that every row must fill (its
 * columns NOT NULL), ending at `accounts`. Empty for `accounts` itself; undefined when there is none.
 */
export declare function pathToAccount(catalog: Catalog, name: string): ForeignKey[] | undefined;
