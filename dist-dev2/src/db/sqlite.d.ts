import BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
export interface SqliteOptions {
    /** Prepared statements kept, STATEMENT_CACHE_SIZE unless a test lowers it to reach eviction. */
    statementCacheSize?: number;
    /** Called with every error a statement raises (counted for GET /metrics), before it is thrown on. */
    onError?: (error: unknown) => void;
}
export declare function openSqlite(path: string, options?: SqliteOptions): {
    database: SqliteDatabase;
    native: BetterSqlite3.Database;
    /** How many prepared statements the cache holds now. */
    cachedStatements(): number;
};
