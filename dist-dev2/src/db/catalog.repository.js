import { sql } from 'kysely';
import { ACCOUNTS } from './tables.js';
const KINDS = {
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
/** The PostgreSQL schema the connection works in (its search_path); undefined on SQLite. */
export async function currentSchema(db, dialect) {
    if (dialect === 'sqlite')
        return undefined;
    const { rows } = await sql `select current_schema() as schema`.execute(db);
    return rows[0]?.schema;
}
export async function readCatalog(db, dialect) {
    const schema = await currentSchema(db, dialect);
    const tables = (await db.introspection.getTables()).filter((table) => !table.isView && (schema === undefined || table.schema === schema));
    const keys = dialect === 'sqlite' ? await sqliteKeys(db, tables.map((table) => table.name)) : await postgresKeys(db);
    const catalog = new Map();
    for (const table of tables) {
        const columns = table.columns.map((column) => {
            const type = column.dataType.toLowerCase();
            return { name: column.name, type, kind: KINDS[type] ?? null, nullable: column.isNullable };
        });
        const nullable = new Set(columns.filter((column) => column.nullable).map((column) => column.name));
        const own = keys.get(table.name) ?? { primaryKey: [], foreignKeys: [] };
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
            if (fk.references.length === 0 || fk.references.some((column) => column === ''))
                fk.references = catalog.get(fk.table)?.primaryKey ?? [];
        }
    }
    return catalog;
}
async function sqliteKeys(db, tables) {
    const keys = new Map();
    for (const table of tables) {
        const pk = await sql `select name from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
        const fks = await sql `
      select id, "table", "from", "to" from pragma_foreign_key_list(${table}) order by id, seq`.execute(db);
        const byId = new Map();
        for (const row of fks.rows) {
            const id = String(row.id);
            let fk = byId.get(id);
            if (fk === undefined)
                byId.set(id, (fk = { columns: [], table: row.table, references: [] }));
            fk.columns.push(row.from);
            fk.references.push(row.to ?? '');
        }
        keys.set(table, { primaryKey: pk.rows.map((row) => row.name), foreignKeys: [...byId.values()] });
    }
    return keys;
}
async function postgresKeys(db) {
    const { rows } = await sql `
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
    const keys = new Map();
    for (const row of rows) {
        let own = keys.get(row.table_name);
        if (own === undefined)
            keys.set(row.table_name, (own = { primaryKey: [], foreignKeys: [] }));
        if (row.kind === 'p')
            own.primaryKey = row.columns;
        else
            own.foreignKeys.push({ columns: row.columns, table: row.referenced ?? '', references: row.referenced_columns });
    }
    return keys;
}
/**
 * The tables in an order that inserts every referenced row before the rows referencing it (a table's references
 * to itself aside); ties in alphabetical order, so that the order is the same on both databases.
 */
export function insertOrder(catalog, names) {
    const wanted = new Set(names);
    const pending = new Map();
    for (const name of wanted) {
        const table = catalog.get(name);
        if (table === undefined)
            throw new Error(`table ${name} is not in the database`);
        pending.set(name, new Set(table.foreignKeys.map((fk) => fk.table).filter((other) => other !== name && wanted.has(other))));
    }
    const order = [];
    while (pending.size > 0) {
        const ready = [...pending].filter(([, needs]) => [...needs].every((other) => !pending.has(other))).map(([name]) => name).sort();
        if (ready.length === 0)
            throw new Error(`tables ${[...pending.keys()].sort().join(', ')} reference each other in a cycle: no insert order exists`);
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
export function pathToAccount(catalog, name) {
    if (name === ACCOUNTS)
        return [];
    const seen = new Set([name]);
    let frontier = [{ table: name, path: [] }];
    while (frontier.length > 0) {
        const next = [];
        for (const { table, path } of frontier) {
            for (const fk of catalog.get(table)?.foreignKeys ?? []) {
                if (fk.optional || seen.has(fk.table))
                    continue;
                if (fk.table === ACCOUNTS)
                    return [...path, fk];
                seen.add(fk.table);
                next.push({ table: fk.table, path: [...path, fk] });
            }
        }
        frontier = next;
    }
    return undefined;
}
//# sourceMappingURL=catalog.repository.js.map