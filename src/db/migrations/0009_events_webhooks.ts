import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Events and MailerLite's webhooks (src/modules/events, src/modules/webhooks).
// - `events`: the outbox. A write that causes an event inserts it in its own transaction; `dispatched` turns true
//   once the dispatcher has made the deliveries of the webhooks subscribed to it (in one transaction too). Kept by
//   account; `shop_id` names the shop when there is one (subscriber events have none) and has no foreign key: an
//   event outlives the record it tells of (order.deleted, a shop deleted later).
// - `webhooks`: the account's subscriptions; `failing_since` is the first failed attempt of an unbroken run of
//   failures (a webhook failing for 3 days is disabled).
// - `webhook_deliveries`: one request to make to one webhook, with its events (`delivery_events`, in order); a
//   batchable webhook's delivery stays `batch_open` during its window and collects the events of that window.
//   `next_attempt_at` and `lease_until` are epoch milliseconds: a process claims a due delivery by moving
//   `lease_until` forward, so that each attempt is made by exactly one process.
// - `webhook_attempts`: every attempt with its outcome, for the deliveries log.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull())
    .addColumn('batchable', 'boolean', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('failing_since', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhooks_account').on('webhooks').columns(['account_id', 'id']).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('shop_id', 'bigint')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('dispatched', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('events_account').on('events').columns(['account_id', 'id']).execute();
  // The dispatcher's queue: only the events not yet dispatched, so it stays small however many are kept.
  await db.schema.createIndex('events_undispatched').on('events').column('id').where(sql.ref('dispatched'), '=', false).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('webhook_id', 'bigint', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('batch_open', 'boolean', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('leased_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema.createIndex('webhook_deliveries_webhook').on('webhook_deliveries').columns(['webhook_id', 'id']).execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .column('next_attempt_at')
    .where(sql.ref('status'), '=', 'pending')
    .execute();

  await db.schema
    .createTable('delivery_events')
    .addColumn('delivery_id', 'bigint', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('event_id', 'bigint', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('account_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('delivery_events_pk', ['delivery_id', 'event_id'])
    .execute();
  await db.schema.createIndex('delivery_events_event').on('delivery_events').column('event_id').execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('webhook_id', 'bigint', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
    .addColumn('delivery_id', 'bigint', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('webhook_attempts_webhook').on('webhook_attempts').columns(['webhook_id', 'id']).execute();
  await db.schema.createIndex('webhook_attempts_delivery').on('webhook_attempts').columns(['delivery_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_attempts', 'delivery_events', 'webhook_deliveries', 'events', 'webhooks']) {
    await db.schema.dropTable(table).execute();
  }
}
