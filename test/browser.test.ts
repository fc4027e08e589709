import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dialect } from './helpers/app.js';
import { CLI, createOwnDatabase, startServer, type ServerProcess } from './helpers/process.js';
import { startReceiver, type Receiver } from './helpers/receiver.js';
import { until } from './helpers/wait.js';

// The console in a real browser (Debian's chromium, driven by playwright-core), against the real server process
// on a database of its own with a seeded shop: what a user does, step by step, and what they see. Each step saves
// a screenshot in SCREENSHOTS (printed). With CARTLINE_DOCS_IMAGES=1 the dashboard's and Requests' are also
// copied to docs/images/, the README's pictures.

const CHROMIUM = process.env.CARTLINE_CHROMIUM ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
// CI installs chromium (.ci/run): there a missing browser is a failure, not a reason to skip.
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install chromium)`);

const SCREENSHOTS = process.env.CARTLINE_SCREENSHOTS ?? join(tmpdir(), `cartline-screenshots-${dialect}`);
const DOCS_IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));
const XSS = '<img src=x onerror=alert(1)>';

let server: ServerProcess;
let browser: Browser;
let page: Page;
let receiver: Receiver;
let dropDatabase = async () => {};
let token = '';
let otherToken = '';
let shopId = '';
/** What went wrong in the page itself: script errors, CSP violations, dialogs (an XSS would open one). */
const problems: string[] = [];
/** The console's requests that were answered with an error. */
const failures: string[] = [];

async function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  return execFileSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** A request as an integration (curl) makes it: not the console, so it shows in Requests by default. */
async function call(method: string, path: string, body?: unknown, as = token): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${as}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** Waits until `probe` holds (10 s at most); `what` says what did not happen. */
async function waitFor(probe: () => Promise<boolean>, what: string): Promise<void> {
  await until(async () => ((await probe()) ? true : undefined)).catch(() => assert.fail(`not in time: ${what}`));
}

async function shot(name: string, fullPage = true): Promise<string> {
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Every form control has a label a screen reader reads (its <label>, or aria-label). */
async function unlabelledControls(): Promise<string[]> {
  // A string, run in the page: this project's TypeScript has no DOM types.
  return (await page.evaluate(`[...document.querySelectorAll('input, select, textarea, button')]
    .filter((element) => !(element.labels?.length > 0) && (element.getAttribute('aria-label') ?? '').trim() === ''
      && !(element.tagName === 'BUTTON' && element.textContent.trim() !== ''))
    .map((element) => element.outerHTML.slice(0, 120))`)) as string[];
}

describe('console in a browser', { skip: missing && `${CHROMIUM} is not installed (apt-get install chromium)` }, () => {
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    console.log(`# console screenshots: ${SCREENSHOTS}`);
    const own = await createOwnDatabase('browser');
    dropDatabase = own.drop;
    const env = { ...process.env, DATABASE_URL: own.url, LOG_LEVEL: 'silent' };
    await cli(env, 'migrate');
    await cli(env, 'seed', '--account', 'demo', '--orders', '400', '--days', '30', '--seed', '7');
    token = await cli(env, 'token', 'create', '--account', 'demo');
    otherToken = await cli(env, 'token', 'create', '--account', 'mallory');
    server = await startServer({ ...env, LOG_LEVEL: 'info', CARTLINE_RATE_LIMIT: '0', CARTLINE_WEBHOOK_RETRY_DELAYS: '1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Failed loads are checked by their answers (below); any other error the page logs is a problem.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    receiver = await startReceiver();
  });

  after(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    await receiver?.close();
    await dropDatabase();
  });

  it('/ leads to the sign-in; a wrong token is refused, the right one signs in and shows the seeded shop, not another account\'s', async () => {
    const mallory = await call('POST', '/api/ecommerce/shops', { name: 'Mallory Hidden Shop', url: 'https://mallory.example', currency: 'EUR' }, otherToken);
    assert.equal(mallory.status, 201);
    const shops = await call('GET', '/api/ecommerce/shops');
    assert.equal(shops.body.data.length, 1);
    shopId = shops.body.data[0].id;

    await page.goto(server.url + '/');
    assert.equal(new URL(page.url()).pathname, '/console/');
    const input = page.getByLabel('API token');
    await input.fill('not-a-token');
    await input.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'That token is not valid.' }).waitFor();
    assert.equal(await page.evaluate('sessionStorage.length'), 0, 'a refused token is not kept');
    assert.deepEqual(failures.splice(0), ['401 GET /api/ecommerce/shops'], 'the one refusal, and nothing else failed to load');
    await shot('01-sign-in-refused');

    // With the keyboard alone: the field, the token, Enter.
    await input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    const link = page.getByTestId('shops').getByRole('link', { name: shops.body.data[0].name });
    await link.waitFor();
    assert.equal(await page.getByTestId('shops').getByRole('link').count(), 1);
    assert.equal(await page.getByText('Mallory Hidden Shop').count(), 0, "another account's shop is never shown");
    assert.ok(!page.url().includes(token) && !(await page.context().cookies()).some((c) => c.value.includes(token)), 'the token is in no URL and no cookie');
    assert.equal(await page.evaluate('localStorage.length'), 0);
    assert.equal(await page.evaluate("sessionStorage.getItem('cartline.token')"), token);
    await shot('02-shops');
  });

  it('the dashboard shows the stats endpoint\'s figures, a chart and the top products', async () => {
    await page.getByTestId('shops').getByRole('link').click();
    await page.getByTestId('revenue').waitFor();
    await page.locator('.chart canvas').first().waitFor();
    const stats = (await call('GET', `/api/cartline/shops/${shopId}/stats`)).body.data;
    assert.ok(stats.orders > 0, 'the seeded shop has completed orders in the last 30 days');
    const money = (value: number) => value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    assert.equal(await page.getByTestId('revenue').textContent(), money(stats.revenue));
    const card = (label: string) => page.locator('.card', { has: page.getByText(label, { exact: true }) }).locator('.card-value');
    assert.equal(await card('Orders').textContent(), String(stats.orders));
    assert.equal(await card('Average order value').textContent(), money(stats.average_order_value));
    const top = page.locator('table', { has: page.getByText('Top products by revenue') }).locator('tbody tr');
    assert.equal(await top.count(), stats.top_products_by_revenue.length);
    assert.equal(await top.first().locator('td').first().textContent(), stats.top_products_by_revenue[0].name);
    assert.deepEqual(await unlabelledControls(), []);
    await page.waitForTimeout(200); // the chart's fonts and last frame
    const file = await shot('03-dashboard', false);
    if (process.env.CARTLINE_DOCS_IMAGES === '1') copyFileSync(file, join(DOCS_IMAGES, 'console-dashboard.png'));
  });

  it('orders: found by status, and one opened shows its exact API JSON and links to its customer', async () => {
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'orders' }).click();
    await page.getByTestId('orders-table').locator('tbody tr').first().waitFor();
    const refunded = await call('GET', `/api/ecommerce/shops/${shopId}/orders?filter[status]=refunded&limit=25`);
    assert.ok(refunded.body.meta.total > 0, 'the seed has refunded orders');
    await page.getByLabel('Status').selectOption('refunded');
    await page.getByText(`(${refunded.body.meta.total} in all)`).waitFor();
    const statuses = await page.getByTestId('orders-table').locator('tbody tr td:nth-child(2)').allTextContents();
    assert.equal(statuses.length, refunded.body.data.length);
    assert.ok(statuses.every((status) => status === 'refunded'), statuses.join(','));
    await shot('04-orders-refunded');

    const order = refunded.body.data[0];
    await page.getByTestId('orders-table').getByRole('link', { name: order.id, exact: true }).click();
    await page.getByTestId('json').waitFor();
    const shown = JSON.parse((await page.getByTestId('json').textContent())!);
    assert.deepEqual(shown, (await call('GET', `/api/ecommerce/shops/${shopId}/orders/${order.id}`)).body);
    await page.getByRole('navigation', { name: 'Related records' }).getByRole('link', { name: order.customer.email }).click();
    await page.getByRole('heading', { name: `customer ${order.customer.id}` }).waitFor();
    assert.equal(JSON.parse((await page.getByTestId('json').textContent())!).data.email, order.customer.email);
    await shot('05-customer');
  });

  it('a product named like markup is shown as its characters and runs nothing', async () => {
    const created = await call('POST', `/api/ecommerce/shops/${shopId}/products`, { name: XSS, price: 1, url: 'https://shop.example/xss' });
    assert.equal(created.status, 201);
    await page.getByRole('navigation', { name: 'Shop' }).getByRole('link', { name: 'products' }).click();
    await page.getByLabel('Name contains').fill('<img');
    const cell = page.getByTestId('products-table').locator('tbody tr td:nth-child(2)');
    await waitFor(async () => (await cell.allTextContents()).join('|') === XSS, 'the search finds the product');
    assert.equal(await page.locator('img').count(), 0, 'no element was made of the name');
    await page.getByTestId('products-table').getByRole('link', { name: created.body.data.id }).click();
    await page.getByTestId('json').waitFor();
    assert.equal(JSON.parse((await page.getByTestId('json').textContent())!).data.name, XSS);
    await page.waitForTimeout(100);
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(problems, [], 'no script ran, no dialog opened');
    await shot('06-xss-product');
  });

  it('a bad request of the integration appears in Requests, live, with its 422 field errors', async () => {
    await page.goto(`${server.url}/console/#/requests`);
    await page.getByTestId('requests-table').waitFor();
    for (const path of [`/api/ecommerce/shops/${shopId}`, `/api/ecommerce/shops/${shopId}/products?limit=5`, `/api/ecommerce/shops/${shopId}/orders?limit=5`]) {
      assert.equal((await call('GET', path)).status, 200);
    }
    const bad = await call('POST', `/api/ecommerce/shops/${shopId}/customers`, { email: 'not-an-email', accepts_marketing: 'maybe' });
    assert.equal(bad.status, 422);
    const fields = Object.keys(bad.body.errors);
    assert.ok(fields.includes('email'), JSON.stringify(bad.body));
    // Without a reload: the live stream brings it.
    const row = page.getByTestId('requests-table').locator('tbody tr', { hasText: `/api/ecommerce/shops/${shopId}/customers` }).filter({ hasText: '422' });
    await row.first().waitFor({ timeout: 10_000 });
    assert.equal(await page.getByTestId('requests-table').locator('tbody tr', { hasText: 'GET' }).count() >= 3, true);
    const file = await shot('07-requests', false);
    if (process.env.CARTLINE_DOCS_IMAGES === '1') copyFileSync(file, join(DOCS_IMAGES, 'console-requests.png'));

    await page.getByLabel('Status').selectOption('4xx');
    await waitFor(async () => (await page.getByTestId('requests-table').locator('tbody tr').allTextContents()).every((text) => text.includes('422')), 'only 4xx rows');

    await row.first().getByRole('link').click();
    const errors = page.getByTestId('field-errors');
    await errors.waitFor();
    assert.deepEqual((await errors.locator('mark').allTextContents()).sort(), fields.sort());
    const bodies = await page.getByTestId('json').allTextContents();
    assert.deepEqual(JSON.parse(bodies[0]!), { email: 'not-an-email', accepts_marketing: 'maybe' });
    assert.deepEqual(JSON.parse(bodies[1]!), bad.body);
    await shot('08-request-422');
  });

  it('a fault rule made in the console answers the integration, and its answer is marked injected', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('link', { name: 'Fault rules' }).click();
    const form = page.getByRole('form', { name: 'New fault rule' });
    await form.getByLabel('Method').selectOption('GET');
    await form.getByLabel('Path pattern').fill('/api/ecommerce/shops/*/categories*');
    await form.getByLabel('Status').fill('503');
    await form.getByLabel('Times').fill('1');
    assert.deepEqual(await unlabelledControls(), []);
    await form.getByRole('button', { name: 'Add rule' }).click();
    await page.getByTestId('faults-table').locator('tbody tr', { hasText: '/api/ecommerce/shops/*/categories*' }).waitFor();
    assert.equal((await call('GET', '/api/cartline/faults', undefined, otherToken)).body.data.length, 0, "another account's rules are its own");
    await shot('09-fault-rule');

    const faulted = await call('GET', `/api/ecommerce/shops/${shopId}/categories`);
    assert.equal(faulted.status, 503);
    assert.equal((await call('GET', `/api/ecommerce/shops/${shopId}/categories`)).status, 200, 'a rule of one time expires');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests' }).click();
    const injected = page.getByTestId('requests-table').locator('tr.injected');
    await injected.first().waitFor();
    assert.equal(await injected.count(), 1);
    assert.match((await injected.textContent())!, /categories.*503.*injected/s);
    await shot('10-requests-injected', false);
  });

  it('webhooks: the account\'s webhook and its deliveries', async () => {
    const hook = await call('POST', '/api/webhooks', { name: 'Local receiver', url: receiver.url, events: ['product.created'] });
    assert.equal(hook.status, 201);
    // The page is open before anything is delivered: the delivery and its answer appear without a reload.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Local receiver' }).waitFor();
    const delivery = page.locator('table', { has: page.getByText('Recent deliveries') }).locator('tbody tr').first();
    assert.equal(await delivery.count(), 0, 'no delivery yet');
    assert.equal((await call('POST', `/api/ecommerce/shops/${shopId}/products`, { name: 'Hook Test Mug', price: 9, url: 'https://shop.example/mug' })).status, 201);
    await receiver.waitFor(1);
    await waitFor(async () => /product\.created/.test((await delivery.textContent()) ?? '') && /200/.test((await delivery.textContent()) ?? ''), 'the delivery is listed with its 200');
    await shot('11-webhooks');
  });

  it('/docs renders the API reference from the package under its CSP', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API reference' }).click();
    await page.locator('.opblock').first().waitFor();
    const spec = (await (await fetch(server.url + '/openapi.json')).json()) as { paths: Record<string, object> };
    const operations = Object.values(spec.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    assert.equal(await page.locator('.opblock').count(), operations);
    await page.locator('.opblock').first().click();
    await page.locator('.opblock-body').first().waitFor();
    assert.deepEqual(problems, [], 'no CSP violation on /docs');
    await shot('12-docs', false);
    await page.goBack();
    await page.goBack();
  });

  it('at phone width (390x844) the views fit without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [route, ready] of [
      [`#/shops/${shopId}`, '[data-testid="revenue"]'],
      [`#/shops/${shopId}/orders`, '[data-testid="orders-table"] tbody tr'],
      ['#/requests', '[data-testid="requests-table"] tbody tr'],
    ] as const) {
      await page.goto(`${server.url}/console/${route}`);
      await page.locator(ready).first().waitFor();
      const [scrollWidth, clientWidth] = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as [number, number];
      assert.ok(scrollWidth <= clientWidth, `${route}: the page is ${scrollWidth}px wide in a ${clientWidth}px window`);
      const wide = (await page.evaluate(`[...document.querySelectorAll('.scroll')].filter((box) => box.scrollWidth > box.clientWidth).length`)) as number;
      assert.equal(wide, 0, `${route}: its tables show every column without scrolling`);
      await shot(`13-phone-${route.split('/')[1]}${route.includes('orders') ? '-orders' : ''}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('signing out forgets the token: back to sign-in, also after a reload', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API token').waitFor();
    assert.equal(await page.evaluate('sessionStorage.length'), 0);
    await page.reload();
    await page.getByLabel('API token').waitFor();
    assert.equal(await page.getByTestId('shops').count(), 0);
    await shot('14-signed-out');
    assert.deepEqual(problems, [], 'no script error, CSP violation or dialog in the whole session');
    assert.deepEqual(failures, [], 'no request of the console failed');
  });
});
