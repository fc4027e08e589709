import { type Transaction } from 'kysely';
import type { Database, DB, Executor } from './schema.js';
/** Runs `work` in a transaction, again (up to 4 times in all) if it lost a race to another transaction. */
export declare function inTransaction<T>(db: Database, work: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
/**
 * Runs `work` on one consistent view of the database, taking no write lock: `cartline export` and `copy` read
 * every table while a server may be writing. PostgreSQL: a read-only repeatable-read transaction. SQLite: a
 * deferred transaction (its first read fixes the snapshot in WAL mode); written as `begin deferred` because
 * sqlite.ts turns a plain `begin` into `begin immediate`, which would hold off the server's writes meanwhile.
 */
export declare function inReadSnapshot<T>(db: Database, dialect: 'sqlite' | 'postgres', work: (db: Executor) => Promise<T>): Promise<T>;
