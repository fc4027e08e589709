import { sql } from 'kysely';
import { pathToAccount } from '../db/catalog.repository.js';
/**
 * The rows of `table` that belong to the account: its foreign keys followed to `accounts`
 * (catalog.repository.ts `pathToAccount`), one `in (select ...)` per hop. Undefined when no chain exists.
 */
export function accountFilter(catalog, table, accountId) {
    const path = pathToAccount(catalog, table);
    if (path === undefined)
        return undefined;
    if (path.length === 0)
        return sql `${sql.ref(catalog.get(table).primaryKey[0])} = ${accountId}`;
    // path[j] leads from one table to the next; the last one names the account. Built from there outwards.
    let filter = sql `${sql.ref(path[path.length - 1].columns[0])} = ${accountId}`;
    for (let j = path.length - 2; j >= 0; j--) {
        const fk = path[j];
        const columns = sql.join(fk.columns.map((column) => sql.ref(column)));
        const references = sql.join(fk.references.map((column) => sql.ref(column)));
        filter = sql `(${columns}) in (select ${references} from ${sql.table(fk.table)} where ${filter})`;
    }
    return filter;
}
function orderKey(dialect, table, column) {
    // Text keys in byte order on both databases (PostgreSQL's default collation follows the locale).
    const kind = table.columns.find((c) => c.name === column)?.kind;
    return dialect === 'postgres' && kind === 'text' ? sql `${sql.ref(column)} collate "C"` : sql.ref(column);
}
/**
 * Up to `limit` rows of `table` (every column, as the driver returns them) in primary-key order, after the row
 * whose key is `after` (a keyset page: each page costs the same however far into the table it is).
 */
export async function readPage(db, dialect, table, options) {
    const columns = sql.join(table.columns.map((column) => sql.ref(column.name)));
    const keys = sql.join(table.primaryKey.map((column) => orderKey(dialect, table, column)));
    const conditions = [];
    if (options.filter !== undefined)
        conditions.push(options.filter);
    if (options.after !== undefined)
        conditions.push(sql `(${keys}) > (${sql.join(options.after)})`);
    const where = conditions.length === 0 ? sql `` : sql `where ${sql.join(conditions, sql ` and `)}`;
    const { rows } = await sql `select ${columns} from ${sql.table(table.name)} ${where} order by ${keys} limit ${options.limit}`.execute(db);
    return rows;
}
export async function countRows(db, table, filter) {
    const where = filter === undefined ? sql `` : sql `where ${filter}`;
    const { rows } = await sql `select count(*) as n from ${sql.table(table)} ${where}`.execute(db);
    return Number(rows[0]?.n ?? 0);
}
export async function deleteRows(db, table, filter) {
    await sql `delete from ${sql.table(table)} where ${filter}`.execute(db);
}
export async function updateRow(db, table, set, filter) {
    const entries = Object.entries(set);
    if (entries.length === 0)
        return;
    await sql `update ${sql.table(table)} set ${sql.join(entries.map(([column, value]) => sql `${sql.ref(column)} = ${value}`))} where ${filter}`.execute(db);
}
/** `column = true`, for the seeded rows of a table (tables.ts `seededWhen`). */
export function isTrue(column) {
    return sql `${sql.ref(column)} = ${sql.lit(true)}`;
}
export function not(filter) {
    return sql `not (${filter})`;
}
export function and(a, b) {
    return sql `(${a}) and (${b})`;
}
//# sourceMappingURL=rows.repository.js.map