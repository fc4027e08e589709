import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup, type TestContext } from './helpers/app.js';
import { createOrder, createProduct, createShop } from './helpers/factories.js';

// The request journal: what a developer sees of the requests their integration sent, through
// /api/cartline/requests. Each read writes what this process still holds first, so an entry is listed as soon
// as its request was answered.

const t = await setup();

async function journal(query = '', token?: string) {
  const response = await t.request('GET', `/api/cartline/requests${query}`, undefined, token === undefined ? {} : { token });
  assert.equal(response.status, 200, response.text);
  return response.body;
}

async function entry(id: string) {
  const response = await t.request('GET', `/api/cartline/requests/${id}`);
  assert.equal(response.status, 200, response.text);
  return response.body.data;
}

/** The newest entry whose path contains `part`. */
async function newest(part: string) {
  const page = await journal(`?filter[path]=${encodeURIComponent(part)}&limit=1`);
  assert.equal(page.data.length, 1, `an entry for ${part}`);
  return entry(page.data[0].id);
}

describe('request journal', () => {
  it('records an authenticated request whole: method, path and query, shop, status, time, agent, bodies', async () => {
    const shop = await createShop(t);
    const created = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products?with_resource_id`, { name: 'Journaled', price: 3, resource_id: 'j-1' }, {
      headers: { 'user-agent': 'MyShop/1.0 (integration test)' },
    });
    assert.equal(created.status, 201, created.text);
    const recorded = await newest(`/shops/${shop.id}/products?with_resource_id`);
    assert.equal(recorded.method, 'POST');
    assert.equal(recorded.path, `/api/ecommerce/shops/${shop.id}/products?with_resource_id`);
    assert.equal(recorded.shop_id, shop.id);
    assert.equal(recorded.status, 201);
    assert.equal(recorded.user_agent, 'MyShop/1.0 (integration test)');
    assert.equal(recorded.client, 'api');
    assert.equal(typeof recorded.duration_ms, 'number');
    assert.ok(recorded.duration_ms > 0 && recorded.duration_ms < 60_000, String(recorded.duration_ms));
    assert.match(recorded.created_at, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.match(recorded.id, /^\d+$/);
    assert.deepEqual(JSON.parse(recorded.request_body), { name: 'Journaled', price: 3, resource_id: 'j-1' });
    assert.deepEqual(JSON.parse(recorded.response_body), created.body);
    assert.equal(recorded.request_truncated, false);
    assert.equal(recorded.response_truncated, false);
    assert.equal(recorded.injected, false);
    assert.equal(recorded.fault_id, null);
    assert.equal(recorded.errors, null);
    assert.equal(recorded.batch_id, null);
    // A GET has no request body; a kept answer (sent as bytes) is recorded as sent.
    const url = `/api/ecommerce/shops/${shop.id}/products/${created.body.data.id}`;
    await t.request('GET', url);
    const read = await t.request('GET', url);
    const readEntry = await newest(url);
    assert.equal(readEntry.request_body, null);
    assert.equal(readEntry.response_body, read.text);
  });

  it("keeps a 422's errors, and never the token: not the Authorization header, not a token in the query, not a shop's access_data", async () => {
    const shop = await createShop(t, { access_data: 'ck_live_secret:cs_live_secret' });
    const refused = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products?api_key=${t.token}`, { price: 'cheap' });
    assert.equal(refused.status, 422);
    const recorded = await newest(`/shops/${shop.id}/products`);
    assert.equal(recorded.status, 422);
    assert.deepEqual(recorded.errors, refused.body.errors);
    assert.ok(Object.keys(recorded.errors).includes('name'));
    assert.equal(recorded.path, `/api/ecommerce/shops/${shop.id}/products?api_key=[redacted]`);
    // Every stored column of every entry of the account.
    const rows = await t.database.db.selectFrom('journal_entries').selectAll().execute();
    const stored = JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    assert.ok(rows.length > 3);
    assert.ok(!stored.includes(t.token), 'the token is stored nowhere');
    assert.ok(!stored.includes(t.token.slice(3, 40)), 'no part of the token either');
    assert.ok(!stored.includes('cs_live_secret'), "the shop's access data is not kept");
    assert.ok(stored.includes('[redacted]'));
  });

  it('keeps a body with a NUL and non-ASCII text as text: the NUL as U+FFFD, the rest as sent', async () => {
    const shop = await createShop(t);
    const raw = '{"name":"Zürich ☕ \u0000 🎉",';
    const refused = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, raw);
    assert.equal(refused.status, 400, refused.text);
    const recorded = await newest(`/shops/${shop.id}/categories`);
    assert.equal(recorded.status, 400);
    assert.equal(recorded.request_body, '{"name":"Zürich ☕ \uFFFD 🎉",');
    assert.equal(recorded.request_truncated, false);
    assert.deepEqual(JSON.parse(recorded.response_body), refused.body);
    // And a plain one beside it, in the same batch: bodies are each cut from the batch's bytes at their own place.
    const named = await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, { name: 'Café' });
    assert.equal(named.status, 201, named.text);
    assert.deepEqual(JSON.parse((await newest(`/shops/${shop.id}/categories`)).request_body), { name: 'Café' });
  });

  it('cuts bodies at 64 KiB and says so', async () => {
    const shop = await createShop(t);
    const description = 'é'.repeat(50_000); // 100,000 bytes of UTF-8
    const created = await createProduct(t, shop.id, { description });
    assert.equal(created.description, description);
    const recorded = await newest(`/shops/${shop.id}/products`);
    assert.equal(recorded.request_truncated, true);
    assert.equal(recorded.response_truncated, true);
    for (const body of [recorded.request_body, recorded.response_body]) {
      const bytes = Buffer.byteLength(body);
      assert.ok(bytes <= 64 * 1024 && bytes > 64 * 1024 - 4, String(bytes));
      assert.ok(!body.includes('\uFFFD'), 'no character cut in half');
    }
    assert.ok(recorded.request_body.startsWith('{"name":'));
  });

  it('lists newest first, paginated like every list, and counts with limit=0', async () => {
    const shop = await createShop(t);
    for (let i = 0; i < 3; i++) await t.request('GET', `/api/ecommerce/shops/${shop.id}/orders?page=${i + 1}`);
    const all = await journal(`?filter[shop_id]=${shop.id}`);
    assert.deepEqual(
      all.data.map((e: { path: string }) => e.path),
      [3, 2, 1].map((n) => `/api/ecommerce/shops/${shop.id}/orders?page=${n}`),
    );
    const ids = all.data.map((e: { id: string }) => BigInt(e.id));
    assert.ok(ids[0] > ids[1] && ids[1] > ids[2]);
    assert.deepEqual(await journal(`?filter[shop_id]=${shop.id}&limit=0`), { total: 3 });
    const second = await journal(`?filter[shop_id]=${shop.id}&limit=2&page=2`);
    assert.equal(second.data.length, 1);
    assert.equal(second.data[0].id, all.data[2].id);
    assert.equal(second.meta.total, 3);
    assert.equal(second.meta.last_page, 2);
    assert.match(second.links.prev, /\/api\/cartline\/requests\?page=1$/);
    // A listed entry has no bodies; the entry itself has them.
    assert.equal(all.data[0].request_body, undefined);
    assert.equal(all.data[0].response_body, undefined);
    assert.ok(typeof (await entry(all.data[0].id)).response_body === 'string');
  });

  it('filters by status (exact, 4xx, 5xx), method, path, shop, client and time', async () => {
    const shop = await createShop(t);
    const other = await createShop(t);
    await t.request('GET', `/api/ecommerce/shops/${shop.id}/products/1`); // 404
    await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, {}); // 422
    await t.request('PUT', `/api/ecommerce/shops/${shop.id}`, { name: 'Renamed' }); // 200
    await t.request('GET', `/api/ecommerce/shops/${other.id}/products`); // 200, other shop
    await t.request('GET', `/api/ecommerce/shops/${shop.id}`, undefined, { headers: { 'x-cartline-client': 'console' } });
    const of = (query: string) => journal(`?filter[shop_id]=${shop.id}&${query}`).then((page) => page.data.map((e: { method: string; status: number }) => `${e.method} ${e.status}`));
    assert.deepEqual(await of('filter[status]=422'), ['POST 422']);
    assert.deepEqual(await of('filter[status]=4xx'), ['POST 422', 'GET 404']);
    assert.deepEqual(await of('filter[status]=4XX&filter[method]=get'), ['GET 404']);
    assert.deepEqual(await of('filter[status]=5xx'), []);
    assert.deepEqual(await of('filter[method]=PUT'), ['PUT 200']);
    assert.deepEqual(await of('filter[path]=CATEGORIES'), ['POST 422']);
    assert.deepEqual(await of('filter[path]=%25'), [], 'LIKE wildcards are literal');
    assert.deepEqual(await of('filter[client]=console'), ['GET 200']);
    assert.deepEqual(await of('filter[client]=api'), ['PUT 200', 'POST 422', 'GET 404'], 'the console hidden');
    const otherShop = await journal(`?filter[shop_id]=${other.id}`);
    assert.deepEqual(otherShop.data.map((e: { path: string }) => e.path), [`/api/ecommerce/shops/${other.id}/products`]);
    assert.equal((await of('filter[since]=2000-01-01')).length, 4);
    assert.equal((await of('filter[since]=2999-01-01 00:00:00')).length, 0);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal((await of(`filter[since]=${today}T00:00:00Z`)).length, 4);
  });

  it('refuses bad filters with 422 in MailerLite\'s shape', async () => {
    const cases: Array<[string, string]> = [
      ['filter[status]=abc', 'filter[status]'],
      ['filter[status]=6xx', 'filter[status]'],
      ['filter[status]=42', 'filter[status]'],
      ['filter[method]=G%20T', 'filter[method]'],
      ['filter[shop_id]=abc', 'filter[shop_id]'],
      ['filter[shop_id]=99999999999999999999', 'filter[shop_id]'],
      ['filter[since]=yesterday', 'filter[since]'],
      ['filter[since]=2026-02-31', 'filter[since]'],
      ['filter[path]=', 'filter[path]'],
      ['limit=5000', 'limit'],
    ];
    for (const [query, field] of cases) {
      const response = await t.request('GET', `/api/cartline/requests?${query}`);
      assert.equal(response.status, 422, `${query}: ${response.text}`);
      assert.equal(response.body.message, 'The given data was invalid.');
      assert.deepEqual(Object.keys(response.body.errors), [field], query);
      assert.equal(typeof response.body.errors[field][0], 'string');
    }
    assert.equal((await t.request('GET', '/api/cartline/requests/abc')).status, 404);
    assert.equal((await t.request('GET', '/api/cartline/requests/123')).status, 404);
  });

  it("records /api/batch's sub-requests as entries of their own, linked to the batch's", async () => {
    const shop = await createShop(t);
    const response = await t.request(
      'POST',
      '/api/batch',
      {
        requests: [
          { method: 'POST', path: `api/ecommerce/shops/${shop.id}/categories`, body: { name: 'From a batch' } },
          { method: 'GET', path: `api/ecommerce/shops/${shop.id}/categories`, body: { limit: 5 } },
          { method: 'POST', path: 'api/groups', body: {} },
        ],
      },
      { headers: { 'user-agent': 'BatchClient/2' } },
    );
    assert.equal(response.status, 200, response.text);
    const batch = await newest('/api/batch');
    assert.equal(batch.status, 200);
    assert.equal(batch.batch_id, null);
    assert.deepEqual(JSON.parse(batch.response_body), response.body);
    const page = await journal(`?limit=10`);
    const subs = page.data.filter((e: { batch_id: string | null }) => e.batch_id === batch.id);
    assert.deepEqual(
      subs.map((e: { method: string; path: string; status: number }) => `${e.method} ${e.path} ${e.status}`).reverse(),
      [`POST /api/ecommerce/shops/${shop.id}/categories 201`, `GET /api/ecommerce/shops/${shop.id}/categories?limit=5 200`, 'POST /api/groups 422'],
    );
    assert.ok(subs.every((e: { user_agent: string }) => e.user_agent === 'BatchClient/2'));
    const failed = await entry(subs[0].id);
    assert.deepEqual(failed.errors, response.body.responses[2].body.errors);
    // The header that links them is not taken from a client: only with the batch's own secret.
    await t.request('GET', '/api/groups?forged', undefined, { headers: { 'x-cartline-batch-entry': batch.id } });
    assert.equal((await newest('/api/groups?forged')).batch_id, null);
  });

  it('does not record unauthenticated requests, nor reads of the journal itself', async () => {
    const before = (await journal('?limit=0')).total;
    assert.equal((await t.request('GET', '/api/groups?unauthenticated', undefined, { token: null })).status, 401);
    assert.equal((await t.request('GET', '/api/groups?bad-token', undefined, { token: 'x'.repeat(131) })).status, 401);
    await journal();
    await t.request('GET', '/api/cartline/requests/1');
    assert.equal((await journal('?limit=0')).total, before);
    await t.request('GET', '/api/groups?authenticated');
    assert.equal((await journal('?limit=0')).total, before + 1);
  });

  it("keeps accounts apart: one never sees or reads another's entries", async () => {
    await t.request('GET', '/api/groups?mine=alice');
    await t.request('GET', '/api/groups?mine=mallory', undefined, { token: t.otherToken });
    const alice = await journal('?filter[path]=mine=');
    const mallory = await journal('?filter[path]=mine=', t.otherToken);
    assert.deepEqual(alice.data.map((e: { path: string }) => e.path), ['/api/groups?mine=alice']);
    assert.deepEqual(mallory.data.map((e: { path: string }) => e.path), ['/api/groups?mine=mallory']);
    const stolen = await t.request('GET', `/api/cartline/requests/${alice.data[0].id}`, undefined, { token: t.otherToken });
    assert.equal(stolen.status, 404);
    assert.deepEqual(stolen.body, { message: 'Resource not found.' });
  });

  it('an entry written by another process is listed by this one (one journal in the database)', async () => {
    const second = await t.secondInstance();
    const shop = await createShop(t);
    const order = await createOrder(t, shop.id);
    assert.equal((await second('GET', `/api/ecommerce/shops/${shop.id}/orders/${order.id}?from=second`)).status, 200);
    // The second process writes within its flush interval; its close writes the rest.
    let found: any[] = [];
    for (let attempt = 0; attempt < 50 && found.length === 0; attempt++) {
      found = (await journal('?filter[path]=from=second')).data;
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(found.length, 1);
    assert.equal(found[0].status, 200);
    assert.equal(found[0].shop_id, shop.id);
  });
});

