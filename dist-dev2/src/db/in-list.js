import { PostgresAdapter, sql } from 'kysely';
/**
 * `column IN (values)` with the whole list bound as one parameter, so that a query has one SQL text whatever
 * the list's length: one prepared statement on SQLite, one parse on PostgreSQL, and a text that prepared.ts can
 * keep once. SQLite reads the list with `json_each` (the driver binds an array as its JSON text, src/db/sqlite.ts);
 * PostgreSQL compares with `= any($1)`, the parameter's array type inferred from the column's.
 *
 * On SQLite the planner cannot tell how long the list is: keep the column the last part of an index the query
 * also constrains (`shop_id = ? and id in ...` on the `(shop_id, id)` keys), so that each value is one probe.
 */
export function inList(db, column, values) {
    return db.getExecutor().adapter instanceof PostgresAdapter
        ? sql `${sql.ref(column)} = any(${values})`
        : sql `${sql.ref(column)} in (select value from json_each(${values}))`;
}
//# sourceMappingURL=in-list.js.map