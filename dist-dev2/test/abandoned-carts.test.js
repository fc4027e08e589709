import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createOrder, createProduct, createShop } from './helpers/factories.js';
// Abandoned and recovered carts, with the sweeper running every second and carts abandoned after 2 idle seconds
// (a shop may set its own delay). What a user sees: the carts' Cartline fields, the lists' filter, and the
// events stored in the outbox (their delivery is the webhooks' part).
const t = await setup({ CARTLINE_CART_SWEEP_INTERVAL: '1', CARTLINE_CART_ABANDON_AFTER: '2', CARTLINE_CART_RECOVERY_WINDOW: '600' });
const CART_KEYS = ['id', 'ecommerce_order_id', 'checkout_url', 'cart_total', 'customer', 'items'];
const ABANDONMENT_KEYS = ['abandoned_at', 'recovered_at', 'recovered_by_order_id', 'recovered_value'];
async function waitFor(what, probe, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const found = await probe();
        if (found !== undefined)
            return found;
        if (Date.now() > deadline)
            throw new Error(`timed out waiting for ${what}`);
        await sleep(200);
    }
}
async function cartWithAbandonment(context, shopId, cartId) {
    const response = await context.request('GET', `/api/ecommerce/shops/${shopId}/carts/${cartId}?with_abandonment=true`);
    assert.equal(response.status, 200, response.text);
    return response.body.data;
}
function waitForAbandoned(shopId, cartId) {
    return waitFor(`cart ${cartId} abandoned`, async () => {
        const cart = await cartWithAbandonment(t, shopId, cartId);
        return cart.abandoned_at === null ? undefined : cart;
    });
}
function waitForRecovered(shopId, cartId) {
    return waitFor(`cart ${cartId} recovered`, async () => {
        const cart = await cartWithAbandonment(t, shopId, cartId);
        return cart.recovered_at === null ? undefined : cart;
    });
}
async function storedEvents(type) {
    let query = t.database.db.selectFrom('events').select(['id', 'account_id', 'shop_id', 'type', 'data', 'created_at']).orderBy('id');
    if (type !== undefined)
        query = query.where('type', '=', type);
    const rows = await query.execute();
    return rows.map((row) => ({ ...row, id: String(row.id), account_id: String(row.account_id), shop_id: row.shop_id === null ? null : String(row.shop_id), data: JSON.parse(row.data) }));
}
async function eventsOfCart(type, cartId) {
    return (await storedEvents(type)).filter((event) => event.data.cart?.id === cartId);
}
async function accountIdOf(token) {
    const response = await t.request('GET', '/api/account', undefined, { token });
    return String(response.body.data.id);
}
/** Two sweeps' worth of time, for checks that something did not happen. */
const twoSweeps = () => sleep(2_500);
describe('abandoned carts', () => {
    it('fires cart.abandoned once for an idle unfinished cart, with the cart and customer as the API answers them', async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id, { total_price: 25 });
        const done = await createOrder(t, shop.id, { status: 'complete' });
        const plainUrl = `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`;
        const before = await t.request('GET', plainUrl);
        assert.deepEqual(Object.keys(before.body.data), CART_KEYS);
        const fresh = await cartWithAbandonment(t, shop.id, order.cart.id);
        assert.deepEqual(Object.keys(fresh), [...CART_KEYS, ...ABANDONMENT_KEYS]);
        assert.deepEqual(ABANDONMENT_KEYS.map((key) => fresh[key]), [null, null, null, null]);
        const abandoned = await waitForAbandoned(shop.id, order.cart.id);
        assert.match(abandoned.abandoned_at, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        assert.equal(abandoned.recovered_at, null);
        // The documented answer is the same, byte for byte, after the abandonment.
        const after = await t.request('GET', plainUrl);
        assert.equal(after.text, before.text);
        await twoSweeps();
        const events = await eventsOfCart('cart.abandoned', order.cart.id);
        assert.equal(events.length, 1, 'fired once');
        const [event] = events;
        assert.equal(event.shop_id, shop.id);
        assert.equal(event.account_id, await accountIdOf(t.token));
        const customer = await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers/${order.customer.id}`);
        assert.deepEqual(event.data, { cart: after.body.data, customer: customer.body.data, order_id: order.id, abandoned_at: abandoned.abandoned_at });
        // A cart whose order completed is never abandoned.
        assert.equal((await cartWithAbandonment(t, shop.id, done.cart.id)).abandoned_at, null);
        assert.equal((await eventsOfCart('cart.abandoned', done.cart.id)).length, 0);
    });
    it('counts a change to the cart, its items or its order as activity; a deleted item too', async () => {
        const shop = await createShop(t);
        await t.request('PUT', `/api/cartline/shops/${shop.id}/settings`, { cart_abandon_after: 4 });
        const product = await createProduct(t, shop.id);
        const order = await createOrder(t, shop.id);
        const itemId = order.cart.items[0].id;
        const stored = async () => String((await t.database.db.selectFrom('carts').select('updated_at').where('shop_id', '=', shop.id).where('id', '=', order.cart.id).executeTakeFirstOrThrow())
            .updated_at);
        const created = await stored();
        await sleep(1_100);
        const added = await t.request('POST', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items`, { ecommerce_product_id: product.id });
        assert.equal(added.status, 201);
        const afterAdd = await stored();
        assert.ok(afterAdd > created, `adding an item moves the cart's updated_at (${created} -> ${afterAdd})`);
        await sleep(1_100);
        assert.equal((await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}/items/${itemId}`)).status, 200);
        const afterDelete = await stored();
        assert.ok(afterDelete > afterAdd, `deleting an item moves the cart's updated_at (${afterAdd} -> ${afterDelete})`);
        await sleep(1_100);
        // The order changes last: the cart is idle only from here (the clock read before the write stamps it).
        const orderChanged = Date.now();
        assert.equal((await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${order.id}`, { total_price: 3 })).status, 200);
        const abandoned = await waitForAbandoned(shop.id, order.cart.id);
        const idle = Date.parse(`${abandoned.abandoned_at.replace(' ', 'T')}Z`) - orderChanged;
        // 4 s of idleness, less the second that timestamps drop.
        assert.ok(idle >= 3_000, `abandoned ${idle} ms after the order's change`);
    });
    it('fires cart.recovered once when the same customer completes an order within the window', async () => {
        const shop = await createShop(t);
        const email = 'comes-back@example.com';
        const order = await createOrder(t, shop.id, { customer: { email } });
        const other = await createOrder(t, shop.id, { customer: { email: 'someone-else@example.com' } });
        const abandoned = await waitForAbandoned(shop.id, order.cart.id);
        await waitForAbandoned(shop.id, other.cart.id);
        // Another customer's completed order recovers nothing; a pending one of the same customer neither.
        await createOrder(t, shop.id, { customer: { email: 'a-third@example.com' }, status: 'complete' });
        const pending = await createOrder(t, shop.id, { customer: { email } });
        await twoSweeps();
        assert.equal((await cartWithAbandonment(t, shop.id, order.cart.id)).recovered_at, null);
        const completing = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${pending.id}`, { status: 'complete', total_price: 42.5 });
        assert.equal(completing.status, 200);
        const recovered = await waitForRecovered(shop.id, order.cart.id);
        assert.equal(recovered.abandoned_at, abandoned.abandoned_at);
        assert.equal(recovered.recovered_by_order_id, pending.id);
        assert.equal(recovered.recovered_value, 42.5);
        assert.ok(recovered.recovered_at >= recovered.abandoned_at);
        await twoSweeps();
        const events = await eventsOfCart('cart.recovered', order.cart.id);
        assert.equal(events.length, 1, 'fired once');
        const plain = await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}`);
        const customer = await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers/${order.customer.id}`);
        assert.equal(events[0].shop_id, shop.id);
        assert.deepEqual(events[0].data, {
            cart: plain.body.data,
            customer: customer.body.data,
            order_id: pending.id,
            abandoned_cart_id: order.cart.id,
            recovered_value: 42.5,
            abandoned_at: abandoned.abandoned_at,
            recovered_at: recovered.recovered_at,
        });
        assert.equal((await cartWithAbandonment(t, shop.id, other.cart.id)).recovered_at, null);
        assert.equal((await eventsOfCart('cart.recovered', other.cart.id)).length, 0);
    });
    it("recovers a cart by its own order completing late, and not after the shop's window", async () => {
        const shop = await createShop(t);
        const late = await createOrder(t, shop.id, { total_price: 9 });
        await waitForAbandoned(shop.id, late.cart.id);
        assert.equal((await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${late.id}`, { status: 'complete' })).status, 200);
        const recovered = await waitForRecovered(shop.id, late.cart.id);
        assert.equal(recovered.recovered_by_order_id, late.id);
        assert.equal(recovered.recovered_value, 9);
        const windowed = await createShop(t);
        assert.equal((await t.request('PUT', `/api/cartline/shops/${windowed.id}/settings`, { cart_recovery_window: 1 })).status, 200);
        const missed = await createOrder(t, windowed.id, { customer: { email: 'too-late@example.com' } });
        await waitForAbandoned(windowed.id, missed.cart.id);
        await sleep(2_100);
        await createOrder(t, windowed.id, { customer: { email: 'too-late@example.com' }, status: 'complete' });
        await twoSweeps();
        assert.equal((await cartWithAbandonment(t, windowed.id, missed.cart.id)).recovered_at, null);
        assert.equal((await eventsOfCart('cart.recovered', missed.cart.id)).length, 0);
    });
    it('lists carts by filter[abandoned], with or without the Cartline fields, and refuses bad flags', async () => {
        const shop = await createShop(t);
        const idle = await createOrder(t, shop.id);
        const done = await createOrder(t, shop.id, { status: 'completed' });
        const base = `/api/ecommerce/shops/${shop.id}/carts`;
        const allBefore = await t.request('GET', base);
        assert.deepEqual((await t.request('GET', `${base}?filter[abandoned]=true&limit=0`)).body, { total: 0 });
        await waitForAbandoned(shop.id, idle.cart.id);
        const ids = async (query) => {
            const response = await t.request('GET', `${base}?${query}`);
            assert.equal(response.status, 200, response.text);
            return response.body.data.map((cart) => cart.id);
        };
        assert.deepEqual(await ids('filter[abandoned]=true'), [idle.cart.id]);
        assert.deepEqual(await ids('filter[abandoned]=false'), [done.cart.id]);
        assert.deepEqual(await ids(''), [idle.cart.id, done.cart.id]);
        assert.deepEqual((await t.request('GET', `${base}?filter[abandoned]=1&limit=0`)).body, { total: 1 });
        assert.deepEqual((await t.request('GET', `${base}?filter[abandoned]=false&limit=0`)).body, { total: 1 });
        assert.deepEqual((await t.request('GET', `${base}?limit=0`)).body, { total: 2 });
        const plain = await t.request('GET', base);
        assert.equal(plain.text, allBefore.text, 'the documented list is unchanged by an abandonment');
        for (const cart of plain.body.data)
            assert.deepEqual(Object.keys(cart), CART_KEYS);
        const flagged = await t.request('GET', `${base}?with_abandonment`);
        for (const cart of flagged.body.data)
            assert.deepEqual(Object.keys(cart), [...CART_KEYS, ...ABANDONMENT_KEYS]);
        assert.equal(flagged.body.data[0].abandoned_at === null, false);
        assert.equal(flagged.body.data[1].abandoned_at, null);
        const off = await t.request('GET', `${base}?with_abandonment=false`);
        assert.equal(off.text, plain.text);
        // A kept page of one form is never served for the other (asked again, from kept answers).
        assert.equal((await t.request('GET', base)).text, plain.text);
        assert.equal((await t.request('GET', `${base}?with_abandonment=1`)).text, flagged.text);
        for (const [query, field, message] of [
            ['filter[abandoned]=maybe', 'filter[abandoned]', 'The filter[abandoned] field must be true or false.'],
            ['with_abandonment=yes', 'with_abandonment', 'The selected with abandonment is invalid.'],
        ]) {
            const refused = await t.request('GET', `${base}?${query}`);
            assert.equal(refused.status, 422, query);
            assert.deepEqual(refused.body, { message: 'The given data was invalid.', errors: { [field]: [message] } });
        }
        const one = await t.request('GET', `${base}/${idle.cart.id}?with_abandonment=yes`);
        assert.equal(one.status, 422);
    });
    it("is another account's business only for its shops: settings, carts and events", async () => {
        const shop = await createShop(t);
        const order = await createOrder(t, shop.id);
        await waitForAbandoned(shop.id, order.cart.id);
        for (const [method, path] of [
            ['GET', `/api/cartline/shops/${shop.id}/settings`],
            ['PUT', `/api/cartline/shops/${shop.id}/settings`],
            ['GET', `/api/cartline/shops/${shop.id}/stats`],
            ['GET', `/api/ecommerce/shops/${shop.id}/carts?filter[abandoned]=true`],
            ['GET', `/api/ecommerce/shops/${shop.id}/carts/${order.cart.id}?with_abandonment`],
        ]) {
            const response = await t.request(method, path, method === 'PUT' ? { cart_abandon_after: 1 } : undefined, { token: t.otherToken });
            assert.equal(response.status, 404, `${method} ${path}`);
            assert.deepEqual(response.body, { message: 'Resource not found.' });
        }
        assert.equal((await t.request('GET', `/api/cartline/shops/${shop.id}/settings`, undefined, { token: null })).status, 401);
        assert.deepEqual((await t.request('GET', `/api/cartline/shops/${shop.id}/settings`)).body.data.cart_abandon_after, null, 'the refused PUT changed nothing');
        const mallory = await accountIdOf(t.otherToken);
        assert.equal((await storedEvents()).filter((event) => event.account_id === mallory).length, 0);
    });
    it('with two processes on one database, fires each cart exactly once', async () => {
        const second = await t.secondInstance();
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        const carts = [];
        for (let i = 0; i < 40; i++) {
            const request = i % 2 === 0 ? t.request : second;
            const response = await request('POST', `/api/ecommerce/shops/${shop.id}/orders`, {
                customer: { email: `many${i}@example.com` },
                cart: { items: [{ ecommerce_product_id: product.id, quantity: 1, price: 1 }] },
            });
            assert.equal(response.status, 201, response.text);
            carts.push(response.body.data.cart.id);
        }
        await waitFor('all 40 carts abandoned', async () => {
            const response = await t.request('GET', `/api/ecommerce/shops/${shop.id}/carts?filter[abandoned]=true&limit=0`);
            return response.body.total === 40 ? true : undefined;
        });
        await twoSweeps();
        const events = (await storedEvents('cart.abandoned')).filter((event) => event.shop_id === shop.id);
        assert.equal(events.length, 40);
        assert.deepEqual(events.map((event) => event.data.cart.id).sort(), [...carts].sort());
    });
});
describe('shop settings', () => {
    it('answers the defaults, takes seconds or null, and refuses anything else with a 422', async () => {
        const shop = await createShop(t);
        const url = `/api/cartline/shops/${shop.id}/settings`;
        const initial = await t.request('GET', url);
        assert.equal(initial.status, 200);
        assert.deepEqual(initial.body, {
            data: { cart_abandon_after: null, cart_recovery_window: null, effective: { cart_abandon_after: 2, cart_recovery_window: 600 } },
        });
        const set = await t.request('PUT', url, { cart_abandon_after: '120', cart_recovery_window: 86400 });
        assert.equal(set.status, 200);
        assert.deepEqual(set.body.data, { cart_abandon_after: 120, cart_recovery_window: 86400, effective: { cart_abandon_after: 120, cart_recovery_window: 86400 } });
        const partial = await t.request('PUT', url, { cart_recovery_window: null });
        assert.deepEqual(partial.body.data, { cart_abandon_after: 120, cart_recovery_window: null, effective: { cart_abandon_after: 120, cart_recovery_window: 600 } });
        assert.deepEqual((await t.request('GET', url)).body, partial.body);
        for (const [body, field, message] of [
            [{ cart_abandon_after: 0 }, 'cart_abandon_after', 'The cart abandon after must be at least 1.'],
            [{ cart_abandon_after: -5 }, 'cart_abandon_after', 'The cart abandon after must be at least 1.'],
            [{ cart_abandon_after: 'soon' }, 'cart_abandon_after', 'The cart abandon after must be an integer.'],
            [{ cart_abandon_after: 1.5 }, 'cart_abandon_after', 'The cart abandon after must be an integer.'],
            [{ cart_recovery_window: 366 * 86400 + 1 }, 'cart_recovery_window', `The cart recovery window must not be greater than ${366 * 86400}.`],
        ]) {
            const refused = await t.request('PUT', url, body);
            assert.equal(refused.status, 422, JSON.stringify(body));
            assert.deepEqual(refused.body, { message: 'The given data was invalid.', errors: { [field]: [message] } });
        }
        assert.deepEqual((await t.request('GET', url)).body, partial.body, 'refused writes changed nothing');
        assert.equal((await t.request('GET', '/api/cartline/shops/123/settings')).status, 404);
        assert.equal((await t.request('DELETE', url)).status, 405);
    });
});
//# sourceMappingURL=abandoned-carts.test.js.map