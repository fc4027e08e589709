import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';

// A JSON array where a body expects a string, a number or a boolean is refused (422 in MailerLite's words), as
// MailerLite does; the loose forms real clients send stay accepted: "19.99" for a number, 1/"0" for a boolean.

const t = await setup();
const shop = await createShop(t);

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; 'x-boolean'?: boolean };

const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

function isScalar(schema: Schema): boolean {
  if (schema['x-boolean'] === true) return true;
  const types = [schema.type ?? []].flat().filter((type) => type !== 'null');
  return types.length > 0 && types.every((type) => SCALARS.has(type));
}

describe('arrays where a body expects a scalar', () => {
  it('a product named ["a"] is a 422 on create and on update, and nothing is stored or changed', async () => {
    const url = `/api/ecommerce/shops/${shop.id}/products`;
    const created = await t.request('POST', url, { name: ['a'], price: 1 });
    assert.equal(created.status, 422);
    assert.deepEqual(created.body, { message: 'The given data was invalid.', errors: { name: ['The name must be a string.'] } });
    assert.equal((await t.request('GET', `${url}?limit=0`)).body.total, 0);

    const product = await createProduct(t, shop.id, { name: 'Kept', price: '19.99' });
    assert.equal(product.price, 19.99, 'a numeric string is still a number');
    const updated = await t.request('PUT', `${url}/${product.id}`, { name: ['b'], price: [2] });
    assert.equal(updated.status, 422);
    assert.deepEqual(updated.body.errors, { name: ['The name must be a string.'], price: ['The price must be a number.'] });
    const stored = (await t.request('GET', `${url}/${product.id}`)).body.data;
    assert.equal(stored.name, 'Kept');
    assert.equal(stored.price, 19.99);
  });

  it('every scalar field of every route body, sent as an array, is named in a 422', async (context) => {
    const spec = (await t.request('GET', '/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>> };
    let checked = 0;
    for (const [path, operations] of Object.entries(spec.paths)) {
      if (!path.startsWith('/api/')) continue;
      // Path ids: the shop is real (checked before the body); the others are checked only after validation.
      const url = path.replace('{shop_id}', shop.id).replace(/\{[a-z_]+\}/g, '1');
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content['application/json']?.schema;
        if (schema === undefined) continue;
        // An import's body is an array of items: the field goes in its first item, reported as "0.field".
        const item = schema.type === 'array' ? schema.items : schema;
        for (const [field, property] of Object.entries(item?.properties ?? {})) {
          if (!isScalar(property)) continue;
          const body = schema.type === 'array' ? [{ [field]: ['x'] }] : { [field]: ['x'] };
          const key = schema.type === 'array' ? `0.${field}` : field;
          const response = await t.request(method.toUpperCase() as 'POST', url, body);
          assert.equal(response.status, 422, `${method.toUpperCase()} ${path} ${field}: ${response.text}`);
          assert.ok(Array.isArray(response.body.errors?.[key]), `${method.toUpperCase()} ${path}: no error for ${key} in ${response.text}`);
          checked += 1;
        }
      }
    }
    assert.ok(checked > 40, `${checked} fields checked`);
    context.diagnostic(`${checked} scalar fields checked`);
  });
});
