import type { IdGenerator } from '../../db/ids.js';
import { insertMany } from '../../db/insert-many.js';
import type { Executor } from '../../db/schema.js';
import { now } from '../../time.js';
import type { FiredEvent } from './event-types.js';

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

/** Records the events in the outbox, on `db` (the transaction of the change); answers their ids. */
export async function recordEvents(db: Executor, source: EventSource, events: NewEvent[]): Promise<string[]> {
  if (source.silent === true || events.length === 0) return [];
  const createdAt = now();
  const rows = events.map((event) => ({
    id: source.newId(),
    account_id: source.accountId,
    shop_id: event.shopId,
    type: event.type,
    data: JSON.stringify(event.data),
    created_at: createdAt,
    dispatched: false,
  }));
  await insertMany(db, 'events', rows);
  return rows.map((row) => row.id);
}
