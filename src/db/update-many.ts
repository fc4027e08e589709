import { CompiledQuery, PostgresAdapter } from 'kysely';
import { chunks } from './chunks.js';
import { compareIds } from './ids.js';
import { sqlFor, type ResourceTable } from './insert-many.js';
import type { Executor } from './schema.js';

// A re-sync sends hundreds of records the shop already has; one UPDATE per record cost a statement (and on
// PostgreSQL a round trip) each. Here the new values travel as one relation joined to the table by id, one
// statement for all the rows that set the same columns:
// - SQLite (3.33+ has UPDATE ... FROM): a VALUES list of bound parameters, so that every value is bound
//   exactly as a one-row UPDATE binds it (affinity does the rest, as it does there);
// - PostgreSQL: one jsonb parameter read as rows of the table's own type (jsonb_populate_recordset), so that
//   each value gets its column's type without a cast written here, and the SQL text does not depend on the
//   row count.
// Row triggers still fire once per row written (the revision triggers of migration 0007 bump once per
// transaction on PostgreSQL, as for a one-row UPDATE).

/** Column -> new value; undefined values are left out. */
export type Changes = object;
type Values = Record<string, unknown>;

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function sqliteText(table: string, columns: string[], count: number): string {
  const row = `(cast(? as integer)${', ?'.repeat(columns.length)})`;
  return (
    `with v("id", ${columns.map(quoted).join(', ')}) as (values ${Array.from({ length: count }, () => row).join(', ')}) ` +
    `update ${quoted(table)} set ${columns.map((column) => `${quoted(column)} = v.${quoted(column)}`).join(', ')} ` +
    // The IN list makes SQLite look the rows up by key; joined on `id` alone, it scanned every row of the shop.
    `from v where ${quoted(table)}."shop_id" = ? and ${quoted(table)}."id" in (select "id" from v) and ${quoted(table)}."id" = v."id"`
  );
}

function postgresText(table: string, columns: string[]): string {
  return (
    `update ${quoted(table)} set ${columns.map((column) => `${quoted(column)} = v.${quoted(column)}`).join(', ')} ` +
    `from jsonb_populate_recordset(null::${quoted(table)}, $1::jsonb) as v where ${quoted(table)}."shop_id" = $2 and ${quoted(table)}."id" = v."id"`
  );
}

/**
 * Applies changes to rows of the shop by id, in request order: changes to one id are merged (later ones win),
 * then every group of rows that sets the same columns is written by one statement (more only beyond the
 * parameter limit), in id order (the order PostgreSQL locks them: concurrent writers queue, never deadlock).
 * Answers how many of the ids with changes were not written: rows that no longer exist.
 */
export async function updateManyById(db: Executor, table: ResourceTable, shopId: string, updates: Array<{ id: string; changes: Changes }>): Promise<number> {
  const merged = new Map<string, Values>();
  for (const { id, changes } of updates) {
    const into = merged.get(id) ?? {};
    for (const [column, value] of Object.entries(changes)) if (value !== undefined) into[column] = value;
    merged.set(id, into);
  }
  const byShape = new Map<string, Array<[string, Values]>>();
  for (const entry of merged) {
    const shape = Object.keys(entry[1]).sort().join(',');
    if (shape === '') continue;
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
      const query = postgres
        ? CompiledQuery.raw(sqlFor(db, `${table}\u0000update\u0000${shape}`, () => postgresText(table, columns)), [
            JSON.stringify(part.map(([id, changes]) => ({ ...changes, id }))),
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
