import { CompiledQuery, sql } from 'kysely';
import { insertMany } from '../../db/insert-many.js';
import { nameStatement } from '../../db/named-statements.js';
import type { DB, Executor, JournalEntriesTable } from '../../db/schema.js';
import type { Insertable, Kysely } from 'kysely';

export type JournalRow = Insertable<JournalEntriesTable> & { id: string; account_id: string };
/** A row whose bodies are UTF-8 bytes (journal.ts, keptBytes). */
export type JournalBytesRow = Omit<JournalRow, 'request_body' | 'response_body'> & { request_body: Buffer | null; response_body: Buffer | null };

// SQLite: a batch is cut into statements of these many rows (a batch of 500: 256 + 3 * 64 + 3 * 16 + 4), so that a
// few SQL texts serve every batch size: one text per size, as insertMany keys them, had each new size compiled by
// Kysely and prepared by SQLite anew (7% of the writer's time in the bench profile), and crowded the
// connection's statement cache. One transaction: pages the statements share are written once.
const CHUNK_ROWS = [256, 64, 16, 4, 1];

/** The columns of an entry, with their PostgreSQL types (unnest's arrays; the bodies come apart). */
const COLUMNS = {
  id: 'int8',
  account_id: 'int8',
  batch_id: 'int8',
  shop_id: 'int8',
  created_at: 'text',
  method: 'text',
  path: 'text',
  status: 'int4',
  duration_ms: 'float8',
  client: 'text',
  user_agent: 'text',
  request_body: 'text',
  request_truncated: 'bool',
  response_body: 'text',
  response_truncated: 'bool',
  errors: 'text',
  fault_id: 'int8',
} as const satisfies Record<keyof JournalRow, string>;
const COLUMN_NAMES = Object.keys(COLUMNS) as Array<keyof JournalRow>;

// PostgreSQL: the whole batch in one statement, each column bound as one array and the rows made by unnest. A
// multi-row VALUES binds 17 parameters a row (8,500 for 500 rows), each parsed, planned and evaluated apart:
// measured on 500-row batches of GET answers, the server spent ~28 µs of CPU an entry that way and ~9 µs this
// way. The bodies are one bytea of them all, each cut out by its offset and length and checked as UTF-8 by
// convert_from: bytes pass as they are (pg sends a Buffer as binary), where a text array is escaped, quoted and
// encoded by pg and parsed back by the server. A named statement: parsed once per connection.
const BODY_COLUMNS = ['request_body', 'response_body'] as const;
const ROW_COLUMNS = COLUMN_NAMES.filter((column) => !(BODY_COLUMNS as readonly string[]).includes(column)) as Array<Exclude<keyof JournalRow, (typeof BODY_COLUMNS)[number]>>;
const INSERT_UNNEST = (() => {
  const arrays = [
    ...ROW_COLUMNS.map((column) => `${COLUMNS[column]}[]`),
    ...BODY_COLUMNS.flatMap(() => ['int4[]', 'int4[]']),
  ].map((type, i) => `$${i + 1}::${type}`);
  const names = [...ROW_COLUMNS, ...BODY_COLUMNS.flatMap((column) => [`${column}_at`, `${column}_length`])];
  const bodies = `$${arrays.length + 1}::bytea`;
  const values = COLUMN_NAMES.map((column) =>
    (BODY_COLUMNS as readonly string[]).includes(column) ? `convert_from(substr(${bodies}, e.${column}_at, e.${column}_length), 'UTF8')` : `e.${column}`,
  );
  return `insert into journal_entries (${COLUMN_NAMES.join(', ')}) select ${values.join(', ')} from unnest(${arrays.join(', ')}) as e(${names.join(', ')})`;
})();
nameStatement(INSERT_UNNEST);

/** PostgreSQL: a batch whose bodies are bytes, in one statement. */
export async function insertEntriesAsBytes(db: Executor, rows: JournalBytesRow[]): Promise<void> {
  if (rows.length === 0) return;
  const bodies: Buffer[] = [];
  let offset = 1; // substr counts from 1
  const parameters: unknown[] = ROW_COLUMNS.map((column) => rows.map((row) => row[column] ?? null));
  for (const column of BODY_COLUMNS) {
    const at: Array<number | null> = [];
    const length: Array<number | null> = [];
    for (const row of rows) {
      const body = row[column];
      at.push(body === null ? null : offset);
      length.push(body === null ? null : body.length);
      if (body !== null) {
        bodies.push(body);
        offset += body.length;
      }
    }
    parameters.push(at, length);
  }
  parameters.push(Buffer.concat(bodies));
  await db.executeQuery(CompiledQuery.raw(INSERT_UNNEST, parameters));
}

/** SQLite: a batch in one transaction, in statements of CHUNK_ROWS rows. */
export async function insertEntries(db: Kysely<DB>, rows: JournalRow[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    let at = 0;
    for (const size of CHUNK_ROWS) {
      for (; rows.length - at >= size; at += size) await insertMany(trx, 'journal_entries', rows.slice(at, at + size));
    }
  });
}

/**
 * Keeps the account's newest `keep` entries and those minted from `oldestId` on. One bound, the higher of the two
 * limits, makes the delete a range of the (account_id, id) index; `id < a or id <= b` had SQLite walk every
 * entry of the account on each pruning (EXPLAIN QUERY PLAN: account_id=? only).
 */
export async function pruneAccount(db: Executor, accountId: string, keep: number, oldestId: string): Promise<void> {
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
  await db.deleteFrom('journal_entries').where('account_id', '=', accountId).where('id', '<=', bound).execute();
}

/** Every account's entries minted before `oldestId`: the age limit for accounts that no longer write. */
export async function pruneOlderThan(db: Executor, oldestId: string): Promise<void> {
  await db.deleteFrom('journal_entries').where('id', '<', oldestId).execute();
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
