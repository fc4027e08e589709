import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import { createDatabase } from '../src/db/database.js';
import { createIdGenerator } from '../src/db/ids.js';
import { dialect, setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';
// Two processes that mint the same ids (the same worker number, the same millisecond: what leases prevent) must
// never drop a row silently or answer a 500: the second write of a colliding id either lands with an id of its
// own or is refused with a clear error, and nothing of it is half-written.
const t = await setup();
/** Two apps on this database (each with its own connections) whose id generators mint the very same ids. */
async function twinApps() {
    const frozen = Date.now();
    const apps = [];
    for (let i = 0; i < 2; i++) {
        const database = dialect === 'postgres' ? createDatabase(t.config.database, { schema: t.schema, poolSize: 2 }) : createDatabase(t.config.database);
        const app = await buildApp(t.config, database, { newId: createIdGenerator(77, () => frozen) });
        after(async () => {
            await app.close();
            await database.close();
        });
        apps.push(async (method, url, body) => {
            const response = await app.inject({ method, url, headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
            return { status: response.statusCode, body: JSON.parse(response.body) };
        });
    }
    return apps;
}
/** Every stored row of a shop-owned table, every column. */
async function storedRows(table, shopId) {
    return t.database.db.selectFrom(table).selectAll().where('shop_id', '=', shopId).execute();
}
const CONFLICT = { message: 'The given data was invalid.', errors: { data: ['The given data conflicts with a concurrent change; please retry.'] } };
/** The second answer is a 201 with an id of its own, or the clear conflict error; never a 200 "update" or a 500. */
function assertLandedOrRefused(first, second) {
    assert.equal(first.status, 201, JSON.stringify(first.body));
    if (second.status === 201)
        assert.notEqual(second.body.data.id, first.body.data.id);
    else
        assert.deepEqual({ status: second.status, body: second.body }, { status: 422, body: CONFLICT });
}
describe('ids minted twice', () => {
    it('a product with a resource id: not taken for a re-sync of another product', async () => {
        const shop = await createShop(t);
        const [one, two] = await twinApps();
        const url = `/api/ecommerce/shops/${shop.id}/products`;
        const first = await one('POST', url, { name: 'First', price: 1, resource_id: 'wc-1' });
        const second = await two('POST', url, { name: 'Second', price: 2, resource_id: 'wc-2' });
        assertLandedOrRefused(first, second);
        const rows = await storedRows('products', shop.id);
        // Nothing silently dropped, nothing overwritten: the first product is intact; the second exists if answered 201.
        assert.deepEqual(rows.map((row) => [row.name, row.resource_id]).sort(), second.status === 201 ? [['First', 'wc-1'], ['Second', 'wc-2']] : [['First', 'wc-1']]);
    });
    it('a category with a resource id', async () => {
        const shop = await createShop(t);
        const [one, two] = await twinApps();
        const url = `/api/ecommerce/shops/${shop.id}/categories`;
        const first = await one('POST', url, { name: 'First', resource_id: 'c-1' });
        const second = await two('POST', url, { name: 'Second', resource_id: 'c-2' });
        assertLandedOrRefused(first, second);
        const rows = await storedRows('categories', shop.id);
        assert.deepEqual(rows.map((row) => row.name).sort(), second.status === 201 ? ['First', 'Second'] : ['First']);
    });
    it('a customer: not taken for the customer with another email', async () => {
        const shop = await createShop(t);
        const [one, two] = await twinApps();
        const url = `/api/ecommerce/shops/${shop.id}/customers`;
        const first = await one('POST', url, { email: 'first@example.com' });
        const second = await two('POST', url, { email: 'second@example.com' });
        assertLandedOrRefused(first, second);
        const rows = await storedRows('customers', shop.id);
        assert.deepEqual(rows.map((row) => row.email).sort(), second.status === 201 ? ['first@example.com', 'second@example.com'] : ['first@example.com']);
    });
    it('an order with a resource id: not taken for a re-sync, nothing of it half-written', async () => {
        const shop = await createShop(t);
        const product = await createProduct(t, shop.id);
        // The customer exists already: the first id each twin mints is the order's own.
        assert.equal((await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'buyer@example.com' })).status, 201);
        const [one, two] = await twinApps();
        const url = `/api/ecommerce/shops/${shop.id}/orders`;
        const order = (resourceId, price) => ({
            customer: { email: 'buyer@example.com' },
            resource_id: resourceId,
            total_price: price,
            cart: { items: [{ ecommerce_product_id: product.id, quantity: 1, price }] },
        });
        const first = await one('POST', url, order('o-1', 5));
        const second = await two('POST', url, order('o-2', 7));
        assertLandedOrRefused(first, second);
        const orders = await storedRows('orders', shop.id);
        const carts = await storedRows('carts', shop.id);
        const items = await storedRows('cart_items', shop.id);
        const expected = second.status === 201 ? 2 : 1;
        assert.deepEqual([orders.length, carts.length, items.length], [expected, expected, expected]);
        assert.deepEqual(orders.map((row) => [row.resource_id, Number(row.total)]).sort(), second.status === 201 ? [['o-1', 5], ['o-2', 7]] : [['o-1', 5]]);
        assert.equal((await storedRows('customers', shop.id)).length, 1);
    });
});
//# sourceMappingURL=id-collision.test.js.map