#!/usr/bin/env node
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createDatabase, type DatabaseHandle } from './db/database.js';
import { leaseWorkerId, WorkerIdTakenError } from './db/worker-lease.js';
import { runChecks } from './db/integrity.repository.js';
import { migrateToLatest } from './db/migrate.js';
import { createToken, listTokens, revokeToken } from './modules/accounts/accounts.service.js';
import { seedDemoShop, type SeedOptions, type SeedProgress, type SeedSummary } from './seed/seed.js';
import { serve } from './server.js';

const USAGE = `Usage: cartline <command>

  serve                              start the server (the default)
  migrate                            apply database migrations and exit
  check                              verify the database (orphans, consistency, SQLite integrity); exit 1 on a problem
  token create --account NAME        create an API token; prints it alone on one line
  token list                         list tokens (id, account, prefix, created)
  token revoke ID                    revoke a token at once
  seed --account NAME [--shop NAME] [--products 500] [--customers 300] [--orders 2000] [--days 90] [--seed N]
                                     write a demo shop (created with the account if missing); prints what it made

Configuration comes from the environment: PORT, HOST, DATABASE_URL, CARTLINE_BOOTSTRAP_TOKEN,
CARTLINE_PUBLIC_URL, CARTLINE_BODY_LIMIT, LOG_LEVEL, LOG_FORMAT, CARTLINE_METRICS, CARTLINE_METRICS_TOKEN
(see README.md).`;

class UsageError extends Error {}
/** A bad value for a command that otherwise ran: exit 1 with the message alone. */
class InputError extends Error {}

async function withDatabase<T>(config: Config, work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = createDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
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
        for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
        return results.every((result) => result.ok) ? 0 : 1;
      });
    case 'token':
      return withDatabase(config, async (database) => {
        const { db } = database;
        if (sub === 'create') {
          if (!values.account) throw new UsageError('token create needs --account NAME');
          // A running server writes to the same database: this command holds a worker number of its own.
          const lease = await leaseWorkerId(database, { workerId: null });
          const { token } = await createToken(db, lease.newId, values.account).finally(() => lease.release());
          console.error(`Token for account "${values.account}" (shown only this once):`);
          console.log(token);
          return 0;
        }
        if (sub === 'list') {
          const tokens = await listTokens(db);
          if (tokens.length === 0) console.error('No tokens.');
          for (const t of tokens) console.log(`${t.id}\t${t.account}\t${t.prefix}\t${t.created_at}`);
          return 0;
        }
        if (sub === 'revoke') {
          if (!arg) throw new UsageError('token revoke needs a token id (see token list)');
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
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

const SEED_USAGE = 'Usage: cartline seed --account NAME [--shop NAME] [--products 500] [--customers 300] [--orders 2000] [--days 90] [--seed N]';

function count(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new InputError(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, got "${raw}"`);
  }
  return Number(raw);
}

function seedOptions(values: Record<string, string | boolean | undefined>): SeedOptions {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const account = text('account')?.trim();
  if (!account) throw new InputError('seed needs --account NAME (the account is created if it does not exist)');
  const shop = text('shop')?.trim() ?? 'Demo Shop';
  if (shop === '' || shop.length > 255) throw new InputError('--shop must be a name of 1 to 255 characters');
  const options: SeedOptions = {
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
    update({ done, total, stage }: SeedProgress) {
      const share = total === 0 ? 1 : done / total;
      const filled = Math.round(share * width);
      const line = `  ${stage.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
      if (line === last) return;
      last = line;
      process.stderr.write(`\r${line}\x1b[K`);
    },
    end() {
      if (last !== '') process.stderr.write('\r\x1b[K');
    },
  };
}

function describeSeed(summary: SeedSummary, options: SeedOptions, seconds: number): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const made = (created: boolean) => (created ? 'created' : 'existing');
  const { orders } = summary;
  const statuses = Object.entries(orders.byStatus)
    .sort(([, a], [, b]) => b - a)
    .map(([status, number]) => `${n(number)} ${status}`)
    .join(', ');
  const quote = (text: string) => (/^[\w.@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
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

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) {
      console.error(`cartline: ${error.message}\n${SEED_USAGE}`);
      process.exitCode = 1;
    } else if (error instanceof UsageError || error instanceof ConfigError || error instanceof WorkerIdTakenError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`cartline: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error(`cartline: ${(error as Error).message ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
