import { sql, SqliteAdapter } from 'kysely';
// Frozen in time: never import application code here.
// How many categories, products, customers, orders and carts each shop has, kept by the database itself:
// every list answer carries its total, and counting a million rows on each page costs more than the page.
// Triggers keep the counts in the same transaction as the rows, whatever writes them (imports, deletes,
// cascades from a deleted customer or order). A shop gets its counters when it is created; they go with it.
const COUNTED = ['categories', 'products', 'customers', 'orders', 'carts'];
export async function up(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema
        .createTable('shop_counters')
        .addColumn('shop_id', 'bigint', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('shop_counters_pk', ['shop_id', 'name'])
        .addForeignKeyConstraint('shop_counters_shop_fk', ['shop_id'], 'shops', ['id'], (c) => c.onDelete('cascade'))
        .execute();
    for (const table of COUNTED) {
        await sql `insert into shop_counters (shop_id, name, n)
      select s.id, ${table}, (select count(*) from ${sql.table(table)} t where t.shop_id = s.id) from shops s`.execute(db);
    }
    const names = COUNTED.map((table) => `('${table}')`).join(', ');
    if (sqlite) {
        await sql
            .raw(`create trigger shops_counters after insert on shops begin
           insert into shop_counters (shop_id, name, n) select new.id, column1, 0 from (values ${names});
         end`)
            .execute(db);
        for (const table of COUNTED) {
            await sql
                .raw(`create trigger ${table}_counted_insert after insert on ${table} begin
             update shop_counters set n = n + 1 where shop_id = new.shop_id and name = '${table}';
           end`)
                .execute(db);
            await sql
                .raw(`create trigger ${table}_counted_delete after delete on ${table} begin
             update shop_counters set n = n - 1 where shop_id = old.shop_id and name = '${table}';
           end`)
                .execute(db);
        }
        return;
    }
    // PostgreSQL: once per statement, over the rows it wrote (transition tables), so an import of 1,000 rows
    // updates its counter once.
    await sql
        .raw(`create function cartline_shop_counters() returns trigger language plpgsql as $$
       begin
         insert into shop_counters (shop_id, name, n) select new.id, column1, 0 from (values ${names}) as counted;
         return null;
       end $$`)
        .execute(db);
    await sql.raw(`create trigger shops_counters after insert on shops for each row execute function cartline_shop_counters()`).execute(db);
    await sql
        .raw(`create function cartline_count() returns trigger language plpgsql as $$
       begin
         if tg_op = 'INSERT' then
           update shop_counters c set n = c.n + d.k
             from (select shop_id, count(*) as k from new_rows group by shop_id) d
             where c.shop_id = d.shop_id and c.name = tg_argv[0];
         else
           update shop_counters c set n = c.n - d.k
             from (select shop_id, count(*) as k from old_rows group by shop_id) d
             where c.shop_id = d.shop_id and c.name = tg_argv[0];
         end if;
         return null;
       end $$`)
        .execute(db);
    for (const table of COUNTED) {
        await sql
            .raw(`create trigger ${table}_counted_insert after insert on ${table} referencing new table as new_rows
         for each statement execute function cartline_count('${table}')`)
            .execute(db);
        await sql
            .raw(`create trigger ${table}_counted_delete after delete on ${table} referencing old table as old_rows
         for each statement execute function cartline_count('${table}')`)
            .execute(db);
    }
}
export async function down(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    for (const table of COUNTED) {
        for (const kind of ['insert', 'delete']) {
            await sql.raw(`drop trigger ${table}_counted_${kind}${sqlite ? '' : ` on ${table}`}`).execute(db);
        }
    }
    await sql.raw(`drop trigger shops_counters${sqlite ? '' : ' on shops'}`).execute(db);
    if (!sqlite) {
        await sql.raw('drop function cartline_count()').execute(db);
        await sql.raw('drop function cartline_shop_counters()').execute(db);
    }
    await db.schema.dropTable('shop_counters').execute();
}
//# sourceMappingURL=0004_shop_counters.js.map