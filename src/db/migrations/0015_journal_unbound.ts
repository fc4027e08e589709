import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// `journal_entries` loses its foreign key to accounts, and on PostgreSQL its key becomes (account_id, id).
// The journal writes a row for every API request and deletes one past its limit, so what each row costs is paid
// by every request. Measured on 500-row batches of GET answers (PostgreSQL 15, backend CPU per row):
// - the foreign key checked each row against accounts and locked that account's row (a query per row): 3.5 to
//   4 µs of the ~9 µs an insert cost;
// - PostgreSQL kept two b-trees, the primary key on id and the index on (account_id, id) that every read,
//   retention and reset use: one is enough when the key is (account_id, id) (~0.5 µs a row).
// Accounts are never deleted (no route or command removes one), so the key's cascade never ran; an entry is a
// log line of what came in, written only for an authenticated account. SQLite keeps id as the rowid (migration
// 0013) and its (account_id, id) index; the table is rebuilt without the foreign key.

const COLUMNS = `id, account_id, batch_id, shop_id, created_at, method, path, status, duration_ms, client, user_agent, request_body, request_truncated, response_body, response_truncated, errors, fault_id`;

async function rebuildSqlite(db: Kysely<any>, withForeignKey: boolean): Promise<void> {
  await db.schema
    .createTable('journal_entries_rebuilt')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => (withForeignKey ? c.notNull().references('accounts.id').onDelete('cascade') : c.notNull()))
    .addColumn('batch_id', 'bigint')
    .addColumn('shop_id', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('duration_ms', 'double precision', (c) => c.notNull())
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('request_body', 'text')
    .addColumn('request_truncated', 'boolean', (c) => c.notNull())
    .addColumn('response_body', 'text')
    .addColumn('response_truncated', 'boolean', (c) => c.notNull())
    .addColumn('errors', 'text')
    .addColumn('fault_id', 'bigint')
    .execute();
  await sql.raw(`insert into journal_entries_rebuilt (${COLUMNS}) select ${COLUMNS} from journal_entries`).execute(db);
  await db.schema.dropTable('journal_entries').execute();
  await db.schema.alterTable('journal_entries_rebuilt').renameTo('journal_entries').execute();
  await db.schema.createIndex('journal_entries_account').on('journal_entries').columns(['account_id', 'id']).execute();
}

/** The name PostgreSQL gave the foreign key of migration 0010 (its default, looked up rather than assumed). */
async function foreignKeyName(db: Kysely<any>): Promise<string | undefined> {
  const { rows } = await sql<{ name: string }>`
    select conname as name from pg_constraint
    where conrelid = 'journal_entries'::regclass and contype = 'f'`.execute(db);
  return rows[0]?.name;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return rebuildSqlite(db, false);
  const fk = await foreignKeyName(db);
  if (fk !== undefined) await sql`alter table journal_entries drop constraint ${sql.id(fk)}`.execute(db);
  await sql`alter table journal_entries drop constraint journal_entries_pkey, add constraint journal_entries_pkey primary key (account_id, id)`.execute(db);
  await db.schema.dropIndex('journal_entries_account').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return rebuildSqlite(db, true);
  await db.schema.createIndex('journal_entries_account').on('journal_entries').columns(['account_id', 'id']).execute();
  await sql`alter table journal_entries drop constraint journal_entries_pkey, add constraint journal_entries_pkey primary key (id)`.execute(db);
  await sql`alter table journal_entries add foreign key (account_id) references accounts (id) on delete cascade`.execute(db);
}
