import type { Transaction } from 'kysely';
import type { Database, DB } from './schema.js';
/** Runs `work` in a transaction, again (up to 4 times in all) if it lost a race to another transaction. */
export declare function inTransaction<T>(db: Database, work: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
