import { CompiledQuery } from 'kysely';
import { chunks } from './chunks.js';
// Bulk inserts (imports) write hundreds of rows per statement. Kysely builds and compiles a fresh syntax tree
// for every such statement, which cost more than SQLite's own work per row. The SQL text only depends on the
// dialect, the table, the columns and the row count, so Kysely compiles it once per shape and later calls bind
// new values to the same text (which the SQLite adapter also keeps prepared).
/** SQL texts by shape, per dialect: keyed by the dialect's adapter, which a database and its transactions share. */
const compiledByAdapter = new WeakMap();
/** The SQL text for `key` on the dialect of `db`, compiled by `compile` the first time. */
export function sqlFor(db, key, compile) {
    const adapter = db.getExecutor().adapter;
    let compiled = compiledByAdapter.get(adapter);
    if (compiled === undefined)
        compiledByAdapter.set(adapter, (compiled = new Map()));
    let text = compiled.get(key);
    if (text === undefined)
        compiled.set(key, (text = compile()));
    return text;
}
function template(columns, count) {
    return Array.from({ length: count }, () => Object.fromEntries(columns.map((column) => [column, null])));
}
export function parametersOf(rows, columns) {
    const parameters = [];
    for (const row of rows)
        for (const column of columns)
            parameters.push(row[column]);
    return parameters;
}
/**
 * Inserts rows that all carry the same keys, in as few statements as the parameter limit allows. With
 * `skipConflictOn`, a row whose key (those columns) is already taken is skipped, not an error.
 */
export async function insertMany(db, table, rows, options = {}) {
    if (rows.length === 0)
        return;
    const columns = Object.keys(rows[0]);
    const skip = options.skipConflictOn;
    for (const part of chunks(rows, columns.length, options.maxParameters)) {
        const text = sqlFor(db, `${table}\u0000${skip?.join(',') ?? ''}\u0000${columns.join(',')}\u0000${part.length}`, () => {
            const insert = db.insertInto(table).values(template(columns, part.length));
            return (skip === undefined ? insert : insert.onConflict((oc) => oc.columns(skip).doNothing())).compile().sql;
        });
        await db.executeQuery(CompiledQuery.raw(text, parametersOf(part, columns)));
    }
}
/**
 * insertMany for a table named at run time: `cartline copy` and `import` write every table of the schema, from
 * its columns as the database describes them (catalog.repository.ts), so no row type exists to check against.
 */
export async function insertManyInto(db, table, rows, options = {}) {
    await insertMany(db, table, rows, options);
}
/**
 * Inserts rows unless their (shop_id, resource_id) already exists, and answers the ids that were inserted; the
 * others are the caller's to update. Concurrent imports of the same resource ids end with one row each, never a
 * duplicate and never a constraint error. Any other conflict (an id already taken) raises: it is not a
 * resource the shop already has.
 */
export async function insertManyIfAbsent(db, table, rows, options = {}) {
    const inserted = new Set();
    if (rows.length === 0)
        return inserted;
    const columns = Object.keys(rows[0]);
    for (const part of chunks(rows, columns.length, options.maxParameters)) {
        const text = sqlFor(db, `${table}\u0000ifabsent\u0000${columns.join(',')}\u0000${part.length}`, () => db
            .insertInto(table)
            .values(template(columns, part.length))
            .onConflict((oc) => oc.columns(['shop_id', 'resource_id']).doNothing())
            .returning('id')
            .compile().sql);
        const result = await db.executeQuery(CompiledQuery.raw(text, parametersOf(part, columns)));
        for (const row of result.rows)
            inserted.add(String(row.id));
    }
    return inserted;
}
//# sourceMappingURL=insert-many.js.map