import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup, type TestContext } from './helpers/app.js';
import { createCategory, createCustomer, createGroup, createOrder, createProduct, createShop } from './helpers/factories.js';

// Odd input: a JSON array where a string, number or boolean is expected. MailerLite (Laravel) refuses it:
// {"message":"The given data was invalid.","errors":{"name":["The name must be a string."]}}. Nothing of it may
// be taken as its first element, for any field of any route.

const t = await setup();

const TABLES = ['shops', 'categories', 'products', 'product_categories', 'customers', 'orders', 'carts', 'cart_items', 'subscribers', 'groups', 'group_subscribers'] as const;

/** Every stored row, to show that a refused request changed nothing. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const rows = await t.database.db.selectFrom(table).selectAll().execute();
    parts.push(`${table}: ${JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
  }
  return parts.join('\n');
}

function assertRefused(response: { status: number; body: any; text: string }, errors: Record<string, string[]>, label = '') {
  assert.equal(response.status, 422, `${label} ${response.text}`);
  assert.deepEqual(response.body, { message: 'The given data was invalid.', errors }, label);
}

// ---- The request schemas as the app publishes them (/openapi.json) ----------------------------------------

interface Schema {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  anyOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
}

const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

/** The scalar type a schema asks for (a loose boolean is published as anyOf boolean/integer/string), if any. */
function scalarType(schema: Schema): string | undefined {
  if (schema.type !== undefined && SCALARS.has(schema.type)) return schema.type;
  if (schema.anyOf === undefined) return undefined;
  // A branch that is only null (the published form of a 'null' type) does not count.
  const branches = schema.anyOf.filter((branch) => !(branch.enum?.length === 1 && branch.enum[0] === null));
  if (branches.length === 0 || !branches.every((branch) => branch.type !== undefined && SCALARS.has(branch.type))) return undefined;
  return branches.some((branch) => branch.type === 'boolean') ? 'boolean' : branches[0]!.type;
}

interface ScalarField {
  path: string[];
  type: string;
}

/** Every scalar field of a body: top level, nested objects, the first item of arrays, a sample key of records. */
function scalarFields(schema: Schema, path: string[] = []): ScalarField[] {
  if (schema.allOf !== undefined) {
    const seen = new Map<string, ScalarField>();
    for (const part of schema.allOf) for (const field of scalarFields(part, path)) seen.set(field.path.join('.'), field);
    return [...seen.values()];
  }
  const type = scalarType(schema);
  if (type !== undefined) return [{ path, type }];
  const fields: ScalarField[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) fields.push(...scalarFields(child, [...path, key]));
  if (typeof schema.additionalProperties === 'object') fields.push(...scalarFields(schema.additionalProperties, [...path, 'name']));
  if (schema.type === 'array' && schema.items !== undefined) fields.push(...scalarFields(schema.items, [...path, '0']));
  return fields;
}

function get(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], value);
}

function withValue(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let inner: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) inner = (inner[key] ??= {}) as Record<string, unknown>;
  inner[path.at(-1)!] = value;
  return copy;
}

/** The answer errors.ts gives for a wrong type, in Laravel's words: the key with underscores as spaces. */
function typeMessage(key: string, type: string): string {
  const name = key.replace(/_/g, ' ');
  return type === 'boolean' ? `The ${name} field must be true or false.` : `The ${name} must be ${type === 'integer' ? 'an integer' : `a ${type}`}.`;
}

const SAMPLE: Record<string, unknown> = { string: 'a', number: 1, integer: 1, boolean: true };

