// npm run bench [-- --quick] [-- --rounds 3 --seconds 10 --connections 50 --postgres URL --scale --only NAME --postgres-only --against NAME=VALUE]  (--only webhooks: POST order with 3 webhooks against none)
//
// Cartline's HTTP speed against the ceiling of a Node.js server on this machine, in the same run.
//   1. A fresh database is seeded through the API in the shape MailerLite's WooCommerce plugin leaves: a group
//      (POST /api/groups) and a shop created with it, 20 categories, 10,000 products in 1–3 categories each,
//      1,000 customers imported with create_subscriber (so 1,000 subscribers, members of the shop's group),
//      10,000 orders of 1–5 items; all with the shop's own ids (?with_resource_id). PostgreSQL is then analyzed.
//   2. Every scenario's answer is captured once from Cartline; a plain node:http server then answers the same
//      URLs with those very bytes, held in memory: the ceiling.
//   3. For each scenario, wrk loads Cartline and then the ceiling; req/s, p50 and p99; median of --rounds rounds.
//      After each Cartline load the server first finishes what wrk left in flight (settle, in lib.ts).
//      Scenarios: one product, pages of 100 products/orders/carts, one order, count, POST order of 3 items,
//      PUT product, and "re-sync import": the plugin's re-sync, 1,000 products the shop already has sent again
//      to POST .../products/import?with_resource_id (each request updates those same 1,000), on one connection
//      as the plugin sends it. req/s counts 2xx answers only.
// "big group" then measures one order and a page of 100 orders with the shop's group at its 1,000 seeded members
// and again after 100,000 more customers with create_subscriber are imported into the shop (so 101,000 members):
// req/s in both states and the ratio big/empty. It grows the database, so it runs after the others.
// "journal" then measures the request journal's cost (issue 14): GET one product and POST order of 3 items on the
// same database, served by two servers started after the seeding, one with the journal on (the default), one with
// CARTLINE_JOURNAL=off, loaded in turn (on/off, then off/on the next round); req/s in both, and on/off. Twice:
// with every thread where the OS puts it (wrk shares the machine's cores with the server's threads), then, on
// Linux with 2 CPUs or more, with each server's request thread on a core of its own and wrk with the servers'
// other threads (the journal's among them) on the rest: as a server with a spare core and its clients
// elsewhere runs.
// "day sums" then measures what the stats' kept figures (migrations 0012 and 0014's triggers) cost a write: POST order of 3
// items, pending and complete, on the seeded server with the triggers in place and taken away, in turn.
// --only NAME runs the scenario of that name (any case), else those whose name contains NAME ("big group" and
// "scale" included), several NAMEs separated by commas; an unknown NAME lists the names.
// --against NAME=VALUE starts a second Cartline on the same database with that environment variable set (for
// instance CARTLINE_METRICS=false) and loads it in every round right after the first, same scenarios; prints
// the first's req/s over the second's (medians): what the setting costs. Not for "big group" and --scale.
// --scale then grows the products (--only scale: that alone) to 1,000,000 (100,000 with --quick) and measures the first page, the last
// page and the count at each size, the server's memory, and the cold start to a healthy /healthz.
// Loopback only. wrk is Debian's package: installed by this script when missing and running as root; else
// autocannon (through npx) stands in, which saturates before the fastest servers do on 2 cores: said so.
// PostgreSQL: each run creates a database of its own through --postgres URL and drops it, even when interrupted.

import { execFile, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { parseDatabaseUrl } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { fillStatsDays } from '../src/db/migrations/0012_stats_days.js';
import { fillCustomerOrderTimes } from '../src/db/migrations/0014_customer_order_times.js';
import { api, cpuTicks, fmt, interrupted, median, memoryMiB, onInterrupt, ownCoreCpus, placeDatabase, placeThreads, postgresTarget, settle, sqliteTarget, startServer, TOKEN, type Target } from './lib.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    postgres: { type: 'string' },
    scale: { type: 'boolean', default: false },
    only: { type: 'string' },
    'postgres-only': { type: 'boolean', default: false },
    against: { type: 'string' },
  },
});
const AGAINST = args.against === undefined ? undefined : /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(args.against);
if (args.against !== undefined && !AGAINST) {
  console.error(`--against must be NAME=VALUE, as in --against CARTLINE_METRICS=false; got ${JSON.stringify(args.against)}`);
  process.exit(2);
}
const QUICK = args.quick;
const ROUNDS = Number(args.rounds ?? (QUICK ? 1 : 3));
const SECONDS = Number(args.seconds ?? (QUICK ? 3 : 10));
const CONNECTIONS = Number(args.connections);
const AUTH = `Bearer ${TOKEN}`;
const scratch = mkdtempSync(join(tmpdir(), 'cartline-http-bench-'));
onInterrupt(() => rmSync(scratch, { recursive: true, force: true }));

// ---- Load generator ------------------------------------------------------------------------------------------

function hasWrk(): boolean {
  return spawnSync('wrk', ['--version']).error === undefined;
}

function ensureWrk(): boolean {
  if (hasWrk()) return true;
  if (process.getuid?.() !== 0) return false;
  console.log('wrk is missing: installing Debian package wrk');
  for (const command of [['install', '-y', '-qq', 'wrk'], ['update', '-qq'], ['install', '-y', '-qq', 'wrk']]) {
    spawnSync('apt-get', command, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (hasWrk()) return true;
  }
  return false;
}

const useWrk = ensureWrk();
if (!useWrk) console.log('wrk unavailable: autocannon (npx) stands in; on 2 cores it saturates before the fastest servers do, so ratios read low');

interface Load {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: string;
  /** wrk's connections for this load, if not --connections. */
  connections?: number;
}

interface Measured {
  /** Requests answered with a 2xx within the run; req/s counts only those. */
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** "1.23ms" -> 1.23 (milliseconds). */
function milliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) throw new Error(`wrk latency "${value}"`);
  const n = Number(match[1]);
  return match[2] === 'us' ? n / 1000 : match[2] === 's' ? n * 1000 : n;
}

