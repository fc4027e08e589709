import type { ColumnType, Kysely, Transaction } from 'kysely';

// Row types as the two drivers return them. They never leave the repositories as API types: services map
// them explicitly, smoothing over the dialects (SQLite hands back 64-bit integers as bigint and booleans as
// 0/1; PostgreSQL hands back int8 as string and booleans as boolean).

/** A 64-bit id: a digit string going in; a string (pg) or bigint (SQLite) coming out. */
export type Id = ColumnType<string | bigint, string, never>;
export type IdRef = ColumnType<string | bigint, string, string>;
export type NullableIdRef = ColumnType<string | bigint | null, string | null | undefined, string | null>;
export type Bool = ColumnType<boolean | number | bigint, boolean | undefined, boolean>;
/** 'YYYY-MM-DD HH:MM:SS', UTC, on both databases. */
export type Timestamp = ColumnType<string, string, string>;
export type Money = ColumnType<number, number | undefined, number>;
export type NullableText = ColumnType<string | null, string | null | undefined, string | null>;

export interface AccountsTable {
  id: Id;
  name: string;
  /** MailerLite's double opt-in setting (migration 0008). */
  double_optin: Bool;
  created_at: Timestamp;
  /** Bumped by every change of the account's fault rules (migration 0010). */
  faults_revision: ColumnType<string | number | bigint, never, never>;
}

/** An account's subscriber fields, the eight defaults included (migration 0008). */
export interface FieldsTable {
  account_id: IdRef;
  id: IdRef;
  name: string;
  key: string;
  type: string;
  is_default: Bool;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: Id;
  account_id: IdRef;
  token_hash: string;
  token_prefix: string;
  created_at: Timestamp;
}

