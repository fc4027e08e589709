// Frozen in time: never import application code here.
// Ids carry a 10-bit worker number; two live processes with the same number could mint the same id in the same
// millisecond. Each process holds its number as a lease in the database it writes to: taken at start-up, renewed
// by a heartbeat, released at shutdown, and free for another process once it has expired (a crashed holder).
export async function up(db) {
    await db.schema
        .createTable('worker_leases')
        .addColumn('worker_id', 'integer', (c) => c.primaryKey())
        // Random per process, plus host and pid for a human reading the table.
        .addColumn('holder', 'text', (c) => c.notNull())
        // Milliseconds since 1970 by the database's clock, so that hosts with skewed clocks agree.
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
}
export async function down(db) {
    await db.schema.dropTable('worker_leases').execute();
}
//# sourceMappingURL=0005_worker_leases.js.map