// Frozen in time: never import application code here.
// The shop's own ids (WooCommerce post ids, checkout UUIDs), unique per shop and kind; NULLs do not collide.
const TABLES = ['categories', 'products', 'customers', 'orders', 'carts', 'cart_items'];
export async function up(db) {
    for (const table of TABLES) {
        await db.schema.alterTable(table).addColumn('resource_id', 'text').execute();
        await db.schema.createIndex(`${table}_resource_id`).on(table).columns(['shop_id', 'resource_id']).unique().execute();
    }
    // "checkout" for a checkout that is not an order yet (abandoned-checkout tracking).
    await db.schema.alterTable('orders').addColumn('stage', 'text').execute();
    await db.schema.alterTable('customers').addColumn('orders_count', 'integer').execute();
    await db.schema.alterTable('customers').addColumn('last_order_id', 'text').execute();
    await db.schema.alterTable('customers').addColumn('last_order', 'text').execute();
}
export async function down(db) {
    for (const column of ['last_order', 'last_order_id', 'orders_count'])
        await db.schema.alterTable('customers').dropColumn(column).execute();
    await db.schema.alterTable('orders').dropColumn('stage').execute();
    for (const table of TABLES) {
        await db.schema.dropIndex(`${table}_resource_id`).execute();
        await db.schema.alterTable(table).dropColumn('resource_id').execute();
    }
}
//# sourceMappingURL=0003_resource_ids.js.map