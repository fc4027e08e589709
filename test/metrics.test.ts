import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/database.js';
import { createIdGenerator } from '../src/db/ids.js';
import { dialect, setup, type TestContext } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';

// GET /metrics in Prometheus' text format: what a scraper reads after real requests.

/** Every sample of the exposition: `name{labels} value` -> value, keyed by the text before the value. */
function samples(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    found.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return found;
}

async function scrape(t: TestContext, token?: string) {
  const response = await t.request('GET', '/metrics', undefined, { token: token ?? null });
  assert.equal(response.status, 200, response.text);
  return { response, samples: samples(response.text) };
}

const t = await setup();

describe('GET /metrics', () => {
  it('counts requests by route pattern, method and status, with latency histograms, outside the API', async () => {
    const shop = await createShop(t);
    const product = await createProduct(t, shop.id);
    const productRoute = '/api/ecommerce/shops/:shop_id/products/:product_id';
    assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`)).status, 200);
    assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/${product.id}`)).status, 200);
    assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/123456789`)).status, 404);
    assert.equal((await t.request('GET', '/api/no/such/route/4242')).status, 404);
    assert.equal((await t.request('DELETE', '/healthz')).status, 404);

    // No API token: /metrics is outside /api/, so no 401 and no rate-limit headers.
    const { response, samples: found } = await scrape(t);
    assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.equal(response.headers['x-ratelimit-limit'], undefined);

    assert.equal(found.get(`cartline_http_requests_total{method="GET",route="${productRoute}",status_code="200"}`), 2);
    assert.equal(found.get(`cartline_http_requests_total{method="GET",route="${productRoute}",status_code="404"}`), 1);
    assert.equal(found.get('cartline_http_requests_total{method="POST",route="/api/ecommerce/shops",status_code="201"}'), 1);
    // Whatever the URL, a request no route matched is one series.
    assert.equal(found.get('cartline_http_requests_total{method="GET",route="unmatched",status_code="404"}'), 1);
    assert.equal(found.get('cartline_http_requests_total{method="DELETE",route="unmatched",status_code="404"}'), 1);
    // The series' names and labels, not their values: a value (bytes, seconds) may hold the digits 4242 by chance.
    const series = [...found.keys()].join('\n');
    assert.ok(!series.includes(product.id) && !series.includes('4242') && !series.includes(shop.id), 'no id or raw URL in any label');

    assert.equal(found.get(`cartline_http_request_duration_seconds_count{method="GET",route="${productRoute}"}`), 3);
    const inf = found.get(`cartline_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="${productRoute}"}`);
    assert.equal(inf, 3);
    const sum = found.get(`cartline_http_request_duration_seconds_sum{method="GET",route="${productRoute}"}`)!;
    assert.ok(sum > 0 && sum < 30, `latency sum ${sum} s`);

    // Node's own: CPU, memory, event loop.
    assert.ok((found.get('process_resident_memory_bytes') ?? 0) > 1_000_000);
    assert.ok(found.has('nodejs_eventloop_lag_seconds'));
    assert.equal(found.get(`cartline_info{version="0.1.0",database="${dialect}"}`), 1);

    // The scrape itself is counted on the next one.
    const again = await scrape(t);
    assert.equal(again.samples.get('cartline_http_requests_total{method="GET",route="/metrics",status_code="200"}'), 1);
  });

  it("reports the database: PostgreSQL's pool, SQLite's files, and refused statements by kind", async () => {
    const before = (await scrape(t)).samples;
    for (const kind of ['connection', 'conflict', 'constraint', 'other']) assert.ok(before.has(`cartline_db_errors_total{kind="${kind}"}`), kind);
    if (dialect === 'postgres') {
      assert.equal(before.get('cartline_db_pool_max'), 4, "the test helper's pool size");
      assert.ok(before.get('cartline_db_pool_connections{state="total"}')! >= 1);
      assert.ok(before.get('cartline_db_pool_connections{state="idle"}')! <= before.get('cartline_db_pool_connections{state="total"}')!);
      assert.equal(before.get('cartline_db_pool_connections{state="waiting"}'), 0);
    } else {
      assert.ok(before.get('cartline_db_file_bytes{file="database"}')! > 0);
      assert.ok(before.has('cartline_db_file_bytes{file="wal"}'));
    }

    // A statement the database refuses, on the app's own connection(s).
    await assert.rejects(sql`select * from no_such_table`.execute(t.database.db));
    const after = (await scrape(t)).samples;
    assert.equal(after.get('cartline_db_errors_total{kind="other"}'), before.get('cartline_db_errors_total{kind="other"}')! + 1);
    assert.equal(after.get('cartline_db_errors_total{kind="constraint"}'), before.get('cartline_db_errors_total{kind="constraint"}'));
  });

  it('counts a database that does not answer as connection errors, while the API answers 503', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    const database = createDatabase(config.database);
    const app = await buildApp(config, database, { newId: createIdGenerator(5) });
    try {
      const api = await app.inject({ method: 'GET', url: '/api/ecommerce/shops', headers: { authorization: `Bearer ${'x'.repeat(120)}` } });
      assert.equal(api.statusCode, 503);
      const found = samples((await app.inject({ method: 'GET', url: '/metrics' })).body);
      assert.ok(found.get('cartline_db_errors_total{kind="connection"}')! >= 1);
      assert.equal(found.get('cartline_http_requests_total{method="GET",route="/api/ecommerce/shops",status_code="503"}'), 1);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('GET /metrics with CARTLINE_METRICS_TOKEN', async () => {
  const secret = 'scrape-secret-0123456789';
  const guarded = await setup({ CARTLINE_METRICS_TOKEN: secret });

  it('answers 401 in MailerLite shape without the token, with a wrong one or with an API token; 200 with it', async () => {
    for (const token of [null, 'wrong', `${secret}x`, guarded.token]) {
      const response = await guarded.request('GET', '/metrics', undefined, { token });
      assert.equal(response.status, 401, String(token));
      assert.deepEqual(response.body, { message: 'Unauthenticated.' });
      assert.equal(response.headers['content-type'], 'application/json');
    }
    const { samples: found } = await scrape(guarded, secret);
    assert.equal(found.get('cartline_http_requests_total{method="GET",route="/metrics",status_code="401"}'), 4);
  });
});

describe('GET /metrics and the rate limit', async () => {
  const limited = await setup({ CARTLINE_RATE_LIMIT: '2' });

  it('counts each 429 the rate limit answers; /metrics itself is never limited', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.request('GET', '/api/ecommerce/shops?limit=0')).status);
    assert.deepEqual(statuses, [200, 200, 429, 429, 429]);
    for (let i = 0; i < 3; i++) await scrape(limited);
    const { samples: found } = await scrape(limited);
    assert.equal(found.get('cartline_rate_limited_total'), 3);
    assert.equal(found.get('cartline_http_requests_total{method="GET",route="/api/ecommerce/shops",status_code="429"}'), 3);
  });
});

describe('CARTLINE_METRICS=false', async () => {
  const off = await setup({ CARTLINE_METRICS: 'false' });

  it('serves no /metrics (a JSON 404) and the API as before', async () => {
    const response = await off.request('GET', '/metrics', undefined, { token: null });
    assert.equal(response.status, 404);
    assert.deepEqual(response.body, { message: 'The route metrics could not be found.' });
    assert.equal((await off.request('GET', '/api/ecommerce/shops?limit=0')).status, 200);
    // What other code counts still has somewhere to go.
    off.app.metrics.counter({ name: 'cartline_test_total', help: 'test' }).inc();
    assert.match(await off.app.metrics.text(), /cartline_test_total 1/);
    assert.doesNotMatch(await off.app.metrics.text(), /cartline_http_requests_total\{/);
  });
});

describe('configuration', () => {
  it('refuses invalid metrics settings, naming them', () => {
    assert.throws(() => loadConfig({ CARTLINE_METRICS: 'maybe' }), /CARTLINE_METRICS must be true or false/);
    assert.throws(() => loadConfig({ CARTLINE_METRICS_TOKEN: 'has space' }), /CARTLINE_METRICS_TOKEN/);
    assert.equal(loadConfig({ CARTLINE_METRICS: 'off' }).metrics, false);
    assert.equal(loadConfig({}).metrics, true);
  });
});