/** Valid bodies for every route with a JSON body, naming records that exist: each field set where it can be. */
async function routeFixtures(context: TestContext) {
  const group = await createGroup(context, 'Odd group');
  const shop = await createShop(context);
  const category = await createCategory(context, shop.id);
  const product = await createProduct(context, shop.id, { categories: [category.id], resource_id: 'odd-product' });
  const customer = await createCustomer(context, shop.id);
  const order = await createOrder(context, shop.id, {}, [product.id]);
  const field = (await context.request('POST', '/api/fields', { name: 'Odd field', type: 'number' })).body.data;
  const subscriber = (await context.request('POST', '/api/subscribers', { email: 'odd-subscriber@example.com' })).body.data;
  const webhook = (await context.request('POST', '/api/webhooks', { name: 'Odd hook', url: 'https://odd.example/hook', events: ['order.created'] })).body.data;
  const ids: Record<string, string> = {
    webhook_id: webhook.id,
    field_id: field.id,
    id: subscriber.id,
    shop_id: shop.id,
    category_id: category.id,
    product_id: product.id,
    customer_id: customer.id,
    order_id: order.id,
    cart_id: order.cart.id,
    item_id: order.cart.items[0].id,
    group_id: group.id,
  };
  const shopBody = { name: 'Odd shop', url: 'odd.example', currency: 'EUR', access_data: 'key:secret', platform: 'woocommerce', group_id: group.id, enabled: true, enable_popups: false, enable_resubscribe: true };
  const categoryBody = (n: number) => ({ name: `Odd category ${n}`, exclude_from_automations: false, resource_id: `odd-category-${n}` });
  const productBody = (n: number) => ({
    name: `Odd product ${n}`,
    price: 19.99,
    exclude_from_automations: false,
    url: 'https://odd.example/p',
    image: 'https://odd.example/p.jpg',
    short_description: 'Short',
    description: 'Long',
    categories: [category.id],
    resource_id: `odd-product-${n}`,
  });
  const customerBody = (n: number) => ({
    email: `odd${n}@example.com`,
    create_subscriber: true,
    accepts_marketing: true,
    total_spent: 10,
    resource_id: `odd-customer-${n}`,
    subscriber_fields: { name: 'Odd' },
    orders_count: 1,
    last_order_id: 'last-1',
    last_order: '2024-01-01 10:00:00',
  });
  const item = (n: number) => ({ ecommerce_product_id: product.id, variant: 'v', quantity: 1, price: 10, resource_id: `odd-item-${n}` });
  const orderBody = (n: number) => ({
    customer: customerBody(10 + n),
    cart: { items: [item(n)], checkout_url: 'https://odd.example/checkout', cart_total: 10, resource_id: `odd-cart-${n}` },
    status: 'pending',
    total_price: 10,
    resource_id: `odd-order-${n}`,
    stage: 'checkout',
    created_at: '2024-01-01 10:00:00',
  });
  const subscriberBody = {
    fields: { name: 'Odd', odd_field: 3 },
    groups: [group.id],
    status: 'active',
    subscribed_at: '2024-01-01 10:00:00',
    ip_address: '192.0.2.7',
    opted_in_at: '2024-01-01 10:00:01',
    optin_ip: '192.0.2.8',
    unsubscribed_at: null,
  };
  const bodies: Record<string, unknown> = {
    'POST /api/ecommerce/shops': shopBody,
    'PUT /api/ecommerce/shops/{shop_id}': { ...shopBody, name: 'Odd shop renamed' },
    'POST /api/ecommerce/shops/{shop_id}/categories': categoryBody(1),
    'PUT /api/ecommerce/shops/{shop_id}/categories/{category_id}': categoryBody(2),
    'POST /api/ecommerce/shops/{shop_id}/categories/import': [categoryBody(3)],
    'POST /api/ecommerce/shops/{shop_id}/categories/{category_id}/products': { product_id: product.id },
    'POST /api/ecommerce/shops/{shop_id}/products': productBody(1),
    'PUT /api/ecommerce/shops/{shop_id}/products/{product_id}': productBody(2),
    'POST /api/ecommerce/shops/{shop_id}/products/import': [productBody(3)],
    'PUT /api/ecommerce/shops/{shop_id}/products/{product_id}/categories/multiple': { replace: true, categories: [category.id] },
    'POST /api/ecommerce/shops/{shop_id}/customers': customerBody(1),
    'PUT /api/ecommerce/shops/{shop_id}/customers/{customer_id}': customerBody(2),
    'POST /api/ecommerce/shops/{shop_id}/customers/import': [customerBody(3)],
    'POST /api/ecommerce/shops/{shop_id}/orders': orderBody(1),
    'PUT /api/ecommerce/shops/{shop_id}/orders/{order_id}': { status: 'complete', total_price: 12 },
    'POST /api/ecommerce/shops/{shop_id}/orders/import': [orderBody(2)],
    'POST /api/ecommerce/shops/{shop_id}/orders/queue-order-sync': orderBody(3),
    'PUT /api/ecommerce/shops/{shop_id}/carts/{cart_id}': { checkout_url: 'https://odd.example/checkout', cart_total: 11 },
    'POST /api/ecommerce/shops/{shop_id}/carts/{cart_id}/items/replace': { items: [item(4)] },
    'POST /api/ecommerce/shops/{shop_id}/carts/{cart_id}/items': item(5),
    'PUT /api/ecommerce/shops/{shop_id}/carts/{cart_id}/items/{item_id}': { ...item(6), quantity: 2 },
    'POST /api/groups': { name: 'Odd group 2' },
    'PUT /api/groups/{group_id}': { name: 'Odd group renamed' },
    'POST /api/fields': { name: 'Odd field 2', type: 'text' },
    'PUT /api/fields/{field_id}': { name: 'Odd field renamed' },
    'POST /api/subscribers': { ...subscriberBody, email: 'odd-subscriber-2@example.com' },
    'PUT /api/subscribers/{id}': subscriberBody,
    'POST /api/webhooks': { name: 'Odd hook 2', url: 'https://odd.example/hook2', events: ['order.created'], enabled: true, batchable: false },
    'PUT /api/webhooks/{webhook_id}': { name: 'Odd hook renamed', url: 'https://odd.example/hook3', events: ['product.created'], enabled: false, batchable: true },
    'POST /api/batch': { requests: [{ method: 'GET', path: 'api/groups', body: { limit: 1 } }] },
  };
  // Fields a valid item cannot carry alongside ecommerce_product_id: each names the product on its own.
  const alone: Record<string, unknown> = { product_id: product.id, product_resource_id: 'odd-product' };
  return { ids, bodies, alone };
}

