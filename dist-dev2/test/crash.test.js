import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseDatabaseUrl } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { CLI, createOwnDatabase, startServer } from './helpers/process.js';
// The real server process is killed with SIGKILL (no shutdown, no cleanup) while imports and order creations
// are being written, then started again on the same database. Every request must have happened whole or not
// at all, every request answered before the kill must be there, and `cartline check` must pass.
const token = 'k'.repeat(120);
let databaseUrl;
let cleanup = async () => { };
let reader;
before(async () => {
    const own = await createOwnDatabase('crash');
    databaseUrl = own.url;
    cleanup = own.drop;
});
/** Every server this file started: one left running by a failed assertion is killed, so the file ends. */
const started = [];
async function start() {
    const server = await startServer(serverEnv());
    started.push(server);
    return server;
}
after(async () => {
    for (const server of started)
        server.child.kill('SIGKILL');
    await reader?.close();
    await cleanup();
});
const serverEnv = () => ({ ...process.env, DATABASE_URL: databaseUrl, CARTLINE_BOOTSTRAP_TOKEN: token, CARTLINE_RATE_LIMIT: '0', LOG_LEVEL: 'info' });
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };
async function call(server, method, path, body) {
    const response = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, body: (await response.json()) };
}
/** Kills the server with SIGKILL and waits until it is gone. */
async function kill(server) {
    server.child.kill('SIGKILL');
    assert.equal(await server.exited, 'SIGKILL');
}
/** What is stored, read straight from the database while no server runs. */
async function count(query) {
    reader ??= createDatabase(parseDatabaseUrl(databaseUrl));
    const { rows } = await query.execute(reader.db);
    return Number(rows[0].n);
}
function check() {
    const result = spawnSync(process.execPath, [CLI, 'check'], { env: serverEnv(), encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
}
/** Sends every request at once; resolves each with its status, or 0 when the connection died first. */
function sendAll(server, requests) {
    return requests.map((request) => fetch(`${server.url}${request.path}`, { method: 'POST', headers, body: JSON.stringify(request.body) }).then(async (response) => ((await response.arrayBuffer()), response.status), () => 0));
}
describe('SIGKILL and restart', () => {
    it('mid-import: each 1,000-product import is stored whole or not at all; answered ones are all there', async (t) => {
        let server = await start();
        const shop = (await call(server, 'POST', '/api/ecommerce/shops', { name: 'Crash', url: 'crash.example', currency: 'USD' })).body.data;
        const categories = (await call(server, 'POST', `/api/ecommerce/shops/${shop.id}/categories/import`, [{ name: 'A' }, { name: 'B' }])).body.data;
        const seen = { whole: 0, absent: 0, unanswered: 0 };
        for (let round = 0; round < 3; round++) {
            const imports = Array.from({ length: 8 }, (_, k) => ({
                path: `/api/ecommerce/shops/${shop.id}/products/import`,
                body: Array.from({ length: 1000 }, (_, i) => ({
                    name: `r${round}-k${k}-${i}`,
                    price: i,
                    url: `https://crash.example/r${round}/k${k}/${i}`,
                    categories: categories.map((c) => c.id),
                })),
            }));
            const statuses = Array(imports.length).fill(0);
            const pending = sendAll(server, imports).map((p, k) => p.then((status) => (statuses[k] = status)));
            // The first answer means the server is writing; the rest are parsed, validated or being written.
            await Promise.race(pending);
            await new Promise((resolve) => setTimeout(resolve, round * 15));
            await kill(server);
            await Promise.all(pending);
            server = await start();
            for (const [k, status] of statuses.entries()) {
                const products = await count(sql `select count(*) as n from products where name like ${`r${round}-k${k}-%`}`);
                const links = await count(sql `select count(*) as n from product_categories pc join products p on p.shop_id = pc.shop_id and p.id = pc.product_id where p.name like ${`r${round}-k${k}-%`}`);
                assert.ok(products === 0 || products === 1000, `round ${round} import ${k}: ${products} of 1000 products stored`);
                assert.equal(links, products * 2, 'each stored product has both its categories');
                if (status === 200)
                    assert.equal(products, 1000, `round ${round} import ${k} was answered 200`);
                else
                    assert.equal(status, 0, `round ${round} import ${k}: unexpected status ${status}`);
                if (status === 0)
                    seen.unanswered += 1;
                if (products === 1000)
                    seen.whole += 1;
                else
                    seen.absent += 1;
            }
            // Restarted, the server answers and counts what is stored.
            const listed = await call(server, 'GET', `/api/ecommerce/shops/${shop.id}/products?limit=0`);
            assert.equal(listed.status, 200);
            assert.equal(listed.body.total, await count(sql `select count(*) as n from products`));
        }
        await kill(server);
        check();
        t.diagnostic(`3 kills: ${seen.whole} stored whole, ${seen.absent} absent whole, ${seen.unanswered} cut off unanswered, 0 partial`);
        assert.ok(seen.unanswered > 0, `the kill cut requests off (${JSON.stringify(seen)})`);
        assert.ok(seen.absent > 0, `some imports were lost whole (${JSON.stringify(seen)})`);
    });
    it('mid-order: each order of 3 items is stored with its customer, cart and items, or none of them', async (t) => {
        let server = await start();
        const shop = (await call(server, 'POST', '/api/ecommerce/shops', { name: 'Orders', url: 'orders.example', currency: 'EUR' })).body.data;
        const products = (await call(server, 'POST', `/api/ecommerce/shops/${shop.id}/products/import`, [{ name: 'P1' }, { name: 'P2' }, { name: 'P3' }])).body.data;
        const seen = { whole: 0, absent: 0, unanswered: 0 };
        for (let round = 0; round < 3; round++) {
            const orders = Array.from({ length: 300 }, (_, i) => ({
                path: `/api/ecommerce/shops/${shop.id}/orders`,
                body: {
                    customer: { email: `crash-${round}-${i}@example.com`, create_subscriber: i % 2 === 0 },
                    status: 'complete',
                    total: 30,
                    cart: { items: products.map((p) => ({ ecommerce_product_id: p.id, quantity: 1, price: 10 })) },
                },
            }));
            const statuses = Array(orders.length).fill(0);
            let answered = 0;
            let killAt = () => { };
            const enough = new Promise((resolve) => (killAt = resolve));
            const pending = sendAll(server, orders).map((p, i) => p.then((status) => {
                statuses[i] = status;
                if (++answered === 50 + round * 50)
                    killAt();
            }));
            await enough;
            await kill(server);
            await Promise.all(pending);
            server = await start();
            for (const [i, status] of statuses.entries()) {
                const email = `crash-${round}-${i}@example.com`;
                const customers = await count(sql `select count(*) as n from customers where email = ${email}`);
                const stored = await count(sql `select count(*) as n from orders o join customers c on c.shop_id = o.shop_id and c.id = o.customer_id where c.email = ${email}`);
                const items = await count(sql `select count(*) as n from cart_items i join carts k on k.shop_id = i.shop_id and k.id = i.cart_id join customers c on c.shop_id = k.shop_id and c.id = k.customer_id where c.email = ${email}`);
                assert.ok((customers === 0 && stored === 0 && items === 0) || (customers === 1 && stored === 1 && items === 3), `round ${round} order ${i}: ${customers} customers, ${stored} orders, ${items} items`);
                if (status === 201)
                    assert.equal(stored, 1, `round ${round} order ${i} was answered 201`);
                // 503: 300 orders at once on 2 cores can wait longer than the pool's 2 s for a connection; whole or
                // absent is asserted above either way.
                else
                    assert.ok(status === 0 || status === 503, `round ${round} order ${i}: unexpected status ${status}`);
                if (status === 0)
                    seen.unanswered += 1;
                if (stored === 1)
                    seen.whole += 1;
                else
                    seen.absent += 1;
            }
            const listed = await call(server, 'GET', `/api/ecommerce/shops/${shop.id}/orders?limit=0`);
            assert.equal(listed.body.total, await count(sql `select count(*) as n from orders`));
        }
        await kill(server);
        check();
        t.diagnostic(`3 kills: ${seen.whole} stored whole, ${seen.absent} absent whole, ${seen.unanswered} cut off unanswered, 0 partial`);
        // Requests were cut off; whether any was mid-transaction at that instant is up to timing (on PostgreSQL,
        // commits often all land before the process dies), so `absent` is reported, not required.
        assert.ok(seen.unanswered > 0, `the kill cut orders off (${JSON.stringify(seen)})`);
    });
});
//# sourceMappingURL=crash.test.js.map