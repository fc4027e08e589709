// npm run bench [-- --quick] [-- --rounds 3 --seconds 10 --connections 50 --postgres URL --scale --only NAME --postgres-only]
//
// Cartline's HTTP speed against the ceiling of a Node.js server on this machine, in the same run.
//   1. A fresh database is seeded through the API: 1 shop, 20 categories, 10,000 products with 2 categories
//      each, 1,000 customers, 10,000 orders of 3 items.
//   2. Every scenario's answer is captured once from Cartline; a plain node:http server then answers the same
//      URLs with those very bytes, held in memory: the ceiling.
//   3. For each scenario, wrk loads Cartline and then the ceiling; req/s, p50 and p99; median of --rounds rounds.
// --scale then grows the products (--only scale: that alone) to 1,000,000 (100,000 with --quick) and measures the first page, the last
// page and the count at each size, the server's memory, and the cold start to a healthy /healthz.
// Loopback only. wrk is Debian's package: installed by this script when missing and running as root; else
// autocannon (through npx) stands in, which saturates before the fastest servers do on 2 cores: said so.

import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { api, benchProduct, fmt, median, memoryMiB, postgresTarget, sqliteTarget, startServer, TOKEN, type Target } from './lib.js';

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
  },
});
const QUICK = args.quick;
const ROUNDS = Number(args.rounds ?? (QUICK ? 1 : 3));
const SECONDS = Number(args.seconds ?? (QUICK ? 3 : 10));
const CONNECTIONS = Number(args.connections);
const AUTH = `Bearer ${TOKEN}`;
const scratch = mkdtempSync(join(tmpdir(), 'cartline-http-bench-'));

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
}

interface Measured {
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

async function run(base: string, load: Load, seconds: number): Promise<Measured> {
  const url = `${base}${load.path}`;
  if (useWrk) {
    const script = join(scratch, 'request.lua');
    writeFileSync(
      script,
      `wrk.method = "${load.method}"\n` +
        (load.body ? `wrk.body = ${JSON.stringify(load.body)}\nwrk.headers["Content-Type"] = "application/json"\n` : '') +
        `wrk.headers["Authorization"] = "${AUTH}"\nwrk.headers["Accept"] = "application/json"\n`,
    );
    const { stdout: output } = await exec('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s', '--latency', '-s', script, url]);
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)![1]);
    const p50 = milliseconds(/^\s+50%\s+(\S+)/m.exec(output)![1]!);
    const p99 = milliseconds(/^\s+99%\s+(\S+)/m.exec(output)![1]!);
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
    const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
    return { rps, p50, p99, errors: non2xx + socketErrors };
  }
  const argv = ['--yes', 'autocannon@8', '-j', '-c', String(CONNECTIONS), '-d', String(seconds), '-m', load.method, '-H', `Authorization=${AUTH}`];
  if (load.body) argv.push('-H', 'Content-Type=application/json', '-b', load.body);
  const result = JSON.parse((await exec('npx', [...argv, url])).stdout);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
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

// ---- Seeding through the API --------------------------------------------------------------------------------

async function importAll(base: string, path: string, items: unknown[]): Promise<any[]> {
  const answered: any[] = [];
  for (let start = 0; start < items.length; start += 1000) {
    answered.push(...(await api(base, path, JSON.stringify(items.slice(start, start + 1000)))).data);
  }
  return answered;
}


async function seedShop(base: string, products: number) {
  const shop = (await api(base, '/api/ecommerce/shops', JSON.stringify({ name: 'Bench', url: 'bench.example', currency: 'USD' }))).data;
  const shopPath = `/api/ecommerce/shops/${shop.id}`;
  const categoryIds = (await importAll(base, `${shopPath}/categories/import`, Array.from({ length: 20 }, (_, i) => ({ name: `Category ${i}` })))).map(
    (c) => c.id as string,
  );
  const productIds: string[] = [];
  for (let start = 0; start < products; start += 10_000) {
    const slice = Array.from({ length: Math.min(10_000, products - start) }, (_, k) => benchProduct(start + k, categoryIds));
    productIds.push(...(await importAll(base, `${shopPath}/products/import`, slice)).map((p) => p.id as string));
  }
  return { shopPath, categoryIds, productIds };
}

