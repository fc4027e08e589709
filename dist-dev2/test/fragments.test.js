import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { setup } from './helpers/app.js';
import { createCategory, createGroup, createShop } from './helpers/factories.js';
// Kept answers (src/http/fragments.ts) against answers built anew. The file's app keeps answers (the default);
// a second app in this process on the same database keeps none (CARTLINE_CACHE_MB=0); a third, in a thread of
// its own as another server process would be, keeps its own. After every kind of write, made through either
// process or straight in the database, every read must answer byte for byte what the uncaching app answers.
const t = await setup();
const second = await t.secondInstance();
// It only reads: the file app's id generator serves it too.
const uncached = await buildApp({ ...t.config, cacheBytes: 0 }, t.database, { newId: t.app.newId });
after(() => uncached.close());
await uncached.ready();
assert.equal(loadConfig({ CARTLINE_CACHE_MB: '0' }).cacheBytes, 0);
assert.equal(t.app.fragments.enabled, true, 'the file app keeps answers (the default)');
assert.equal(uncached.fragments.enabled, false);
async function uncachedText(url) {
    const response = await uncached.inject({ method: 'GET', url, headers: { accept: 'application/json', authorization: `Bearer ${t.token}` } });
    return { status: response.statusCode, text: response.body, type: response.headers['content-type'] };
}
const group = await createGroup(t, 'Shop customers');
const shop = await createShop(t, { group_id: group.id });
const base = `/api/ecommerce/shops/${shop.id}`;
const shoes = await createCategory(t, shop.id, { name: 'Shoes', resource_id: 'cat-shoes' });
const hats = await createCategory(t, shop.id, { name: 'Hats', resource_id: 'cat-hats' });
async function ok(response, status = 200) {
    assert.equal(response.status, status, response.text);
    return JSON.parse(response.text);
}
const products = (await ok(await t.request('POST', `${base}/products/import`, Array.from({ length: 6 }, (_, i) => ({
    name: `Product ${i}`,
    price: 10 + i,
    resource_id: `p${i}`,
    categories: i % 2 === 0 ? [shoes.id] : [shoes.id, hats.id],
}))))).data;
for (let i = 0; i < 4; i++) {
    await ok(await t.request('POST', `${base}/orders`, {
        resource_id: `o${i}`,
        customer: { email: `buyer${i}@example.com`, create_subscriber: true, resource_id: `c${i}` },
        cart: { resource_id: `cart${i}`, items: products.slice(i, i + 3).map((p) => ({ ecommerce_product_id: p.id, quantity: 2, price: 5 })) },
    }), 201);
}
/** Every read that keeps answers: pages (one past the end too), counts and single records of each kind, plain and with ?with_resource_id. */
async function urls() {
    const list = async (kind) => (await ok(await uncachedText(`${base}/${kind}`))).data.map((r) => r.id);
    const single = async (kind) => (await list(kind)).flatMap((id) => [`${base}/${kind}/${id}`, `${base}/${kind}/${id}?with_resource_id`]);
    const pages = ['products', 'customers', 'orders', 'carts'].flatMap((kind) => [
        `${base}/${kind}`,
        `${base}/${kind}?with_resource_id`,
        `${base}/${kind}?limit=2&page=2`,
        `${base}/${kind}?limit=0`,
        `${base}/${kind}?limit=5&page=9`,
    ]);
    return [
        ...pages,
        ...(await single('products')),
        ...(await single('customers')),
        ...(await single('orders')),
        ...(await single('carts')),
        `${base}/products/p1?with_resource_id`,
        `${base}/orders/o2?with_resource_id`,
        `${base}/products/999999999999`,
    ];
}
/** Reads everything twice through the keeping app and once through each other; all must agree. */
async function assertSameAnswers(after) {
    for (const url of await urls()) {
        const expected = await uncachedText(url);
        for (const round of ['built', 'kept']) {
            const response = await t.request('GET', url);
            assert.equal(response.status, expected.status, `${after}: ${url} (${round})`);
            assert.equal(response.headers['content-type'], expected.type, `${after}: ${url} (${round})`);
            assert.equal(response.text, expected.text, `${after}: ${url} (${round}) differs from the uncached answer`);
        }
        const other = await second('GET', url);
        assert.equal(other.text, expected.text, `${after}: ${url} through the other process differs`);
    }
}
describe('kept answers', () => {
    it('are used: a page read again is answered from memory', async () => {
        await t.request('GET', `${base}/orders`);
        const before = t.app.fragments.hits;
        const again = await t.request('GET', `${base}/orders`);
        assert.equal(again.status, 200);
        assert.equal(t.app.fragments.hits - before, 6, "the total, the page's ids and the four orders were kept");
        assert.equal(again.body.data.length, 4);
        assert.ok(t.app.fragments.bytes > 0);
    });
    it('answer byte for byte what the database holds, after every kind of write, from either process', async () => {
        await assertSameAnswers('at first');
        await ok(await t.request('PUT', `${base}/products/${products[1].id}`, { name: 'Renamed', price: 99 }));
        await assertSameAnswers('a product renamed');
        await ok(await second('PUT', `${base}/categories/${hats.id}`, { name: 'Caps' }));
        await assertSameAnswers('a category renamed by the other process');
        await ok(await second('POST', `${base}/customers`, { email: 'new@example.com', create_subscriber: true }), 201);
        await assertSameAnswers('a subscriber added to the shop group by the other process');
        const customers = (await ok(await t.request('GET', `${base}/customers`))).data;
        const buyer0 = customers.find((c) => c.email === 'buyer0@example.com');
        await ok(await second('PUT', `${base}/customers/${buyer0.id}`, { email: 'buyer0.moved@example.com' }));
        await assertSameAnswers("a customer's email changed by the other process");
        await ok(await t.request('PUT', `/api/ecommerce/shops/${shop.id}`, { name: 'Renamed shop', currency: 'EUR' }));
        await assertSameAnswers('the shop renamed');
        await ok(await t.request('PUT', `/api/groups/${group.id}`, { name: 'Renamed group' }));
        await assertSameAnswers('the group renamed');
        await ok(await t.request('PUT', `${base}/orders/${(await ok(await t.request('GET', `${base}/orders/o1?with_resource_id`))).data.id}`, { status: 'complete' }));
        await assertSameAnswers('an order updated');
        await ok(await second('POST', `${base}/carts/cart2/items/replace?with_resource_id`, { items: [{ resource_id: 'x', product_resource_id: 'p5', quantity: 1, price: 1 }] }));
        await assertSameAnswers("a cart's items replaced by the other process");
        // Written straight into the database, past every code path: the triggers still bump the revisions.
        await sql `update products set price = 1234 where shop_id = ${shop.id} and resource_id = 'p3'`.execute(t.database.db);
        await sql `update subscribers set status = 'unsubscribed' where email = 'buyer2@example.com'`.execute(t.database.db);
        await assertSameAnswers('a price and a subscriber status changed in SQL');
        await ok(await t.request('DELETE', `${base}/products/${products[2].id}`));
        await assertSameAnswers('a product in carts deleted');
        await ok(await second('DELETE', `${base}/categories/${shoes.id}`));
        await assertSameAnswers('a category deleted by the other process');
        await ok(await t.request('DELETE', `${base}/orders/o3?with_resource_id`));
        await assertSameAnswers('an order deleted');
        const customer3 = (await ok(await t.request('GET', `${base}/customers/c3?with_resource_id`))).data.id;
        await ok(await t.request('DELETE', `${base}/customers/${customer3}`));
        await assertSameAnswers('a customer deleted');
        assert.equal((await t.request('DELETE', `/api/groups/${group.id}`)).status, 204);
        await assertSameAnswers('the group deleted');
    });
    it('are never another shop\'s: the same ids under a shop of another account are 404', async () => {
        const order = (await ok(await t.request('GET', `${base}/orders?limit=1`))).data[0];
        await t.request('GET', `${base}/orders/${order.id}`);
        const theirs = await createShop(t, {}, t.otherToken);
        const response = await t.request('GET', `/api/ecommerce/shops/${theirs.id}/orders/${order.id}`, undefined, { token: t.otherToken });
        assert.equal(response.status, 404);
        assert.deepEqual(response.body, { message: 'Resource not found.' });
        const mine = await createShop(t);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${mine.id}/orders/${order.id}`)).status, 404, 'nor of another shop of the account');
    });
});
//# sourceMappingURL=fragments.test.js.map