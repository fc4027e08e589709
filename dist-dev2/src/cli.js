#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { createDatabase } from './db/database.js';
import { leaseWorkerId, WorkerIdTakenError } from './db/worker-lease.js';
import { runChecks } from './db/integrity.repository.js';
import { migrateToLatest } from './db/migrate.js';
import { createToken, listTokens, revokeToken } from './modules/accounts/accounts.service.js';
import { serve } from './server.js';
const USAGE = `Usage: cartline <command>

  serve                              start the server (the default)
  migrate                            apply database migrations and exit
  check                              verify the database (orphans, consistency, SQLite integrity); exit 1 on a problem
  token create --account NAME        create an API token; prints it alone on one line
  token list                         list tokens (id, account, prefix, created)
  token revoke ID                    revoke a token at once

Configuration comes from the environment: PORT, HOST, DATABASE_URL, CARTLINE_BOOTSTRAP_TOKEN,
CARTLINE_PUBLIC_URL, CARTLINE_BODY_LIMIT, LOG_LEVEL (see README.md).`;
class UsageError extends Error {
}
async function withDatabase(config, work) {
    const database = createDatabase(config.database);
    try {
        await migrateToLatest(database.db);
        return await work(database);
    }
    finally {
        await database.close();
    }
}
async function main(argv) {
    const { positionals, values } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { account: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
        console.log(USAGE);
        return 0;
    }
    const [command = 'serve', sub, arg] = positionals;
    const config = loadConfig();
    switch (command) {
        case 'serve':
            await serve(config);
            return -1; // keeps running
        case 'migrate':
            await withDatabase(config, async () => undefined);
            console.error('Migrations applied.');
            return 0;
        case 'check':
            return withDatabase(config, async ({ db, dialect }) => {
                const results = await runChecks(db, dialect);
                for (const result of results)
                    console.log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
                return results.every((result) => result.ok) ? 0 : 1;
            });
        case 'token':
            return withDatabase(config, async (database) => {
                const { db } = database;
                if (sub === 'create') {
                    if (!values.account)
                        throw new UsageError('token create needs --account NAME');
                    // A running server writes to the same database: this command holds a worker number of its own.
                    const lease = await leaseWorkerId(database, { workerId: null });
                    const { token } = await createToken(db, lease.newId, values.account).finally(() => lease.release());
                    console.error(`Token for account "${values.account}" (shown only this once):`);
                    console.log(token);
                    return 0;
                }
                if (sub === 'list') {
                    const tokens = await listTokens(db);
                    if (tokens.length === 0)
                        console.error('No tokens.');
                    for (const t of tokens)
                        console.log(`${t.id}\t${t.account}\t${t.prefix}\t${t.created_at}`);
                    return 0;
                }
                if (sub === 'revoke') {
                    if (!arg)
                        throw new UsageError('token revoke needs a token id (see token list)');
                    if (!(await revokeToken(db, arg))) {
                        console.error(`No token with id ${arg}.`);
                        return 1;
                    }
                    console.error(`Token ${arg} revoked.`);
                    return 0;
                }
                throw new UsageError(`unknown token command "${sub ?? ''}"`);
            });
        default:
            throw new UsageError(`unknown command "${command}"`);
    }
}
main(process.argv.slice(2)).then((code) => {
    if (code >= 0)
        process.exitCode = code;
}, (error) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof WorkerIdTakenError || error.code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`cartline: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
    }
    else {
        console.error(`cartline: ${error.message ?? String(error)}`);
        process.exitCode = 1;
    }
});
//# sourceMappingURL=cli.js.map