import { type RawBuilder, type SqlBool } from 'kysely';
import { type Catalog, type TableInfo } from '../db/catalog.repository.js';
import type { Dialect } from '../db/database.js';
import type { Executor } from '../db/schema.js';
export type Row = Record<string, unknown>;
/**
 * The rows of `table` that belong to the account: its foreign keys followed to `accounts`
 * (catalog.repository.ts `pathToAccount`), one `in (select ...)` per hop. Undefined when no chain exists.
 */
export declare function accountFilter(catalog: Catalog, table: string, accountId: string): RawBuilder<SqlBool> | undefined;
/**
 * Up to `limit` rows of `table` (every column, as the driver returns them) in primary-key order, after the row
 * whose key is `after` (a keyset page: each page costs the same however far into the table it is).
 */
export declare function readPage(db: Executor, dialect: Dialect, table: TableInfo, options: {
    filter?: RawBuilder<SqlBool> | undefined;
    after?: unknown[] | undefined;
    limit: number;
}): Promise<Row[]>;
export declare function countRows(db: Executor, table: string, filter?: RawBuilder<SqlBool>): Promise<number>;
export declare function deleteRows(db: Executor, table: string, filter: RawBuilder<SqlBool>): Promise<void>;
export declare function updateRow(db: Executor, table: string, set: Row, filter: RawBuilder<SqlBool>): Promise<void>;
/** `column = true`, for the seeded rows of a table (tables.ts `seededWhen`). */
export declare function isTrue(column: string): RawBuilder<SqlBool>;
export declare function not(filter: RawBuilder<SqlBool>): RawBuilder<SqlBool>;
export declare function and(a: RawBuilder<SqlBool>, b: RawBuilder<SqlBool>): RawBuilder<SqlBool>;