async function seed(base: string) {
  const { shopPath, productIds } = await seedShop(base, 10_000);
  const customers = Array.from({ length: 1_000 }, (_, i) => ({ email: `customer${i}@example.com`, accepts_marketing: i % 2 === 0 }));
  await importAll(base, `${shopPath}/customers/import`, customers);
  const orders = Array.from({ length: 10_000 }, (_, i) => ({
    customer: { email: `customer${i % 1_000}@example.com` },
    status: 'complete',
    total: 30,
    cart: { items: [0, 1, 2].map((k) => ({ ecommerce_product_id: productIds[(i * 3 + k) % productIds.length], quantity: 1, price: 10 })) },
  }));
  const orderIds = (await importAll(base, `${shopPath}/orders/import`, orders)).map((o) => o.id as string);
  return { shopPath, productIds, orderIds };
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
        total: 30,
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
  ];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function mainBenchmark(target: Target) {
  const { url, drop } = await target.fresh();
  const cartline = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
  let seeded = Date.now();
  const { shopPath, productIds, orderIds } = await seed(cartline.base);
  seeded = Date.now() - seeded;
  const all = scenarios(shopPath, productIds, orderIds);
  const picked = all.filter((s) => !args.only || s.name.includes(args.only));
  // A goal measured against another scenario's ceiling (POST order: GET one product's) needs that one run too.
  const list = all.filter((s) => picked.includes(s) || picked.some((p) => p.goalAgainst === s.name));
  const answers = new Map<string, Captured>();
  for (const scenario of list) answers.set(`${scenario.method} ${scenario.path}`, await capture(cartline.base, scenario));
  const top = await ceiling(answers);
  console.log(
    `\n${target.label}: seeded 10,000 products, 1,000 customers, 10,000 orders of 3 items through the API in ${(seeded / 1000).toFixed(1)} s; ` +
      `wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} round(s)`,
  );
  try {
    // Warm both (JIT, caches) before measuring.
    for (const scenario of list) {
      await run(cartline.base, scenario, 1);
      await run(top.base, scenario, 1);
    }
    const results = new Map<string, { cartline: Measured[]; ceiling: Measured[] }>(list.map((s) => [s.name, { cartline: [], ceiling: [] }]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const scenario of list) {
        const entry = results.get(scenario.name)!;
        entry.cartline.push(await run(cartline.base, scenario, SECONDS));
        entry.ceiling.push(await run(top.base, scenario, SECONDS));
      }
    }
    const summary = (values: Measured[]) => ({
      rps: median(values.map((v) => v.rps)),
      p50: median(values.map((v) => v.p50)),
      p99: median(values.map((v) => v.p99)),
      errors: values.reduce((sum, v) => sum + v.errors, 0),
    });
    const rows = list.map((scenario) => {
      const entry = results.get(scenario.name)!;
      return { scenario, cartline: summary(entry.cartline), ceiling: summary(entry.ceiling) };
    });
    console.log('| scenario | Cartline req/s | p50 | p99 | ceiling req/s | p50 | p99 | ratio | goal |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
      const against = row.scenario.goalAgainst ? rows.find((r) => r.scenario.name === row.scenario.goalAgainst)!.ceiling.rps : row.ceiling.rps;
      const ratio = row.cartline.rps / against;
      const goal = row.scenario.goal === undefined ? '' : `>= ${row.scenario.goal.toFixed(2)}${row.scenario.goalAgainst ? ` of ${row.scenario.goalAgainst} ceiling` : ''} ${ratio >= row.scenario.goal ? 'met' : 'NOT met'}`;
      const ownRatio = row.scenario.goalAgainst ? ` (${(row.cartline.rps / row.ceiling.rps).toFixed(2)} of its own)` : '';
      console.log(
        `| ${row.scenario.name} | ${fmt(row.cartline.rps)} | ${ms(row.cartline.p50)} | ${ms(row.cartline.p99)} | ${fmt(row.ceiling.rps)} | ${ms(row.ceiling.p50)} | ${ms(row.ceiling.p99)} | ${ratio.toFixed(2)}${ownRatio} | ${goal} |`,
      );
      if (row.cartline.errors > 0) console.log(`  ! ${row.cartline.errors} Cartline requests failed in ${row.scenario.name}`);
    }
    console.log(`server RSS: ${memoryMiB(cartline.child.pid!, 'VmRSS').toFixed(0)} MiB now, peak ${memoryMiB(cartline.child.pid!, 'VmHWM').toFixed(0)} MiB`);
  } finally {
    top.server.close();
    top.server.closeAllConnections();
    cartline.child.kill('SIGTERM');
    await new Promise((resolve) => cartline.child.once('exit', resolve));
    await drop();
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
  let server = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
  try {
    let shopPath = '';
    let categoryIds: string[] = [];
    let have = 0;
    for (const size of sizes) {
      if (have === 0) ({ shopPath, categoryIds } = await seedShop(server.base, 0));
      for (let start = have; start < size; start += 10_000) {
        const slice = Array.from({ length: Math.min(10_000, size - start) }, (_, k) => benchProduct(start + k, categoryIds));
        await importAll(server.base, `${shopPath}/products/import`, slice);
      }
      have = size;
      const lastPage = Math.ceil(size / 100);
      const first = { method: 'GET' as const, path: `${shopPath}/products?limit=100&page=1` };
      const last = { method: 'GET' as const, path: `${shopPath}/products?limit=100&page=${lastPage}` };
      const count = { method: 'GET' as const, path: `${shopPath}/products?limit=0` };
      const total = (await (await fetch(`${server.base}${count.path}`, { headers: { authorization: AUTH } })).json()) as { total: number };
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
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const began = process.hrtime.bigint();
    server = await startServer(url, { CARTLINE_RATE_LIMIT: '1000000000' });
    const coldStart = Number(process.hrtime.bigint() - began) / 1e6;
    console.log(`cold start to a healthy /healthz on ${fmt(have)} products: ${coldStart.toFixed(0)} ms (RSS then ${memoryMiB(server.child.pid!, 'VmRSS').toFixed(0)} MiB)`);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await drop();
  }
}

try {
  const targets = [...(args['postgres-only'] ? [] : [sqliteTarget]), ...(args.postgres ? [postgresTarget(args.postgres)] : [])];
  // --only scale: the scale section alone.
  const main = args.only !== 'scale';
  for (const target of targets) {
    if (main) await mainBenchmark(target);
    if (args.scale || !main) await scaleBenchmark(target);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
