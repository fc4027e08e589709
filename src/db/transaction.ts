import { setTimeout as sleep } from 'node:timers/promises';
import type { Transaction } from 'kysely';
import type { Database, DB } from './schema.js';

// A transaction that the database rolled back whole to break a tie (PostgreSQL: a deadlock between two imports
// that touch the same customers or counters, a serialization failure; SQLite: a read snapshot outdated by another
// connection's commit, which `begin immediate` in sqlite.ts now prevents) can simply run again: nothing of it was written. Run again here a few times, after a
// short random pause, so that the client sees its answer rather than a 503 to retry.

const ATTEMPTS = 4;

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001' || code === 'SQLITE_BUSY_SNAPSHOT';
}

/** Runs `work` in a transaction, again (up to 4 times in all) if the database rolled it back to break a tie. */
export async function inTransaction<T>(db: Database, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      await sleep(Math.random() * 20 * attempt);
    }
  }
}
