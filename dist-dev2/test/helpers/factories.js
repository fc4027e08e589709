import assert from 'node:assert/strict';
import { runChecks } from '../../src/db/integrity.repository.js';
// Small factories: each makes one resource through the API and returns what the API answered.
let counter = 0;
export async function createShop(t, fields = {}, token) {
    counter += 1;
    const response = await t.request('POST', '/api/ecommerce/shops', { name: `Shop ${counter}`, url: `shop${counter}.example`, currency: 'USD', ...fields }, token === undefined ? {} : { token });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
export async function createCategory(t, shopId, fields = {}) {
    counter += 1;
    const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/categories`, { name: `Category ${counter}`, ...fields });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
export async function createProduct(t, shopId, fields = {}) {
    counter += 1;
    const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/products`, { name: `Product ${counter}`, price: 10, ...fields });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
export async function createCustomer(t, shopId, fields = {}) {
    counter += 1;
    const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/customers`, { email: `customer${counter}@example.com`, ...fields });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
/** An order of one item per product given (a product is made when none is). */
export async function createOrder(t, shopId, fields = {}, productIds) {
    counter += 1;
    const products = productIds ?? [(await createProduct(t, shopId)).id];
    const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/orders`, {
        customer: { email: `buyer${counter}@example.com` },
        cart: { items: products.map((id) => ({ ecommerce_product_id: id, variant: 'v', quantity: 1, price: 10 })) },
        ...fields,
    });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
export async function createGroup(t, name = 'Group', token) {
    const response = await t.request('POST', '/api/groups', { name }, token === undefined ? {} : { token });
    assert.equal(response.status, 201, response.text);
    return response.body.data;
}
/** Rows of a table for one shop, read straight from the database: what is stored, not what is answered. */
export async function storedRows(t, table, shopId) {
    return t.database.db.selectFrom(table).select('id').where('shop_id', '=', shopId).execute();
}
/** Runs `cartline check`'s verifications on the test database; every one must hold. */
export async function assertDatabaseConsistent(t) {
    const results = await runChecks(t.database.db, t.database.dialect);
    const failed = results.filter((result) => !result.ok);
    assert.deepEqual(failed, [], failed.map((result) => `${result.name}: ${result.detail}`).join('; '));
}
//# sourceMappingURL=factories.js.map