import { CompiledQuery, sql } from 'kysely';
import { sqlFor } from '../../db/insert-many.js';
import type { DB, Executor } from '../../db/schema.js';
import type { Kysely } from 'kysely';
import { JOURNAL_COLUMNS } from './journal-rows.js';

// SQLite: a batch is cut into statements of these many rows (one of 1,000: 3 * 256 + 3 * 64 + 2 * 16 + 2 * 4), so that a
// few SQL texts serve every batch size: one text per size had each new size prepared by SQLite anew, and crowded
// the connection's statement cache. One transaction: pages the statements share are written once.
const CHUNK_ROWS = [256, 64, 16, 4, 1];
/** The bodies come as bytes (journal-rows.ts) and are stored as text. */
const SQLITE_VALUE = (column: string) => (column === 'request_body' || column === 'response_body' ? 'cast(? as text)' : '?');
const SQLITE_ROW = `(${JOURNAL_COLUMNS.map(SQLITE_VALUE).join(', ')})`;

/** SQLite: a batch (journal-rows.ts, sqliteBatch: JOURNAL_COLUMNS of each entry in turn) in one transaction. */
export async function insertEntries(db: Kysely<DB>, parameters: unknown[]): Promise<void> {
  const width = JOURNAL_COLUMNS.length;
  const rows = parameters.length / width;
  await db.transaction().execute(async (trx) => {
    let at = 0;
    for (const size of CHUNK_ROWS) {
      for (; rows - at >= size; at += size) {
        const text = sqlFor(trx, `journal_entries\u0000${size}`, () => `insert into journal_entries (${JOURNAL_COLUMNS.join(', ')}) values ${Array(size).fill(SQLITE_ROW).join(', ')}`);
        await trx.executeQuery(CompiledQuery.raw(text, parameters.slice(at * width, (at + size) * width)));
      }
    }
  });
}

// PostgreSQL: the batch in COPY's binary format, the cheapest way in: no statement to parse or plan, no
// parameter to parse (measured, 500-row batches of GET answers, backend CPU per row: ~5 µs, against ~6 for one
// INSERT ... SELECT FROM unnest of an array per column and ~28 for a multi-row VALUES). Sent through the pool's
// clients like any statement (database.ts: a COPY FROM STDIN's one parameter is its data).
const COPY_IN = `copy journal_entries (${JOURNAL_COLUMNS.join(', ')}) from stdin (format binary)`;

/** PostgreSQL: a batch as journal-rows.ts's copyBatch made it. */
export async function copyEntries(db: Executor, data: Buffer): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(COPY_IN, [data]));
}

/**
 * Keeps the account's newest `keep` entries and those minted from `oldestId` on. One bound, the higher of the two
 * limits, makes the delete a range of the (account_id, id) index; `id < a or id <= b` had SQLite walk every
 * entry of the account on each pruning (EXPLAIN QUERY PLAN: account_id=? only). `after`, when given, is a lower
 * bound: on PostgreSQL the entries a pruning deleted stay in the index until vacuum, and a range from the
 * account's first entry went through every one of them again (autovacuum comes about once a minute: at 5,000
 * entries a second, each pruning visited up to 300,000 dead entries and their pages). Answers the bound used.
 */
export async function pruneAccount(db: Executor, accountId: string, keep: number, oldestId: string, after?: string): Promise<string> {
  const boundary = await db
    .selectFrom('journal_entries')
    .select('id')
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(1)
    .offset(keep)
    .executeTakeFirst();
  const tooOld = BigInt(oldestId) - 1n;
  const bound = boundary !== undefined && BigInt(boundary.id) > tooOld ? String(boundary.id) : tooOld.toString();
  let query = db.deleteFrom('journal_entries').where('account_id', '=', accountId).where('id', '<=', bound);
  if (after !== undefined) query = query.where('id', '>', after);
  await query.execute();
  return bound;
}

/**
 * Every account's entries minted before `oldestId`: the age limit for accounts that no longer write. Account by
 * account, each a range of the (account_id, id) key: on PostgreSQL no index leads with id (migration 0015).
 */
export async function pruneOlderThan(db: Executor, oldestId: string): Promise<void> {
  for (const { id } of await db.selectFrom('accounts').select('id').execute()) {
    await db.deleteFrom('journal_entries').where('account_id', '=', id).where('id', '<', oldestId).execute();
  }
}

export interface EntryFilter {
  /** Exact status, or a class: 4 for 4xx, 5 for 5xx. */
  status?: { exact: number } | { class: number };
  method?: string;
  path?: string;
  shopId?: string;
  client?: string;
  /** 'YYYY-MM-DD HH:MM:SS' */
  since?: string;
}

const SUMMARY = [
  'id',
  'batch_id',
  'shop_id',
  'created_at',
  'method',
  'path',
  'status',
  'duration_ms',
  'client',
  'user_agent',
  'request_truncated',
  'response_truncated',
  'fault_id',
] as const;

function filtered(db: Executor, accountId: string, filter: EntryFilter) {
  let query = db.selectFrom('journal_entries').where('account_id', '=', accountId);
  const { status } = filter;
  if (status !== undefined) {
    query =
      'exact' in status
        ? query.where('status', '=', status.exact)
        : query.where('status', '>=', status.class * 100).where('status', '<', status.class * 100 + 100);
  }
  if (filter.method !== undefined) query = query.where('method', '=', filter.method);
  // A part of the path and query, any case (as SQLite's LIKE compares), LIKE's wildcards taken literally.
  if (filter.path !== undefined) {
    const pattern = `%${filter.path.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(path) like ${pattern} escape '\\'`);
  }
  if (filter.shopId !== undefined) query = query.where('shop_id', '=', filter.shopId);
  if (filter.client !== undefined) query = query.where('client', '=', filter.client);
  if (filter.since !== undefined) query = query.where('created_at', '>=', filter.since);
  return query;
}

export async function countEntries(db: Executor, accountId: string, filter: EntryFilter): Promise<number> {
  const row = await filtered(db, accountId, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of the account's entries, newest first, without their bodies. */
export async function listEntries(db: Executor, accountId: string, filter: EntryFilter, offset: number, limit: number) {
  return filtered(db, accountId, filter).select(SUMMARY).orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function findEntry(db: Executor, accountId: string, id: string) {
  return db
    .selectFrom('journal_entries')
    .select([...SUMMARY, 'request_body', 'response_body', 'errors'])
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The account's entries after `afterId`, oldest first: what a live tail has not sent yet. */
export async function entriesAfter(db: Executor, accountId: string, afterId: string, limit: number) {
  return db
    .selectFrom('journal_entries')
    .select(SUMMARY)
    .where('account_id', '=', accountId)
    .where('id', '>', afterId)
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export type EntrySummaryRow = Awaited<ReturnType<typeof listEntries>>[number];
export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

/** The account's entries minted before `beforeId` (a reset's late-written stragglers). */
export async function deleteEntriesBefore(db: Executor, accountId: string, beforeId: string): Promise<void> {
  await db.deleteFrom('journal_entries').where('account_id', '=', accountId).where('id', '<', beforeId).execute();
}