describe('request journal: live tail (Server-Sent Events)', () => {
  /** Reads events from a stream until `until` holds for them, or fails after a timeout. */
  async function readEvents(body: ReadableStream<Uint8Array>, until: (events: any[]) => boolean, timeoutMs = 8000) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const events: any[] = [];
    let text = '';
    const deadline = Date.now() + timeoutMs;
    while (!until(events)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out with ${events.length} events: ${JSON.stringify(events.map((e) => e.data.path))}`);
      const chunk = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out waiting for data')), left))]);
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = text.indexOf('\n\n')) !== -1) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
        if (fields.event === 'request') events.push({ id: fields.id, data: JSON.parse(fields.data!) });
      }
    }
    reader.releaseLock();
    return events;
  }

  it("streams the account's new entries, from this process and another, and not another account's", async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    await t.request('GET', '/api/groups?before-stream');
    await t.app.journal.flush();
    const controller = new AbortController();
    const stream = await fetch(`${address}/api/cartline/requests/stream`, { headers: { authorization: `Bearer ${t.token}` }, signal: controller.signal });
    assert.equal(stream.status, 200);
    assert.equal(stream.headers.get('content-type'), 'text/event-stream');
    const second = await t.secondInstance();
    await t.request('GET', '/api/groups?live=1');
    await t.request('GET', '/api/groups?live=mallory', undefined, { token: t.otherToken });
    await second('GET', '/api/groups?live=second');
    await t.request('POST', '/api/groups', { name: '' });
    const events = await readEvents(stream.body!, (seen) => seen.length >= 3);
    const paths = events.map((e) => e.data.path).sort();
    assert.deepEqual(paths, ['/api/groups', '/api/groups?live=1', '/api/groups?live=second']);
    const refused = events.find((e) => e.data.path === '/api/groups');
    assert.equal(refused.data.status, 422);
    assert.equal(refused.id, refused.data.id);
    assert.equal(refused.data.response_body, undefined, 'the tail sends listed entries');
    // Last-Event-ID resumes after an entry: the ones after it come again, and nothing before.
    controller.abort();
    const oldest = events.map((e) => e.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))[0];
    const resumed = await fetch(`${address}/api/cartline/requests/stream`, { headers: { authorization: `Bearer ${t.token}`, 'last-event-id': oldest } });
    const again = await readEvents(resumed.body!, (seen) => seen.length >= 2);
    assert.deepEqual(again.map((e) => e.id).sort(), events.map((e) => e.id).filter((id) => id !== oldest).sort());
    await resumed.body!.cancel();
  });

  it('refuses a stream without a token, and ends open streams when the server closes', async () => {
    const closing = await setup();
    const address = await closing.app.listen({ port: 0, host: '127.0.0.1' });
    const refused = await fetch(`${address}/api/cartline/requests/stream`);
    assert.equal(refused.status, 401);
    assert.deepEqual(await refused.json(), { message: 'Unauthenticated.' });
    const stream = await fetch(`${address}/api/cartline/requests/stream`, { headers: { authorization: `Bearer ${closing.token}` } });
    assert.equal(stream.status, 200);
    const reading = stream.body!.getReader();
    const started = Date.now();
    const closed = closing.app.close();
    for (;;) {
      const chunk = await reading.read();
      if (chunk.done) break;
    }
    await closed;
    assert.ok(Date.now() - started < 5_000, 'closed promptly');
  });
});
