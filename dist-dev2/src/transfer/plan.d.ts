import { type Catalog, type TableInfo } from '../db/catalog.repository.js';
import { type TableRole } from '../db/tables.js';
/**
 * The catalog's tables with one of `roles` (src/db/tables.ts), in insert order. Refuses a table that the
 * registry does not know (its rows would silently be left behind), and a carried table that lacks what
 * carrying it exactly needs: a primary key (pages are read by key), columns of known kinds, and for account
 * data a chain of foreign keys to its account.
 */
export declare function tablesToCarry(catalog: Catalog, roles: TableRole[]): TableInfo[];
/** The order of a row's keys in an export: the primary key, then the other columns by name. */
export declare function documentColumns(table: TableInfo): string[];
/** Rows per page read and per insert: one multi-row statement's worth (insert-many.ts binds up to 30,000 values). */
export declare function pageSize(table: TableInfo): number;
