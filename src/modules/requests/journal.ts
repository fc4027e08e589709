import type { FastifyBaseLogger } from 'fastify';
import { Worker } from 'node:worker_threads';
import { firstIdAt } from '../../db/ids.js';
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DatabaseTarget, JournalMode } from '../../config.js';
import { decodeEntries, EntryArena, type EncodedEntries, type PendingEntry } from './entry-arena.js';
import { copyBatch, MAX_BODY_BYTES, sqliteBatch } from './journal-rows.js';
import * as repo from './requests.repository.js';

// The request journal's writer. A request only hands its entry over (record: synchronous, no I/O); entries
// are written in batches, every JOURNAL_FLUSH_MS or at once when BATCH_SIZE entries are held, by one flush at a
// time. Entries wait as bytes, not objects (entry-arena.ts), and are written from those bytes (journal-rows.ts).
// A journal that cannot keep up or cannot write never fails or slows a request: past MAX_BUFFERED entries (or
// MAX_BUFFERED_BYTES held) new entries are dropped, a failed insert drops its batch, and both are counted
// (`dropped`, shown in /healthz). Retention is applied after a flush to the accounts written, each once it has a
// tenth of its limit of new entries or PRUNE_MS after its last pruning (so an account holds at most ~10% more
// than its limit for a moment), and to every account once per SWEEP_MS (the age limit of accounts no longer
// written to).
// The writes (insert and retention) run in a worker thread on a connection of its own (journal-worker.ts), the
// API's thread only posts each batch there. On SQLite, better-sqlite3 is synchronous: in the API's thread they
// cost a third of GET one product's throughput (npm run bench -- --only journal). A `:memory:` database cannot
// be opened twice, and a journal given only a Kysely (tests) has nothing to open: those write in the API's thread.
// BATCH_SIZE: larger batches cost less an entry (fewer statements, commits and prunings). GET one product on
// SQLite at ~10,000 requests a second: batches cut at 500 cost the journal's thread ~17 µs of CPU an entry, the
// 100 ms batches of ~1,000 it makes with a limit of 2,000 ~12 (the thread's CPU time, from /proc/PID/task, during such a load).

export const JOURNAL_FLUSH_MS = 100;
const BATCH_SIZE = 2_000;
const MAX_BUFFERED = 20_000;
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
const PRUNE_MS = 1_000;
const SWEEP_MS = 60_000;

export { keptBody, MAX_BODY_BYTES } from './journal-rows.js';
export type { PendingEntry } from './entry-arena.js';

/**
 * The planner settings of the journal writer's own PostgreSQL connection (the worker's; a journal writing in the
 * API's thread, in tests, keeps the defaults). Its queries are ranges of the (account_id, id) key: the retention's
 * bound (the entry `keep` places below the account's newest), its deletes, the sweep. A table that churns its
 * whole content every few seconds has stale statistics, and dead rows until vacuum: the planner read the bound
 * with a bitmap scan of every index entry of the account, dead ones included, then a sort (measured under GET one
 * product: 16 ms a pruning, 136,791 index entries, 8,053 heap pages). With these off it walks the key down from
 * the newest entry and stops at the `keep`th, whatever the statistics say.
 */
export const JOURNAL_PLANNER = { enable_bitmapscan: 'off', enable_seqscan: 'off', enable_sort: 'off' } as const;

/** What a write did: the accounts it wrote entries of, and the error of its retention, if that failed. */
export interface WriteResult {
  accounts: string[];
  retentionError?: unknown;
}

export interface RetentionOptions {
  maxEntries: number;
  maxAgeSeconds: number;
}

