import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';
// The shop's stats and the customers' aggregates, against figures worked out by hand for a small shop: orders
// on several days, statuses that count and that do not, a returning customer, an abandoned and a recovered cart.
const t = await setup({ CARTLINE_CART_SWEEP_INTERVAL: '1', CARTLINE_CART_ABANDON_AFTER: '1' });
const DAY = 86_400_000;
const today = new Date();
/** The UTC date `n` days before today. */
const day = (n) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - n * DAY).toISOString().slice(0, 10);
let shopId = '';
const products = { p1: '', p2: '', p3: '' };
const customers = {};
const orderIds = {};
async function order(name, email, fields) {
    const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/orders`, {
        customer: { email },
        status: fields.status,
        total_price: fields.total,
        ...(fields.created === undefined ? {} : { created_at: fields.created }),
        cart: {
            cart_total: fields.total,
            items: fields.items.map(([product, quantity, price]) => ({ ecommerce_product_id: products[product], quantity, price })),
        },
    });
    assert.equal(response.status, 201, response.text);
    customers[email] = response.body.data.customer.id;
    orderIds[name] = response.body.data.id;
    return response.body.data;
}
async function waitForAbandoned(cartId) {
    for (let i = 0; i < 75; i++) {
        const response = await t.request('GET', `/api/ecommerce/shops/${shopId}/carts/${cartId}?with_abandonment`);
        if (response.body.data.abandoned_at !== null)
            return;
        await sleep(200);
    }
    throw new Error(`cart ${cartId} was not abandoned`);
}
before(async () => {
    const shop = await createShop(t);
    shopId = shop.id;
    products.p1 = (await createProduct(t, shopId, { name: 'P1' })).id;
    products.p2 = (await createProduct(t, shopId, { name: 'P2' })).id;
    products.p3 = (await createProduct(t, shopId, { name: 'P3' })).id;
    // a@ returns (a completed order before the period); b@ and d@ are new; c@ only abandons; e@ only cancels.
    await order('a-old', 'a@example.com', { status: 'complete', total: 100, created: `${day(40)} 10:00:00`, items: [['p1', 1, 100]] });
    await order('a-1', 'a@example.com', { status: 'complete', total: 50, created: `${day(5)} 10:00:00`, items: [['p1', 2, 20], ['p2', 1, 10]] });
    await order('b-1', 'b@example.com', { status: 'completed', total: 30, created: `${day(5)} 23:59:59`, items: [['p2', 3, 10]] });
    await order('b-2', 'b@example.com', { status: 'complete', total: 20.5, created: `${day(2)} 08:00:00`, items: [['p3', 1, 20.5]] });
    await order('a-2', 'a@example.com', { status: 'complete', total: 10, created: `${day(9)} 00:00:00`, items: [['p3', 1, 10]] });
    const e = await order('e-1', 'e@example.com', { status: 'cancelled', total: 999, created: `${day(3)} 10:00:00`, items: [['p1', 10, 99.9]] });
    await order('f-1', 'f@example.com', { status: 'complete', total: 70, created: `${day(10)} 10:00:00`, items: [['p1', 1, 70]] });
    const c = await order('c-1', 'c@example.com', { status: 'pending', total: 40, items: [['p1', 1, 40]] });
    const d = await order('d-1', 'd@example.com', { status: 'pending', total: 25, items: [['p2', 1, 25]] });
    await waitForAbandoned(c.cart.id);
    await waitForAbandoned(d.cart.id);
    await waitForAbandoned(e.cart.id);
    // d@ comes back and completes another order: d's cart is recovered, worth 60.
    await order('d-2', 'd@example.com', { status: 'complete', total: 60, items: [['p2', 1, 60]] });
    for (let i = 0;; i++) {
        const response = await t.request('GET', `/api/ecommerce/shops/${shopId}/carts/${d.cart.id}?with_abandonment`);
        if (response.body.data.recovered_at !== null)
            break;
        if (i > 75)
            throw new Error('not recovered');
        await sleep(200);
    }
});
describe('shop stats', () => {
    it('answers the figures of a period, worked out by hand', async () => {
        const response = await t.request('GET', `/api/cartline/shops/${shopId}/stats?from=${day(9)}&to=${day(0)}`);
        assert.equal(response.status, 200, response.text);
        const { by_day: byDay, ...figures } = response.body.data;
        // Completed orders created in the period: a-2 (10), a-1 (50), b-1 (30), b-2 (20.5), d-2 (60).
        assert.deepEqual(figures, {
            from: day(9),
            to: day(0),
            revenue: 170.5,
            orders: 5,
            average_order_value: 34.1,
            customers: 3,
            new_customers: 2,
            returning_customers: 1,
            // c-1 (40), d-1 (25) and e-1 (999: cancelled is not complete, and it went idle too), abandoned today.
            abandoned_carts: { count: 3, value: 1064 },
            recovered_carts: { count: 1, value: 60, rate: 0.3333 },
            top_products_by_revenue: [
                { product_id: products.p2, name: 'P2', revenue: 100, quantity: 5 },
                { product_id: products.p1, name: 'P1', revenue: 40, quantity: 2 },
                { product_id: products.p3, name: 'P3', revenue: 30.5, quantity: 2 },
            ],
            top_products_by_quantity: [
                { product_id: products.p2, name: 'P2', revenue: 100, quantity: 5 },
                { product_id: products.p1, name: 'P1', revenue: 40, quantity: 2 },
                { product_id: products.p3, name: 'P3', revenue: 30.5, quantity: 2 },
            ],
        });
        const expectedDays = { [day(9)]: [10, 1], [day(5)]: [80, 2], [day(2)]: [20.5, 1], [day(0)]: [60, 1] };
        assert.deepEqual(byDay, Array.from({ length: 10 }, (_, index) => {
            const date = day(9 - index);
            const [revenue, orders] = expectedDays[date] ?? [0, 0];
            return { date, revenue, orders };
        }));
    });
    it('defaults to the last 30 days, today included', async () => {
        const response = await t.request('GET', `/api/cartline/shops/${shopId}/stats`);
        assert.equal(response.status, 200);
        const stats = response.body.data;
        assert.equal(stats.from, day(29));
        assert.equal(stats.to, day(0));
        assert.equal(stats.by_day.length, 30);
        // f-1 (70, ten days ago) joins; a-old (40 days ago) stays out.
        assert.equal(stats.revenue, 240.5);
        assert.equal(stats.orders, 6);
        assert.deepEqual([stats.customers, stats.new_customers, stats.returning_customers], [4, 3, 1]);
    });
    it('counts a single day, and a period with nothing in it as zeros', async () => {
        const one = (await t.request('GET', `/api/cartline/shops/${shopId}/stats?from=${day(5)}&to=${day(5)}`)).body.data;
        assert.deepEqual([one.revenue, one.orders, one.customers, one.new_customers, one.returning_customers], [80, 2, 2, 1, 1]);
        assert.deepEqual(one.by_day, [{ date: day(5), revenue: 80, orders: 2 }]);
        const empty = (await t.request('GET', `/api/cartline/shops/${shopId}/stats?from=2020-01-01&to=2020-01-03`)).body.data;
        assert.deepEqual(empty, {
            from: '2020-01-01',
            to: '2020-01-03',
            revenue: 0,
            orders: 0,
            average_order_value: 0,
            customers: 0,
            new_customers: 0,
            returning_customers: 0,
            abandoned_carts: { count: 0, value: 0 },
            recovered_carts: { count: 0, value: 0, rate: 0 },
            by_day: ['2020-01-01', '2020-01-02', '2020-01-03'].map((date) => ({ date, revenue: 0, orders: 0 })),
            top_products_by_revenue: [],
            top_products_by_quantity: [],
        });
    });
    it('refuses bad periods with a 422, and another account with a 404', async () => {
        const url = `/api/cartline/shops/${shopId}/stats`;
        for (const [query, errors] of [
            ['from=2026-02-30&to=2026-03-01', { from: ['The from is not a valid date.'] }],
            ['from=yesterday', { from: ['The from format is invalid.'] }],
            ['to=2026-13-01', { to: ['The to is not a valid date.'] }],
            ['from=2026-03-02&to=2026-03-01', { to: ['The to must be a date after or equal to from.'] }],
            ['from=2024-01-01&to=2025-01-01', { to: ['The period must not be longer than 366 days.'] }],
        ]) {
            const response = await t.request('GET', `${url}?${query}`);
            assert.equal(response.status, 422, query);
            assert.deepEqual(response.body, { message: 'The given data was invalid.', errors }, query);
        }
        assert.equal((await t.request('GET', `${url}?from=2024-01-01&to=2024-12-31`)).status, 200, '366 days (a leap year) is the longest');
        assert.equal((await t.request('GET', url, undefined, { token: t.otherToken })).status, 404);
        assert.equal((await t.request('GET', url, undefined, { token: null })).status, 401);
    });
});
describe('customer aggregates', () => {
    it('adds the completed orders aggregates with ?with_stats, on one customer and on a page', async () => {
        const base = `/api/ecommerce/shops/${shopId}/customers`;
        const expected = {
            'a@example.com': { orders_count: 3, total_spent: 160, average_order_value: 53.33, first_order_at: `${day(40)} 10:00:00`, last_order_at: `${day(5)} 10:00:00` },
            'b@example.com': { orders_count: 2, total_spent: 50.5, average_order_value: 25.25, first_order_at: `${day(5)} 23:59:59`, last_order_at: `${day(2)} 08:00:00` },
            'c@example.com': { orders_count: 0, total_spent: 0, average_order_value: 0, first_order_at: null, last_order_at: null },
            'e@example.com': { orders_count: 0, total_spent: 0, average_order_value: 0, first_order_at: null, last_order_at: null },
        };
        const plainA = await t.request('GET', `${base}/${customers['a@example.com']}`);
        assert.equal(plainA.body.data.stats, undefined);
        for (const [email, stats] of Object.entries(expected)) {
            const response = await t.request('GET', `${base}/${customers[email]}?with_stats=true`);
            assert.equal(response.status, 200);
            assert.deepEqual(response.body.data, { ...(await t.request('GET', `${base}/${customers[email]}`)).body.data, stats }, email);
        }
        const page = await t.request('GET', `${base}?with_stats`);
        assert.equal(page.status, 200);
        for (const customer of page.body.data) {
            assert.deepEqual(Object.keys(customer), ['id', 'email', 'accepts_marketing', 'subscriber', 'created_at', 'updated_at', 'stats']);
            if (expected[customer.email] !== undefined)
                assert.deepEqual(customer.stats, expected[customer.email], customer.email);
        }
        const plainPage = await t.request('GET', base);
        for (const customer of plainPage.body.data)
            assert.deepEqual(Object.keys(customer), ['id', 'email', 'accepts_marketing', 'subscriber', 'created_at', 'updated_at']);
        assert.equal((await t.request('GET', `${base}?with_stats=0`)).text, plainPage.text);
        assert.equal((await t.request('GET', `${base}/${customers['a@example.com']}?with_stats=false`)).text, plainA.text);
        // A new completed order shows at once, kept answers or not.
        await order('e-2', 'e@example.com', { status: 'complete', total: 5, created: `${day(1)} 12:00:00`, items: [['p3', 1, 5]] });
        const after = await t.request('GET', `${base}/${customers['e@example.com']}?with_stats`);
        assert.deepEqual(after.body.data.stats, { orders_count: 1, total_spent: 5, average_order_value: 5, first_order_at: `${day(1)} 12:00:00`, last_order_at: `${day(1)} 12:00:00` });
        const refused = await t.request('GET', `${base}?with_stats=please`);
        assert.equal(refused.status, 422);
        assert.deepEqual(refused.body, { message: 'The given data was invalid.', errors: { with_stats: ['The selected with stats is invalid.'] } });
        assert.equal((await t.request('GET', `${base}/${customers['a@example.com']}?with_stats`, undefined, { token: t.otherToken })).status, 404);
    });
});
//# sourceMappingURL=insights.test.js.map