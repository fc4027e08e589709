import { firstIdAt } from '../../db/ids.js';
import { formatTimestamp } from '../../time.js';
import * as repo from './requests.repository.js';
// The request journal's writer. A request only hands its entry over (record: synchronous, no I/O); entries
// are written in batches, one multi-row insert every JOURNAL_FLUSH_MS or every BATCH_SIZE entries, by one flush at a
// time. A journal that cannot keep up or cannot write never fails or slows a request: past MAX_BUFFERED
// entries (or MAX_BUFFERED_BYTES of bodies) new entries are dropped, a failed insert drops its batch, and
// both are counted (`dropped`, shown in /healthz). Retention is applied after a flush to the accounts written,
// each once it has a tenth of its limit of new entries or PRUNE_MS after its last pruning (so an account holds at
// most ~10% more than its limit for a moment), and to every account once per SWEEP_MS (the age limit of
// accounts no longer written to).
export const JOURNAL_FLUSH_MS = 100;
const BATCH_SIZE = 500;
const MAX_BUFFERED = 5_000;
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
const PRUNE_MS = 1_000;
const SWEEP_MS = 60_000;
/** The most of each body an entry keeps, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;
// Secrets a body may carry (a shop's access_data holds the shop platform's API key; a webhook its signing
// secret): replaced in the journal's copy, as the Authorization header is never kept at all.
const SECRET_KEYS = /"(access_data|secret|token|api_key|apikey|access_token|password)"(\s*):(\s*)"(?:[^"\\]|\\.)*"/g;
const MAYBE_SECRET = /access_data|secret|token|api_?key|password/i;
/** A body as the journal keeps it: at most MAX_BODY_BYTES of UTF-8, secrets and NULs replaced. */
export function keptBody(body) {
    if (body === undefined || body.length === 0)
        return { text: null, truncated: false };
    let text;
    let truncated = false;
    // A string of at most a third of the limit in UTF-16 units fits whole (3 bytes a unit at most): not measured.
    if (typeof body === 'string' && body.length <= MAX_BODY_BYTES / 3)
        text = body;
    else {
        let bytes = typeof body === 'string' ? Buffer.from(body) : body;
        truncated = bytes.length > MAX_BODY_BYTES;
        if (truncated)
            bytes = bytes.subarray(0, MAX_BODY_BYTES);
        text = bytes.toString('utf8');
        // A character the cut went through is dropped, not kept as U+FFFD.
        if (truncated && text.endsWith('\uFFFD'))
            text = text.replace(/\uFFFD+$/, '');
    }
    if (text.includes('\u0000'))
        text = text.replaceAll('\u0000', '\uFFFD');
    if (MAYBE_SECRET.test(text))
        text = text.replace(SECRET_KEYS, '"$1"$2:$3"[redacted]"');
    return { text, truncated };
}
/** The row of an entry: bodies cut and cleaned, a 422's errors taken from its body. */
export function toRow(entry) {
    const request = keptBody(entry.request);
    const response = keptBody(entry.response);
    let errors = null;
    if (entry.status === 422 && response.text !== null && !response.truncated) {
        try {
            const parsed = JSON.parse(response.text);
            if (parsed.errors !== undefined)
                errors = JSON.stringify(parsed.errors);
        }
        catch {
            // Not JSON: no errors to keep.
        }
    }
    return {
        id: entry.id,
        account_id: entry.account_id,
        batch_id: entry.batch_id,
        shop_id: entry.shop_id,
        created_at: formatTimestamp(new Date(entry.at)),
        method: entry.method,
        path: entry.path,
        status: entry.status,
        duration_ms: Math.round(entry.duration_ms * 1000) / 1000,
        client: entry.client,
        user_agent: entry.user_agent,
        request_body: request.text,
        request_truncated: request.truncated,
        response_body: response.text,
        response_truncated: response.truncated,
        errors,
        fault_id: entry.fault_id,
    };
}
export class Journal {
    db;
    options;
    /** Entries given up: the buffer was full, or their insert failed. */
    dropped = 0;
    /** Entries written since the start. */
    written = 0;
    buffer = [];
    bufferedBytes = 0;
    timer;
    flushing;
    /** Per account: when it was last pruned, and the entries written since. */
    pruned = new Map();
    lastSweep = Date.now();
    lastWarning = 0;
    closed = false;
    listeners = new Map();
    maxBuffered;
    flushMs;
    constructor(db, options) {
        this.db = db;
        this.options = options;
        this.maxBuffered = options.maxBuffered ?? MAX_BUFFERED;
        this.flushMs = options.flushMs ?? JOURNAL_FLUSH_MS;
    }
    get enabled() {
        return this.options.mode !== 'off';
    }
    /** Hands an entry over to be written; never throws, never waits. */
    record(row) {
        if (this.closed)
            return;
        // The bodies are held whole until written (cut then, off the request's path): bounded by their size.
        const bytes = (row.request?.length ?? 0) + (row.response?.length ?? 0);
        if (this.buffer.length >= this.maxBuffered || this.bufferedBytes + bytes > MAX_BUFFERED_BYTES) {
            this.dropped += 1;
            return;
        }
        this.buffer.push(row);
        this.bufferedBytes += bytes;
        if (this.buffer.length >= BATCH_SIZE)
            void this.flush();
        else
            this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
    }
    /** Writes what is buffered now (waiting for a flush under way first). Never rejects. */
    async flush() {
        while (this.flushing !== undefined)
            await this.flushing;
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        if (this.buffer.length === 0)
            return;
        const rows = this.buffer;
        this.buffer = [];
        this.bufferedBytes = 0;
        this.flushing = this.write(rows).finally(() => {
            this.flushing = undefined;
            if (this.buffer.length > 0 && !this.closed)
                this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
        });
        await this.flushing;
    }
    /** Flushes and stops taking entries: the app's onClose, so that a shutdown loses nothing. */
    async close() {
        await this.flush();
        this.closed = true;
        this.listeners.clear();
    }
    /** Calls `listener` after each write of entries of this account by this process (the live tail). */
    subscribe(accountId, listener) {
        let set = this.listeners.get(accountId);
        if (set === undefined)
            this.listeners.set(accountId, (set = new Set()));
        set.add(listener);
        return () => {
            set.delete(listener);
            if (set.size === 0)
                this.listeners.delete(accountId);
        };
    }
    /** Drops this process's buffered entries of an account (a reset empties its journal). */
    async forget(accountId) {
        await this.flush();
        this.buffer = this.buffer.filter((row) => row.account_id !== accountId);
    }
    async write(entries) {
        let rows;
        try {
            rows = entries.map(toRow);
            await repo.insertEntries(this.db, rows);
            this.written += rows.length;
        }
        catch (error) {
            this.dropped += entries.length;
            this.warn(error, `request journal: ${entries.length} entries could not be written and were dropped`);
            return;
        }
        const accounts = new Map();
        for (const row of rows)
            accounts.set(row.account_id, (accounts.get(row.account_id) ?? 0) + 1);
        for (const accountId of accounts.keys())
            for (const listener of this.listeners.get(accountId) ?? [])
                listener();
        try {
            await this.prune(accounts);
        }
        catch (error) {
            this.warn(error, 'request journal: retention could not be applied (tried again later)');
        }
    }
    async prune(accounts) {
        const now = Date.now();
        const oldestId = firstIdAt(now - this.options.maxAgeSeconds * 1000);
        if (now - this.lastSweep >= SWEEP_MS) {
            this.lastSweep = now;
            await repo.pruneOlderThan(this.db, oldestId);
        }
        for (const [accountId, written] of accounts) {
            const last = this.pruned.get(accountId) ?? { at: 0, since: 0 };
            last.since += written;
            if (now - last.at < PRUNE_MS && last.since < this.options.maxEntries / 10) {
                this.pruned.set(accountId, last);
                continue;
            }
            if (this.pruned.size > 100_000)
                this.pruned.clear();
            this.pruned.set(accountId, { at: now, since: 0 });
            await repo.pruneAccount(this.db, accountId, this.options.maxEntries, oldestId);
        }
    }
    warn(error, message) {
        if (Date.now() - this.lastWarning < 10_000)
            return;
        this.lastWarning = Date.now();
        this.options.log?.warn({ err: error }, message);
    }
}
//# sourceMappingURL=journal.js.map