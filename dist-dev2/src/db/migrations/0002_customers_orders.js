// Frozen in time: never import application code here.
// Subscribers and group memberships belong to the account; customers, orders, carts and cart items to a shop,
// keyed by (shop_id, id). Deletes cascade along the ownership chain so that nothing is ever left orphaned:
//   shop -> customers -> orders -> cart -> cart items;  shop -> products -> cart items.
export async function up(db) {
    await db.schema
        .createTable('subscribers')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('ip_address', 'text')
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('subscribed_at', 'timestamp')
        .addColumn('unsubscribed_at', 'timestamp')
        .addColumn('opted_in_at', 'timestamp')
        .addColumn('optin_ip', 'text')
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addUniqueConstraint('subscribers_account_email', ['account_id', 'email'])
        .execute();
    await db.schema
        .createTable('group_subscribers')
        .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
        .addColumn('subscriber_id', 'bigint', (c) => c.notNull().references('subscribers.id').onDelete('cascade'))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_subscribers_pk', ['group_id', 'subscriber_id'])
        .execute();
    await db.schema.createIndex('group_subscribers_subscriber').on('group_subscribers').columns(['subscriber_id', 'group_id']).execute();
    await db.schema
        .createTable('customers')
        .addColumn('shop_id', 'bigint', (c) => c.notNull().references('shops.id').onDelete('cascade'))
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('accepts_marketing', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('total_spent', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('customers_pk', ['shop_id', 'id'])
        .addUniqueConstraint('customers_shop_email', ['shop_id', 'email'])
        .execute();
    await db.schema
        .createTable('orders')
        .addColumn('shop_id', 'bigint', (c) => c.notNull())
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('customer_id', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('orders_pk', ['shop_id', 'id'])
        .addForeignKeyConstraint('orders_customer_fk', ['shop_id', 'customer_id'], 'customers', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .execute();
    await db.schema.createIndex('orders_customer').on('orders').columns(['shop_id', 'customer_id']).execute();
    await db.schema
        .createTable('carts')
        .addColumn('shop_id', 'bigint', (c) => c.notNull())
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('order_id', 'bigint', (c) => c.notNull())
        .addColumn('customer_id', 'bigint', (c) => c.notNull())
        .addColumn('checkout_url', 'text')
        .addColumn('cart_total', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('carts_pk', ['shop_id', 'id'])
        .addUniqueConstraint('carts_order', ['shop_id', 'order_id'])
        .addForeignKeyConstraint('carts_order_fk', ['shop_id', 'order_id'], 'orders', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .addForeignKeyConstraint('carts_customer_fk', ['shop_id', 'customer_id'], 'customers', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .execute();
    await db.schema.createIndex('carts_customer').on('carts').columns(['shop_id', 'customer_id']).execute();
    await db.schema
        .createTable('cart_items')
        .addColumn('shop_id', 'bigint', (c) => c.notNull())
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('cart_id', 'bigint', (c) => c.notNull())
        .addColumn('product_id', 'bigint', (c) => c.notNull())
        .addColumn('variant', 'text')
        .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('price', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('cart_items_pk', ['shop_id', 'id'])
        .addForeignKeyConstraint('cart_items_cart_fk', ['shop_id', 'cart_id'], 'carts', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .addForeignKeyConstraint('cart_items_product_fk', ['shop_id', 'product_id'], 'products', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .execute();
    await db.schema.createIndex('cart_items_cart').on('cart_items').columns(['shop_id', 'cart_id', 'id']).execute();
    await db.schema.createIndex('cart_items_product').on('cart_items').columns(['shop_id', 'product_id']).execute();
}
export async function down(db) {
    for (const table of ['cart_items', 'carts', 'orders', 'customers', 'group_subscribers', 'subscribers']) {
        await db.schema.dropTable(table).execute();
    }
}
//# sourceMappingURL=0002_customers_orders.js.map