import fastJson from 'fast-json-stringify';
import Type, { type TSchema } from 'typebox';
import type { IdGenerator } from '../../db/ids.js';
import { insertMany } from '../../db/insert-many.js';
import type { Executor } from '../../db/schema.js';
import { now } from '../../time.js';
import type { FiredEvent } from './event-types.js';
import { Customer } from '../customers/customers.schemas.js';
import { Group } from '../groups/groups.schemas.js';
import { Order } from '../orders/orders.schemas.js';
import { Product } from '../products/products.schemas.js';
import { Subscriber } from '../subscribers/subscribers.schemas.js';

// An event's data holds resources exactly in their documented API form: serialized with the same schemas as the
// API's answers (so an order carries no resource_id, as GET answers without ?with_resource_id).
const DATA_SCHEMAS: Partial<Record<FiredEvent, TSchema>> = {};
for (const type of ['order.created', 'order.updated', 'order.completed', 'order.deleted'] as const) DATA_SCHEMAS[type] = Type.Object({ order: Order });
for (const type of ['customer.created', 'customer.updated'] as const) DATA_SCHEMAS[type] = Type.Object({ customer: Customer });
for (const type of ['product.created', 'product.updated', 'product.deleted'] as const) DATA_SCHEMAS[type] = Type.Object({ product: Product });
for (const type of ['subscriber.created', 'subscriber.updated', 'subscriber.unsubscribed'] as const) DATA_SCHEMAS[type] = Type.Object({ subscriber: Subscriber });
DATA_SCHEMAS['subscriber.added_to_group'] = Type.Object({ subscriber: Subscriber, group: Group });

const serializers = new Map<string, (data: unknown) => string>();

function serialize(type: FiredEvent, data: Record<string, unknown>): string {
  let serializer = serializers.get(type);
  if (serializer === undefined) {
    const schema = DATA_SCHEMAS[type];
    serializer = schema === undefined ? JSON.stringify : (fastJson(JSON.parse(JSON.stringify(schema)) as object) as (data: unknown) => string);
    serializers.set(type, serializer);
  }
  return serializer(data);
}

// The outbox. A write that causes events records them with `recordEvents` on its own transaction, so that an
// event exists if and only if its change was committed. Delivery happens later, outside any request
// (src/modules/webhooks/dispatcher.ts), from what is stored here: a crash between the commit and the delivery
// loses nothing.

/** Who caused the events: the account, how ids are minted, and whether the request asked for silence. */
export interface EventSource {
  accountId: string;
  newId: IdGenerator;
  /** `?silent=true` on the request (a sync of history): the change is made, no event is recorded. */
  silent?: boolean;
}

export interface NewEvent {
  type: FiredEvent;
  /** The shop the event belongs to; null for subscriber events. */
  shopId: string | null;
  /** The event's `data`, e.g. `{ order: {...} }`: resources in their API form. */
  data: Record<string, unknown>;
}

/** `?silent` (or `?silent=true`) on a write: make the change, record no event. `?silent=false` is not silent. */
export function silentRequested(query: unknown): boolean {
  if (query === null || typeof query !== 'object' || !Object.hasOwn(query, 'silent')) return false;
  const value = (query as { silent?: unknown }).silent;
  return value !== false && value !== 'false' && value !== '0' && value !== 0;
}

/** The source of the events a request's writes cause. */
export function requestEventSource(request: { accountId: string; query?: unknown }, newId: IdGenerator): EventSource {
  return { accountId: request.accountId, newId, silent: silentRequested(request.query) };
}

/** Records the events in the outbox, on `db` (the transaction of the change); answers their ids. */
export async function recordEvents(db: Executor, source: EventSource, events: NewEvent[]): Promise<string[]> {
  if (source.silent === true || events.length === 0) return [];
  const createdAt = now();
  const rows = events.map((event) => ({
    id: source.newId(),
    account_id: source.accountId,
    shop_id: event.shopId,
    type: event.type,
    data: serialize(event.type, event.data),
    created_at: createdAt,
    dispatched: false,
  }));
  await insertMany(db, 'events', rows);
  return rows.map((row) => row.id);
}