describe('odd input: an array where a scalar is expected', () => {
  it('POST products with name ["a"]: 422 in MailerLite\'s words, nothing stored', async () => {
    const shop = await createShop(t);
    const before = await snapshot();
    const response = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, { name: ['a'], price: 5 });
    assertRefused(response, { name: ['The name must be a string.'] });
    assert.equal(await snapshot(), before, 'nothing stored');
    assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=0`)).body.total, 0);
  });

  it('PUT products with name ["a"]: 422, the product unchanged', async () => {
    const shop = await createShop(t);
    const product = await createProduct(t, shop.id, { name: 'Kept' });
    const url = `/api/ecommerce/shops/${shop.id}/products/${product.id}`;
    const before = await snapshot();
    assertRefused(await t.request('PUT', url, { name: ['a'] }), { name: ['The name must be a string.'] });
    assertRefused(await t.request('PUT', url, { name: ['a'], price: [3] }), { name: ['The name must be a string.'], price: ['The price must be a number.'] });
    assert.equal(await snapshot(), before, 'nothing changed');
    assert.deepEqual((await t.request('GET', url)).body.data, product);
  });

  it('every scalar field of every JSON body, sent as an array of a valid value: 422 naming that field, nothing changed', async () => {
    const document = (await t.request('GET', '/openapi.json', undefined, { token: null })).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>>;
    };
    const { ids, bodies, alone } = await routeFixtures(t);
    const routes: Array<{ route: string; url: string; method: string; schema: Schema; body: unknown }> = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (schema === undefined) continue;
        const route = `${method.toUpperCase()} ${template}`;
        assert.ok(route in bodies, `a valid body for ${route}`);
        const url = template.replace(/\{([^}]+)\}/g, (_, name: string) => ids[name]!);
        routes.push({ route, url, method: method.toUpperCase(), schema, body: bodies[route] });
      }
    }
    assert.equal(routes.length, Object.keys(bodies).length, 'every route with a valid body here is in the document');

    const before = await snapshot();
    let tried = 0;
    const wrong: string[] = [];
    for (const { route, url, method, schema, body } of routes) {
      const fields = scalarFields(schema);
      assert.ok(fields.length > 0, `${route} has scalar fields`);
      for (const { path, type } of fields) {
        const key = path.join('.');
        const value = get(body, path) ?? alone[path.at(-1)!] ?? SAMPLE[type];
        const response = await t.request(method as 'POST', url, withValue(body, path, [value]));
        tried += 1;
        // An error for that field alone, in Laravel's words for its type first (an enum adds "The selected ... is
        // invalid.", as Laravel's `in` rule does for an array).
        const errors = response.body?.errors as Record<string, string[]> | undefined;
        const refused =
          response.status === 422 &&
          response.body.message === 'The given data was invalid.' &&
          JSON.stringify(Object.keys(errors ?? {})) === JSON.stringify([key]) &&
          errors![key]![0] === typeMessage(key, type);
        if (!refused) {
          wrong.push(`${route} ${key}: [${JSON.stringify(value)}] answered ${response.status}${response.status === 422 ? ` ${JSON.stringify(response.body.errors)}` : ''}`);
        }
      }
    }
    assert.ok(tried >= 100, `${tried} fields tried`);
    assert.equal(wrong.length, 0, `${wrong.length} of ${tried} fields sent as an array were not refused as such:\n${wrong.join('\n')}`);
    assert.equal(await snapshot(), before, 'no refused request changed anything');

    // Each valid body is valid: the refusals above were for the array alone. (Replacing the cart's items goes
    // last: the item the item PUT names goes with it.)
    const last = (route: string) => (route.endsWith('/items/replace') ? 1 : 0);
    for (const { route, url, method, body } of [...routes].sort((a, b) => last(a.route) - last(b.route))) {
      const response = await t.request(method as 'POST', url, body);
      assert.ok(response.status === 200 || response.status === 201, `${route}: ${response.status} ${response.text}`);
    }
  });

  it('an array field sent as a scalar: 422 "must be an array", as Laravel answers', async () => {
    const shop = await createShop(t);
    const category = await createCategory(t, shop.id);
    const product = await createProduct(t, shop.id);
    const before = await snapshot();
    const products = `/api/ecommerce/shops/${shop.id}/products`;
    assertRefused(await t.request('POST', products, { name: 'One', categories: category.id }), { categories: ['The categories must be an array.'] });
    assertRefused(await t.request('PUT', `${products}/${product.id}`, { categories: category.id }), { categories: ['The categories must be an array.'] });
    assertRefused(await t.request('POST', `${products}/import`, { name: 'Not in a list' }), { body: ['The body must be an array.'] });
    assertRefused(
      await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, { customer: { email: 'a@example.com' }, cart: { items: { ecommerce_product_id: product.id } } }),
      { 'cart.items': ['The cart.items must be an array.'] },
    );
    assert.equal(await snapshot(), before, 'nothing stored or changed');
  });

  it('keeps the coercions real clients need: numeric strings, loose booleans, number ids, query strings', async () => {
    const shop = await createShop(t, { enabled: '1', enable_popups: 0 });
    assert.equal(shop.enabled, true);
    assert.equal(shop.enable_popups, false);
    const category = await createCategory(t, shop.id);
    // A category id as a bare JSON number (too long for a double: the body is sent as written).
    const created = await t.request(
      'POST',
      `/api/ecommerce/shops/${shop.id}/products`,
      `{"name": "Loose", "price": "19.99", "exclude_from_automations": "1", "categories": [${category.id}]}`,
    );
    assert.equal(created.status, 201, created.text);
    const product = created.body.data;
    assert.equal(product.price, 19.99);
    assert.equal(product.exclude_from_automations, true);
    assert.deepEqual(product.categories.map((c: { id: string }) => c.id), [category.id]);
    const updated = await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { price: '5', exclude_from_automations: 0 });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.data.price, 5);
    assert.equal(updated.body.data.exclude_from_automations, false);
    const order = await createOrder(t, shop.id, { total_price: '12.50' }, [product.id]);
    assert.equal(order.total, 12.5);
    for (let i = 0; i < 2; i++) await createProduct(t, shop.id);
    const page = await t.request('GET', `/api/ecommerce/shops/${shop.id}/products?limit=1&page=2`);
    assert.equal(page.status, 200, page.text);
    assert.equal(page.body.meta.per_page, 1);
    assert.equal(page.body.meta.current_page, 2);
    assert.equal(page.body.data.length, 1);
  });
});
