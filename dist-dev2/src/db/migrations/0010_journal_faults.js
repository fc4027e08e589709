// Frozen in time: never import application code here.
// For developers testing an integration (issue 14):
// - `journal_entries`: every authenticated request under /api/, per account (src/modules/requests). Written in
//   batches off the request's path; `shop_id` names the path's shop and has no foreign key (an entry outlives
//   its shop, as a log line does); `batch_id` is the entry of the /api/batch request a sub-request ran in.
//   Kept within a count and an age per account; read newest first by (account_id, id), ids being time-ordered.
// - `fault_rules`: the account's injected faults (src/modules/faults). `remaining` counts down, in the
//   database, across processes; null never expires.
// - `accounts.faults_revision`: bumped by every change of the account's rules, and read with the token, so
//   that each process keeps the rules it loaded until the number moves, and an account without rules (0)
//   costs nothing.
export async function up(db) {
    await db.schema
        .createTable('journal_entries')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
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
    await db.schema.createIndex('journal_entries_account').on('journal_entries').columns(['account_id', 'id']).execute();
    await db.schema
        .createTable('fault_rules')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('drop_connection', 'boolean', (c) => c.notNull())
        .addColumn('latency_ms', 'integer')
        .addColumn('retry_after', 'integer')
        .addColumn('probability', 'double precision', (c) => c.notNull())
        .addColumn('count', 'integer')
        .addColumn('remaining', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    await db.schema.createIndex('fault_rules_account').on('fault_rules').columns(['account_id', 'id']).execute();
    await db.schema.alterTable('accounts').addColumn('faults_revision', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
}
export async function down(db) {
    await db.schema.alterTable('accounts').dropColumn('faults_revision').execute();
    await db.schema.dropTable('fault_rules').execute();
    await db.schema.dropTable('journal_entries').execute();
}
//# sourceMappingURL=0010_journal_faults.js.map