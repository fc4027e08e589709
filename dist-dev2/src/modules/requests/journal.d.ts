import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../../db/schema.js';
import type { JournalMode } from '../../config.js';
import * as repo from './requests.repository.js';
export declare const JOURNAL_FLUSH_MS = 100;
/** The most of each body an entry keeps, in bytes. */
export declare const MAX_BODY_BYTES: number;
/** An entry as a request hands it over: its bodies as they were, cut and cleaned when written. */
export interface PendingEntry {
    id: string;
    account_id: string;
    batch_id: string | null;
    shop_id: string | null;
    /** When the request arrived, epoch ms. */
    at: number;
    method: string;
    path: string;
    status: number | null;
    duration_ms: number;
    client: string;
    user_agent: string | null;
    request: string | Buffer | undefined;
    response: string | Buffer | undefined;
    fault_id: string | null;
}
/** A body as the journal keeps it: at most MAX_BODY_BYTES of UTF-8, secrets and NULs replaced. */
export declare function keptBody(body: string | Buffer | undefined): {
    text: string | null;
    truncated: boolean;
};
/** The row of an entry: bodies cut and cleaned, a 422's errors taken from its body. */
export declare function toRow(entry: PendingEntry): repo.JournalRow;
export interface JournalOptions {
    mode: JournalMode;
    maxEntries: number;
    maxAgeSeconds: number;
    log?: FastifyBaseLogger;
    /** Tests lower these to reach the bounds. */
    maxBuffered?: number;
    flushMs?: number;
}
export declare class Journal {
    private readonly db;
    readonly options: JournalOptions;
    /** Entries given up: the buffer was full, or their insert failed. */
    dropped: number;
    /** Entries written since the start. */
    written: number;
    private buffer;
    private bufferedBytes;
    private timer;
    private flushing;
    /** Per account: when it was last pruned, and the entries written since. */
    private readonly pruned;
    private lastSweep;
    private lastWarning;
    private closed;
    private readonly listeners;
    private readonly maxBuffered;
    private readonly flushMs;
    constructor(db: Executor, options: JournalOptions);
    get enabled(): boolean;
    /** Hands an entry over to be written; never throws, never waits. */
    record(row: PendingEntry): void;
    /** Writes what is buffered now (waiting for a flush under way first). Never rejects. */
    flush(): Promise<void>;
    /** Flushes and stops taking entries: the app's onClose, so that a shutdown loses nothing. */
    close(): Promise<void>;
    /** Calls `listener` after each write of entries of this account by this process (the live tail). */
    subscribe(accountId: string, listener: () => void): () => void;
    /** Drops this process's buffered entries of an account (a reset empties its journal). */
    forget(accountId: string): Promise<void>;
    private write;
    private prune;
    private warn;
}
