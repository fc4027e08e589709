import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCustomer, createOrder, createShop } from './helpers/factories.js';
// Pages past the middle of a list are read from the end (pagedByShop: descending, then reversed). Each list
// must hold, page by page, exactly the rows of one ascending read. products.test.ts covers products; these
// cover customers, orders and carts.
const t = await setup();
const ascending = (ids) => [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
/** Every page of `limit` rows of `path` (7 rows), and beyond, against the one-page list and the ids made. */
async function assertPages(path, made) {
    const whole = await t.request('GET', `${path}?limit=100`);
    assert.equal(whole.status, 200, whole.text);
    assert.equal(whole.body.meta.total, 7);
    assert.deepEqual(whole.body.data.map((row) => row.id), ascending(made), 'one page holds every row made, in id order');
    const rows = whole.body.data;
    for (const limit of [2, 3, 5]) {
        const pages = Math.ceil(7 / limit);
        for (let page = 1; page <= pages + 1; page++) {
            const list = await t.request('GET', `${path}?limit=${limit}&page=${page}`);
            assert.equal(list.status, 200, list.text);
            const expected = rows.slice((page - 1) * limit, page * limit);
            // Whole bodies, not only ids: a page read from the end answers the same resources as one from the start.
            assert.deepEqual(list.body.data, expected, `${path} limit ${limit} page ${page}`);
            assert.equal(list.body.meta.total, 7);
            if (page <= pages) {
                assert.equal(list.body.meta.from, (page - 1) * limit + 1);
                assert.equal(list.body.meta.to, Math.min(7, page * limit));
            }
        }
    }
}
describe('pages read from the end', () => {
    it('customers: every page, the last partial one and one past the end hold the rows of an ascending read', async () => {
        const shop = await createShop(t);
        const made = [];
        for (let i = 0; i < 7; i++)
            made.push((await createCustomer(t, shop.id)).id);
        // Another shop's customers must not slip into this shop's pages from either end.
        const other = await createShop(t);
        for (let i = 0; i < 3; i++)
            await createCustomer(t, other.id);
        await assertPages(`/api/ecommerce/shops/${shop.id}/customers`, made);
    });
    it('orders and their carts: every page, the last partial one and one past the end hold the rows of an ascending read', async () => {
        const shop = await createShop(t);
        const orders = [];
        for (let i = 0; i < 7; i++)
            orders.push(await createOrder(t, shop.id));
        const other = await createShop(t);
        await createOrder(t, other.id);
        await assertPages(`/api/ecommerce/shops/${shop.id}/orders`, orders.map((order) => order.id));
        await assertPages(`/api/ecommerce/shops/${shop.id}/carts`, orders.map((order) => order.cart.id));
    });
});
//# sourceMappingURL=late-pages.test.js.map