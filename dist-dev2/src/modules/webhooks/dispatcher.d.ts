import type { FastifyBaseLogger } from 'fastify';
import type { IdGenerator } from '../../db/ids.js';
import type { Database, Executor } from '../../db/schema.js';
export interface DispatcherOptions {
    db: Database;
    dialect: 'sqlite' | 'postgres';
    newId: IdGenerator;
    log: FastifyBaseLogger;
    /** Seconds to wait after the 1st, 2nd, ... failed attempt; as many retries as delays. */
    retryDelays: readonly number[];
    batchWindowMs: number;
    timeoutMs: number;
    denyPrivate: boolean;
    disableAfterMs: number;
    concurrency?: number;
    pollMs?: number;
    /** Lease on a claimed delivery: longer than any attempt can take. */
    leaseMs?: number;
    /** Delivered or failed deliveries, and dispatched events no delivery needs, are removed after this long. */
    retentionMs: number;
}
/** Most events in one batched request. */
export declare const MAX_BATCH = 100;
interface Claimed {
    id: string;
    account_id: string;
    webhook_id: string;
    attempts: number;
}
export declare class Dispatcher {
    private readonly options;
    private readonly holder;
    private readonly inFlight;
    private stopped;
    private loopDone;
    private wake;
    private readonly concurrency;
    private readonly pollMs;
    private readonly leaseMs;
    constructor(options: DispatcherOptions);
    start(): void;
    /** Stops claiming, waits for the attempts in flight (each ends within the timeout) and their outcomes. */
    stop(): Promise<void>;
    /** Asks for a run now rather than at the next poll (after a write recorded events). */
    nudge(): void;
    private lastPrune;
    private loop;
    private pause;
    private launch;
    /** Makes the deliveries of the events not yet dispatched; answers how many events it took. */
    dispatch(): Promise<number>;
    /** Removes what is older than the retention and done with, a bounded batch per table and run. */
    prune(): Promise<void>;
    /** Leases up to `limit` due deliveries to this process. */
    claim(limit: number): Promise<Claimed[]>;
    private attempt;
    /** Writes an attempt's outcome, if this process still holds the delivery's lease. */
    private finish;
}
export interface StoredEvent {
    id: string;
    type: string;
    created_at: string;
    account_id: string;
    shop_id: string | null;
    data: string;
}
export declare function eventsOfDelivery(db: Executor, deliveryId: string): Promise<StoredEvent[]>;
/** One event as delivered: the stored `data` is spliced in as it was written, never parsed and re-encoded. */
export declare function renderEvent(event: StoredEvent, webhookId: string): string;
/** A batchable webhook receives `{"events": [...]}`; another one event per request, as the event itself. */
export declare function renderBody(events: StoredEvent[], webhookId: string, batchable: boolean): string;
export {};
