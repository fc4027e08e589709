import { CompiledQuery, PostgresAdapter } from 'kysely';
import { chunks } from './chunks.js';
import { compareIds } from './ids.js';
import { sqlFor } from './insert-many.js';
function quoted(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function sqliteText(table, columns, count) {
    const row = `(cast(? as integer)${', ?'.repeat(columns.length)})`;
    return (`with v("id", ${columns.map(quoted).join(', ')}) as (values ${Array.from({ length: count }, () => row).join(', ')}) ` +
        `update ${quoted(table)} set ${columns.map((column) => `${quoted(column)} = v.${quoted(column)}`).join(', ')} ` +
        // The IN list makes SQLite look the rows up by key; joined on `id` alone, it scanned every row of the shop.
        `from v where ${quoted(table)}."shop_id" = ? and ${quoted(table)}."id" in (select "id" from v) and ${quoted(table)}."id" = v."id"`);
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * The rows as one jsonb value. A string bound as a parameter reaches PostgreSQL as UTF-8, a lone surrogate
 * as U+FFFD; JSON would carry it as an escape that jsonb refuses (a 500), so it becomes U+FFFD here too.
 */
function postgresRows(rows) {
    return JSON.stringify(rows.map(([id, changes]) => ({ ...changes, id })), (_key, value) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\ufffd') : value));
}
function postgresText(table, columns) {
    return (`update ${quoted(table)} set ${columns.map((column) => `${quoted(column)} = v.${quoted(column)}`).join(', ')} ` +
        `from jsonb_populate_recordset(null::${quoted(table)}, $1::jsonb) as v where ${quoted(table)}."shop_id" = $2 and ${quoted(table)}."id" = v."id"`);
}
/** One row (a single create, a PUT): the plain UPDATE by key, cheaper to plan than a join with one row. */
function oneRow(db, table, shopId, columns, [id, changes]) {
    const text = sqlFor(db, `${table}\u0000update one\u0000${columns.join(',')}`, () => db
        .updateTable(table)
        .set(Object.fromEntries(columns.map((column) => [column, null])))
        .where('shop_id', '=', shopId)
        .where('id', '=', id)
        .compile().sql);
    return CompiledQuery.raw(text, [...columns.map((column) => changes[column]), shopId, id]);
}
/**
 * Applies changes to rows of the shop by id, in request order: changes to one id are merged (later ones win),
 * then every group of rows that sets the same columns is written by one statement (more only beyond the
 * parameter limit), in id order (the order PostgreSQL locks them: concurrent writers queue, never deadlock).
 * Answers how many of the ids with changes were not written: rows that no longer exist.
 */
export async function updateManyById(db, table, shopId, updates) {
    const merged = new Map();
    for (const { id, changes } of updates) {
        const into = merged.get(id) ?? {};
        for (const [column, value] of Object.entries(changes))
            if (value !== undefined)
                into[column] = value;
        merged.set(id, into);
    }
    const byShape = new Map();
    for (const entry of merged) {
        const shape = Object.keys(entry[1]).sort().join(',');
        if (shape === '')
            continue;
        const group = byShape.get(shape) ?? [];
        group.push(entry);
        byShape.set(shape, group);
    }
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    let missing = 0;
    for (const [shape, group] of byShape) {
        const columns = shape.split(',');
        group.sort(([a], [b]) => compareIds(a, b));
        for (const part of postgres ? [group] : chunks(group, columns.length + 1)) {
            const query = part.length === 1
                ? oneRow(db, table, shopId, columns, part[0])
                : postgres
                    ? CompiledQuery.raw(sqlFor(db, `${table}\u0000update\u0000${shape}`, () => postgresText(table, columns)), [
                        postgresRows(part),
                        shopId,
                    ])
                    : CompiledQuery.raw(sqlFor(db, `${table}\u0000update\u0000${shape}\u0000${part.length}`, () => sqliteText(table, columns, part.length)), [
                        ...part.flatMap(([id, changes]) => [id, ...columns.map((column) => changes[column])]),
                        shopId,
                    ]);
            missing += part.length - Number((await db.executeQuery(query)).numAffectedRows ?? 0n);
        }
    }
    return missing;
}
//# sourceMappingURL=update-many.js.map