// npm run soak [-- --seconds 60 --connections 50 --postgres postgres://user@127.0.0.1:5432/db]
//
// Holds the real server process under mixed load for a set time: --connections keep-alive connections, each
// sending its next request as soon as the last is answered. Reads (one product, a page of products, one order,
// a page of orders, counts) and writes (new orders of 3 items, product updates, items added to carts, orders
// deleted, customers upserted). Every request expects a success, so any other answer is an error.
// Prints requests done, errors by status, and the server's resident memory at the start, every 10 s and at
// the end. Exits 1 when any request failed. Loopback only; the database is made for the run and removed.
import { Agent, request as httpRequest } from 'node:http';
import { parseArgs } from 'node:util';
import { api, fmt, memoryMiB, postgresTarget, sqliteTarget, startServer, TOKEN } from './lib.js';
const { values: args } = parseArgs({
    options: {
        seconds: { type: 'string', default: '60' },
        connections: { type: 'string', default: '50' },
        postgres: { type: 'string' },
    },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const PRODUCTS = 2_000;
const CUSTOMERS = 500;
const target = args.postgres ? postgresTarget(args.postgres) : sqliteTarget;
const { url, drop } = await target.fresh();
const { child, base } = await startServer(url, { CARTLINE_RATE_LIMIT: '0' });
const { port } = new URL(base);
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
function send(method, path, body) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
        const req = httpRequest({
            host: '127.0.0.1',
            port,
            method,
            path,
            agent,
            headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json', ...(payload ? { 'content-type': 'application/json' } : {}) },
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString();
                resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
            });
        });
        req.on('error', reject);
        req.end(payload);
    });
}
try {
    // Seed: one shop, 20 categories, PRODUCTS products, a first order per connection.
    const shop = (await api(base, '/api/ecommerce/shops', JSON.stringify({ name: 'Soak', url: 'soak.example', currency: 'EUR' }))).data;
    const shopPath = `/api/ecommerce/shops/${shop.id}`;
    const categoryIds = (await api(base, `${shopPath}/categories/import`, JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ name: `Category ${i}` }))))).data.map((c) => c.id);
    const productIds = [];
    for (let start = 0; start < PRODUCTS; start += 1000) {
        const batch = Array.from({ length: 1000 }, (_, k) => ({ name: `Product ${start + k}`, price: k, categories: [categoryIds[k % 20], categoryIds[(k + 1) % 20]] }));
        productIds.push(...(await api(base, `${shopPath}/products/import`, JSON.stringify(batch))).data.map((p) => p.id));
    }
    const pick = (values) => values[Math.floor(Math.random() * values.length)];
    const orderBody = () => ({
        customer: { email: `soak${Math.floor(Math.random() * CUSTOMERS)}@example.com`, accepts_marketing: Math.random() < 0.5 },
        status: 'complete',
        total: 30,
        cart: { items: [pick(productIds), pick(productIds), pick(productIds)].map((id) => ({ ecommerce_product_id: id, quantity: 1, price: 10 })) },
    });
    const statuses = new Map();
    const failures = [];
    let unexpected = 0;
    let done = 0;
    let stop = false;
    /** One connection: its own orders, so that deleting one never breaks another connection's request. */
    async function connection() {
        const mine = [];
        while (!stop) {
            const roll = Math.random();
            let method = 'GET';
            let path;
            let body;
            let expected = 200;
            let onSuccess = () => { };
            if (roll < 0.25)
                path = `${shopPath}/products/${pick(productIds)}`;
            else if (roll < 0.35)
                path = `${shopPath}/products?limit=100&page=${1 + Math.floor(Math.random() * (PRODUCTS / 100))}`;
            else if (roll < 0.45 && mine.length > 0)
                path = `${shopPath}/orders/${pick(mine).id}`;
            else if (roll < 0.52)
                path = `${shopPath}/orders?limit=100`;
            else if (roll < 0.55)
                path = `${shopPath}/${pick(['products', 'orders', 'customers', 'categories'])}?limit=0`;
            else if (roll < 0.7 || mine.length === 0) {
                method = 'POST';
                path = `${shopPath}/orders`;
                body = orderBody();
                expected = 201;
                onSuccess = (answer) => mine.push({ id: answer.data.id, cart: answer.data.cart.id });
            }
            else if (roll < 0.82) {
                method = 'PUT';
                path = `${shopPath}/products/${pick(productIds)}`;
                body = { price: Math.round(Math.random() * 10_000) / 100, categories: [pick(categoryIds)] };
            }
            else if (roll < 0.9) {
                method = 'POST';
                path = `${shopPath}/carts/${pick(mine).cart}/items`;
                body = { ecommerce_product_id: pick(productIds), quantity: 2, price: 5 };
                expected = 201;
            }
            else if (roll < 0.95) {
                method = 'DELETE';
                const index = Math.floor(Math.random() * mine.length);
                path = `${shopPath}/orders/${mine[index].id}`;
                mine.splice(index, 1);
            }
            else {
                method = 'POST';
                path = `${shopPath}/customers`;
                body = { email: `soak${Math.floor(Math.random() * CUSTOMERS)}@example.com`, accepts_marketing: true };
                expected = -1; // 201 when new, 200 when the email exists: both succeed
            }
            let status;
            try {
                const answer = await send(method, path, body);
                status = answer.status;
                if (status === expected || (expected === -1 && (status === 200 || status === 201)))
                    onSuccess(answer.body);
                else {
                    unexpected += 1;
                    if (failures.length < 10)
                        failures.push(`${method} ${path}: ${status} ${JSON.stringify(answer.body).slice(0, 200)}`);
                }
            }
            catch (error) {
                status = 0; // the connection failed
                unexpected += 1;
                if (failures.length < 10)
                    failures.push(`${method} ${path}: ${error.message}`);
            }
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            done += 1;
        }
    }
    const rss = () => memoryMiB(child.pid, 'VmRSS');
    const startRss = rss();
    console.log(`soak: ${CONNECTIONS} connections for ${SECONDS} s on ${target.label}, ${fmt(PRODUCTS)} products seeded; server RSS at start ${startRss.toFixed(0)} MiB`);
    const began = Date.now();
    const ticker = setInterval(() => {
        const elapsed = Math.round((Date.now() - began) / 1000);
        console.log(`  ${String(elapsed).padStart(4)} s: ${fmt(done)} requests, RSS ${rss().toFixed(0)} MiB`);
    }, 10_000);
    setTimeout(() => (stop = true), SECONDS * 1000);
    await Promise.all(Array.from({ length: CONNECTIONS }, connection));
    clearInterval(ticker);
    const seconds = (Date.now() - began) / 1000;
    const endRss = rss();
    console.log(`done: ${fmt(done)} requests in ${seconds.toFixed(1)} s (${fmt(done / seconds)}/s)`);
    console.log(`by status: ${[...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status === 0 ? 'connection error' : status} x ${fmt(n)}`).join(', ')}`);
    console.log(`unexpected answers: ${fmt(unexpected)}${unexpected > 0 ? ' (the first ones below)' : ''}`);
    for (const failure of failures)
        console.log(`  ${failure}`);
    console.log(`server RSS: ${startRss.toFixed(0)} MiB at start, ${endRss.toFixed(0)} MiB at the end, peak ${memoryMiB(child.pid, 'VmHWM').toFixed(0)} MiB`);
    process.exitCode = unexpected === 0 ? 0 : 1;
}
finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await drop();
}
//# sourceMappingURL=soak.js.map