import assert from 'node:assert/strict';
import type { TestContext } from './app.js';

// Small factories: each makes one resource through the API and returns what the API answered.

let counter = 0;

export async function createShop(t: TestContext, fields: Record<string, unknown> = {}, token?: string) {
  counter += 1;
  const response = await t.request(
    'POST',
    '/api/ecommerce/shops',
    { name: `Shop ${counter}`, url: `shop${counter}.example`, currency: 'USD', ...fields },
    token === undefined ? {} : { token },
  );
  assert.equal(response.status, 201, response.text);
  return response.body.data;
}

export async function createCategory(t: TestContext, shopId: string, fields: Record<string, unknown> = {}) {
  counter += 1;
  const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/categories`, { name: `Category ${counter}`, ...fields });
  assert.equal(response.status, 201, response.text);
  return response.body.data;
}

export async function createProduct(t: TestContext, shopId: string, fields: Record<string, unknown> = {}) {
  counter += 1;
  const response = await t.request('POST', `/api/ecommerce/shops/${shopId}/products`, { name: `Product ${counter}`, price: 10, ...fields });
  assert.equal(response.status, 201, response.text);
  return response.body.data;
}
