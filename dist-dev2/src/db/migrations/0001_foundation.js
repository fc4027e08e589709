// Frozen in time: never import application code here.
// Types are chosen to mean the same on both databases: bigint is SQLite INTEGER, double precision is REAL,
// timestamp holds 'YYYY-MM-DD HH:MM:SS' text on SQLite and a UTC timestamp on PostgreSQL.
// Every shop-owned table is keyed by (shop_id, id) so that it can be distributed by shop (Citus).
export async function up(db) {
    await db.schema
        .createTable('accounts')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .execute();
    await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('token_prefix', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .execute();
    await db.schema.createIndex('api_tokens_account_id').on('api_tokens').column('account_id').execute();
    await db.schema
        .createTable('groups')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .execute();
    await db.schema.createIndex('groups_account_id').on('groups').columns(['account_id', 'id']).execute();
    await db.schema
        .createTable('shops')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('enable_popups', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('enable_resubscribe', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('platform', 'text')
        .addColumn('access_data', 'text')
        .addColumn('group_id', 'bigint', (c) => c.references('groups.id').onDelete('set null'))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .execute();
    await db.schema.createIndex('shops_account_id').on('shops').columns(['account_id', 'id']).execute();
    await db.schema.createIndex('shops_group_id').on('shops').column('group_id').execute();
    await db.schema
        .createTable('categories')
        .addColumn('shop_id', 'bigint', (c) => c.notNull().references('shops.id').onDelete('cascade'))
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('exclude_from_automations', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('categories_pk', ['shop_id', 'id'])
        .execute();
    await db.schema
        .createTable('products')
        .addColumn('shop_id', 'bigint', (c) => c.notNull().references('shops.id').onDelete('cascade'))
        .addColumn('id', 'bigint', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('price', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('url', 'text')
        .addColumn('image', 'text')
        .addColumn('exclude_from_automations', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('short_description', 'text')
        .addColumn('description', 'text')
        .addColumn('created_at', 'timestamp', (c) => c.notNull())
        .addColumn('updated_at', 'timestamp', (c) => c.notNull())
        .addPrimaryKeyConstraint('products_pk', ['shop_id', 'id'])
        .execute();
    await db.schema
        .createTable('product_categories')
        .addColumn('shop_id', 'bigint', (c) => c.notNull())
        .addColumn('product_id', 'bigint', (c) => c.notNull())
        .addColumn('category_id', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('product_categories_pk', ['shop_id', 'product_id', 'category_id'])
        .addForeignKeyConstraint('product_categories_product_fk', ['shop_id', 'product_id'], 'products', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .addForeignKeyConstraint('product_categories_category_fk', ['shop_id', 'category_id'], 'categories', ['shop_id', 'id'], (c) => c.onDelete('cascade'))
        .execute();
    // The category-products list and category deletes go from category to product.
    await db.schema
        .createIndex('product_categories_category')
        .on('product_categories')
        .columns(['shop_id', 'category_id', 'product_id'])
        .execute();
}
export async function down(db) {
    for (const table of ['product_categories', 'products', 'categories', 'shops', 'groups', 'api_tokens', 'accounts']) {
        await db.schema.dropTable(table).execute();
    }
}
//# sourceMappingURL=0001_foundation.js.map