/** Writes batches of entries and applies retention, on one connection: the journal's, or its worker's. */
export class JournalStore {
  /**
   * Per account: when it was last pruned, the entries written since, and the bound of the pruning before last: the
   * next pruning deletes above it only (pruneAccount's `after`). Not the last bound: an entry minted before it
   * may still come, written late by another process (its buffer waits up to a flush interval); one pruning
   * later it is taken too. An entry later still (a write slowed for longer, at thousands of entries a second) is
   * taken by the account's next pruning after a sweep: the sweep forgets every account's bounds, so that each
   * account's first pruning after it deletes its whole range (once a minute, not at every pruning).
   */
  private readonly pruned = new Map<string, { at: number; since: number; bounds: string[] }>();
  private lastSweep = Date.now();
  /** PostgreSQL takes a batch as COPY's binary rows, SQLite as an insert's parameters (journal-rows.ts). */
  private readonly copy: boolean;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: RetentionOptions,
  ) {
    this.copy = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** Rejects when the entries could not be inserted; a failed retention is answered, tried again later. */
  async write(entries: EncodedEntries): Promise<WriteResult> {
    let accounts: Map<string, number>;
    if (this.copy) {
      const batch = copyBatch(entries);
      await repo.copyEntries(this.db, batch.data);
      accounts = batch.accounts;
    } else {
      const batch = sqliteBatch(entries);
      await repo.insertEntries(this.db, batch.data);
      accounts = batch.accounts;
    }
    try {
      await this.prune(accounts);
    } catch (error) {
      return { accounts: [...accounts.keys()], retentionError: error };
    }
    return { accounts: [...accounts.keys()] };
  }

  private async prune(accounts: Map<string, number>): Promise<void> {
    const now = Date.now();
    const oldestId = firstIdAt(now - this.options.maxAgeSeconds * 1000);
    if (now - this.lastSweep >= SWEEP_MS) {
      this.lastSweep = now;
      for (const state of this.pruned.values()) state.bounds = [];
      await repo.pruneOlderThan(this.db, oldestId);
    }
    for (const [accountId, written] of accounts) {
      const last = this.pruned.get(accountId) ?? { at: 0, since: 0, bounds: [] };
      last.since += written;
      if (now - last.at < PRUNE_MS && last.since < this.options.maxEntries / 10) {
        this.pruned.set(accountId, last);
        continue;
      }
      if (this.pruned.size > 100_000) this.pruned.clear();
      const bound = await repo.pruneAccount(this.db, accountId, this.options.maxEntries, oldestId, last.bounds.length === 2 ? last.bounds[0] : undefined);
      this.pruned.set(accountId, { at: now, since: 0, bounds: [...last.bounds, bound].slice(-2) });
    }
  }
}

/** A write sent to the journal's worker thread (journal-worker.ts), and its answer. */
export interface WorkerWrite {
  id: number;
  entries: EncodedEntries;
}
/** The batch's chunks come back with the answer, to be filled again (EntryArena.recycle). */
export type WorkerAnswer = { id: number; result: WriteResult; chunks?: Uint8Array[] } | { id: number; error: unknown };
export interface JournalWorkerData extends RetentionOptions {
  target: DatabaseTarget;
  schema?: string;
}

interface Writer {
  /** Writes the entries; answers the chunks, written and free to be filled again, when it can. */
  write(entries: EncodedEntries): Promise<WriteResult & { chunks?: Uint8Array[] }>;
  close(): Promise<void>;
}

/**
 * The journal's worker thread. A batch's chunks are transferred to it, not copied. Referenced only while a write is under way, so
 * that it never keeps a process alive, yet a flush at shutdown is awaited to its end. A worker that dies fails
 * the writes under way (their entries are dropped and counted); the next write starts another.
 */
class WorkerWriter implements Writer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (result: WriteResult & { chunks?: Uint8Array[] }) => void; reject: (error: unknown) => void }>();
  private nextId = 0;

  constructor(private readonly data: JournalWorkerData) {
    // Started now, not at the first write: starting takes a while (modules, a connection), and a write that waits
    // for it would land later than a flush interval after its request, which a reset in another process counts on.
    this.worker = this.start();
  }

  write(entries: EncodedEntries): Promise<WriteResult & { chunks?: Uint8Array[] }> {
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, entries } satisfies WorkerWrite, entries.chunks.map((chunk) => chunk.buffer as ArrayBuffer));
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Referenced until it is gone: a shutdown awaiting this must not end the process halfway.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private start(): Worker {
    const worker = new Worker(new URL('./journal-worker.js', import.meta.url), { workerData: this.data satisfies JournalWorkerData });
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in answer) waiting?.reject(answer.error);
      else waiting?.resolve(answer.chunks === undefined ? answer.result : { ...answer.result, chunks: answer.chunks });
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the request journal's worker exited (code ${code})`)));
    return worker;
  }
}

class InProcessWriter implements Writer {
  private readonly store: JournalStore;
  constructor(db: Kysely<DB>, options: RetentionOptions) {
    this.store = new JournalStore(db, options);
  }
  async write(entries: EncodedEntries): Promise<WriteResult & { chunks: Uint8Array[] }> {
    return { ...(await this.store.write(entries)), chunks: entries.chunks };
  }
  async close(): Promise<void> {}
}

