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
  fields: FieldsTable;
  webhooks: WebhooksTable;
  events: EventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  delivery_events: DeliveryEventsTable;
  webhook_attempts: WebhookAttemptsTable;
}

export type Database = Kysely<DB>;
/** What a repository function runs on: the database itself, or a transaction opened by the use case. */
export type Executor = Kysely<DB> | Transaction<DB>;
