import { CompiledQuery, type Insertable } from 'kysely';
import { chunks } from './chunks.js';
import type { DB, Executor } from './schema.js';

// Bulk inserts (imports) write hundreds of rows per statement. Kysely builds and compiles a fresh syntax tree
// for every such statement, which cost more than SQLite's own work per row. The SQL text only depends on the
// table, the columns and the row count, so Kysely compiles it once per shape and later calls bind new values
// to the same text (which the SQLite adapter also keeps prepared).

const compiled = new Map<string, string>();

/** Inserts rows that all carry the same keys, in as few statements as the parameter limit allows. */
export async function insertMany<T extends keyof DB & string>(db: Executor, table: T, rows: Array<Insertable<DB[T]>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (const part of chunks(rows, columns.length)) {
    const key = `${table}\u0000${columns.join(',')}\u0000${part.length}`;
    let text = compiled.get(key);
    if (text === undefined) {
      const template = part.map(() => Object.fromEntries(columns.map((column) => [column, null])));
      text = db.insertInto(table).values(template as never).compile().sql;
      compiled.set(key, text);
    }
    const parameters: unknown[] = [];
    for (const row of part) for (const column of columns) parameters.push((row as Record<string, unknown>)[column]);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

/**
 * Inserts rows unless their (shop_id, resource_id) already exists (any unique index, in fact), and answers the
 * ids that were inserted; the others are the caller's to update. Concurrent imports of the same resource ids
 * end with one row each, never a duplicate and never a constraint error.
 */
export async function insertManyIfAbsent<T extends keyof DB & string>(
  db: Executor,
  table: T,
  rows: Array<Insertable<DB[T]> & { id: string }>,
): Promise<Set<string>> {
  const inserted = new Set<string>();
  if (rows.length === 0) return inserted;
  const columns = Object.keys(rows[0]!);
  for (const part of chunks(rows, columns.length)) {
    const key = `${table}\u0000ifabsent\u0000${columns.join(',')}\u0000${part.length}`;
    let text = compiled.get(key);
    if (text === undefined) {
      const template = part.map(() => Object.fromEntries(columns.map((column) => [column, null])));
      text = db
        .insertInto(table)
        .values(template as never)
        .onConflict((oc) => oc.doNothing())
        .returning('id' as never)
        .compile().sql;
      compiled.set(key, text);
    }
    const parameters: unknown[] = [];
    for (const row of part) for (const column of columns) parameters.push((row as Record<string, unknown>)[column]);
    const result = await db.executeQuery<{ id: string | bigint }>(CompiledQuery.raw(text, parameters));
    for (const row of result.rows) inserted.add(String(row.id));
  }
  return inserted;
}