export interface JournalOptions {
  mode: JournalMode;
  maxEntries: number;
  maxAgeSeconds: number;
  log?: FastifyBaseLogger;
  /** The database as another connection reaches it: the writes run in a worker thread with one of its own. */
  database?: { target: DatabaseTarget; schema?: string };
  /** Tests lower these to reach the bounds. */
  maxBuffered?: number;
  flushMs?: number;
}

export class Journal {
  /** Entries given up: the buffer was full, or their insert failed. */
  dropped = 0;
  /** Entries written since the start. */
  written = 0;
  private readonly arena = new EntryArena(MAX_BODY_BYTES);
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly writer: Writer;
  private lastWarning = 0;
  private closed = false;
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly maxBuffered: number;
  private readonly flushMs: number;

  constructor(
    private readonly db: Kysely<DB>,
    readonly options: JournalOptions,
  ) {
    this.maxBuffered = options.maxBuffered ?? MAX_BUFFERED;
    this.flushMs = options.flushMs ?? JOURNAL_FLUSH_MS;
    const retention = { maxEntries: options.maxEntries, maxAgeSeconds: options.maxAgeSeconds };
    this.writer =
      options.database !== undefined && options.mode !== 'off'
        ? new WorkerWriter({ ...options.database, ...retention })
        : new InProcessWriter(db, retention);
  }

  get enabled(): boolean {
    return this.options.mode !== 'off';
  }

  /** Hands an entry over to be written; never throws, never waits. */
  record(row: PendingEntry): void {
    if (this.closed) return;
    // Held as bytes (entry-arena.ts), its bodies already cut to what an entry keeps.
    if (this.arena.count >= this.maxBuffered || this.arena.bytes >= MAX_BUFFERED_BYTES) {
      this.dropped += 1;
      return;
    }
    this.arena.append(row);
    // A write under way schedules the next when it ends (a flush per entry meanwhile would each wait for it).
    if (this.flushing === undefined) this.schedule();
  }

  /** The next write: at once when a batch is full, else within flushMs. */
  private schedule(): void {
    if (this.arena.count >= BATCH_SIZE) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
  }

  /** Writes what is buffered now (waiting for a flush under way first). Never rejects. */
  async flush(): Promise<void> {
    while (this.flushing !== undefined) await this.flushing;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.arena.count === 0) return;
    this.flushing = this.write(this.arena.take()).finally(() => {
      this.flushing = undefined;
      if (this.arena.count > 0 && !this.closed) this.schedule();
    });
    await this.flushing;
  }

  /** Flushes and stops taking entries: the app's onClose, so that a shutdown loses nothing. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.listeners.clear();
    await this.writer.close();
  }

  /** Calls `listener` after each write of entries of this account by this process (the live tail). */
  subscribe(accountId: string, listener: () => void): () => void {
    let set = this.listeners.get(accountId);
    if (set === undefined) this.listeners.set(accountId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(accountId);
    };
  }

  /** Drops this process's buffered entries of an account (a reset empties its journal). */
  async forget(accountId: string): Promise<void> {
    await this.flush();
    // What arrived during that flush, less the account's (rare: a reset, so decoded and encoded again).
    for (const entry of decodeEntries(this.arena.take())) if (entry.account_id !== accountId) this.arena.append(entry);
  }

  private async write(entries: EncodedEntries): Promise<void> {
    let result: WriteResult;
    try {
      const written = await this.writer.write(entries);
      if (written.chunks !== undefined) this.arena.recycle(written.chunks);
      result = written;
      this.written += entries.count;
    } catch (error) {
      this.dropped += entries.count;
      this.warn(error, `request journal: ${entries.count} entries could not be written and were dropped`);
      return;
    }
    for (const accountId of result.accounts) for (const listener of this.listeners.get(accountId) ?? []) listener();
    if (result.retentionError !== undefined) this.warn(result.retentionError, 'request journal: retention could not be applied (tried again later)');
  }

  private warn(error: unknown, message: string): void {
    if (Date.now() - this.lastWarning < 10_000) return;
    this.lastWarning = Date.now();
    this.options.log?.warn({ err: error }, message);
  }
}
