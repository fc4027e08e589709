import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup, type TestContext } from './helpers/app.js';
import { createCategory, createCustomer, createGroup, createOrder, createProduct, createShop } from './helpers/factories.js';
import { assertDatabaseConsistent } from './helpers/factories.js';
import { now } from '../src/time.js';

// POST /api/cartline/reset: a known state for each test run. It empties the account, its tokens kept, and is
// refused unless the server allows it. The check below is over every table of the schema that has an
// account_id or shop_id column, as the database lists them: a table added later is covered, or this fails.

/** The account's data in every kind there is: through the API where there is one, else written directly. */
async function seed(t: TestContext, token: string, name: string) {
  const as = { token };
  const group = (await t.request('POST', '/api/groups', { name: `${name} group` }, as)).body.data;
  const shop = (await t.request('POST', '/api/ecommerce/shops', { name: `${name} shop`, url: `${name}.example`, currency: 'EUR', group_id: group.id }, as)).body.data;
  const category = (await t.request('POST', `/api/ecommerce/shops/${shop.id}/categories`, { name: 'C' }, as)).body.data;
  const product = (await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'P', price: 3, categories: [category.id] }, as)).body.data;
  const order = await t.request(
    'POST',
    `/api/ecommerce/shops/${shop.id}/orders`,
    // Complete: the stats' day sums count it (migration 0012).
    { customer: { email: `${name}-buyer@example.com`, create_subscriber: true }, status: 'complete', cart: { items: [{ ecommerce_product_id: product.id, quantity: 1, price: 3 }] } },
    as,
  );
  assert.equal(order.status, 201, order.text);
  assert.equal((await t.request('POST', '/api/fields', { name: `${name} custom`, type: 'text' }, as)).status, 201);
  assert.equal((await t.request('PUT', '/api/fields/1', { name: `${name}'s name` }, as)).status, 200);
  assert.equal((await t.request('POST', '/api/subscribe-settings/double-optin/toggle', undefined, as)).body.double_optin, true);
  assert.equal((await t.request('POST', '/api/cartline/faults', { path: '/api/nothing', status: 500 }, as)).status, 201);
  assert.equal((await t.request('PUT', `/api/ecommerce/shops/${shop.id}/settings`.replace('/ecommerce/', '/cartline/'), { cart_abandon_after: 60 }, as)).status, 200);
  // The outbox as the dispatcher writes it, with a delivery and an attempt (no receiver needed).
  const accountId = (await t.request('GET', '/api/account', undefined, as)).body.data.id as string;
  const at = now();
  const [webhook, event, delivery, attempt] = [t.app.newId(), t.app.newId(), t.app.newId(), t.app.newId()];
  const db = t.database.db;
  await db.insertInto('webhooks').values({ id: webhook, account_id: accountId, name: 'W', url: 'http://127.0.0.1:9/hook', events: '["order.created"]', enabled: true, batchable: false, secret: 's', failing_since: null, created_at: at, updated_at: at }).execute();
  await db.insertInto('events').values({ id: event, account_id: accountId, shop_id: shop.id, type: 'order.created', data: '{}', created_at: at, dispatched: true }).execute();
  await db.insertInto('webhook_deliveries').values({ id: delivery, account_id: accountId, webhook_id: webhook, status: 'failed', attempts: 1, event_count: 1, batch_open: false, next_attempt_at: 0, lease_until: 0, leased_by: null, created_at: at, updated_at: at, delivered_at: null }).execute();
  await db.insertInto('delivery_events').values({ delivery_id: delivery, event_id: event, account_id: accountId }).execute();
  await db.insertInto('webhook_attempts').values({ id: attempt, account_id: accountId, webhook_id: webhook, delivery_id: delivery, attempted_at: at, status_code: 500, latency_ms: 3 }).execute();
  await t.app.journal.flush();
  return { accountId, shop, product, group };
}

/** Every table with an account_id or shop_id column, from the database's own catalogue. */
async function ownedTables(t: TestContext) {
  const tables = await t.database.db.introspection.getTables();
  return tables
    .filter((table) => t.schema === undefined || table.schema === t.schema)
    .map((table) => ({ name: table.name, columns: new Set(table.columns.map((column) => column.name)) }))
    .filter((table) => table.columns.has('account_id') || table.columns.has('shop_id'));
}

/** Rows of the account in each table: by account_id, else by the account's shops. */
async function rowsOf(t: TestContext, tables: Awaited<ReturnType<typeof ownedTables>>, accountId: string, shopIds: string[]) {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const db = t.database.db as any;
    let query = db.selectFrom(table.name).select((eb: any) => eb.fn.countAll().as('n'));
    query = table.columns.has('account_id') ? query.where('account_id', '=', accountId) : query.where('shop_id', 'in', shopIds.length > 0 ? shopIds : ['0']);
    counts[table.name] = Number((await query.executeTakeFirstOrThrow()).n);
  }
  return counts;
}