export interface GroupsTable {
  id: Id;
  account_id: IdRef;
  name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ShopsTable {
  id: Id;
  account_id: IdRef;
  name: string;
  url: string;
  currency: string;
  enabled: Bool;
  enable_popups: Bool;
  enable_resubscribe: Bool;
  platform: NullableText;
  access_data: NullableText;
  group_id: NullableIdRef;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CategoriesTable {
  shop_id: IdRef;
  id: Id;
  resource_id: NullableText;
  name: string;
  exclude_from_automations: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductsTable {
  shop_id: IdRef;
  id: Id;
  resource_id: NullableText;
  name: string;
  price: Money;
  url: NullableText;
  image: NullableText;
  exclude_from_automations: Bool;
  short_description: NullableText;
  description: NullableText;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductCategoriesTable {
  shop_id: IdRef;
  product_id: IdRef;
  category_id: IdRef;
}

export type NullableTimestamp = ColumnType<string | null, string | null | undefined, string | null>;
export type Integer = ColumnType<number | bigint, number | undefined, number>;

export interface SubscribersTable {
  id: Id;
  account_id: IdRef;
  email: string;
  status: string;
  source: string;
  ip_address: NullableText;
  /** JSON object of custom field values. */
  fields: string;
  subscribed_at: NullableTimestamp;
  unsubscribed_at: NullableTimestamp;
  opted_in_at: NullableTimestamp;
  optin_ip: NullableText;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GroupSubscribersTable {
  group_id: IdRef;
  subscriber_id: IdRef;
  created_at: Timestamp;
}

export interface CustomersTable {
  shop_id: IdRef;
  id: Id;
  resource_id: NullableText;
  email: string;
  accepts_marketing: Bool;
  total_spent: Money;
  orders_count: ColumnType<number | bigint | null, number | null | undefined, number | null>;
  last_order_id: NullableText;
  last_order: NullableText;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrdersTable {
  shop_id: IdRef;
  id: Id;
  resource_id: NullableText;
  customer_id: IdRef;
  status: string;
  total: Money;
  stage: NullableText;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CartsTable {
  shop_id: IdRef;
  id: Id;
  resource_id: NullableText;
  order_id: IdRef;
  customer_id: IdRef;
  checkout_url: NullableText;
  cart_total: Money;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Where the abandoned-cart sweeper has the cart (migration 0011). */
  abandon_state: ColumnType<AbandonState, AbandonState | undefined, AbandonState>;
  abandoned_at: NullableTimestamp;
  recovered_at: NullableTimestamp;
  recovered_order_id: NullableIdRef;
  recovered_value: ColumnType<number | null, number | null | undefined, number | null>;
}

export type AbandonState = 'watching' | 'closed' | 'abandoned' | 'recovered' | 'lapsed';

/** Per-shop overrides of server defaults (migration 0011); null = the default. */
export interface ShopSettingsTable {
  shop_id: IdRef;
  cart_abandon_after: ColumnType<number | null, number | null | undefined, number | null>;
  cart_recovery_window: ColumnType<number | null, number | null | undefined, number | null>;
  updated_at: Timestamp;
}

export interface CartItemsTable {
  shop_id: IdRef;
  id: Id;
  resource_id: NullableText;
  cart_id: IdRef;
  product_id: IdRef;
  variant: NullableText;
  quantity: Integer;
  price: Money;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Rows per shop and kind, kept by triggers (migration 0004). */
export interface ShopCountersTable {
  shop_id: IdRef;
  name: CountedTable;
  n: ColumnType<string | number | bigint, number, number>;
}

export type CountedTable = 'categories' | 'products' | 'customers' | 'orders' | 'carts';

/** Members per group and subscriber status, kept by triggers (migration 0006). */
export interface GroupCountersTable {
  group_id: IdRef;
  status: string;
  n: ColumnType<string | number | bigint, number, number>;
}

/** Numbers the database bumps on every write that can change a shop's answers (migration 0007). */
export interface ShopRevisionsTable {
  shop_id: IdRef;
  catalog: ColumnType<string | number | bigint, never, never>;
  sales: ColumnType<string | number | bigint, never, never>;
}

/** A shop's completed orders per day of creation ('YYYY-MM-DD'), kept by triggers (migration 0012). */
export interface ShopOrderDaysTable {
  shop_id: IdRef;
  day: ColumnType<string, never, never>;
  orders: ColumnType<string | number | bigint, never, never>;
  revenue: ColumnType<number, never, never>;
}

/** Per shop and customer, its first and last completed orders' creation times, kept by triggers (migration 0014). */
export interface CustomerOrderTimesTable {
  shop_id: IdRef;
  customer_id: IdRef;
  first_at: ColumnType<string, never, never>;
  last_at: ColumnType<string, never, never>;
}

/** The items of a shop's completed orders per day and product, kept by triggers (migration 0012). */
export interface ShopProductDaysTable {
  shop_id: IdRef;
  day: ColumnType<string, never, never>;
  product_id: ColumnType<string | bigint, never, never>;
  items: ColumnType<string | number | bigint, never, never>;
  quantity: ColumnType<string | number | bigint, never, never>;
  revenue: ColumnType<number, never, never>;
}

/** Which process holds which id worker number (src/db/worker-lease.ts). */
export interface WorkerLeasesTable {
  worker_id: number;
  holder: string;
  expires_at: ColumnType<string | number | bigint, never, never>;
}

/** Epoch milliseconds (the dispatcher's clock); bigint from SQLite, string from pg. */
export type Millis = ColumnType<string | number | bigint, number, number>;
export type NullableMillis = ColumnType<string | number | bigint | null, number | null | undefined, number | null>;

export interface WebhooksTable {
  id: Id;
  account_id: IdRef;
  name: string;
  url: string;
  /** JSON array of event names. */
  events: string;
  enabled: Bool;
  batchable: Bool;
  secret: string;
  failing_since: NullableMillis;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The outbox (migration 0009). */
export interface EventsTable {
  id: Id;
  account_id: IdRef;
  shop_id: NullableIdRef;
  type: string;
  /** JSON text of the event's `data`. */
  data: string;
  created_at: Timestamp;
  dispatched: Bool;
}

export interface WebhookDeliveriesTable {
  id: Id;
  account_id: IdRef;
  webhook_id: IdRef;
  status: 'pending' | 'delivered' | 'failed';
  attempts: ColumnType<number, number | undefined, number>;
  event_count: ColumnType<number, number, number>;
  batch_open: Bool;
  next_attempt_at: Millis;
  lease_until: ColumnType<string | number | bigint, number | undefined, number>;
  leased_by: NullableText;
  created_at: Timestamp;
  updated_at: Timestamp;
  delivered_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DeliveryEventsTable {
  delivery_id: IdRef;
  event_id: IdRef;
  account_id: IdRef;
}

export interface WebhookAttemptsTable {
  id: Id;
  account_id: IdRef;
  webhook_id: IdRef;
  delivery_id: IdRef;
  attempted_at: Timestamp;
  status_code: ColumnType<number | null, number | null, never>;
  latency_ms: ColumnType<number, number, never>;
  error: NullableText;
}

/** One request of the account's journal (migration 0010). */
export interface JournalEntriesTable {
  id: Id;
  account_id: IdRef;
  batch_id: NullableIdRef;
  shop_id: NullableIdRef;
  created_at: Timestamp;
  method: string;
  /** Path and query, as requested. */
  path: string;
  /** null: the connection was dropped by a fault rule. */
  status: ColumnType<number | null, number | null, never>;
  duration_ms: ColumnType<number, number, never>;
  client: string;
  user_agent: NullableText;
  request_body: NullableText;
  request_truncated: Bool;
  response_body: NullableText;
  response_truncated: Bool;
  /** JSON of a 422's `errors`. */
  errors: NullableText;
  /** The fault rule that answered instead of Cartline. */
  fault_id: NullableIdRef;
}

/** An account's injected fault (migration 0010). */
export interface FaultRulesTable {
  id: Id;
  account_id: IdRef;
  method: string;
  path: string;
  status: ColumnType<number | null, number | null, never>;
  drop_connection: Bool;
  latency_ms: ColumnType<number | null, number | null, never>;
  retry_after: ColumnType<number | null, number | null, never>;
  probability: ColumnType<number, number, never>;
  count: ColumnType<number | null, number | null, never>;
  remaining: ColumnType<number | null, number | null, number | null>;
  created_at: Timestamp;
}

export interface DB {
  accounts: AccountsTable;
  api_tokens: ApiTokensTable;
  groups: GroupsTable;
  shops: ShopsTable;
  categories: CategoriesTable;
  products: ProductsTable;
  product_categories: ProductCategoriesTable;
  subscribers: SubscribersTable;
  group_subscribers: GroupSubscribersTable;
  customers: CustomersTable;
  orders: OrdersTable;
  carts: CartsTable;
  cart_items: CartItemsTable;
  shop_counters: ShopCountersTable;
  worker_leases: WorkerLeasesTable;
  group_counters: GroupCountersTable;
  shop_revisions: ShopRevisionsTable;
  shop_order_days: ShopOrderDaysTable;
  customer_order_times: CustomerOrderTimesTable;
  shop_product_days: ShopProductDaysTable;
  fields: FieldsTable;
  webhooks: WebhooksTable;
  events: EventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  delivery_events: DeliveryEventsTable;
  webhook_attempts: WebhookAttemptsTable;
  shop_settings: ShopSettingsTable;
  journal_entries: JournalEntriesTable;
  fault_rules: FaultRulesTable;
}

export type Database = Kysely<DB>;
/** What a repository function runs on: the database itself, or a transaction opened by the use case. */
export type Executor = Kysely<DB> | Transaction<DB>;