// Asynchronous: the ceiling server lives in this process and must keep answering while wrk runs.
const exec = promisify(execFile);

/** `cpus`: where wrk runs (taskset -c), when the measurement places its threads (ownCoreCpus). */
async function run(base: string, load: Load, seconds: number, cpus?: string): Promise<Measured> {
  const url = `${base}${load.path}`;
  const connections = load.connections ?? CONNECTIONS;
  // wrk's requests and req/s count every answer: a failed one (a 503 say) is not work done.
  const answered = (requests: number, rps: number, failed: number) => ({
    requests: requests - failed,
    rps: requests === 0 ? 0 : (rps * (requests - failed)) / requests,
  });
  if (useWrk) {
    const script = join(scratch, 'request.lua');
    writeFileSync(
      script,
      `wrk.method = "${load.method}"\n` +
        (load.body ? `wrk.body = ${JSON.stringify(load.body)}\nwrk.headers["Content-Type"] = "application/json"\n` : '') +
        `wrk.headers["Authorization"] = "${AUTH}"\nwrk.headers["Accept"] = "application/json"\n`,
    );
    const wrk = ['wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '60s', '--latency', '-s', script, url];
    const { stdout: output } = await (cpus === undefined ? exec(wrk[0]!, wrk.slice(1)) : exec('taskset', ['-c', cpus, ...wrk]));
    const requests = Number(/(\d+) requests in/.exec(output)![1]);
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)![1]);
    const p50 = milliseconds(/^\s+50%\s+(\S+)/m.exec(output)![1]!);
    const p99 = milliseconds(/^\s+99%\s+(\S+)/m.exec(output)![1]!);
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
    const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
    return { ...answered(requests, rps, non2xx), p50, p99, errors: non2xx + socketErrors };
  }
  const argv = ['--yes', 'autocannon@8', '-j', '-c', String(connections), '-d', String(seconds), '-m', load.method, '-H', `Authorization=${AUTH}`];
  if (load.body) argv.push('-H', 'Content-Type=application/json', '-b', load.body);
  const result = JSON.parse((await (cpus === undefined ? exec('npx', [...argv, url]) : exec('taskset', ['-c', cpus, 'npx', ...argv, url]))).stdout);
  return {
    ...answered(result.requests.total, result.requests.average, result.non2xx),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

// ---- The ceiling -------------------------------------------------------------------------------------------

interface Captured {
  status: number;
  contentType: string;
  body: Buffer;
}

/** A node:http server answering each captured method and URL with the captured bytes. */
function ceiling(answers: Map<string, Captured>): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const answer = answers.get(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      if (!answer) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length });
      response.end(answer.body);
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

