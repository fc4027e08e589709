import type { IdGenerator } from '../../db/ids.js';
import type { Executor } from '../../db/schema.js';
import type { FiredEvent } from './event-types.js';
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
export declare function silentRequested(query: unknown): boolean;
/** The source of the events a request's writes cause. */
export declare function requestEventSource(request: {
    accountId: string;
    query?: unknown;
}, newId: IdGenerator): EventSource;
/** Records the events in the outbox, on `db` (the transaction of the change); answers their ids. */
export declare function recordEvents(db: Executor, source: EventSource, events: NewEvent[]): Promise<string[]>;
