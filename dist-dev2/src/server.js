import { buildApp } from './app.js';
import { createDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { leaseWorkerId } from './db/worker-lease.js';
import { countAccounts, ensureToken } from './modules/accounts/accounts.service.js';
/** Opens the database, migrates it, builds the app and listens. Stops cleanly on SIGINT and SIGTERM. */
export async function serve(config) {
    const database = createDatabase(config.database, { poolSize: config.databasePoolSize });
    await migrateToLatest(database.db);
    let log;
    const lease = await leaseWorkerId(database, {
        workerId: config.workerId,
        warn: (message, error) => (log ? log.warn({ err: error }, message) : console.error(message)),
    }).catch(async (error) => {
        await database.close();
        throw error;
    });
    const { newId } = lease;
    if (config.bootstrapToken !== null) {
        await ensureToken(database.db, newId, 'default', config.bootstrapToken);
    }
    const app = await buildApp(config, database, { newId });
    log = app.log;
    app.addHook('onClose', async () => {
        await lease.release();
        await database.close();
    });
    // Stop accepting, let requests in flight finish, close the database, exit 0; past the timeout, exit 1.
    // Installed before listening: a signal that arrives as soon as the server says it listens is handled too.
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            app.log.info(`${signal} received: finishing requests in flight, then closing`);
            setTimeout(() => {
                app.log.error(`requests still in flight after ${config.shutdownTimeout} ms: exiting anyway`);
                process.exit(1);
            }, config.shutdownTimeout).unref();
            app.close().then(() => process.exit(0), (error) => {
                app.log.error({ err: error }, 'error while closing');
                process.exit(1);
            });
        });
    }
    const address = await app.listen({ port: config.port, host: config.host });
    const shown = address.replace('://0.0.0.0', '://127.0.0.1').replace('://[::]', '://127.0.0.1');
    app.log.info(`Cartline is listening on ${shown} (database: ${config.database.kind}, id worker ${lease.workerId})`);
    if ((await countAccounts(database.db)) === 0) {
        app.log.info('No account exists yet. Create a token with: npm run --silent cartline -- token create --account NAME');
    }
    return app;
}
//# sourceMappingURL=server.js.map