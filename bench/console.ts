// npm run bench:console [-- --orders 10000 --loads 7]
//
// The console's first view: a shop seeded with --orders orders (`cartline seed`), the real server process, and
// Debian's chromium (playwright-core, /usr/bin/chromium). Each load opens a fresh page with the token in the tab's
// sessionStorage and times navigation to the dashboard's figures rendered; the baseline is loading /healthz in
// the same browser in the same run. Prints both medians and their ratio.

import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CLI, fmt, median, sqliteTarget, startServer } from './lib.js';

const { values: args } = parseArgs({ options: { orders: { type: 'string', default: '10000' }, loads: { type: 'string', default: '7' } } });
const database = await sqliteTarget.fresh();
const env = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' };
execFileSync(process.execPath, [CLI, 'migrate'], { env, stdio: 'ignore' });
execFileSync(process.execPath, [CLI, 'seed', '--account', 'demo', '--orders', args.orders, '--days', '30'], { env, stdio: 'ignore' });
const token = execFileSync(process.execPath, [CLI, 'token', 'create', '--account', 'demo'], { env }).toString().trim();
const server = await startServer(database.url, { CARTLINE_RATE_LIMIT: '0' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const shops = (await (await fetch(`${server.base}/api/ecommerce/shops`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: { id: string }[] };
  const shopId = shops.data[0]!.id;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // As signing in leaves it: the token in the tab's sessionStorage.
  await context.addInitScript({ content: `sessionStorage.setItem('cartline.token', ${JSON.stringify(token)})` });
  const dashboard: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < Number(args.loads); i++) {
    const page = await context.newPage();
    let start = performance.now();
    await page.goto(`${server.base}/healthz`);
    baseline.push(performance.now() - start);
    start = performance.now();
    await page.goto(`${server.base}/console/#/shops/${shopId}`);
    await page.waitForSelector('[data-testid="revenue"]');
    await page.waitForSelector('.chart canvas');
    dashboard.push(performance.now() - start);
    await page.close();
  }
  const d = median(dashboard);
  const b = median(baseline);
  console.log(`console first view (${args.orders} orders, ${args.loads} loads): median ${fmt(d)} ms; /healthz in the same browser: median ${fmt(b)} ms; ratio ${(d / b).toFixed(1)}x`);
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
  await database.drop();
}
