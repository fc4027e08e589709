import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import type { DB } from '../../db/schema.js';
import { openSqlite } from '../../db/sqlite.js';
import { JournalStore, type JournalWorkerData, type WorkerAnswer, type WorkerWrite } from './journal.js';

// The request journal's writes on a SQLite file (journal.ts, WorkerWriter): a connection of its own to the same
// database (WAL: the API's reads never wait for it; a write of either waits for the other's up to busy_timeout),
// one batch at a time, as the journal sends them.

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const port = parentPort;
if (port !== null) {
  const { file, maxEntries, maxAgeSeconds } = workerData as JournalWorkerData;
  const { database } = openSqlite(file);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
  const store = new JournalStore(db, { maxEntries, maxAgeSeconds });
  port.on('message', async (message: WorkerWrite | 'close') => {
    if (message === 'close') {
      await db.destroy();
      port.close();
      return;
    }
    // A Buffer arrives as a plain Uint8Array (structured clone): the same bytes, viewed as a Buffer again.
    for (const entry of message.entries) {
      if (entry.request instanceof Uint8Array) entry.request = asBuffer(entry.request);
      if (entry.response instanceof Uint8Array) entry.response = asBuffer(entry.response);
    }
    let answer: WorkerAnswer;
    try {
      answer = { id: message.id, result: await store.write(message.entries) };
    } catch (error) {
      answer = { id: message.id, error };
    }
    try {
      port.postMessage(answer);
    } catch {
      // An error that cannot be cloned: its message then.
      port.postMessage({ id: message.id, ...('error' in answer ? { error: new Error(String(answer.error)) } : { result: { accounts: answer.result.accounts, retentionError: new Error(String(answer.result.retentionError)) } }) });
    }
  });
}
