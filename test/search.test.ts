import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCategory, createCustomer, createOrder, createProduct, createShop } from './helpers/factories.js';

// Cartline's search filters on the documented lists (the web console's search boxes): filter[name] on products
// and categories, filter[email] on customers, filter[status] on orders. What a user sees: which records are
// listed, in the documented list form (the same objects a plain list answers), with totals and links to match.
const t = await setup();

const base = (shopId: string, list: string) => `/api/ecommerce/shops/${shopId}/${list}`;

async function listed(url: string) {
  const response = await t.request('GET', url);
  assert.equal(response.status, 200, response.text);
  return response.body;
}

const names = (body: { data: Array<{ name: string }> }) => body.data.map((row) => row.name);

describe('filter[name] on products', async () => {
  const shop = await createShop(t);
  const other = await createShop(t, {}, t.otherToken);
  for (const name of ['Blue Shirt', 'navy BLUE hat', 'Red 100% wool', 'Red 1000 wool', 'a_b', 'axb']) await createProduct(t, shop.id, { name });
  await t.request('POST', `${base(other.id, 'products')}`, { name: 'Blue shirt of another account', price: 1 }, { token: t.otherToken });

  it('lists the products whose name contains the text, in any case, in the documented form', async () => {
    const body = await listed(`${base(shop.id, 'products')}?filter[name]=blue`);
    assert.deepEqual(names(body), ['Blue Shirt', 'navy BLUE hat']);
    assert.equal(body.meta.total, 2);
    assert.equal(body.meta.last_page, 1);
    // The same objects as the unfiltered list answers.
    const all = await listed(base(shop.id, 'products'));
    assert.deepEqual(body.data, all.data.filter((product: { name: string }) => /blue/i.test(product.name)));
    // Links carry only ?page=N, as every list's do.
    assert.ok(body.links.first.endsWith('/products?page=1'), body.links.first);
  });

  it("takes LIKE's characters literally", async () => {
    assert.deepEqual(names(await listed(`${base(shop.id, 'products')}?filter[name]=${encodeURIComponent('100%')}`)), ['Red 100% wool']);
    assert.deepEqual(names(await listed(`${base(shop.id, 'products')}?filter[name]=a_b`)), ['a_b']);
  });

  it('counts with limit=0 and pages in id order', async () => {
    assert.deepEqual((await t.request('GET', `${base(shop.id, 'products')}?filter[name]=red&limit=0`)).body, { total: 2 });
    const second = await listed(`${base(shop.id, 'products')}?filter[name]=red&limit=1&page=2`);
    assert.deepEqual(names(second), ['Red 1000 wool']);
    assert.equal(second.meta.total, 2);
    assert.equal(second.meta.from, 2);
    assert.ok(second.links.prev.endsWith('?page=1'));
    assert.equal(second.links.next, null);
  });

  it('an empty filter lists everything; one that matches nothing lists nothing', async () => {
    assert.equal((await listed(`${base(shop.id, 'products')}?filter[name]=`)).meta.total, 6);
    const none = await listed(`${base(shop.id, 'products')}?filter[name]=nothing-like-this`);
    assert.deepEqual(none.data, []);
    assert.equal(none.meta.total, 0);
    assert.equal(none.meta.from, null);
  });

  it("never finds another account's products", async () => {
    const body = await listed(`${base(shop.id, 'products')}?filter[name]=another`);
    assert.deepEqual(body.data, []);
    const theirs = await t.request('GET', `${base(other.id, 'products')}?filter[name]=blue`);
    assert.equal(theirs.status, 404, theirs.text);
  });

  it('refuses a filter longer than 255 characters with a 422', async () => {
    const response = await t.request('GET', `${base(shop.id, 'products')}?filter[name]=${'x'.repeat(256)}`);
    assert.equal(response.status, 422, response.text);
    assert.ok(response.body.errors['filter[name]'], response.text);
  });
});

describe('the other lists', async () => {
  const shop = await createShop(t);

  it('filter[name] on categories', async () => {
    for (const name of ['Shoes', 'Running shoes', 'Hats']) await createCategory(t, shop.id, { name });
    const body = await listed(`${base(shop.id, 'categories')}?filter[name]=SHOE`);
    assert.deepEqual(names(body), ['Shoes', 'Running shoes']);
    assert.equal(body.meta.total, 2);
  });

  it('filter[email] on customers', async () => {
    await createCustomer(t, shop.id, { email: 'ann@shop.example' });
    await createCustomer(t, shop.id, { email: 'bob@elsewhere.example' });
    const body = await listed(`${base(shop.id, 'customers')}?filter[email]=SHOP.example`);
    assert.deepEqual(
      body.data.map((customer: { email: string }) => customer.email),
      ['ann@shop.example'],
    );
    // Cartline's aggregates still come only when asked, filtered or not.
    assert.equal('stats' in body.data[0], false);
    const withStats = await listed(`${base(shop.id, 'customers')}?filter[email]=ann&with_stats=true`);
    assert.equal(withStats.data[0].stats.orders_count, 0);
  });

  it('filter[status] on orders: exactly that status', async () => {
    const pending = await createOrder(t, shop.id, { status: 'pending' });
    const complete = await createOrder(t, shop.id, { status: 'complete' });
    await createOrder(t, shop.id, { status: 'completed' });
    const body = await listed(`${base(shop.id, 'orders')}?filter[status]=complete`);
    assert.deepEqual(
      body.data.map((order: { id: string }) => order.id),
      [complete.id],
    );
    const one = await t.request('GET', `${base(shop.id, 'orders')}/${complete.id}`);
    assert.deepEqual(body.data[0], one.body.data);
    assert.deepEqual(
      (await listed(`${base(shop.id, 'orders')}?filter[status]=pending`)).data.map((order: { id: string }) => order.id),
      [pending.id],
    );
  });
});
