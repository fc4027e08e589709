// Every table of a Cartline database, with what `cartline export`, `import` and `copy` do with its rows. Their
// columns, keys, foreign keys and order come from the database itself (catalog.repository.ts); this list only
// says what each table is for. test/transfer.test.ts fails while a table of the migrated schema is missing here:
// a table added later is carried only once someone has said how.
//
// - `account`: the account's own data (its settings row in `accounts`, and everything that hangs off it through
//   foreign keys): exported, imported and copied.
// - `installation`: copied with the installation, never exported (hashed API tokens belong to this database).
// - `derived`: kept by the database's triggers from other tables' rows (counters, revisions). Neither exported
//   nor copied: writing the rows they count rebuilds them, in the same transaction, as any write does; copying
//   them as well would count everything twice. `cartline check` compares them with the rows afterwards.
// - `process`: state of the running processes (worker number leases), meaningless in another database.
// Kysely's own migration tables are not listed: the target is migrated by its own Migrator.

export type TableRole = 'account' | 'installation' | 'derived' | 'process';

export interface TableEntry {
  role: TableRole;
  /**
   * A boolean column marking rows that every new account gets by itself (its default fields): they do not make
   * an account non-empty, and an import replaces them with the document's.
   */
  seededWhen?: string;
}

export const TABLES: Readonly<Record<string, TableEntry>> = Object.freeze({
  accounts: { role: 'account' },
  fields: { role: 'account', seededWhen: 'is_default' },
  groups: { role: 'account' },
  subscribers: { role: 'account' },
  group_subscribers: { role: 'account' },
  shops: { role: 'account' },
  categories: { role: 'account' },
  products: { role: 'account' },
  product_categories: { role: 'account' },
  customers: { role: 'account' },
  orders: { role: 'account' },
  carts: { role: 'account' },
  cart_items: { role: 'account' },
  // The account's webhook subscriptions, as GET /api/webhooks shows them (signing secret included).
  webhooks: { role: 'account' },
  // The account's injected fault rules (issue 14) and per-shop settings (abandonment delays): its configuration.
  fault_rules: { role: 'account' },
  shop_settings: { role: 'account' },
  api_tokens: { role: 'installation' },
  // The outbox and the deliveries log: this installation's history and queue. Copied, so that a move loses no
  // pending delivery; not exported, so that an import never sends again what another installation sent.
  events: { role: 'installation' },
  webhook_deliveries: { role: 'installation' },
  delivery_events: { role: 'installation' },
  webhook_attempts: { role: 'installation' },
  // What this installation was sent: copied with it, not exported (an account's data, not its traffic).
  journal_entries: { role: 'installation' },
  shop_counters: { role: 'derived' },
  group_counters: { role: 'derived' },
  shop_revisions: { role: 'derived' },
  // The shop stats' sums per day (migration 0012).
  shop_order_days: { role: 'derived' },
  shop_product_days: { role: 'derived' },
  // The stats' customers: first and last completed order per customer (migration 0014).
  customer_order_times: { role: 'derived' },
  worker_leases: { role: 'process' },
});

/** The table every account-owned row leads to through its foreign keys. */
export const ACCOUNTS = 'accounts';
