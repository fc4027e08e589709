import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { readCatalog } from '../src/db/catalog.repository.js';
import { createDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { TABLES } from '../src/db/tables.js';
import { leaseWorkerId } from '../src/db/worker-lease.js';
import { createToken } from '../src/modules/accounts/accounts.service.js';
import { importAccount, parseDocument } from '../src/transfer/import.js';
import { TransferError } from '../src/transfer/values.js';
import { CLI, createOwnDatabase } from './helpers/process.js';
// `cartline export`, `import` and `copy`, run as a user runs them, on an installation seeded through the API
// (a SQLite file). The other side of an import or a copy is PostgreSQL when TEST_DATABASE_URL names one (a
// database of its own, dropped after), else another SQLite file.
const postgres = process.env.TEST_DATABASE_URL?.startsWith('postgres') === true;
const dir = mkdtempSync(join(tmpdir(), 'cartline-transfer-'));
const drops = [];
after(async () => {
    for (const drop of drops)
        await drop();
    rmSync(dir, { recursive: true, force: true });
});
let files = 0;
function sqliteUrl() {
    files += 1;
    return `sqlite:${join(dir, `db${files}.db`)}`;
}
/** A new empty database: PostgreSQL (a database of its own) when the suite runs on it, else a SQLite file. */
async function otherDatabase() {
    if (!postgres)
        return sqliteUrl();
    const own = await createOwnDatabase('transfer');
    drops.push(own.drop);
    return own.url;
}
function cli(url, ...args) {
    return spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' }, encoding: 'utf8', maxBuffer: 1 << 28 });
}
function ok(result) {
    assert.equal(result.status, 0, `exit ${result.status}: ${result.stderr}`);
    return result.stdout;
}
/** The app on a database, as `cartline serve` builds it; requests are injected with a token. */
async function openApp(url) {
    // Events are recorded, not delivered: the webhook of the seed points nowhere.
    const config = loadConfig({ LOG_LEVEL: 'silent', CARTLINE_RATE_LIMIT: '0', CARTLINE_WEBHOOK_DELIVERY: 'false', DATABASE_URL: url });
    const database = createDatabase(config.database);
    await migrateToLatest(database.db);
    const lease = await leaseWorkerId(database);
    const app = await buildApp(config, database, { newId: lease.newId });
    return {
        database,
        newToken: async (account) => (await createToken(database.db, lease.newId, account)).token,
        async request(token, method, path, body) {
            const response = await app.inject({
                method,
                url: path,
                headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
                ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            });
            return { status: response.statusCode, text: response.body, body: response.body === '' ? undefined : JSON.parse(response.body) };
        },
        async close() {
            await app.close();
            await lease.release();
            await database.close();
        },
    };
}
async function post(app, token, path, body, status = 201) {
    const response = await app.request(token, 'POST', path, body);
    assert.equal(response.status, status, `${path}: ${response.text.slice(0, 500)}`);
    return response.body;
}
/** What a user of the account sees of its data: the answers of the reads that cover every kind of record. */
async function answers(app, token, shopId) {
    const paths = [
        '/api/ecommerce/shops',
        `/api/ecommerce/shops/${shopId}/categories`,
        `/api/ecommerce/shops/${shopId}/products?limit=1000`,
        `/api/ecommerce/shops/${shopId}/products?limit=1000&page=4`,
        `/api/ecommerce/shops/${shopId}/customers`,
        `/api/ecommerce/shops/${shopId}/orders`,
        `/api/ecommerce/shops/${shopId}/carts`,
        '/api/subscribers?limit=100',
        '/api/groups',
        '/api/fields',
        '/api/subscribe-settings/double-optin',
    ];
    const texts = [];
    for (const path of paths) {
        const response = await app.request(token, 'GET', path);
        assert.equal(response.status, 200, `${path}: ${response.text}`);
        texts.push(`${path} ${response.text}`);
    }
    return texts;
}
/** An installation with two accounts: alice with a bit of everything (3,000 products: more than one page), mallory with a little. */
async function seed(url) {
    const app = await openApp(url);
    try {
        const alice = await app.newToken('alice');
        const mallory = await app.newToken('mallory');
        await post(app, alice, '/api/subscribe-settings/double-optin/toggle', {}, 200);
        await post(app, alice, '/api/webhooks', { name: 'Shop sync', events: ['subscriber.created'], url: 'http://127.0.0.1:9/hook' });
        await post(app, alice, '/api/fields', { name: 'Favourite colour', type: 'text' });
        await post(app, alice, '/api/fields', { name: 'Shoe size', type: 'number' });
        const group = (await post(app, alice, '/api/groups', { name: 'Customers "Ω" 👕' })).data;
        const vip = (await post(app, alice, '/api/groups', { name: 'VIP' })).data;
        const subscriber = (await post(app, alice, '/api/subscribers', { email: 'ann@example.com', fields: { name: 'Ann', favourite_colour: 'teal', shoe_size: 38.5 }, groups: [vip.id] })).data;
        await post(app, alice, '/api/subscribers', { email: 'bob@example.com', status: 'unsubscribed' });
        const shop = (await post(app, alice, '/api/ecommerce/shops', { name: 'Tees', url: 'tees.example', currency: 'EUR', group_id: group.id, enabled: true })).data;
        const base = `/api/ecommerce/shops/${shop.id}`;
        const category = (await post(app, alice, `${base}/categories?with_resource_id`, { resource_id: 'shirts', name: 'Shirts', exclude_from_automations: true })).data;
        await post(app, alice, `${base}/categories`, { name: 'Empty' });
        const products = [];
        for (let batch = 0; batch < 3; batch++) {
            const items = Array.from({ length: 1000 }, (_, i) => ({
                resource_id: `p-${batch}-${i}`,
                name: `Tee ${batch}/${i} ✓`,
                price: Number(`${i}.${(batch * 7 + i) % 100}`) + 0.005,
                url: `https://tees.example/p/${batch}/${i}`,
                categories: i % 3 === 0 ? [category.resource_id] : [],
            }));
            products.push(...(await post(app, alice, `${base}/products/import?with_resource_id`, items, 200)).data);
        }
        await post(app, alice, `${base}/customers`, { email: 'ann@example.com', accepts_marketing: true, total_spent: 12.5, create_subscriber: true });
        for (let i = 0; i < 5; i++) {
            await post(app, alice, `${base}/orders`, {
                customer: { email: `buyer${i}@example.com`, create_subscriber: i % 2 === 0, subscriber_fields: { name: `Buyer ${i}` } },
                cart: { checkout_url: `https://tees.example/c/${i}`, items: [{ ecommerce_product_id: products[i].id, variant: 'XL', quantity: i + 1, price: 9.99 }] },
                status: i === 4 ? 'complete' : 'pending',
                total_price: 9.99 * (i + 1),
            });
        }
        const malloryGroup = (await post(app, mallory, '/api/groups', { name: 'Mallory group' })).data;
        const mallorySubscriber = (await post(app, mallory, '/api/subscribers', { email: 'eve@mallory.example', groups: [malloryGroup.id] })).data;
        const malloryShop = (await post(app, mallory, '/api/ecommerce/shops', { name: 'Mallory', url: 'mallory.example', currency: 'USD', group_id: malloryGroup.id })).data;
        await post(app, mallory, `/api/ecommerce/shops/${malloryShop.id}/products`, { name: 'Mallory thing', price: 1 });
        const malloryAccount = (await app.request(mallory, 'GET', '/api/account')).body;
        return {
            url,
            alice: { token: alice, shopId: shop.id, groupId: group.id, subscriberEmail: subscriber.email },
            mallory: {
                token: mallory,
                accountId: String(malloryAccount.data?.id ?? malloryAccount.id),
                shopId: malloryShop.id,
                groupId: malloryGroup.id,
                subscriberId: mallorySubscriber.id,
                subscriberEmail: mallorySubscriber.email,
            },
        };
    }
    finally {
        await app.close();
    }
}
let seeded;
let aliceExport;
const exportFile = join(dir, 'alice.json');
before(async () => {
    seeded = await seed(sqliteUrl());
    ok(cli(seeded.url, 'export', '--account', 'alice', '--out', exportFile));
    aliceExport = readFileSync(exportFile, 'utf8');
});
describe('the table registry (src/db/tables.ts)', () => {
    it('names every table of the migrated schema, on SQLite and on the other database', async () => {
        for (const url of [seeded.url, await otherDatabase()]) {
            const config = loadConfig({ DATABASE_URL: url });
            const database = createDatabase(config.database);
            try {
                await migrateToLatest(database.db);
                const catalog = await readCatalog(database.db, database.dialect);
                assert.deepEqual([...catalog.keys()].sort(), Object.keys(TABLES).sort(), `${database.dialect}: the tables of the schema are the registry's`);
                for (const table of catalog.values()) {
                    assert.ok(table.primaryKey.length > 0, `${table.name} has a primary key`);
                    for (const column of table.columns)
                        assert.notEqual(column.kind, null, `${table.name}.${column.name} (${column.type}) has a known kind`);
                }
            }
            finally {
                await database.close();
            }
        }
    });
    it('makes export and copy refuse a table nobody registered, naming it', async () => {
        const url = sqliteUrl();
        ok(cli(url, 'token', 'create', '--account', 'alice'));
        const config = loadConfig({ DATABASE_URL: url });
        const database = createDatabase(config.database);
        await sql `create table cart_rules (id bigint primary key, account_id bigint not null references accounts (id))`.execute(database.db);
        await database.close();
        for (const result of [cli(url, 'export', '--account', 'alice'), cli(url, 'copy', '--from', url, '--to', sqliteUrl())]) {
            assert.equal(result.status, 1, result.stderr);
            assert.match(result.stderr, /table cart_rules is not in src\/db\/tables\.ts/);
            assert.equal(result.stdout, '');
        }
    });
});
describe('cartline export', () => {
    it('writes every record of the account with its ids, the same bytes every time, and nothing of another account', () => {
        assert.equal(ok(cli(seeded.url, 'export', '--account', 'alice')), aliceExport, 'stdout and --out, twice: the same bytes');
        const document = JSON.parse(aliceExport);
        assert.equal(document.cartline_export, 1);
        const tables = document.tables;
        const count = (name) => tables[name].length;
        assert.deepEqual(Object.keys(tables).sort(), Object.entries(TABLES).filter(([, entry]) => entry.role === 'account').map(([name]) => name).sort(), 'every table of account data, no tokens, no counters');
        assert.equal(count('accounts'), 1);
        assert.equal(tables.accounts[0].name, 'alice');
        assert.equal(tables.accounts[0].double_optin, true, 'the account settings');
        assert.equal(count('webhooks'), 1, 'the webhook subscriptions; not the events and deliveries of this installation');
        assert.equal(count('fields'), 10, 'the eight default fields and two custom ones');
        assert.equal(count('groups'), 2);
        assert.deepEqual(tables.subscribers.map((s) => s.email).sort(), ['ann@example.com', 'bob@example.com', 'buyer0@example.com', 'buyer2@example.com', 'buyer4@example.com']);
        assert.equal(count('shops'), 1);
        assert.equal(tables.shops[0].id, seeded.alice.shopId);
        assert.equal(tables.shops[0].group_id, seeded.alice.groupId);
        assert.equal(tables.shops[0].enabled, true);
        assert.equal(count('categories'), 2);
        assert.equal(count('products'), 3000);
        assert.equal(count('product_categories'), 1002);
        assert.equal(count('customers'), 6);
        assert.equal(count('orders'), 5);
        assert.equal(count('carts'), 5);
        assert.equal(count('cart_items'), 5);
        assert.ok(count('group_subscribers') >= 4, 'memberships');
        assert.ok(tables.products.every((p) => typeof p.id === 'string' && /^\d{17,19}$/.test(p.id) && typeof p.resource_id === 'string'));
        assert.equal(tables.products.find((p) => p.resource_id === 'p-1-12').price, Number('12.19') + 0.005, 'prices exactly as sent');
        assert.deepEqual(Object.keys(tables.cart_items[0]).slice(0, 2), ['shop_id', 'id'], 'the primary key first');
        for (const id of [seeded.mallory.accountId, seeded.mallory.shopId, seeded.mallory.groupId, seeded.mallory.subscriberId, seeded.mallory.subscriberEmail, 'Mallory']) {
            assert.ok(!aliceExport.includes(id), `nothing of mallory's (${id})`);
        }
        assert.ok(!aliceExport.includes(seeded.alice.token.slice(0, 10)), 'no token');
        const malloryExport = ok(cli(seeded.url, 'export', '--account', 'mallory'));
        const mallory = JSON.parse(malloryExport).tables;
        assert.equal(mallory.shops.length, 1);
        assert.equal(mallory.products.length, 1);
        assert.deepEqual(mallory.subscribers.map((s) => s.email), ['eve@mallory.example']);
        for (const id of [seeded.alice.shopId, seeded.alice.groupId, seeded.alice.subscriberEmail, tables.accounts[0].id]) {
            assert.ok(!malloryExport.includes(id), `nothing of alice's (${id})`);
        }
    });
    it('names an unknown account (exit 1) and leaves no file behind', () => {
        const out = join(dir, 'nobody.json');
        const result = cli(seeded.url, 'export', '--account', 'nobody', '--out', out);
        assert.equal(result.status, 1);
        assert.equal(result.stderr.trim(), 'cartline: no account named "nobody"');
        assert.throws(() => readFileSync(out), /ENOENT/);
        assert.deepEqual(readdirSync(dir).filter((name) => name.startsWith('nobody')), [], 'not even a partial one');
        assert.equal(cli(seeded.url, 'export').status, 2, 'no --account is a usage error');
    });
});
describe('cartline import', () => {
    it(`round trip: into ${postgres ? 'PostgreSQL' : 'another SQLite file'}, exported again the same bytes, the same answers, cartline check passes`, async () => {
        const url = await otherDatabase();
        const imported = cli(url, 'import', '--account', 'alice', exportFile);
        ok(imported);
        assert.match(imported.stderr, /Imported .* into new account "alice": accounts 1, fault_rules 0, fields 10, groups 2, subscribers 5/);
        assert.equal(ok(cli(url, 'export', '--account', 'alice')), aliceExport);
        const check = ok(cli(url, 'check'));
        assert.doesNotMatch(check, /FAIL/);
        assert.match(check, /ok {4}every shop's counters match its rows/);
        const source = await openApp(seeded.url);
        const target = await openApp(url);
        try {
            const token = await target.newToken('alice');
            assert.deepEqual(await answers(target, token, seeded.alice.shopId), await answers(source, seeded.alice.token, seeded.alice.shopId));
            // The kept counters and revisions go on working: a new product counts, and is answered at once.
            await post(target, token, `/api/ecommerce/shops/${seeded.alice.shopId}/products`, { name: 'After import', price: 1 });
            const total = await target.request(token, 'GET', `/api/ecommerce/shops/${seeded.alice.shopId}/products?limit=0`);
            assert.deepEqual(total.body, { total: 3001 });
        }
        finally {
            await source.close();
            await target.close();
        }
    });
    it('into an existing empty account: its id and tokens stay, the document fills it', async () => {
        const url = sqliteUrl();
        const token = ok(cli(url, 'token', 'create', '--account', 'carol')).trim();
        ok(cli(url, 'import', '--account', 'carol', exportFile));
        const carolExport = ok(cli(url, 'export', '--account', 'carol'));
        const carol = JSON.parse(carolExport).tables;
        const alice = JSON.parse(aliceExport).tables;
        assert.equal(carol.accounts[0].name, 'carol');
        assert.notEqual(carol.accounts[0].id, alice.accounts[0].id, 'the account keeps its own id');
        assert.equal(carol.accounts[0].double_optin, true, 'and takes the settings of the document');
        const body = (text) => text.split('\n').slice(4).join('\n');
        assert.equal(body(carolExport), body(aliceExport).replaceAll(alice.accounts[0].id, carol.accounts[0].id), 'everything else as exported, under the account');
        const app = await openApp(url);
        try {
            const shops = await app.request(token, 'GET', '/api/ecommerce/shops');
            assert.deepEqual(shops.body.data.map((s) => s.id), [seeded.alice.shopId]);
        }
        finally {
            await app.close();
        }
    });
    it('refuses a non-empty account, ids this database has, and edited documents, writing nothing (exit 1)', async () => {
        const before = ok(cli(seeded.url, 'export', '--account', 'alice'));
        const refused = cli(seeded.url, 'import', '--account', 'alice', exportFile);
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /^cartline: account "alice" is not empty \(fields 2, groups 2, subscribers 5, webhooks 1, group_subscribers \d+, shops 1, .*\): import loads into an empty account only\n$/);
        const twice = cli(seeded.url, 'import', '--account', 'bob', exportFile);
        assert.equal(twice.status, 1);
        assert.match(twice.stderr, /this database already has some of the document's ids/);
        assert.doesNotMatch(twice.stderr, /\n\s+at /, 'no stack trace');
        assert.equal(cli(seeded.url, 'export', '--account', 'bob').status, 1, 'bob was not created');
        assert.equal(ok(cli(seeded.url, 'export', '--account', 'alice')), before, 'alice is untouched');
        const document = JSON.parse(aliceExport);
        const edit = (change) => {
            const copy = structuredClone(document);
            change(copy.tables);
            const file = join(dir, `edited-${Math.random().toString(36).slice(2)}.json`);
            writeFileSync(file, JSON.stringify(copy));
            return file;
        };
        const empty = sqliteUrl();
        const cases = [
            [edit((t) => (t.group_subscribers[0].subscriber_id = seeded.mallory.subscriberId)), /tables\.group_subscribers\[0\]: \(subscriber_id\) = \(\d+\) names no subscribers row of this document/],
            [edit((t) => (t.shops[0].account_id = seeded.mallory.accountId)), /tables\.shops\[0\]: \(account_id\) = \(\d+\) names no accounts row/],
            [edit((t) => (t.products[0].id = Number(t.products[0].id))), /tables\.products\[0\]\.id must be a 64-bit integer as a string of digits, got \d+/],
            [edit((t) => (t.products[0].price = 'cheap')), /tables\.products\[0\]\.price must be a number, got "cheap"/],
            [edit((t) => (t.products[0].colour = 'red')), /tables\.products\[0\]: products has no column "colour"/],
            [edit((t) => (t.journal = [])), /the document has tables this Cartline does not import: journal/],
            [edit((t) => t.accounts.push(t.accounts[0])), /tables\.accounts must hold exactly one account, it holds 2/],
        ];
        // One through the command line (exit code, message alone); the others through the same functions, in process.
        const [first, firstMessage] = cases[0];
        const refusedEdit = cli(empty, 'import', '--account', 'alice', first);
        assert.equal(refusedEdit.status, 1, refusedEdit.stderr);
        assert.match(refusedEdit.stderr, firstMessage);
        const database = createDatabase(loadConfig({ DATABASE_URL: empty }).database);
        try {
            for (const [file, message] of cases.slice(1)) {
                await assert.rejects(importAccount(database, 'alice', parseDocument(readFileSync(file, 'utf8'), file)), (error) => error instanceof TransferError && message.test(error.message));
            }
        }
        finally {
            await database.close();
        }
        const notJson = join(dir, 'not.json');
        writeFileSync(notJson, '{"cartline_export":1,');
        assert.match(cli(empty, 'import', '--account', 'alice', notJson).stderr, /not\.json is not JSON/);
        assert.match(cli(empty, 'import', '--account', 'alice', join(dir, 'missing.json')).stderr, /cannot read .*missing\.json/);
        assert.equal(cli(empty, 'export', '--account', 'alice').status, 1, 'no account was created by any of them');
    });
});
describe('cartline copy', () => {
    it('SQLite to SQLite: every account, token and record; the same exports; quiet when stderr is no terminal', async () => {
        const url = sqliteUrl();
        const copied = cli('sqlite:unused.db', 'copy', '--from', seeded.url, '--to', url);
        ok(copied);
        assert.match(copied.stdout, /^copied {2}accounts: 2 rows$/m);
        assert.match(copied.stdout, /^copied {2}api_tokens: 2 rows$/m);
        assert.match(copied.stdout, /^copied {2}products: 3001 rows$/m);
        assert.match(copied.stdout, /^ok {4}SQLite integrity check: ok$/m);
        assert.doesNotMatch(copied.stdout, /FAIL/);
        assert.doesNotMatch(copied.stderr, /\r|copying/, 'no progress without a terminal');
        assert.match(copied.stdout, /^copied {2}events: [1-9]\d* rows$/m, 'the outbox too');
        const carried = Object.values(TABLES).filter((entry) => entry.role === 'account' || entry.role === 'installation').length;
        assert.match(copied.stderr, new RegExp(`Copied \\d+ rows in ${carried} tables`));
        assert.equal(ok(cli(url, 'export', '--account', 'alice')), aliceExport);
        assert.equal(ok(cli(url, 'export', '--account', 'mallory')), ok(cli(seeded.url, 'export', '--account', 'mallory')));
        assert.equal(ok(cli(url, 'token', 'list')), ok(cli(seeded.url, 'token', 'list')));
        const app = await openApp(url);
        const source = await openApp(seeded.url);
        try {
            // The hashed tokens came along: alice's own token works on the copy.
            assert.deepEqual(await answers(app, seeded.alice.token, seeded.alice.shopId), await answers(source, seeded.alice.token, seeded.alice.shopId));
        }
        finally {
            await app.close();
            await source.close();
        }
        const again = cli('sqlite:unused.db', 'copy', '--from', seeded.url, '--to', url);
        assert.equal(again.status, 1);
        assert.match(again.stderr, /^cartline: the target database is not empty \(accounts 2, .*\): copy writes only into an empty one\n$/);
        assert.equal(ok(cli(url, 'export', '--account', 'alice')), aliceExport, 'the target is untouched');
    });
    it('shows its progress on a terminal', { skip: spawnSync('script', ['--version']).status !== 0 && 'no script(1) here' }, () => {
        const url = sqliteUrl();
        const command = [process.execPath, CLI, 'copy', '--from', seeded.url, '--to', url].map((part) => `'${part}'`).join(' ');
        // script(1) runs the command on a pseudo-terminal: stderr is a TTY there.
        const result = spawnSync('script', ['-qec', command, '/dev/null'], { env: { ...process.env, LOG_LEVEL: 'silent' }, encoding: 'utf8' });
        assert.equal(result.status, 0, result.stdout);
        assert.match(result.stdout, /copying products: 3,001 of 3,001 rows/);
    });
    it('refuses a missing source and a source that is not migrated', () => {
        const missing = cli('sqlite:unused.db', 'copy', '--from', `sqlite:${join(dir, 'nothing-here.db')}`, '--to', sqliteUrl());
        assert.equal(missing.status, 1);
        assert.match(missing.stderr, /no SQLite database at .*nothing-here\.db/);
        const blank = join(dir, 'blank.db');
        writeFileSync(blank, '');
        const unmigrated = cli('sqlite:unused.db', 'copy', '--from', `sqlite:${blank}`, '--to', sqliteUrl());
        assert.equal(unmigrated.status, 1);
        assert.match(unmigrated.stderr, /the source database is not migrated to this Cartline \(\d+ migrations pending/);
    });
    it('SQLite to PostgreSQL and back: the same exports, tokens and checks', { skip: !postgres && 'TEST_DATABASE_URL names no PostgreSQL server' }, async () => {
        const pgUrl = await otherDatabase();
        const back = sqliteUrl();
        ok(cli('sqlite:unused.db', 'copy', '--from', seeded.url, '--to', pgUrl));
        ok(cli('sqlite:unused.db', 'copy', '--from', pgUrl, '--to', back));
        const malloryExport = ok(cli(seeded.url, 'export', '--account', 'mallory'));
        for (const url of [pgUrl, back]) {
            assert.equal(ok(cli(url, 'export', '--account', 'alice')), aliceExport, url);
            assert.equal(ok(cli(url, 'export', '--account', 'mallory')), malloryExport, url);
            assert.equal(ok(cli(url, 'token', 'list')), ok(cli(seeded.url, 'token', 'list')));
            assert.doesNotMatch(ok(cli(url, 'check')), /FAIL/);
        }
        const app = await openApp(pgUrl);
        const source = await openApp(seeded.url);
        try {
            assert.deepEqual(await answers(app, seeded.alice.token, seeded.alice.shopId), await answers(source, seeded.alice.token, seeded.alice.shopId));
        }
        finally {
            await app.close();
            await source.close();
        }
        const refused = cli('sqlite:unused.db', 'copy', '--from', back, '--to', pgUrl);
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /the target database is not empty/);
    });
});
//# sourceMappingURL=transfer.test.js.map