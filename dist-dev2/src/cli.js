#!/usr/bin/env node
import { randomInt } from 'node:crypto';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, parseDatabaseUrl, redactUrl } from './config.js';
import { createDatabase } from './db/database.js';
import { leaseWorkerId, WorkerIdTakenError } from './db/worker-lease.js';
import { runChecks } from './db/integrity.repository.js';
import { migrateToLatest } from './db/migrate.js';
import { createToken, listTokens, revokeToken } from './modules/accounts/accounts.service.js';
import { seedDemoShop } from './seed/seed.js';
import { serve } from './server.js';
import { copyInstallation } from './transfer/copy.js';
import { exportAccount } from './transfer/export.js';
import { importAccount, parseDocument } from './transfer/import.js';
import { TransferError } from './transfer/values.js';
const USAGE = `Usage: cartline <command>

  serve                              start the server (the default)
  migrate                            apply database migrations and exit
  check                              verify the database (orphans, consistency, SQLite integrity); exit 1 on a problem
  token create --account NAME        create an API token; prints it alone on one line
  token list                         list tokens (id, account, prefix, created)
  token revoke ID                    revoke a token at once
  seed --account NAME [--shop NAME] [--products 500] [--customers 300] [--orders 2000] [--days 90] [--seed N]
                                     write a demo shop (created with the account if missing); prints what it made
  export --account NAME [--out FILE] the account's data as one JSON document (stdout unless --out)
  import --account NAME FILE         load such a document into an empty account (created if new), ids kept
  copy --from URL --to URL           copy the whole installation (accounts, tokens, data) into an empty
                                     database, sqlite:PATH or postgres://; migrates and checks the target

Configuration comes from the environment: PORT, HOST, DATABASE_URL, CARTLINE_BOOTSTRAP_TOKEN,
CARTLINE_PUBLIC_URL, CARTLINE_BODY_LIMIT, LOG_LEVEL, LOG_FORMAT, CARTLINE_METRICS, CARTLINE_METRICS_TOKEN
(see README.md).`;
class UsageError extends Error {
}
/** A bad value for a command that otherwise ran: exit 1 with the message alone. */
class InputError extends Error {
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
        options: {
            account: { type: 'string' },
            shop: { type: 'string' },
            products: { type: 'string' },
            customers: { type: 'string' },
            orders: { type: 'string' },
            days: { type: 'string' },
            seed: { type: 'string' },
            out: { type: 'string' },
            from: { type: 'string' },
            to: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
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
        case 'seed': {
            const options = seedOptions(values);
            return withDatabase(config, async (database) => {
                const lease = await leaseWorkerId(database, { workerId: null });
                const began = Date.now();
                const progress = process.stderr.isTTY ? progressBar() : undefined;
                const summary = await seedDemoShop(database.db, lease.newId, options, progress?.update)
                    .finally(() => progress?.end())
                    .finally(() => lease.release());
                console.log(describeSeed(summary, options, (Date.now() - began) / 1000));
                return 0;
            });
        }
        case 'export': {
            if (!values.account)
                throw new UsageError('export needs --account NAME');
            const account = values.account;
            const out = values.out;
            return withDatabase(config, async (database) => {
                if (out === undefined) {
                    await exportAccount(database, account, process.stdout);
                    return 0;
                }
                // Written beside the file and renamed when whole: an interrupted export never leaves half a document.
                const partial = `${out}.partial-${process.pid}`;
                const stream = createWriteStream(partial);
                try {
                    const summary = await exportAccount(database, account, stream);
                    stream.end();
                    await finished(stream);
                    renameSync(partial, out);
                    console.error(`Exported account "${account}" to ${out}: ${summary.rows.map((r) => `${r.table} ${r.rows}`).join(', ')}.`);
                    return 0;
                }
                catch (error) {
                    // The file is opened asynchronously: removed once the stream has closed, or the open would recreate it.
                    stream.destroy();
                    await finished(stream).catch(() => undefined);
                    rmSync(partial, { force: true });
                    throw error;
                }
            });
        }
        case 'import': {
            if (!values.account)
                throw new UsageError('import needs --account NAME');
            if (!sub)
                throw new UsageError('import needs the FILE to read (written by cartline export)');
            const account = values.account;
            let text;
            try {
                text = await readFile(sub, 'utf8');
            }
            catch (error) {
                throw new TransferError(`cannot read ${sub}: ${error.message}`);
            }
            const document = parseDocument(text, sub);
            return withDatabase(config, async (database) => {
                const summary = await importAccount(database, account, document);
                console.error(`Imported ${sub} into ${summary.created ? 'new' : 'empty'} account "${account}": ${summary.rows.map((r) => `${r.table} ${r.rows}`).join(', ')}.`);
                return 0;
            });
        }
        case 'copy':
            return copy(values.from, values.to);
        default:
            throw new UsageError(`unknown command "${command}"`);
    }
}
const SEED_USAGE = 'Usage: cartline seed --account NAME [--shop NAME] [--products 500] [--customers 300] [--orders 2000] [--days 90] [--seed N]';
function count(name, raw, fallback, min, max) {
    if (raw === undefined)
        return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new InputError(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, got "${raw}"`);
    }
    return Number(raw);
}
function seedOptions(values) {
    const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
    const account = text('account')?.trim();
    if (!account)
        throw new InputError('seed needs --account NAME (the account is created if it does not exist)');
    const shop = text('shop')?.trim() ?? 'Demo Shop';
    if (shop === '' || shop.length > 255)
        throw new InputError('--shop must be a name of 1 to 255 characters');
    const options = {
        account,
        shop,
        products: count('products', text('products'), 500, 0, 1_000_000),
        customers: count('customers', text('customers'), 300, 0, 1_000_000),
        orders: count('orders', text('orders'), 2000, 0, 1_000_000),
        days: count('days', text('days'), 90, 1, 3650),
        // Without --seed a new one each run, printed so that the run can be repeated.
        seed: count('seed', text('seed'), randomInt(0, 2 ** 31), 0, 2 ** 32 - 1),
    };
    if (options.orders > 0 && (options.products === 0 || options.customers === 0)) {
        throw new InputError('orders need products and customers: give --products and --customers of at least 1, or --orders 0');
    }
    return options;
}
/** One line on stderr, redrawn in place: only on a terminal (the caller checks). */
function progressBar() {
    const width = 30;
    let last = '';
    return {
        update({ done, total, stage }) {
            const share = total === 0 ? 1 : done / total;
            const filled = Math.round(share * width);
            const line = `  ${stage.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
            if (line === last)
                return;
            last = line;
            process.stderr.write(`\r${line}\x1b[K`);
        },
        end() {
            if (last !== '')
                process.stderr.write('\r\x1b[K');
        },
    };
}
function describeSeed(summary, options, seconds) {
    const n = (value) => value.toLocaleString('en-US');
    const made = (created) => (created ? 'created' : 'existing');
    const { orders } = summary;
    const statuses = Object.entries(orders.byStatus)
        .sort(([, a], [, b]) => b - a)
        .map(([status, number]) => `${n(number)} ${status}`)
        .join(', ');
    const quote = (text) => (/^[\w.@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
    return [
        `Seeded in ${seconds.toFixed(1)} s, seed ${options.seed}:`,
        `  account   ${summary.account.name} (${made(summary.account.created)}, id ${summary.account.id})`,
        `  shop      ${summary.shop.name} (${made(summary.shop.created)}, id ${summary.shop.id}, ${summary.shop.url})`,
        `  group     ${summary.group.name} (${made(summary.group.created)}, id ${summary.group.id})`,
        `  ${n(summary.categories.total)} categories (${n(summary.categories.top)} top-level, ${n(summary.categories.total - summary.categories.top)} below them)`,
        `  ${n(summary.products)} products`,
        `  ${n(summary.customers)} customers, each with a subscriber in the group`,
        `  ${n(orders.total)} orders${orders.from ? ` from ${orders.from} to ${orders.to} UTC` : ''}${statuses ? `: ${statuses}` : ''}`,
        `    of them ${n(orders.checkouts)} checkouts left pending (abandoned carts: status pending, stage checkout)`,
        `Again with: cartline seed --account ${quote(options.account)} --shop ${quote(options.shop)} --products ${options.products} --customers ${options.customers} --orders ${options.orders} --days ${options.days} --seed ${options.seed}`,
    ].join('\n');
}
async function copy(from, to) {
    if (!from || !to)
        throw new UsageError('copy needs --from DATABASE_URL and --to DATABASE_URL');
    const source = parseDatabaseUrl(from);
    const target = parseDatabaseUrl(to);
    if (from === to)
        throw new UsageError('copy needs two different databases');
    // Opening a SQLite path creates the file: a mistyped source would be an empty installation.
    if (source.kind === 'sqlite' && source.path !== ':memory:' && !existsSync(source.path))
        throw new TransferError(`no SQLite database at ${source.path}`);
    const sourceDb = createDatabase(source, { poolSize: 2 });
    try {
        const targetDb = createDatabase(target, { poolSize: 2 });
        try {
            const summary = await copyInstallation(sourceDb, targetDb, progressOnTerminal());
            for (const { table, rows } of summary.tables)
                console.log(`copied  ${table}: ${rows} rows`);
            for (const result of summary.checks)
                console.log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
            const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
            console.error(`Copied ${rows} rows in ${summary.tables.length} tables to ${redactUrl(to)}; the row counts match and cartline check passes.`);
            return 0;
        }
        finally {
            await targetDb.close();
        }
    }
    finally {
        await sourceDb.close();
    }
}
/** A line on stderr that follows the copy, when stderr is a terminal; nothing otherwise (scripts, logs). */
function progressOnTerminal() {
    if (!process.stderr.isTTY)
        return undefined;
    let shown = 0;
    return (table, done, total) => {
        const finishedTable = done === total;
        if (!finishedTable && Date.now() - shown < 100)
            return;
        shown = Date.now();
        process.stderr.write(`\r\x1b[Kcopying ${table}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows${finishedTable ? '\n' : ''}`);
    };
}
/** An error's message; pg's failed connections are AggregateErrors with an empty one. */
function messageOf(error) {
    const { message, code, errors } = error;
    if (typeof message === 'string' && message !== '')
        return message;
    if (Array.isArray(errors) && errors.length > 0)
        return messageOf(errors[0]);
    return typeof code === 'string' ? code : String(error);
}
main(process.argv.slice(2)).then((code) => {
    if (code >= 0)
        process.exitCode = code;
}, (error) => {
    if (error instanceof InputError) {
        console.error(`cartline: ${error.message}\n${SEED_USAGE}`);
        process.exitCode = 1;
    }
    else if (error instanceof UsageError || error instanceof ConfigError || error instanceof WorkerIdTakenError || error.code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`cartline: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
    }
    else {
        console.error(`cartline: ${messageOf(error)}`);
        process.exitCode = 1;
    }
});
//# sourceMappingURL=cli.js.map