async function capture(base: string, load: Load): Promise<Captured> {
  const response = await fetch(`${base}${load.path}`, {
    method: load.method,
    headers: { authorization: AUTH, accept: 'application/json', ...(load.body ? { 'content-type': 'application/json' } : {}) },
    ...(load.body ? { body: load.body } : {}),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${load.method} ${load.path}: ${response.status} ${body.toString().slice(0, 300)}`);
  return { status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', body };
}

// ---- Seeding through the API, as MailerLite's WooCommerce plugin does it ------------------------------------
// The plugin creates the shop with a group (the shop's subscribers go there), then imports with
// ?with_resource_id: categories and products by their WooCommerce ids, customers with create_subscriber (each
// gets a subscriber, a member of the shop's group), orders naming their products by resource id.

const CATEGORIES = 20;
const PRODUCTS = 10_000;
const CUSTOMERS = 1_000;
const ORDERS = 10_000;
/** Subscribers the big-group scenario adds to the shop's group. */
const BIG_GROUP = 100_000;
const IMPORT_BATCH = 1_000;

const cents = (n: number) => Math.round(n * 100) / 100;
const productPrice = (i: number) => cents(1 + (i % 10_000) / 100);

/** Product i as the plugin sends it: its WooCommerce id as resource_id, in 1–3 of the 20 categories (by theirs). */
function pluginProduct(i: number) {
  return {
    resource_id: String(i + 1),
    name: `Product ${i}`,
    price: productPrice(i),
    url: `https://shop.example/products/${i}`,
    image: `https://shop.example/images/${i}.jpg`,
    exclude_from_automations: i % 7 === 0,
    short_description: `Short description of product ${i}.`,
    description: `A longer description of product ${i}, as a shop would have it.`,
    // Steps of 7 over 20 categories: 1, 2 or 3 distinct ones.
    categories: Array.from({ length: 1 + (i % 3) }, (_, k) => String(1 + ((i + 7 * k) % CATEGORIES))),
  };
}

/** Customer i with create_subscriber, as the plugin's customer sync sends it. */
function pluginCustomer(i: number) {
  return {
    resource_id: String(i + 1),
    email: `customer${i}@example.com`,
    accepts_marketing: i % 2 === 0,
    create_subscriber: true,
    subscriber_fields: { name: `Customer`, last_name: String(i), city: 'Riga' },
  };
}

/** Order i: 1–5 items (i % 5 + 1) of products by their resource ids, for customer i % 1,000. */
function pluginOrder(i: number) {
  const items = Array.from({ length: 1 + (i % 5) }, (_, k) => {
    const product = (i * 3 + k) % PRODUCTS;
    return { resource_id: `${i + 1}-${k}`, product_resource_id: String(product + 1), quantity: 1 + (k % 2), price: productPrice(product) };
  });
  const total = cents(items.reduce((sum, item) => sum + item.quantity * item.price, 0));
  const customer = i % CUSTOMERS;
  return {
    resource_id: String(i + 1),
    status: i % 10 === 0 ? 'processing' : 'completed',
    total_price: total,
    // The shop's own timestamps, one order every 50 minutes from 2024 on.
    created_at: new Date(Date.UTC(2024, 0, 1) + i * 3_000_000).toISOString().slice(0, 19).replace('T', ' '),
    customer: { resource_id: String(customer + 1), email: `customer${customer}@example.com`, accepts_marketing: customer % 2 === 0 },
    cart: { resource_id: `checkout-${i + 1}`, checkout_url: `https://shop.example/checkout/?ml_checkout=${i + 1}`, cart_total: total, items },
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Imports items in requests of 1,000 (the most one import takes); the answers' data, in order. */
async function importAll(base: string, path: string, count: number, item: (i: number) => unknown, from = 0): Promise<any[]> {
  const answered: any[] = [];
  for (let start = from; start < from + count; start += IMPORT_BATCH) {
    const body = JSON.stringify(range(start, Math.min(start + IMPORT_BATCH, from + count)).map(item));
    answered.push(...(await api(base, path, body)).data);
  }
  return answered;
}

async function get(base: string, path: string): Promise<any> {
  const response = await fetch(`${base}${path}`, { headers: { authorization: AUTH, accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The group and the shop in it (POST /api/groups, then the shop with group_id), its categories and `products` products. */
async function seedShop(base: string, products: number) {
  const group = (await api(base, '/api/groups', JSON.stringify({ name: 'Bench shop customers' }))).data;
  const shop = (
    await api(
      base,
      '/api/ecommerce/shops',
      JSON.stringify({ name: 'Bench', url: 'https://bench.example', currency: 'USD', platform: 'woocommerce', enabled: true, group_id: group.id }),
    )
  ).data;
  if (shop.group?.id !== group.id) throw new Error(`the shop was created without its group: ${JSON.stringify(shop.group)}`);
  const shopPath = `/api/ecommerce/shops/${shop.id}`;
  await importAll(base, `${shopPath}/categories/import?with_resource_id`, CATEGORIES, (i) => ({ resource_id: String(i + 1), name: `Category ${i}` }));
  const productIds = (await importAll(base, `${shopPath}/products/import?with_resource_id`, products, pluginProduct)).map((p) => p.id as string);
  return { shopPath, groupId: group.id as string, productIds };
}

async function groupMembers(base: string, groupId: string): Promise<number> {
  return (await get(base, `/api/groups/${groupId}`)).data.active_count;
}

async function seed(base: string) {
  const { shopPath, groupId, productIds } = await seedShop(base, PRODUCTS);
  await importAll(base, `${shopPath}/customers/import?with_resource_id`, CUSTOMERS, pluginCustomer);
  const orderIds = (await importAll(base, `${shopPath}/orders/import?with_resource_id`, ORDERS, pluginOrder)).map((o) => o.id as string);
  const members = await groupMembers(base, groupId);
  if (members !== CUSTOMERS) throw new Error(`the shop's group has ${members} members, expected ${CUSTOMERS}`);
  return { shopPath, groupId, productIds, orderIds };
}

// ---- Scenarios --------------------------------------------------------------------------------------------

interface Scenario extends Load {
  name: string;
  goal?: number;
  /** The goal compares with the ceiling of another scenario (POST order: GET one product's ceiling). */
  goalAgainst?: string;
}

function scenarios(shopPath: string, productIds: string[], orderIds: string[]): Scenario[] {
  const middle = Math.floor(productIds.length / 2);
  return [
    { name: 'GET one product', method: 'GET', path: `${shopPath}/products/${productIds[middle]}`, goal: 0.7 },
    { name: 'GET page of 100 products', method: 'GET', path: `${shopPath}/products?limit=100&page=3`, goal: 0.5 },
    { name: 'GET one order', method: 'GET', path: `${shopPath}/orders/${orderIds[Math.floor(orderIds.length / 2)]}`, goal: 0.5 },
    { name: 'GET page of 100 orders', method: 'GET', path: `${shopPath}/orders?limit=100&page=3`, goal: 0.35 },
    { name: 'GET page of 100 carts', method: 'GET', path: `${shopPath}/carts?limit=100&page=3` },
    { name: 'count (limit=0)', method: 'GET', path: `${shopPath}/products?limit=0`, goal: 0.7 },
    {
      name: 'POST order of 3 items',
      method: 'POST',
      path: `${shopPath}/orders`,
      body: JSON.stringify({
        customer: { email: 'bench-buyer@example.com', accepts_marketing: true },
        status: 'pending',
        total_price: 30,
        cart: { items: productIds.slice(0, 3).map((id) => ({ ecommerce_product_id: id, quantity: 1, price: 10 })) },
      }),
      goal: 0.25,
      goalAgainst: 'GET one product',
    },
    {
      name: 'PUT product',
      method: 'PUT',
      path: `${shopPath}/products/${productIds[1]}`,
      body: JSON.stringify({ name: 'Renamed product', price: 12.5, description: 'Updated in the benchmark.' }),
    },
    {
      // The plugin's re-sync: the same 1,000 products the shop already has, by resource_id; every request
      // updates those 1,000. One connection: the plugin sends a shop's re-sync one request at a time, and 50
      // concurrent imports of the same 1,000 rows measure lock waits instead (on PostgreSQL, deadlocks: 503s).
      name: 're-sync import',
      method: 'POST',
      path: `${shopPath}/products/import?with_resource_id`,
      body: JSON.stringify(range(0, IMPORT_BATCH).map(pluginProduct)),
      connections: 1,
    },
  ];
}

const MAIN_NAMES = scenarios('', [], []).map((s) => s.name);
const BIG_GROUP_NAME = 'big group';
const WEBHOOKS_NAME = 'webhooks';
const JOURNAL_NAME = 'journal';
const DAY_SUMS_NAME = 'day sums';
const ALL_NAMES = [...MAIN_NAMES, BIG_GROUP_NAME, WEBHOOKS_NAME, JOURNAL_NAME, DAY_SUMS_NAME, 'scale'];

/** --only NAME: the scenario of that name (any case); else every scenario whose name contains NAME. */
function selected(name: string): boolean {
  if (args.only === undefined) return true;
  // Several names may be given, separated by commas.
  return args.only.split(',').some((part) => {
    const only = part.trim().toLowerCase();
    return ALL_NAMES.some((n) => n.toLowerCase() === only) ? name.toLowerCase() === only : name.toLowerCase().includes(only);
  });
}

if (args.only !== undefined && !ALL_NAMES.some(selected)) {
  console.error(`--only ${JSON.stringify(args.only)} names no scenario; they are: ${ALL_NAMES.map((n) => JSON.stringify(n)).join(', ')}`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(2);
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
/** A Cartline row's caveats: failed requests, and too few answered for req/s to be more than coarse. */
function caveats(scenario: Scenario, row: Summary) {
  const connections = scenario.connections ?? CONNECTIONS;
  if (row.errors > 0) console.log(`  ! ${row.errors} Cartline requests failed in ${scenario.name} (not counted in its req/s)`);
  if (row.requests < 100) {
    console.log(
      `  (${scenario.name}: ${fmt(row.requests)} requests answered in a run (median)${connections > 1 ? `; with ${connections} connections a slow route answers in waves` : ''}: req/s is coarse)`,
    );
  }
  if (scenario.connections !== undefined) console.log(`  (${scenario.name}: wrk -c${connections}, for Cartline and the ceiling)`);
}

/** Two decimals; two significant digits under 0.1, where two decimals would say 0.00. */
const ratioText = (n: number) => (n >= 0.1 || n === 0 ? n.toFixed(2) : n.toPrecision(2));
const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

interface Summary {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function summary(values: Measured[]): Summary {
  return {
    requests: median(values.map((v) => v.requests)),
    rps: median(values.map((v) => v.rps)),
    p50: median(values.map((v) => v.p50)),
    p99: median(values.map((v) => v.p99)),
    errors: values.reduce((sum, v) => sum + v.errors, 0),
  };
}

type Cartline = Awaited<ReturnType<typeof startServer>>;

/**
 * Captures each scenario's answer from Cartline, serves those bytes from the ceiling, warms both, then loads
 * Cartline and the ceiling in turn for each scenario, --rounds times; medians. After each Cartline load the
 * server is let finish what wrk left in flight before anything else is measured.
 */
async function measure(
  cartline: Cartline,
  list: Scenario[],
  variant?: Cartline,
): Promise<Map<string, { cartline: Summary; ceiling: Summary; variant?: Summary }>> {
  const answers = new Map<string, Captured>();
  for (const scenario of list) answers.set(`${scenario.method} ${scenario.path}`, await capture(cartline.base, scenario));
  const top = await ceiling(answers);
  const settled = new Map<string, number>(list.map((s) => [s.name, 0]));
  const loadCartline = async (scenario: Scenario, seconds: number, server = cartline) => {
    const measured = await run(server.base, scenario, seconds);
    settled.set(scenario.name, settled.get(scenario.name)! + (await settle(server)));
    return measured;
  };
  try {
    // Warm both (JIT, caches) before measuring.
    for (const scenario of list) {
      await loadCartline(scenario, 1);
      if (variant) await loadCartline(scenario, 1, variant);
      await run(top.base, scenario, 1);
    }
    const results = new Map<string, { cartline: Measured[]; ceiling: Measured[]; variant: Measured[] }>(
      list.map((s) => [s.name, { cartline: [], ceiling: [], variant: [] }]),
    );
    for (let round = 1; round <= ROUNDS; round++) {
      for (const scenario of list) {
        const entry = results.get(scenario.name)!;
        entry.cartline.push(await loadCartline(scenario, SECONDS));
        if (variant) entry.variant.push(await loadCartline(scenario, SECONDS, variant));
        entry.ceiling.push(await run(top.base, scenario, SECONDS));
      }
    }
    for (const [name, waited] of settled) {
      // Over 2 s a scenario's abandoned requests are worth knowing of: they are work wrk did not count.
      if (waited > 2_000 * (ROUNDS + 1)) console.log(`  (${name}: Cartline was still busy ${(waited / 1000).toFixed(1)} s in all after wrk stopped)`);
    }
    return new Map(
      [...results].map(([name, entry]) => [
        name,
        { cartline: summary(entry.cartline), ceiling: summary(entry.ceiling), ...(variant ? { variant: summary(entry.variant) } : {}) },
      ]),
    );
  } finally {
    top.server.close();
    top.server.closeAllConnections();
  }
}

async function stop(server: { child: ChildProcess }) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
}

async function mainBenchmark(target: Target) {
  const { url, drop } = await target.fresh();
  let cartline: Cartline | undefined;
  let variant: Cartline | undefined;
  try {
    cartline = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
    // The same database, the same data: only the one setting differs. Started before the seeding (after the
    // first has migrated), while starting is quick.
    if (AGAINST && [...MAIN_NAMES].some(selected)) variant = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000', [AGAINST[1]!]: AGAINST[2]! });
    console.log(`\n${target.label}: load average ${loadAverage()} (1, 5, 15 min) at the start`);
    let seeded = Date.now();
    const { shopPath, groupId, productIds, orderIds } = await seed(cartline.base);
    await target.analyze(url);
    seeded = Date.now() - seeded;
    console.log(
      `${target.label}: seeded through the API as the WooCommerce plugin does in ${(seeded / 1000).toFixed(1)} s${target.label === 'PostgreSQL' ? ' (then ANALYZE)' : ''}: a group and a shop in it, ` +
        `${fmt(CATEGORIES)} categories, ${fmt(PRODUCTS)} products in 1–3 categories, ${fmt(CUSTOMERS)} customers with create_subscriber ` +
        `(the group: ${fmt(CUSTOMERS)} members), ${fmt(ORDERS)} orders of 1–5 items; wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} round(s)`,
    );
    const all = scenarios(shopPath, productIds, orderIds);
    const picked = all.filter((s) => selected(s.name));
    // A goal measured against another scenario's ceiling (POST order: GET one product's) needs that one run too.
    const list = all.filter((s) => picked.includes(s) || picked.some((p) => p.goalAgainst === s.name));
    if (list.length > 0) {
      const began = Date.now();
      const results = await measure(cartline, list, variant);
      console.log('| scenario | Cartline req/s | p50 | p99 | ceiling req/s | p50 | p99 | ratio | goal |');
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const scenario of list) {
        const row = results.get(scenario.name)!;
        const against = scenario.goalAgainst ? results.get(scenario.goalAgainst)!.ceiling.rps : row.ceiling.rps;
        const ratio = row.cartline.rps / against;
        const goal =
          scenario.goal === undefined
            ? ''
            : `>= ${scenario.goal.toFixed(2)}${scenario.goalAgainst ? ` of ${scenario.goalAgainst} ceiling` : ''} ${ratio >= scenario.goal ? 'met' : 'NOT met'}`;
        const ownRatio = scenario.goalAgainst ? ` (${ratioText(row.cartline.rps / row.ceiling.rps)} of its own)` : '';
        console.log(
          `| ${scenario.name} | ${fmt(row.cartline.rps)} | ${ms(row.cartline.p50)} | ${ms(row.cartline.p99)} | ${fmt(row.ceiling.rps)} | ${ms(row.ceiling.p50)} | ${ms(row.ceiling.p99)} | ${ratioText(ratio)}${ownRatio} | ${goal} |`,
        );
        caveats(scenario, row.cartline);
        if (scenario.name === 're-sync import') console.log(`  (re-sync import: ${fmt(row.cartline.rps * IMPORT_BATCH)} products updated a second)`);
      }
      if (AGAINST) {
        console.log(`\n${target.label}: Cartline as configured against a second Cartline started with ${AGAINST[0]} (same database, loaded in turn in every round)`);
        console.log(`| scenario | Cartline req/s | p50 | with ${AGAINST[0]} req/s | p50 | ratio (Cartline / with ${AGAINST[0]}) |`);
        console.log('|---|---|---|---|---|---|');
        for (const scenario of list) {
          const row = results.get(scenario.name)!;
          console.log(
            `| ${scenario.name} | ${fmt(row.cartline.rps)} | ${ms(row.cartline.p50)} | ${fmt(row.variant!.rps)} | ${ms(row.variant!.p50)} | ${ratioText(row.cartline.rps / row.variant!.rps)} |`,
          );
          caveats(scenario, row.variant!);
        }
        await stop(variant!);
        variant = undefined;
      }
      console.log(
        `server RSS: ${memoryMiB(cartline.child.pid!, 'VmRSS').toFixed(0)} MiB now, peak ${memoryMiB(cartline.child.pid!, 'VmHWM').toFixed(0)} MiB; ` +
          `scenarios took ${((Date.now() - began) / 1000).toFixed(0)} s; load average ${loadAverage()}`,
      );
    }
    if (selected(WEBHOOKS_NAME)) await webhooksBenchmark(target, cartline, shopPath, productIds);
    if (selected(JOURNAL_NAME)) await journalBenchmark(target, url, shopPath, productIds);
    if (selected(DAY_SUMS_NAME)) await daySumsBenchmark(target, url, cartline, shopPath, productIds);
    if (selected(BIG_GROUP_NAME)) await bigGroupBenchmark(target, url, cartline, shopPath, groupId, orderIds);
  } finally {
    if (variant) await stop(variant);
    if (cartline) await stop(cartline);
    await drop();
  }
}

// ---- Webhooks -------------------------------------------------------------------------------------------------
// POST order with 3 webhooks subscribed to every event Cartline fires, each delivering to a receiver on loopback
// (in this process, answering 200), against the same 3 disabled, in turn on one server (inTurn). Delivery runs
// beside the requests; the backlog a load leaves is delivered before the next load, and counted in that load's
// CPU a request. Every delivered event is counted.

const FIRED = ['order.created', 'order.updated', 'order.completed', 'order.deleted', 'customer.created', 'customer.updated', 'product.created', 'product.updated', 'product.deleted', 'subscriber.created', 'subscriber.updated', 'subscriber.added_to_group'];

async function webhooksBenchmark(target: Target, cartline: Cartline, shopPath: string, productIds: string[]) {
  const { base } = cartline;
  const order: Scenario = scenarios(shopPath, productIds, []).find((s) => s.name === 'POST order of 3 items')!;
  let events = 0;
  let requests = 0;
  let last = Date.now();
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      last = Date.now();
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { events?: unknown[] };
      events += body.events?.length ?? 1;
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  try {
    const hooks: string[] = [];
    for (let i = 1; i <= 3; i++) hooks.push((await api(base, '/api/webhooks', JSON.stringify({ name: `Bench ${i}`, url, events: FIRED }))).data.id as string);
    // The same three webhooks enabled or disabled between loads (PUT, as a client would): events are recorded
    // either way (the outbox), so what differs is their dispatch and delivery alone. settle() lets each load's
    // backlog be delivered before the next.
    let enabled = true;
    const setEnabled = (on: boolean) => async () => {
      if (enabled === on) return;
      for (const id of hooks) {
        const answer = await fetch(`${base}/api/webhooks/${id}`, { method: 'PUT', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ enabled: on }) });
        if (!answer.ok) throw new Error(`PUT /api/webhooks/${id}: ${answer.status}`);
      }
      enabled = on;
    };
    await inTurn(
      `${target.label} webhooks: POST order of 3 items with 3 webhooks subscribed to every event (a receiver on loopback), against the same 3 disabled; one server, in turn`,
      [order],
      [
        { label: '3 webhooks', server: cartline, prepare: setEnabled(true) },
        { label: 'none', server: cartline, prepare: setEnabled(false) },
      ],
      0.85,
    );
    while (Date.now() - last < 3_000) await new Promise((resolve) => setTimeout(resolve, 250));
    console.log(`  (${fmt(events)} events delivered in ${fmt(requests)} requests, each answered 200)`);
    for (const id of hooks) await fetch(`${base}/api/webhooks/${id}`, { method: 'DELETE', headers: { authorization: AUTH } });
  } finally {
    receiver.closeAllConnections();
    receiver.close();
  }
}

// ---- Two servings of the same loads, in turn -----------------------------------------------------------------
// What one setting costs: each load run against two servings (two servers on the same database, or one server
// with the database changed between them by `prepare`), in turn (A then B, then B then A the next round);
// req/s in both (medians), A/B (the median of the rounds' A/B), and the server's CPU time (every thread) per
// answered request, the backlog left when wrk stops included: less blurred than req/s by other load on the machine.

interface Serving {
  label: string;
  server: Cartline;
  /** Run before each load of this serving. */
  prepare?: () => Promise<void>;
}

/**
 * `placed`: the servers' request threads each on a core of their own while loaded, and wrk with their other
 * threads on the rest (ownCoreCpus); they are put back on every CPU afterwards.
 */
async function inTurn(title: string, loads: Scenario[], servings: [Serving, Serving], goal?: number, placed?: { request: string; rest: string }) {
  const [a, b] = servings;
  const results = new Map(loads.map((l) => [l.name, new Map(servings.map((s) => [s.label, [] as Measured[]]))]));
  const cpu = new Map(loads.map((l) => [l.name, new Map(servings.map((s) => [s.label, [] as number[]]))]));
  for (const load of loads) {
    for (const { prepare, server } of servings) {
      await prepare?.();
      await run(server.base, load, 1); // warm
    }
  }
  const wrkCpus = placed?.rest;
  let databasePlaced: number | string = 0;
  // Both servings are on one database: put it back whichever was loaded when interrupted.
  const unplaceOnInterrupt = placed === undefined ? undefined : onInterrupt(async () => void (await placeDatabase(a.server.url, undefined)));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const load of loads) {
      for (const { label, server, prepare } of round % 2 === 1 ? servings : [b, a]) {
        await prepare?.();
        if (placed !== undefined) {
          placeThreads(server.child.pid!, placed);
          databasePlaced = await placeDatabase(server.url, placed.rest);
        }
        const before = cpuTicks(server.child.pid!);
        const measured = await run(server.base, load, SECONDS, wrkCpus);
        results.get(load.name)!.get(label)!.push(measured);
        await settle(server);
        cpu.get(load.name)!.get(label)!.push(((cpuTicks(server.child.pid!) - before) * 10_000) / Math.max(1, measured.requests));
        if (placed !== undefined) {
          placeThreads(server.child.pid!, undefined);
          await placeDatabase(server.url, undefined);
        }
      }
    }
  }
  unplaceOnInterrupt?.();
  console.log(`\n${title}, ${ROUNDS} round(s)`);
  if (typeof databasePlaced === 'string') console.log(`(the database's processes were left where the OS puts them: ${databasePlaced})`);
  else if (databasePlaced > 0) console.log(`(the database's ${databasePlaced} processes on CPU ${placed!.rest} too)`);
  console.log(`| scenario | ${a.label} req/s | p50 | p99 | ${b.label} req/s | p50 | p99 | ${a.label}/${b.label}, median of the rounds' |${goal === undefined ? '' : ' goal |'}`);
  console.log(`|---|---|---|---|---|---|---|---|${goal === undefined ? '' : '---|'}`);
  for (const load of loads) {
    const first = summary(results.get(load.name)!.get(a.label)!);
    const second = summary(results.get(load.name)!.get(b.label)!);
    // The ratio is the median of each round's: a round's two loads ran one after the other, so the machine's slow
    // spells (seconds long, taking a load's req/s down by up to half, whichever serving it is) blur it less than
    // they blur the ratio of the two medians, which is printed beside it.
    const byRound = results.get(load.name)!.get(a.label)!.map((m, i) => m.rps / results.get(load.name)!.get(b.label)![i]!.rps);
    const ratio = median(byRound);
    console.log(
      `| ${load.name} | ${fmt(first.rps)} | ${ms(first.p50)} | ${ms(first.p99)} | ${fmt(second.rps)} | ${ms(second.p50)} | ${ms(second.p99)} | ${ratioText(ratio)} |` +
        (goal === undefined ? '' : ` >= ${goal.toFixed(2)} ${ratio >= goal ? 'met' : 'NOT met'} |`),
    );
    const each = (label: string) => results.get(load.name)!.get(label)!.map((m) => fmt(m.rps)).join(', ');
    console.log(`  (${load.name}: rounds ${a.label} ${each(a.label)}; ${b.label} ${each(b.label)})`);
    console.log(`  (${load.name}: ${a.label}/${b.label} round by round ${byRound.map(ratioText).join(', ')}; the ratio of the medians ${ratioText(first.rps / second.rps)})`);
    const cpuA = median(cpu.get(load.name)!.get(a.label)!);
    const cpuB = median(cpu.get(load.name)!.get(b.label)!);
    console.log(`  (${load.name}: server CPU per request ${cpuA.toFixed(0)} µs ${a.label}, ${cpuB.toFixed(0)} µs ${b.label}: ${b.label}/${a.label} ${ratioText(cpuB / cpuA)})`);
    caveats(load, first);
  }
}

// ---- Journal -------------------------------------------------------------------------------------------------

async function journalBenchmark(target: Target, url: string, shopPath: string, productIds: string[]) {
  const loads = scenarios(shopPath, productIds, []).filter((s) => s.name === 'GET one product' || s.name === 'POST order of 3 items');
  // Two servers started now, alike but for the journal: the seeded one has served the seeding (its heap and kept
  // answers grown by it), and was measured 6% slower than a fresh one with the same settings.
  const journalOn = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
  const journalOff = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000', CARTLINE_JOURNAL: 'off' });
  const servings: [Serving, Serving] = [
    { label: 'on', server: journalOn },
    { label: 'off', server: journalOff },
  ];
  const title = `${target.label}: the request journal's cost (same database, two servers started after the seeding; off: CARTLINE_JOURNAL=off)`;
  try {
    await inTurn(`${title}; every thread where the OS puts it`, loads, servings, 0.9);
    // A server's request thread does the requests' work; its other threads (the journal's writer, the
    // database's helpers) and wrk share the rest. On 2 cores wrk takes ~20% of its core (GET one product).
    const placed = ownCoreCpus();
    if (placed === undefined) console.log(`\n${target.label}: the journal's cost with the request thread on a core of its own: skipped (Linux, taskset and 2 CPUs needed)`);
    else await inTurn(`${title}; each server's request thread on CPU ${placed.request}, wrk and every other thread on CPU ${placed.rest}`, loads, servings, 0.9, placed);
  } finally {
    await stop(journalOn);
    await stop(journalOff);
  }
}

// ---- Day sums ------------------------------------------------------------------------------------------------
// What the stats' kept figures (migration 0012's day sums: row triggers on orders, carts and cart items; 0014's
// customers' order times: on orders) cost a write: POST
// order of 3 items, pending (its cart's and items' triggers find no completed order and add nothing) and complete
// (every trigger adds: a day row and three product-day rows), on one server, with the triggers in place and with
// them taken away (SQLite: dropped and made again from their own SQL; PostgreSQL: disabled and enabled), in turn.
// The sums are rebuilt from the rows afterwards (the migration's backfill), so what runs next finds them exact.

interface StatsTriggers {
  /** How many there are. */
  count: number;
  /** In place (true) or taken away. */
  set(on: boolean): Promise<void>;
  close(): Promise<void>;
}

async function dayStatsTriggers(url: string): Promise<StatsTriggers> {
  // Migration 0012's day sums (*_stats_*) and migration 0014's customers' order times (*_customer_times_*).
  const STATS = '%\\_stats\\_%';
  const TIMES = '%\\_customer\\_times\\_%';
  if (url.startsWith('sqlite:')) {
    const db = new BetterSqlite3(url.slice('sqlite:'.length));
    db.pragma('busy_timeout = 30000');
    const triggers = db
      .prepare(`select name, sql from sqlite_master where type = 'trigger' and (name like ? escape '\\' or name like ? escape '\\')`)
      .all(STATS, TIMES) as Array<{ name: string; sql: string }>;
    let present = true;
    return {
      count: triggers.length,
      async set(on) {
        if (on === present) return;
        db.transaction(() => {
          for (const trigger of triggers) db.exec(on ? trigger.sql : `drop trigger ${trigger.name}`);
        })();
        present = on;
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string; table: string }>(
    `select tgname as name, tgrelid::regclass::text as "table" from pg_trigger where not tgisinternal and (tgname like $1 escape '\\' or tgname like $2 escape '\\')`,
    [STATS, TIMES],
  );
  let present = true;
  return {
    count: rows.length,
    async set(on) {
      if (on === present) return;
      present = on;
      for (const trigger of rows) await client.query(`alter table ${trigger.table} ${on ? 'enable' : 'disable'} trigger ${trigger.name}`);
    },
    async close() {
      await client.end();
    },
  };
}

async function daySumsBenchmark(target: Target, url: string, cartline: Cartline, shopPath: string, productIds: string[]) {
  const pending = scenarios(shopPath, productIds, []).find((s) => s.name === 'POST order of 3 items')!;
  const complete: Scenario = { ...pending, name: 'POST complete order of 3 items', body: pending.body!.replace('"status":"pending"', '"status":"complete"') };
  if (complete.body === pending.body) throw new Error('the order scenario no longer sends "status":"pending"');
  const triggers = await dayStatsTriggers(url);
  try {
    if (triggers.count === 0) throw new Error('no stats trigger found (names *_stats_* and *_customer_times_*, migrations 0012 and 0014)');
    await inTurn(
      `${target.label}: the stats' day sums' cost to a write (one server; its ${triggers.count} row triggers in place, or taken away)`,
      [pending, complete],
      [
        { label: 'with', server: cartline, prepare: () => triggers.set(true) },
        { label: 'without', server: cartline, prepare: () => triggers.set(false) },
      ],
    );
  } finally {
    await triggers.set(true);
    await triggers.close();
  }
  const database = createDatabase(parseDatabaseUrl(url));
  try {
    await fillStatsDays(database.db);
    await fillCustomerOrderTimes(database.db);
  } finally {
    await database.close();
  }
}

// ---- Big group -----------------------------------------------------------------------------------------------
// Every order embeds its customer's subscriber with that subscriber's groups, and the shop with its group: a
// read of orders is measured with the shop's group holding only the seeded members, then with 100,000 more.

async function bigGroupBenchmark(target: Target, url: string, cartline: Cartline, shopPath: string, groupId: string, orderIds: string[]) {
  const { base } = cartline;
  const reads: Scenario[] = [
    { name: 'GET one order', method: 'GET', path: `${shopPath}/orders/${orderIds[Math.floor(orderIds.length / 2)]}` },
    { name: 'GET page of 100 orders', method: 'GET', path: `${shopPath}/orders?limit=100&page=3` },
  ];
  // The order read is of a seeded customer: its subscriber is in the shop's group.
  const order = (await get(base, reads[0]!.path)).data;
  if (!order.customer.subscriber?.groups.some((g: { id: string }) => g.id === groupId)) {
    throw new Error("the order's customer has no subscriber in the shop's group");
  }
  const before = await groupMembers(base, groupId);
  console.log(`\n${target.label} big group: ${reads.map((r) => r.name).join(' and ')} with the shop's group at ${fmt(before)} members`);
  const empty = await measure(cartline, reads);

  // Through the API, as the plugin would build it: customers with create_subscriber imported into the same shop
  // in requests of 1,000 (each adds 1,000 customers, 1,000 subscribers and their 1,000 memberships).
  let took = Date.now();
  await importAll(base, `${shopPath}/customers/import?with_resource_id`, BIG_GROUP, pluginCustomer, CUSTOMERS);
  took = Date.now() - took;
  await target.analyze(url);
  const after = await groupMembers(base, groupId);
  if (after !== before + BIG_GROUP) throw new Error(`the shop's group has ${after} members, expected ${before + BIG_GROUP}`);
  console.log(
    `added ${fmt(BIG_GROUP)} subscribers to the group (customers import with create_subscriber, ${fmt(IMPORT_BATCH)} a request) in ` +
      `${(took / 1000).toFixed(1)} s (${fmt(BIG_GROUP / (took / 1000))} customers/s); the group: ${fmt(after)} members; load average ${loadAverage()}`,
  );
  const big = await measure(cartline, reads);

  console.log('| read | group members | Cartline req/s | p50 | p99 | ceiling req/s | p50 | p99 | ratio |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [members, results] of [[before, empty], [after, big]] as const) {
    for (const read of reads) {
      const row = results.get(read.name)!;
      console.log(
        `| ${read.name} | ${fmt(members)} | ${fmt(row.cartline.rps)} | ${ms(row.cartline.p50)} | ${ms(row.cartline.p99)} | ${fmt(row.ceiling.rps)} | ${ms(row.ceiling.p50)} | ${ms(row.ceiling.p99)} | ${ratioText(row.cartline.rps / row.ceiling.rps)} |`,
      );
      caveats(read, row.cartline);
    }
  }
  for (const read of reads) {
    const a = empty.get(read.name)!;
    const b = big.get(read.name)!;
    console.log(
      `${read.name}: big/empty ${ratioText(b.cartline.rps / a.cartline.rps)} in req/s; ` +
        `${ratioText(b.cartline.rps / b.ceiling.rps / (a.cartline.rps / a.ceiling.rps))} in ratio to the ceiling of the same moment`,
    );
  }
}

// ---- Scale ------------------------------------------------------------------------------------------------

async function scaleBenchmark(target: Target) {
  const sizes = QUICK ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const seconds = QUICK ? 2 : 5;
  console.log(`\n${target.label} scale: first page, last page (limit=100) and count of products; wrk -t1 -c${CONNECTIONS} -d${seconds}s each`);
  console.log('| products | first page req/s | p50 | last page req/s | p50 | last/first cost | count req/s | p50 | count cost vs 10,000 | server RSS peak |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  let baseCountCost = 0;
  const { url, drop } = await target.fresh();
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
    let shopPath = '';
    let have = 0;
    for (const size of sizes) {
      if (have === 0) ({ shopPath } = await seedShop(server.base, 0));
      await importAll(server.base, `${shopPath}/products/import?with_resource_id`, size - have, pluginProduct, have);
      await target.analyze(url);
      have = size;
      const lastPage = Math.ceil(size / 100);
      const first = { method: 'GET' as const, path: `${shopPath}/products?limit=100&page=1` };
      const last = { method: 'GET' as const, path: `${shopPath}/products?limit=100&page=${lastPage}` };
      const count = { method: 'GET' as const, path: `${shopPath}/products?limit=0` };
      const total = (await get(server.base, count.path)) as { total: number };
      if (total.total !== size) throw new Error(`count says ${total.total}, expected ${size}`);
      for (const load of [first, last, count]) await run(server.base, load, 1);
      const a = await run(server.base, first, seconds);
      const b = await run(server.base, last, seconds);
      const c = await run(server.base, count, seconds);
      if (baseCountCost === 0) baseCountCost = 1 / c.rps;
      console.log(
        `| ${fmt(size)} | ${fmt(a.rps)} | ${ms(a.p50)} | ${fmt(b.rps)} | ${ms(b.p50)} | ${(a.rps / b.rps).toFixed(2)}x | ${fmt(c.rps)} | ${ms(c.p50)} | ${(1 / c.rps / baseCountCost).toFixed(2)}x | ${memoryMiB(server.child.pid!, 'VmHWM').toFixed(0)} MiB |`,
      );
    }
    await stop(server);
    const began = process.hrtime.bigint();
    server = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
    const coldStart = Number(process.hrtime.bigint() - began) / 1e6;
    console.log(`cold start to a healthy /healthz on ${fmt(have)} products: ${coldStart.toFixed(0)} ms (RSS then ${memoryMiB(server.child.pid!, 'VmRSS').toFixed(0)} MiB)`);
  } finally {
    if (server) await stop(server);
    await drop();
  }
}

const started = Date.now();
try {
  if (args['postgres-only'] && !args.postgres) throw new Error('--postgres-only needs --postgres URL');
  const targets = [...(args['postgres-only'] ? [] : [sqliteTarget]), ...(args.postgres ? [postgresTarget(args.postgres)] : [])];
  // --only scale: the scale section alone; --scale adds it to whatever else runs.
  const main = [...MAIN_NAMES, BIG_GROUP_NAME, WEBHOOKS_NAME, JOURNAL_NAME, DAY_SUMS_NAME].some(selected);
  const scale = args.scale || (args.only !== undefined && selected('scale'));
  for (const target of targets) {
    if (main) await mainBenchmark(target);
    if (scale) await scaleBenchmark(target);
  }
  console.log(`\nwhole run: ${((Date.now() - started) / 60_000).toFixed(1)} min`);
} catch (error) {
  // Interrupted: the requests cut short fail; the signal handler cleans up and exits.
  if (!interrupted()) throw error;
  await new Promise(() => {});
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
