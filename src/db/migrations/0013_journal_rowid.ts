import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// SQLite: `journal_entries.id` becomes the table's rowid (INTEGER PRIMARY KEY). Declared bigint, it was a column
// beside the rowid with a unique index of its own: every entry written went into three b-trees, and the journal
// writes one row per API request (and deletes one, past its limit). As the rowid, ids being time-ordered, each
// insert appends to the table's b-tree and the index on (account_id, id): about half the cost per entry, measured
// on 500-row batches. The rowid is a 64-bit integer, as bigint was. PostgreSQL: nothing changes.

const COLUMNS = `account_id, batch_id, shop_id, created_at, method, path, status, duration_ms, client, user_agent, request_body, request_truncated, response_body, response_truncated, errors, fault_id`;

async function rebuild(db: Kysely<any>, idType: 'integer' | 'bigint'): Promise<void> {
  await db.schema
    .createTable('journal_entries_rebuilt')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
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
  await sql.raw(`insert into journal_entries_rebuilt (id, ${COLUMNS}) select id, ${COLUMNS} from journal_entries`).execute(db);
  await db.schema.dropTable('journal_entries').execute();
  await db.schema.alterTable('journal_entries_rebuilt').renameTo('journal_entries').execute();
  await db.schema.createIndex('journal_entries_account').on('journal_entries').columns(['account_id', 'id']).execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuild(db, 'integer');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuild(db, 'bigint');
}
