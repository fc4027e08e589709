import { parentPort, workerData } from 'node:worker_threads';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/database.js';
import { leaseWorkerId } from '../../src/db/worker-lease.js';
const port = parentPort;
// Loaded by anything else than a Worker (such as a test runner walking dist/test), it does nothing.
if (port !== null) {
    const { env, schema } = workerData;
    const config = loadConfig(env);
    const database = schema === undefined ? createDatabase(config.database) : createDatabase(config.database, { schema, poolSize: 4 });
    // Its own id worker number, leased as a second server process would.
    const lease = await leaseWorkerId(database);
    const app = await buildApp(config, database, { newId: lease.newId });
    await app.ready();
    port.on('message', async (message) => {
        if (message === 'close') {
            await app.close();
            await lease.release();
            await database.close();
            port.close();
            return;
        }
        const response = await app.inject(message.options);
        const reply = { id: message.id, status: response.statusCode, headers: response.headers, text: response.body };
        port.postMessage(reply);
    });
    port.postMessage('ready');
}
//# sourceMappingURL=instance-worker.js.map