import { Kysely, PostgresDialect, SqliteDialect, sql, type PostgresPool, type PostgresPoolClient } from 'kysely';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type pg from 'pg';
import type { DatabaseTarget } from '../config.js';
import { copyData, copyIn } from './copy-in.js';
import { statementName } from './named-statements.js';
import type { DB } from './schema.js';
import { openSqlite } from './sqlite.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<DB>;
  dialect: Dialect;
  /** How another connection (a worker thread's) reaches the same database; absent for SQLite's `:memory:`. */
  shared?: { target: DatabaseTarget; schema?: string };
  /** The PostgreSQL schema of every connection (search_path), when one was chosen. */
  schema?: string;
  /** true when the database answers a trivial query. */
  ping(): Promise<boolean>;
  /** What GET /metrics reports of the database (src/http/metrics.ts); cheap, no query. */
  stats(): DatabaseStats;
  close(): Promise<void>;
}

export type DatabaseErrorKind = 'connection' | 'conflict' | 'constraint' | 'other';
export const DATABASE_ERROR_KINDS: readonly DatabaseErrorKind[] = ['connection', 'conflict', 'constraint', 'other'];

export interface DatabaseStats {
  /** PostgreSQL's pool (pg.Pool's own counts). SQLite has no pool: one connection in this process. */
  pool?: { max: number; total: number; idle: number; waiting: number };
  /** SQLite: bytes of the database file and of its write-ahead log, as on disk now. */
  files?: { database: number; wal: number };
  /** Statements the database refused since start, and on PostgreSQL connections it did not give, by kind. */
  errors: Record<DatabaseErrorKind, number>;
}

/**
 * connection: unreachable, shut down, connection lost; conflict: a deadlock, a serialization failure, a lock not
 * had in time (SQLite: busy or locked); constraint: a key or foreign key refused the row; other: anything else.
 */
export function classifyDatabaseError(error: unknown): DatabaseErrorKind {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EPIPE)$/.test(code) || /^08|^57P0[123]$|^SQLITE_CANTOPEN/.test(code)) return 'connection';
    if (/^(40001|40P01|55P03)$|^SQLITE_(BUSY|LOCKED)/.test(code)) return 'conflict';
    if (/^23\d{3}$|^SQLITE_CONSTRAINT/.test(code)) return 'constraint';
  }
  if (typeof message === 'string' && /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(message)) {
    return 'connection';
  }
  return 'other';
}

function errorCounter() {
  const errors: Record<DatabaseErrorKind, number> = { connection: 0, conflict: 0, constraint: 0, other: 0 };
  return { errors, count: (error: unknown) => void (errors[classifyDatabaseError(error)] += 1) };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const TIMESTAMP_OID = 1114;

export interface PostgresOptions {
  /** search_path for every connection: lets tests give each file a schema of its own. */
  schema?: string;
  poolSize?: number;
  /** Settings of every connection's session (`-c name=value` at connect), as the request journal's writer sets its planner's. */
  settings?: Readonly<Record<string, string>>;
}

/** The `options` startup parameter of a connection: its search_path and settings, as `-c name=value`. */
function sessionOptions(options: PostgresOptions): string {
  const settings = { ...(options.schema ? { search_path: options.schema } : {}), ...options.settings };
  return Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
}

export function createDatabase(target: DatabaseTarget, options: PostgresOptions = {}): DatabaseHandle {
  const { errors, count } = errorCounter();
  if (target.kind === 'sqlite') {
    const { database } = openSqlite(target.path, { onError: count });
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
    return {
      db,
      dialect: 'sqlite',
      ...(target.path === ':memory:' ? {} : { shared: { target } }),
      ping: () => pingWith(db),
      stats: () => ({ files: { database: fileSize(target.path), wal: fileSize(`${target.path}-wal`) }, errors }),
      close: () => db.destroy(),
    };
  }

  // Loaded only for PostgreSQL: a SQLite server does not pay pg's ~15 MB of resident memory.
  const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  const max = options.poolSize ?? 10;
  const session = sessionOptions(options);
  const pool = new pg.Pool({
    connectionString: target.url,
    max,
    // A database that does not answer fails the request quickly (503) instead of holding it.
    connectionTimeoutMillis: 2_000,
    ...(session !== '' ? { options: session } : {}),
    // Timestamps (without time zone, stored as UTC) come back exactly as stored: 'YYYY-MM-DD HH:MM:SS'.
    // int8 stays a string, pg's default, so ids keep every digit.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === TIMESTAMP_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // A client that loses its connection emits 'error': on the pool while idle, on the client itself while
  // checked out (node-postgres #3202). With no listener either one kills the process. The query in flight
  // still fails (and is answered 503); the pool drops the broken client on release and connects anew.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool, count) }) });
  return {
    db,
    dialect: 'postgres',
    ...(options.schema ? { schema: options.schema } : {}),
    shared: { target, ...(options.schema ? { schema: options.schema } : {}) },
    ping: () => pingWith(db),
    stats: () => ({ pool: { max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }, errors }),
    close: () => db.destroy(),
  };
}

/**
 * The pool as Kysely sees it, its clients sending the hot reads as named statements (named-statements.ts).
 * Every refused statement and failed connection attempt passes `onError` (counted for GET /metrics).
 */
function withNamedStatements(pool: pg.Pool, onError: (error: unknown) => void): PostgresPool {
  // One wrapper per pg client: Kysely keeps its connection objects by client.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        onError(error);
        throw error;
      }
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) {
        // A connection the server ended (57P01 on a restart, class 08) is released as broken, so that the
        // pool drops it at once instead of handing it to the next request to fail again.
        let broken = false;
        wrapper = {
          // A string is a query (Kysely's cursors, unused here, pass through as they are).
          query: (async (text: string, values: unknown[]) => {
            const name = typeof text === 'string' ? statementName(text) : undefined;
            try {
              const data = name === undefined && typeof text === 'string' ? copyData(text, values) : undefined;
              if (data !== undefined) return await copyIn(client, text, data);
              return await (name === undefined ? client.query(text, values) : client.query({ name, text, values }));
            } catch (error) {
              onError(error);
              const { code, message } = error as { code?: unknown; message?: unknown };
              if (typeof code === 'string' && (/^08|^57P0[123]$/.test(code) || code === 'ECONNRESET' || code === 'EPIPE')) broken = true;
              if (typeof message === 'string' && message.startsWith('Connection terminated')) broken = true;
              throw error;
            }
          }) as unknown as PostgresPoolClient['query'],
          release: () => {
            const destroy = broken;
            broken = false;
            if (destroy) wrappers.delete(client);
            client.release(destroy);
          },
        };
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

async function pingWith(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
