import { Kysely } from 'kysely';
import type { DatabaseTarget } from '../config.js';
import type { DB } from './schema.js';
export type Dialect = 'sqlite' | 'postgres';
export interface DatabaseHandle {
    db: Kysely<DB>;
    dialect: Dialect;
    /** The PostgreSQL schema of every connection (search_path), when one was chosen. */
    schema?: string;
    /** true when the database answers a trivial query. */
    ping(): Promise<boolean>;
    /** What GET /metrics reports of the database (src/http/metrics.ts); cheap, no query. */
    stats(): DatabaseStats;
    close(): Promise<void>;
}
export type DatabaseErrorKind = 'connection' | 'conflict' | 'constraint' | 'other';
export declare const DATABASE_ERROR_KINDS: readonly DatabaseErrorKind[];
export interface DatabaseStats {
    /** PostgreSQL's pool (pg.Pool's own counts). SQLite has no pool: one connection in this process. */
    pool?: {
        max: number;
        total: number;
        idle: number;
        waiting: number;
    };
    /** SQLite: bytes of the database file and of its write-ahead log, as on disk now. */
    files?: {
        database: number;
        wal: number;
    };
    /** Statements the database refused since start, and on PostgreSQL connections it did not give, by kind. */
    errors: Record<DatabaseErrorKind, number>;
}
/**
 * connection: unreachable, shut down, connection lost; conflict: a deadlock, a serialization failure, a lock not
 * had in time (SQLite: busy or locked); constraint: a key or foreign key refused the row; other: anything else.
 */
export declare function classifyDatabaseError(error: unknown): DatabaseErrorKind;
export interface PostgresOptions {
    /** search_path for every connection: lets tests give each file a schema of its own. */
    schema?: string;
    poolSize?: number;
}
export declare function createDatabase(target: DatabaseTarget, options?: PostgresOptions): DatabaseHandle;