describe('reset', () => {
  it('is refused unless CARTLINE_ALLOW_RESET=true: 403 in MailerLite\'s shape, nothing removed', async () => {
    const t = await setup();
    const shop = await createShop(t);
    const response = await t.request('POST', '/api/cartline/reset');
    assert.equal(response.status, 403);
    assert.equal(response.headers['content-type'], 'application/json');
    assert.deepEqual(response.body, { message: 'Reset is disabled on this server: start Cartline with CARTLINE_ALLOW_RESET=true to allow it.' });
    assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).status, 200);
    assert.equal((await t.request('POST', '/api/cartline/reset', undefined, { token: null })).status, 401);
  });

  it("removes every row of the account in every table with an account_id or shop_id, in one go; the other account keeps all of its own", async () => {
    const t = await setup({ CARTLINE_ALLOW_RESET: 'true' });
    const alice = await seed(t, t.token, 'alice');
    const mallory = await seed(t, t.otherToken, 'mallory');
    // A second shop of alice's, with more under it.
    const more = await createShop(t);
    await createCategory(t, more.id);
    await createCustomer(t, more.id);
    await createOrder(t, more.id);
    await createGroup(t, 'Another');
    // A kept answer of alice's (src/http/fragments.ts), read twice so that the second comes from memory.
    const productUrl = `/api/ecommerce/shops/${alice.shop.id}/products/${alice.product.id}`;
    assert.equal((await t.request('GET', productUrl)).status, 200);
    assert.equal((await t.request('GET', productUrl)).status, 200);
    const second = await t.secondInstance();
    assert.equal((await second('GET', productUrl)).status, 200, 'kept by another process too');

    const tables = await ownedTables(t);
    const names = tables.map((table) => table.name);
    for (const expected of ['shops', 'products', 'orders', 'cart_items', 'subscribers', 'groups', 'fields', 'webhooks', 'events', 'journal_entries', 'fault_rules', 'api_tokens']) {
      assert.ok(names.includes(expected), `${expected} is found by introspection`);
    }
    const aliceShops = [alice.shop.id, more.id];
    const before = await rowsOf(t, tables, alice.accountId, aliceShops);
    const malloryBefore = await rowsOf(t, tables, mallory.accountId, [mallory.shop.id]);
    for (const [table, n] of Object.entries(before)) assert.ok(n > 0, `the test seeds ${table}: give alice rows there so that the reset is shown to remove them`);

    const response = await t.request('POST', '/api/cartline/reset');
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.body, { message: 'The account was reset: its data is removed, its tokens kept.' });
    await t.app.journal.flush();

    const after = await rowsOf(t, tables, alice.accountId, aliceShops);
    const left = Object.entries(after).filter(([table, n]) => n > 0 && table !== 'api_tokens' && table !== 'fields');
    assert.deepEqual(left, [], "no row of the account's is left");
    assert.equal(after.api_tokens, before.api_tokens, 'its tokens stay');
    assert.deepEqual(await rowsOf(t, tables, mallory.accountId, [mallory.shop.id]), malloryBefore, 'the other account keeps every row');
    // Memberships and group counters hang off groups and subscribers: none of alice's is left either.
    const groupRows = await t.database.db.selectFrom('group_subscribers').innerJoin('groups', 'groups.id', 'group_subscribers.group_id').select('groups.account_id').execute();
    assert.ok(groupRows.every((row) => String(row.account_id) === mallory.accountId) && groupRows.length > 0);

    // The account is as a new one: the default fields under their own names, double opt-in off, nothing listed.
    const fields = (await t.request('GET', '/api/fields')).body.data.map((f: { name: string }) => f.name);
    assert.deepEqual(fields.sort(), ['City', 'Company', 'Country', 'Last name', 'Name', 'Phone', 'State', 'ZIP'].sort());
    assert.deepEqual((await t.request('GET', '/api/subscribe-settings/double-optin')).body, { double_optin: false });
    assert.deepEqual((await t.request('GET', '/api/ecommerce/shops?limit=0')).body, { total: 0 });
    assert.deepEqual((await t.request('GET', '/api/cartline/faults')).body, { data: [] });
    // The journal starts again after the reset (which is not journaled itself): only the reads just made.
    const journal = (await t.request('GET', '/api/cartline/requests')).body.data.map((e: { path: string }) => e.path);
    assert.deepEqual(journal, ['/api/cartline/faults', '/api/ecommerce/shops?limit=0', '/api/subscribe-settings/double-optin', '/api/fields']);
    // No kept answer survives, in this process or the other.
    assert.equal((await t.request('GET', productUrl)).status, 404);
    assert.equal((await second('GET', productUrl)).status, 404);
    // The token still works; the other account's data is served as before; the database is consistent.
    assert.equal((await t.request('POST', '/api/ecommerce/shops', { name: 'Fresh', url: 'fresh.example', currency: 'USD' })).status, 201);
    assert.equal((await t.request('GET', `/api/ecommerce/shops/${mallory.shop.id}/products/${mallory.product.id}`, undefined, { token: t.otherToken })).status, 200);
    assert.equal((await t.request('GET', '/api/fields', undefined, { token: t.otherToken })).body.data.length, 9);
    await assertDatabaseConsistent(t);
  });
});
