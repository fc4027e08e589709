import { sql, SqliteAdapter } from 'kysely';
// Frozen in time: never import application code here.
// MailerLite's subscriber fields and the double opt-in setting, both per account.
// - `fields`: every field of an account, the eight defaults included (ids 1..8 in every account, as MailerLite's
//   are small numbers shared by all accounts; custom fields get minted ids). Keyed by (account_id, id), the key
//   unique within the account. A subscriber's values stay in subscribers.fields (JSON by key); answers list the
//   account's fields, so a field created or deleted changes every subscriber answer: its rows bump the account's
//   shops' `sales` revision like subscribers and groups do (migration 0007), so a kept customer is never stale.
// - `accounts.double_optin`: when on, a new subscriber without an explicit status is `unconfirmed`.
const DEFAULTS = [
    ['1', 'Name', 'name'],
    ['2', 'Last name', 'last_name'],
    ['3', 'Company', 'company'],
    ['4', 'Country', 'country'],
    ['5', 'City', 'city'],
    ['6', 'Phone', 'phone'],
    ['7', 'State', 'state'],
    ['8', 'ZIP', 'z_i_p'],
];
const EVENTS = ['insert', 'update', 'delete'];
export async function up(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema.alterTable('accounts').addColumn('double_optin', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
    await db.schema
        .createTable('fields')
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fields_pk', ['account_id', 'id'])
        .addUniqueConstraint('fields_account_key', ['account_id', 'key'])
        .execute();
    for (const [id, name, key] of DEFAULTS) {
        await sql `insert into fields (account_id, id, name, key, type, is_default, created_at)
      select a.id, ${sql.lit(Number(id))}, ${name}, ${key}, 'text', ${sql.raw(sqlite ? '1' : 'true')}, a.created_at from accounts a`.execute(db);
    }
    if (sqlite) {
        for (const event of EVENTS) {
            const row = event === 'delete' ? 'old' : 'new';
            await sql
                .raw(`create trigger fields_revised_${event} after ${event} on fields begin
          update shop_revisions set sales = sales + 1 where shop_id in (select s.id from shops s where s.account_id = ${row}.account_id);
        end`)
                .execute(db);
        }
        return;
    }
    for (const event of EVENTS) {
        await sql
            .raw(`create constraint trigger fields_revised_${event} after ${event} on fields
        deferrable initially deferred for each row execute function cartline_revised_by_account_id('account')`)
            .execute(db);
    }
}
export async function down(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    for (const event of EVENTS)
        await sql.raw(`drop trigger fields_revised_${event}${sqlite ? '' : ' on fields'}`).execute(db);
    await db.schema.dropTable('fields').execute();
    await db.schema.alterTable('accounts').dropColumn('double_optin').execute();
}
//# sourceMappingURL=0008_fields_double_optin.js.map