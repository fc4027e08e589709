import { sql } from 'kysely';
import type { Dialect } from './database.js';
import type { Executor } from './schema.js';
import { ACCOUNTS } from './tables.js';

// The schema as the database itself describes it: tables and columns (Kysely's introspection), primary and
// foreign keys (pragma on SQLite, pg_constraint on PostgreSQL). `cartline export`, `import` and `copy` read it
// at run time, so that a column or table added by a migration is carried without touching them.

/**
 * How a column's values travel between the databases and through an export. The drivers hand them back
 * differently: SQLite returns every integer as bigint (safeIntegers) and booleans as 0/1; pg returns int8 as a
 * string, int4 as a number, booleans as booleans; timestamps are 'YYYY-MM-DD HH:MM:SS' text on both
 * (database.ts). Every kind has one portable form (values.ts).
 */
export type ValueKind = 'bigint' | 'integer' | 'boolean' | 'float' | 'text';

const KINDS: Record<string, ValueKind> = {
  // SQLite: the type as declared by the migrations.
  bigint: 'bigint',
  integer: 'integer',
  boolean: 'boolean',
  'double precision': 'float',
  real: 'float',
  text: 'text',
  timestamp: 'text',
  // PostgreSQL: the type's name in pg_type.
  int8: 'bigint',
  int4: 'integer',
  int2: 'integer',
  bool: 'boolean',
  float8: 'float',
  float4: 'float',
  varchar: 'text',
};

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
export async function currentSchema(db: Executor, dialect: Dialect): Promise<string | undefined> {
  if (dialect === 'sqlite') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

export async function readCatalog(db: Executor, dialect: Dialect): Promise<Catalog> {
  const schema = await currentSchema(db, dialect);
  const tables = (await db.introspection.getTables()).filter((table) => !table.isView && (schema === undefined || table.schema === schema));
  const keys = dialect === 'sqlite' ? await sqliteKeys(db, tables.map((table) => table.name)) : await postgresKeys(db);
  const catalog: Catalog = new Map();
  for (const table of tables) {
    const own = keys.get(table.name) ?? { primaryKey: [], foreignKeys: [] };
    // SQLite: an INTEGER PRIMARY KEY is the table's rowid, a 64-bit integer (journal_entries.id, migration 0013).
    const rowid = dialect === 'sqlite' && own.primaryKey.length === 1 ? own.primaryKey[0] : undefined;
    const columns = table.columns.map((column) => {
      const type = column.dataType.toLowerCase();
      const kind = column.name === rowid && type === 'integer' ? 'bigint' : (KINDS[type] ?? null);
      return { name: column.name, type, kind, nullable: column.isNullable };
    });
    const nullable = new Set(columns.filter((column) => column.nullable).map((column) => column.name));
    catalog.set(table.name, {
      name: table.name,
      columns,
      primaryKey: own.primaryKey,
      foreignKeys: own.foreignKeys.map((fk) => ({ ...fk, optional: fk.columns.some((column) => nullable.has(column)) })),
    });
  }
  // A foreign key naming no columns on SQLite points at the referenced table's primary key.
  for (const table of catalog.values()) {
    for (const fk of table.foreignKeys) {
      if (fk.references.length === 0 || fk.references.some((column) => column === '')) fk.references = catalog.get(fk.table)?.primaryKey ?? [];
    }
  }
  return catalog;
}

type Keys = Map<string, { primaryKey: string[]; foreignKeys: Array<Omit<ForeignKey, 'optional'>> }>;

async function sqliteKeys(db: Executor, tables: string[]): Promise<Keys> {
  const keys: Keys = new Map();
  for (const table of tables) {
    const pk = await sql<{ name: string }>`select name from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
    const fks = await sql<{ id: bigint; table: string; from: string; to: string | null }>`
      select id, "table", "from", "to" from pragma_foreign_key_list(${table}) order by id, seq`.execute(db);
    const byId = new Map<string, Omit<ForeignKey, 'optional'>>();
    for (const row of fks.rows) {
      const id = String(row.id);
      let fk = byId.get(id);
      if (fk === undefined) byId.set(id, (fk = { columns: [], table: row.table, references: [] }));
      fk.columns.push(row.from);
      fk.references.push(row.to ?? '');
    }
    keys.set(table, { primaryKey: pk.rows.map((row) => row.name), foreignKeys: [...byId.values()] });
  }
  return keys;
}

async function postgresKeys(db: Executor): Promise<Keys> {
  const { rows } = await sql<{ kind: string; table_name: string; referenced: string | null; columns: string[]; referenced_columns: string[] }>`
    select c.contype as kind, t.relname as table_name, f.relname as referenced,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as referenced_columns
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_namespace ns on ns.oid = t.relnamespace
    left join pg_class f on f.oid = c.confrelid
    where ns.nspname = current_schema() and c.contype in ('p', 'f')
    order by t.relname, c.conname`.execute(db);
  const keys: Keys = new Map();
  for (const row of rows) {
    let own = keys.get(row.table_name);
    if (own === undefined) keys.set(row.table_name, (own = { primaryKey: [], foreignKeys: [] }));
    if (row.kind === 'p') own.primaryKey = row.columns;
    else own.foreignKeys.push({ columns: row.columns, table: row.referenced ?? '', references: row.referenced_columns });
  }
  return keys;
}

/**
 * The tables in an order that inserts every referenced row before the rows referencing it (a table's references
 * to itself aside); ties in alphabetical order, so that the order is the same on both databases.
 */
export function insertOrder(catalog: Catalog, names: Iterable<string>): string[] {
  const wanted = new Set(names);
  const pending = new Map<string, Set<string>>();
  for (const name of wanted) {
    const table = catalog.get(name);
    if (table === undefined) throw new Error(`table ${name} is not in the database`);
    pending.set(name, new Set(table.foreignKeys.map((fk) => fk.table).filter((other) => other !== name && wanted.has(other))));
  }
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, needs]) => [...needs].every((other) => !pending.has(other))).map(([name]) => name).sort();
    if (ready.length === 0) throw new Error(`tables ${[...pending.keys()].sort().join(', ')} reference each other in a cycle: no insert order exists`);
    for (const name of ready) {
      order.push(name);
      pending.delete(name);
    }
  }
  return order;
}

/**
 * How a table's rows lead to their account: the shortest chain of foreign keys that every row must fill (its
 * columns NOT NULL), ending at `accounts`. Empty for `accounts` itself; undefined when there is none.
 */
export function pathToAccount(catalog: Catalog, name: string): ForeignKey[] | undefined {
  if (name === ACCOUNTS) return [];
  const seen = new Set([name]);
  let frontier: Array<{ table: string; path: ForeignKey[] }> = [{ table: name, path: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { table, path } of frontier) {
      for (const fk of catalog.get(table)?.foreignKeys ?? []) {
        if (fk.optional || seen.has(fk.table)) continue;
        if (fk.table === ACCOUNTS) return [...path, fk];
        seen.add(fk.table);
        next.push({ table: fk.table, path: [...path, fk] });
      }
    }
    frontier = next;
  }
  return undefined;
}
