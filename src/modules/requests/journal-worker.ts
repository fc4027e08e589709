import { parentPort, workerData } from 'node:worker_threads';
import { createDatabase } from '../../db/database.js';
import { JOURNAL_PLANNER, JournalStore, type JournalWorkerData, type WorkerAnswer, type WorkerWrite } from './journal.js';

// The request journal's writes (journal.ts, WorkerWriter): a connection of its own to the same database, one
// batch at a time, as the journal sends them. SQLite (WAL): the API's reads never wait for it; a write of either
// waits for the other's up to busy_timeout. PostgreSQL: one connection, beside the API's pool.

const port = parentPort;
if (port !== null) {
  const { target, schema, maxEntries, maxAgeSeconds } = workerData as JournalWorkerData;
  const database = createDatabase(target, { poolSize: 1, settings: JOURNAL_PLANNER, ...(schema !== undefined ? { schema } : {}) });
  const db = database.db;
  const store = new JournalStore(db, { maxEntries, maxAgeSeconds });
  port.on('message', async (message: WorkerWrite | 'close') => {
    if (message === 'close') {
      await database.close();
      port.close();
      return;
    }
    let answer: WorkerAnswer;
    const { chunks } = message.entries;
    try {
      answer = { id: message.id, result: await store.write(message.entries), chunks };
    } catch (error) {
      answer = { id: message.id, error };
    }
    try {
      // The chunks go back to be filled again (their entries are written: nothing here holds them any more).
      port.postMessage(answer, 'chunks' in answer ? chunks.map((chunk) => chunk.buffer as ArrayBuffer) : []);
    } catch {
      // An error that cannot be cloned: its message then.
      port.postMessage({ id: message.id, ...('error' in answer ? { error: new Error(String(answer.error)) } : { result: { accounts: answer.result.accounts, retentionError: new Error(String(answer.result.retentionError)) } }) });
    }
  });
}
