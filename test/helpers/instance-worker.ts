import { parentPort, workerData } from 'node:worker_threads';
import type { InjectOptions } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/database.js';
import { leaseWorkerId } from '../../src/db/worker-lease.js';

// A second Cartline app in a thread of its own (test/helpers/app.ts, secondInstance): its own database
// connection(s), and its own event loop, so that its transactions really run at the same time as the first
// app's. better-sqlite3 is synchronous: two connections in one thread never overlap a transaction, since each
// one runs to its end without yielding to the event loop; two threads do, as two server processes would.

export interface WorkerRequest {
  id: number;
  options: InjectOptions;
}

export interface WorkerResponse {
  id: number;
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
}

export interface WorkerData {
  env: Record<string, string>;
  schema?: string;
}

const port = parentPort;
// Loaded by anything else than a Worker (such as a test runner walking dist/test), it does nothing.
if (port !== null) {
  const { env, schema } = workerData as WorkerData;
  const config = loadConfig(env);
  const database = schema === undefined ? createDatabase(config.database) : createDatabase(config.database, { schema, poolSize: 4 });
  // Its own id worker number, leased as a second server process would.
  const lease = await leaseWorkerId(database);
  const app = await buildApp(config, database, { newId: lease.newId });
  await app.ready();
  port.on('message', async (message: WorkerRequest | 'close') => {
    if (message === 'close') {
      await app.close();
      await lease.release();
      await database.close();
      port.close();
      return;
    }
    const response = await app.inject(message.options);
    const reply: WorkerResponse = { id: message.id, status: response.statusCode, headers: response.headers, text: response.body };
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
