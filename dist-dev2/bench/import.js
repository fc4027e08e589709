// npm run bench:import [-- --rows 100000 --batch 1000 --rounds 3 --postgres postgres://user@127.0.0.1:5432/db]
//
// Loads products with two categories each into a fresh database two ways, in the same run:
//   http:   the real Cartline server process, POST .../products/import in requests of --batch items;
//   direct: the same rows through the same driver (better-sqlite3 prepared statements, or pg multi-row
//           INSERTs), in transactions of --batch rows: the floor no HTTP API can beat.
// Prints rows/s for both, their ratio, and the server's peak RSS; the medians of --rounds rounds at the end.
// Loopback only; every round makes and removes its own database.
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { api, benchProduct as product, fmt, median, memoryMiB, postgresTarget, sqliteTarget, startServer } from './lib.js';
import { createDatabase } from '../src/db/database.js';
import { createIdGenerator } from '../src/db/ids.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { formatTimestamp } from '../src/time.js';
const { values: args } = parseArgs({
    options: {
        rows: { type: 'string', default: '100000' },
        batch: { type: 'string', default: '1000' },
        rounds: { type: 'string', default: '3' },
        postgres: { type: 'string' },
    },
});
const ROWS = Number(args.rows);
const BATCH = Number(args.batch);
const ROUNDS = Number(args.rounds);
const CATEGORIES = 20;
async function viaHttp(target) {
    const { url, drop } = await target.fresh();
    const { child, base } = await startServer(url);
    try {
        const shop = (await api(base, '/api/ecommerce/shops', JSON.stringify({ name: 'Bench', url: 'bench.example', currency: 'USD' }))).data;
        const categories = await api(base, `/api/ecommerce/shops/${shop.id}/categories/import`, JSON.stringify(Array.from({ length: CATEGORIES }, (_, i) => ({ name: `Category ${i}` }))));
        const categoryIds = categories.data.map((c) => c.id);
        // Bodies are made before the clock starts: the client's own JSON work is not the server's.
        const bodies = [];
        for (let start = 0; start < ROWS; start += BATCH) {
            bodies.push(JSON.stringify(Array.from({ length: Math.min(BATCH, ROWS - start) }, (_, k) => product(start + k, categoryIds))));
        }
        const began = process.hrtime.bigint();
        let imported = 0;
        let warmRss = 0;
        for (const [index, body] of bodies.entries()) {
            imported += (await api(base, `/api/ecommerce/shops/${shop.id}/products/import`, body)).data.length;
            if (index === Math.floor(bodies.length / 10))
                warmRss = memoryMiB(child.pid, 'VmRSS');
        }
        const seconds = Number(process.hrtime.bigint() - began) / 1e9;
        if (imported !== ROWS)
            throw new Error(`imported ${imported} of ${ROWS}`);
        return { rowsPerSecond: ROWS / seconds, peakRss: memoryMiB(child.pid, 'VmHWM'), warmRss, endRss: memoryMiB(child.pid, 'VmRSS') };
    }
    finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
        await drop();
    }
}
/** The floor: the same rows straight through the driver, in transactions of BATCH rows. */
async function direct(target) {
    const { url, drop } = await target.fresh();
    const newId = createIdGenerator(7);
    const timestamp = formatTimestamp(new Date());
    try {
        // The same schema, by the same migrations.
        const handle = createDatabase(url.startsWith('sqlite:') ? { kind: 'sqlite', path: url.slice(7) } : { kind: 'postgres', url });
        await migrateToLatest(handle.db);
        await handle.close();
        const accountId = newId();
        const shopId = newId();
        const categoryIds = Array.from({ length: CATEGORIES }, () => newId());
        const rows = Array.from({ length: ROWS }, (_, i) => ({ id: newId(), ...product(i, categoryIds) }));
        if (url.startsWith('sqlite:')) {
            const db = new BetterSqlite3(url.slice(7));
            db.pragma('journal_mode = WAL');
            db.pragma('synchronous = NORMAL');
            db.pragma('foreign_keys = ON');
            db.prepare('insert into accounts (id, name, created_at) values (?, ?, ?)').run(accountId, 'bench', timestamp);
            db.prepare('insert into shops (id, account_id, name, url, currency, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(shopId, accountId, 'Bench', 'bench.example', 'USD', timestamp, timestamp);
            const category = db.prepare('insert into categories (shop_id, id, name, created_at, updated_at) values (?, ?, ?, ?, ?)');
            for (const [i, id] of categoryIds.entries())
                category.run(shopId, id, `Category ${i}`, timestamp, timestamp);
            const insertProduct = db.prepare('insert into products (shop_id, id, name, price, url, image, exclude_from_automations, short_description, description, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
            const insertLink = db.prepare('insert into product_categories (shop_id, product_id, category_id) values (?, ?, ?)');
            const insertBatch = db.transaction((batch) => {
                for (const r of batch) {
                    insertProduct.run(shopId, r.id, r.name, r.price, r.url, r.image, r.exclude_from_automations ? 1 : 0, r.short_description, r.description, timestamp, timestamp);
                    for (const c of r.categories)
                        insertLink.run(shopId, r.id, c);
                }
            });
            const began = process.hrtime.bigint();
            for (let start = 0; start < ROWS; start += BATCH)
                insertBatch(rows.slice(start, start + BATCH));
            const seconds = Number(process.hrtime.bigint() - began) / 1e9;
            db.close();
            return { rowsPerSecond: ROWS / seconds };
        }
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query('insert into accounts (id, name, created_at) values ($1, $2, $3)', [accountId, 'bench', timestamp]);
        await client.query('insert into shops (id, account_id, name, url, currency, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7)', [
            shopId, accountId, 'Bench', 'bench.example', 'USD', timestamp, timestamp,
        ]);
        for (const [i, id] of categoryIds.entries()) {
            await client.query('insert into categories (shop_id, id, name, created_at, updated_at) values ($1, $2, $3, $4, $5)', [shopId, id, `Category ${i}`, timestamp, timestamp]);
        }
        const placeholders = (count, columns) => Array.from({ length: count }, (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`).join(', ');
        const began = process.hrtime.bigint();
        for (let start = 0; start < ROWS; start += BATCH) {
            const batch = rows.slice(start, start + BATCH);
            await client.query('begin');
            await client.query(`insert into products (shop_id, id, name, price, url, image, exclude_from_automations, short_description, description, created_at, updated_at) values ${placeholders(batch.length, 11)}`, batch.flatMap((r) => [shopId, r.id, r.name, r.price, r.url, r.image, r.exclude_from_automations, r.short_description, r.description, timestamp, timestamp]));
            const links = batch.flatMap((r) => r.categories.map((c) => [shopId, r.id, c]));
            await client.query(`insert into product_categories (shop_id, product_id, category_id) values ${placeholders(links.length, 3)}`, links.flat());
            await client.query('commit');
        }
        const seconds = Number(process.hrtime.bigint() - began) / 1e9;
        await client.end();
        return { rowsPerSecond: ROWS / seconds };
    }
    finally {
        await drop();
    }
}
const targets = [sqliteTarget, ...(args.postgres ? [postgresTarget(args.postgres)] : [])];
console.log(`import benchmark: ${fmt(ROWS)} products x 2 categories, requests/transactions of ${fmt(BATCH)}, ${ROUNDS} rounds`);
for (const target of targets) {
    const results = [];
    for (let round = 1; round <= ROUNDS; round++) {
        const d = await direct(target);
        const h = await viaHttp(target);
        const result = { http: h.rowsPerSecond, direct: d.rowsPerSecond, ratio: h.rowsPerSecond / d.rowsPerSecond, rss: h.peakRss, warm: h.warmRss, end: h.endRss };
        results.push(result);
        console.log(`${target.label} round ${round}: http ${fmt(result.http)} rows/s, direct ${fmt(result.direct)} rows/s, ratio ${result.ratio.toFixed(2)}, server RSS peak ${result.rss.toFixed(0)} MiB (${result.warm.toFixed(0)} MiB at 10%, ${result.end.toFixed(0)} MiB at the end)`);
    }
    console.log(`${target.label} median: http ${fmt(median(results.map((r) => r.http)))} rows/s, direct ${fmt(median(results.map((r) => r.direct)))} rows/s, ` +
        `ratio ${median(results.map((r) => r.ratio)).toFixed(2)}, server RSS peak ${median(results.map((r) => r.rss)).toFixed(0)} MiB ` +
        `(${median(results.map((r) => r.warm)).toFixed(0)} at 10%, ${median(results.map((r) => r.end)).toFixed(0)} at the end)`);
}
//# sourceMappingURL=import.js.map