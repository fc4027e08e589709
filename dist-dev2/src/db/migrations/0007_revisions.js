import { sql, SqliteAdapter } from 'kysely';
// Frozen in time: never import application code here.
// Revisions: numbers the database bumps on every write that can change an answer, so that a process can keep
// answers it built (src/http/fragments.ts) and know, from one number read with the token, whether they still
// hold. Kept by triggers in the writing transaction, so no write path can forget one, a rollback takes its bump
// back, and a commit shows the rows and the new number together, to every process on the database. Per shop:
// - `catalog`: its categories, products and their links (what product and category answers hold);
// - `sales`: its customers, orders, carts, cart items and the shop row itself, and its account's subscribers,
//   groups and memberships (embedded in customers, orders and carts, with the group's counts, which change only
//   through those): a write of those bumps every shop of the account.
// On PostgreSQL the bump is made once per transaction and shop, at commit (deferred constraint triggers): a
// transaction then locks the shop's row last, after every row it writes, and holds it only while it commits.
// Bumped as each row is written, it was locked mid-transaction, and two syncs of one order deadlocked: each
// held what the other waited for (the row, or the order's row). SQLite runs one writer at a time.
const CATALOG = ['categories', 'products', 'product_categories'];
const SALES = ['customers', 'orders', 'carts', 'cart_items'];
const ACCOUNT = ['subscribers', 'groups'];
const EVENTS = ['insert', 'update', 'delete'];
export async function up(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema
        .createTable('shop_revisions')
        .addColumn('shop_id', 'bigint', (c) => c.primaryKey().references('shops.id').onDelete('cascade'))
        .addColumn('catalog', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('sales', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
    await sql `insert into shop_revisions (shop_id) select id from shops`.execute(db);
    if (sqlite) {
        const row = (event) => (event === 'delete' ? 'old' : 'new');
        const ofAccount = (account) => `update shop_revisions set sales = sales + 1 where shop_id in (select s.id from shops s where s.account_id = ${account})`;
        const triggers = [
            `create trigger shops_revisions after insert on shops begin insert into shop_revisions (shop_id) values (new.id); end`,
            `create trigger shops_revised after update on shops begin update shop_revisions set sales = sales + 1 where shop_id = new.id; end`,
        ];
        for (const [tables, column] of [[CATALOG, 'catalog'], [SALES, 'sales']]) {
            for (const table of tables) {
                for (const event of EVENTS) {
                    triggers.push(`create trigger ${table}_revised_${event} after ${event} on ${table} begin
            update shop_revisions set ${column} = ${column} + 1 where shop_id = ${row(event)}.shop_id;
          end`);
                }
            }
        }
        for (const event of EVENTS) {
            for (const table of ACCOUNT) {
                triggers.push(`create trigger ${table}_revised_${event} after ${event} on ${table} begin ${ofAccount(`${row(event)}.account_id`)}; end`);
            }
            triggers.push(`create trigger group_subscribers_revised_${event} after ${event} on group_subscribers begin
        ${ofAccount(`(select g.account_id from groups g where g.id = ${row(event)}.group_id)`)};
      end`);
        }
        for (const trigger of triggers)
            await sql.raw(trigger).execute(db);
        return;
    }
    const statements = [
        `create function cartline_shop_revisions() returns trigger language plpgsql as $$
     begin
       insert into shop_revisions (shop_id) values (new.id);
       return null;
     end $$`,
        `create trigger shops_revisions after insert on shops for each row execute function cartline_shop_revisions()`,
        // The bump itself: once per transaction and key, see below.
        `create function cartline_revise(p_what text, p_target bigint) returns void language plpgsql as $$
     begin
       if p_what = 'catalog' then
         update shop_revisions r set catalog = r.catalog + 1 where r.shop_id = p_target;
       elsif p_what = 'sales' then
         update shop_revisions r set sales = r.sales + 1 where r.shop_id = p_target;
       else
         update shop_revisions r set sales = r.sales + 1 where r.shop_id in (select s.id from shops s where s.account_id = p_target);
       end if;
     end $$`,
    ];
    // One function per way a written row names its shop or account, the row's column read directly. The keys a
    // transaction has bumped are noted in a setting local to it: an import of 1,000 rows bumps once, and its
    // other 999 calls only look at that note.
    const byColumn = {
        shop_id: 'v_target := case when tg_op = \'DELETE\' then old.shop_id else new.shop_id end;',
        id: 'v_target := new.id;',
        account_id: 'v_target := case when tg_op = \'DELETE\' then old.account_id else new.account_id end;',
        group_id: `select g.account_id into v_target from groups g
         where g.id = case when tg_op = 'DELETE' then old.group_id else new.group_id end;`,
    };
    for (const [column, find] of Object.entries(byColumn)) {
        statements.push(`create function cartline_revised_by_${column}() returns trigger language plpgsql as $$
     declare
       v_target bigint;
       v_key text;
       v_done text := coalesce(current_setting('cartline.revised', true), '');
     begin
       ${find}
       if v_target is null then return null; end if;
       v_key := tg_argv[0] || ':' || v_target || ',';
       if position(v_key in v_done) > 0 then return null; end if;
       perform set_config('cartline.revised', v_done || v_key, true);
       perform cartline_revise(tg_argv[0], v_target);
       return null;
     end $$`);
    }
    const revised = (table, what, key) => EVENTS.map((event) => `create constraint trigger ${table}_revised_${event} after ${event} on ${table}
        deferrable initially deferred for each row execute function cartline_revised_by_${key}('${what}')`);
    statements.push(...revised('shops', 'sales', 'id').filter((statement) => statement.includes('after update')));
    for (const table of CATALOG)
        statements.push(...revised(table, 'catalog', 'shop_id'));
    for (const table of SALES)
        statements.push(...revised(table, 'sales', 'shop_id'));
    for (const table of ACCOUNT)
        statements.push(...revised(table, 'account', 'account_id'));
    statements.push(...revised('group_subscribers', 'account', 'group_id'));
    for (const statement of statements)
        await sql.raw(statement).execute(db);
}
export async function down(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    const triggers = [
        ['shops_revisions', 'shops'],
        ['shops_revised', 'shops'],
    ];
    if (!sqlite)
        triggers[1] = ['shops_revised_update', 'shops'];
    for (const table of [...CATALOG, ...SALES, ...ACCOUNT, 'group_subscribers']) {
        for (const event of EVENTS)
            triggers.push([`${table}_revised_${event}`, table]);
    }
    for (const [trigger, table] of triggers)
        await sql.raw(`drop trigger ${trigger}${sqlite ? '' : ` on ${table}`}`).execute(db);
    if (!sqlite) {
        const functions = ['shop_id', 'id', 'account_id', 'group_id'].map((column) => `cartline_revised_by_${column}()`);
        for (const fn of [...functions, 'cartline_revise(text, bigint)', 'cartline_shop_revisions()'])
            await sql.raw(`drop function ${fn}`).execute(db);
    }
    await db.schema.dropTable('shop_revisions').execute();
}
//# sourceMappingURL=0007_revisions.js.map