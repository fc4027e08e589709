import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import MailerLiteModule from '@mailerlite/mailerlite-nodejs';
import { setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';
import { until } from './helpers/wait.js';
import { startReceiver, verifySignature, type Receiver } from './helpers/receiver.js';

// MailerLite's webhooks API and the delivery of events: signed, retried on MailerLite's schedule (shortened here
// with CARTLINE_WEBHOOK_RETRY_DELAYS), cut at 3 seconds, batched for batchable webhooks, logged, redeliverable.

const MailerLite = MailerLiteModule as unknown as typeof MailerLiteModule.default;

const t = await setup({ CARTLINE_WEBHOOK_RETRY_DELAYS: '0.3,0.6,1.2', CARTLINE_WEBHOOK_BATCH_WINDOW: '1' });
const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
const client = new MailerLite({ api_key: t.token, base_path: address });
const receivers: Receiver[] = [];
after(async () => {
  for (const receiver of receivers) await receiver.close();
});

async function receiver() {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

/** Creates a webhook once every event written so far is dispatched, so that it receives only what follows. */
async function webhook(url: string, events: string[], extra: Record<string, unknown> = {}) {
  await until(async () => {
    const row = await t.database.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('dispatched', '=', false).executeTakeFirstOrThrow();
    return Number(row.n) === 0 ? true : undefined;
  });
  const response = await t.request('POST', '/api/webhooks', { name: 'Test', url, events, ...extra });
  assert.equal(response.status, 201, response.text);
  return response.body.data as { id: string; secret: string };
}

function order(email: string, fields: Record<string, unknown> = {}) {
  return { customer: { email }, cart: { items: [] }, status: 'pending', total_price: 10, ...fields };
}

async function deliveries(webhookId: string) {
  const response = await t.request('GET', `/api/cartline/webhooks/${webhookId}/deliveries`);
  assert.equal(response.status, 200, response.text);
  return response.body.data as any[];
}


describe('the webhooks API, through the official Node SDK', () => {
  it('create, get, find, update, delete; the secret is made by Cartline', async () => {
    const created = await client.webhooks.create({ name: 'SDK hook', events: ['subscriber.created', 'order.created'], url: 'https://example.com/hook' });
    assert.equal(created.status, 201);
    const hook = created.data.data as any;
    assert.deepEqual(Object.keys(hook).sort(), ['batchable', 'created_at', 'enabled', 'events', 'id', 'name', 'secret', 'updated_at', 'url']);
    assert.match(hook.id, /^\d+$/);
    assert.match(hook.secret, /^[A-Za-z0-9]{32}$/);
    assert.deepEqual([hook.name, hook.url, hook.events, hook.enabled, hook.batchable], ['SDK hook', 'https://example.com/hook', ['subscriber.created', 'order.created'], true, false]);

    const listed = await client.webhooks.get();
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.data.data.map((w: any) => w.id), [hook.id]);
    assert.equal((listed.data as any).meta.total, 1);

    const found = await client.webhooks.find(hook.id);
    assert.deepEqual(found.data.data, hook);

    const updated = await client.webhooks.update(hook.id, { name: 'Renamed', enabled: false });
    assert.equal(updated.status, 200);
    assert.deepEqual([updated.data.data.name, updated.data.data.enabled, updated.data.data.secret, updated.data.data.url], ['Renamed', false, hook.secret, hook.url]);

    const deleted = await client.webhooks.delete(hook.id);
    assert.equal(deleted.status, 204);
    await assert.rejects(client.webhooks.find(hook.id), (error: any) => error.response.status === 404);
  });

  it('bad input is a 422 in MailerLite shape; nothing is written', async () => {
    const cases: Array<[unknown, Record<string, string[]>]> = [
      [{ events: ['order.created'] }, { url: ['The url field is required.'] }],
      [{ url: 'ftp://example.com/x', events: ['order.created'] }, { url: ['The url must be a valid URL.'] }],
      [{ url: 'not a url', events: ['order.created'] }, { url: ['The url must be a valid URL.'] }],
      [{ url: 'https://example.com', events: ['order.shipped'] }, { 'events.0': ['The selected events.0 is invalid.'] }],
      [{ url: 'https://example.com' }, { events: ['The events field is required.'] }],
      [{ url: 'https://example.com', events: [] }, { events: ['The events field is required.'] }],
      [{ url: 'https://example.com', events: ['order.created'], enabled: 'maybe' }, { enabled: ['The enabled field must be true or false.'] }],
      [{ url: 'https://example.com', events: ['order.created'], batchable: [true] }, { batchable: ['The batchable field must be true or false.'] }],
      [{ url: 'https://example.com', events: ['subscriber.deleted'] }, { batchable: ['The batchable field must be true when events contains subscriber.deleted.'] }],
    ];
    for (const [body, errors] of cases) {
      const response = await t.request('POST', '/api/webhooks', body);
      assert.equal(response.status, 422, JSON.stringify(body));
      assert.deepEqual(response.body, { message: 'The given data was invalid.', errors }, JSON.stringify(body));
    }
    assert.equal((await t.request('GET', '/api/webhooks?limit=0')).body.total, 0);
  });

  it("one account never sees or changes another's webhooks or deliveries", async () => {
    const hook = await webhook('https://example.com/a', ['order.created']);
    for (const [method, path, body] of [
      ['GET', `/api/webhooks/${hook.id}`],
      ['PUT', `/api/webhooks/${hook.id}`, { name: 'x' }],
      ['DELETE', `/api/webhooks/${hook.id}`],
      ['GET', `/api/cartline/webhooks/${hook.id}/deliveries`],
    ] as const) {
      const response = await t.request(method, path, body, { token: t.otherToken });
      assert.equal(response.status, 404, `${method} ${path}`);
    }
    assert.equal((await t.request('GET', '/api/webhooks?limit=0', undefined, { token: t.otherToken })).body.total, 0);
    assert.equal((await t.request('GET', `/api/webhooks/${hook.id}`)).body.data.name, 'Test');
    await t.request('DELETE', `/api/webhooks/${hook.id}`);
  });
});

describe('delivery', () => {
  it('an order: order.created and customer.created, signed with the secret, carrying the API answer', async () => {
    const shop = await createShop(t);
    const r = await receiver();
    const hook = await webhook(r.url, ['order.created', 'customer.created', 'order.completed']);
    const created = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, order('ada@example.com', { status: 'complete' }));
    assert.equal(created.status, 201);
    const got = await r.waitFor(3);
    for (const request of got) {
      assert.ok(verifySignature(request, hook.secret), 'Signature is the HMAC-SHA256 of the body');
      assert.equal(request.headers['content-type'], 'application/json');
      assert.deepEqual(Object.keys(request.json), ['id', 'type', 'created_at', 'account_id', 'shop_id', 'webhook_id', 'data']);
      assert.equal(request.json.webhook_id, hook.id);
      assert.equal(request.json.shop_id, shop.id);
    }
    const byType = new Map(got.map((request) => [request.json.type, request.json]));
    assert.deepEqual([...byType.keys()].sort(), ['customer.created', 'order.completed', 'order.created']);
    assert.deepEqual(byType.get('order.created').data, { order: created.body.data });
    assert.deepEqual(byType.get('customer.created').data.customer.email, 'ada@example.com');
    assert.equal(new Set(got.map((request) => request.json.id)).size, 3, 'every event has its own id');
    // The same order sent again with nothing changed fires nothing new for it.
    const log = await until(async () => {
      const list = await deliveries(hook.id);
      return list.length === 3 && list.every((d) => d.status === 'delivered') ? list : undefined;
    });
    assert.deepEqual(log.map((d) => d.attempts.length), [1, 1, 1]);
    const metrics = await t.request('GET', '/metrics', undefined, { token: null });
    assert.match(metrics.text, /^cartline_webhook_attempts_total\{outcome="delivered"\} [1-9]\d*$/m);
    assert.match(metrics.text, /^cartline_webhook_queue_depth \d+$/m);
    assert.match(metrics.text, /^cartline_journal_dropped_total 0$/m);
    assert.equal(log[0].attempts[0].status_code, 200);
    assert.equal(log[0].attempts[0].error, null);
  });

  it('updates and deletes: order.updated only when status or total changed; product events', async () => {
    const shop = await createShop(t);
    const r = await receiver();
    await webhook(r.url, ['order.updated', 'order.deleted', 'product.created', 'product.updated', 'product.deleted']);
    const created = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders`, order('bo@example.com'));
    const id = created.body.data.id;
    await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${id}`, { status: 'pending' });
    await t.request('PUT', `/api/ecommerce/shops/${shop.id}/orders/${id}`, { total_price: 12 });
    await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/orders/${id}`);
    const product = await createProduct(t, shop.id, { name: 'Mug' });
    await t.request('PUT', `/api/ecommerce/shops/${shop.id}/products/${product.id}`, { price: 3 });
    await t.request('DELETE', `/api/ecommerce/shops/${shop.id}/products/${product.id}`);
    const got = await r.waitFor(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(r.received.length, 5, 'nothing more than these five');
    const types = got.map((request) => request.json.type).sort();
    assert.deepEqual(types, ['order.deleted', 'order.updated', 'product.created', 'product.deleted', 'product.updated']);
    const updated = got.find((request) => request.json.type === 'order.updated')!.json;
    assert.equal(updated.data.order.total, 12);
    assert.equal(got.find((request) => request.json.type === 'product.updated')!.json.data.product.price, 3);
  });

  it('?silent=true makes the change and records no event', async () => {
    const shop = await createShop(t);
    const before = await t.database.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const created = await t.request('POST', `/api/ecommerce/shops/${shop.id}/orders?silent=true`, order('quiet@example.com'));
    assert.equal(created.status, 201);
    const imported = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import?silent=true`, [{ name: 'A', price: 1 }]);
    assert.equal(imported.status, 200);
    const afterwards = await t.database.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterwards.n), Number(before.n));
    const loud = await t.request('POST', `/api/ecommerce/shops/${shop.id}/products/import?silent=false`, [{ name: 'B', price: 1 }]);
    assert.equal(loud.status, 200);
    const stored = await t.database.db.selectFrom('events').select(['type', 'shop_id', 'data']).where('type', '=', 'product.created').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(String(stored.shop_id), shop.id);
    assert.deepEqual(JSON.parse(stored.data), { product: loud.body.data[0] });
  });

  it('a failing receiver is retried after each delay, then the delivery fails; the log shows every attempt', async () => {
    const shop = await createShop(t);
    const r = await receiver();
    r.behave(() => 500);
    const hook = await webhook(r.url, ['product.created']);
    const product = await createProduct(t, shop.id);
    // (An event written just before the webhook and not yet dispatched goes to it too: only this product's count.)
    const mine = () => r.received.filter((request) => request.json.data.product.id === product.id);
    await until(async () => (mine().length >= 4 ? true : undefined), 15_000);
    const got = mine();
    const gaps = got.slice(1).map((request, i) => request.at - got[i]!.at);
    for (const [i, delay] of [300, 600, 1200].entries()) {
      assert.ok(gaps[i]! >= delay - 50, `retry ${i + 1} after ${gaps[i]} ms, not before ${delay} ms`);
      assert.ok(gaps[i]! < delay + 1500, `retry ${i + 1} after ${gaps[i]} ms`);
    }
    assert.equal(new Set(got.map((request) => request.json.id)).size, 1, 'the same event each time');
    const delivery = await until(async () => {
      const found = (await deliveries(hook.id)).find((d) => d.event_ids[0] === got[0]!.json.id);
      return found?.status === 'failed' ? found : undefined;
    });
    assert.equal(delivery.attempts.length, 4);
    assert.ok(delivery.attempts.every((a: any) => a.status_code === 500 && a.error === 'answered 500'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(mine().length, 4, 'no attempt after the last retry');

    // Redeliver: a new delivery of the same event, which the receiver, now well, takes.
    r.behave(() => 204);
    const redelivered = await t.request('POST', `/api/cartline/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`);
    assert.equal(redelivered.status, 201, redelivered.text);
    assert.deepEqual(redelivered.body.data.event_ids, delivery.event_ids);
    await until(async () => (mine().length === 5 ? true : undefined));
    assert.equal(mine()[4]!.json.id, got[0]!.json.id);
    await until(async () => ((await deliveries(hook.id)).find((d) => d.id === redelivered.body.data.id)?.status === 'delivered' ? true : undefined));
    const missing = await t.request('POST', `/api/cartline/webhooks/${hook.id}/deliveries/123/redeliver`);
    assert.equal(missing.status, 404);
  });

  it('a receiver that does not answer is cut at 3 seconds and counts as a failed attempt', async () => {
    const shop = await createShop(t);
    const r = await receiver();
    r.behave((_request, index) => (index === 0 ? 'hang' : 200));
    const hook = await webhook(r.url, ['product.created']);
    const started = Date.now();
    await createProduct(t, shop.id);
    // The API answered at once: delivery never runs inside a request.
    assert.ok(Date.now() - started < 2_000);
    await r.waitFor(2, 15_000);
    const [delivery] = await until(async () => {
      const list = await deliveries(hook.id);
      return list[0]?.status === 'delivered' ? list : undefined;
    });
    const [first, second] = delivery.attempts;
    assert.equal(first.status_code, null);
    assert.equal(first.error, 'no answer within 3 s');
    assert.ok(first.latency_ms >= 2_900 && first.latency_ms < 4_000, `cut after ${first.latency_ms} ms`);
    assert.equal(second.status_code, 200);
  });

  it('a batchable webhook gets the events of one window in one request, {"events": [...]}', async () => {
    const shop = await createShop(t);
    const r = await receiver();
    const hook = await webhook(r.url, ['product.created'], { batchable: true });
    for (const name of ['A', 'B', 'C']) await createProduct(t, shop.id, { name });
    const [request] = await r.waitFor(1);
    assert.ok(verifySignature(request!, hook.secret));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(r.received.length, 1, 'one request for the window');
    assert.deepEqual(Object.keys(request!.json), ['events']);
    assert.deepEqual(request!.json.events.map((e: any) => e.data.product.name), ['A', 'B', 'C']);
    assert.ok(request!.json.events.every((e: any) => e.webhook_id === hook.id && e.type === 'product.created'));
  });

  it('subscriber events: created and added to the shop group by an order with create_subscriber; updated by subscriber_fields', async () => {
    const group = await t.request('POST', '/api/groups', { name: 'Shop buyers' });
    const shop = await createShop(t, { group_id: group.body.data.id });
    const r = await receiver();
    await webhook(r.url, ['subscriber.created', 'subscriber.added_to_group', 'subscriber.updated']);
    await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'sub@example.com', create_subscriber: true });
    const got = await r.waitFor(2);
    const types = got.map((request) => request.json.type).sort();
    assert.deepEqual(types, ['subscriber.added_to_group', 'subscriber.created']);
    const added = got.find((request) => request.json.type === 'subscriber.added_to_group')!.json;
    assert.equal(added.shop_id, null);
    assert.equal(added.data.subscriber.email, 'sub@example.com');
    assert.equal(added.data.group.id, group.body.data.id);
    await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'sub@example.com', subscriber_fields: { name: 'Sub' } });
    const [, , update] = await r.waitFor(3);
    assert.equal(update!.json.type, 'subscriber.updated');
    assert.equal(update!.json.data.subscriber.fields.name, 'Sub');
    // The same value again changes nothing: no event.
    await t.request('POST', `/api/ecommerce/shops/${shop.id}/customers`, { email: 'sub@example.com', subscriber_fields: { name: 'Sub' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(r.received.filter((request) => request.json.type === 'subscriber.updated').length, 1);
  });

  it('the subscribers API: created, added_to_group per group joined, updated on a change of fields, unsubscribed', async () => {
    const group = (await t.request('POST', '/api/groups', { name: 'Newsletter' })).body.data;
    const r = await receiver();
    await webhook(r.url, ['subscriber.created', 'subscriber.added_to_group', 'subscriber.updated', 'subscriber.unsubscribed']);
    const created = await t.request('POST', '/api/subscribers', { email: 'api-sub@example.com', groups: [group.id] });
    assert.equal(created.status, 201);
    const first = await r.waitFor(2);
    assert.deepEqual(first.map((request) => request.json.type).sort(), ['subscriber.added_to_group', 'subscriber.created']);
    const createdEvent = first.find((request) => request.json.type === 'subscriber.created')!.json;
    assert.equal(createdEvent.data.subscriber.id, created.body.data.id);
    assert.equal(first.find((request) => request.json.type === 'subscriber.added_to_group')!.json.data.group.name, 'Newsletter');
    // Again with the same group and fields: nothing changed, nothing fired.
    await t.request('POST', '/api/subscribers', { email: 'api-sub@example.com', groups: [group.id] });
    await t.request('PUT', `/api/subscribers/${created.body.data.id}`, { fields: { name: 'Api' }, status: 'unsubscribed' });
    const all = await r.waitFor(4);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(r.received.length, 4);
    assert.deepEqual(all.slice(2).map((request) => request.json.type).sort(), ['subscriber.unsubscribed', 'subscriber.updated']);
    assert.equal(all[3]!.json.data.subscriber.fields.name, 'Api');
  });

  it('two processes on one database deliver every event exactly once', async () => {
    const shop = await createShop(t);
    const r = await receiver();
    await webhook(r.url, ['product.created']);
    const second = await t.secondInstance();
    const writes = [];
    for (let i = 0; i < 40; i++) {
      const body = { name: `P${i}`, price: 1 };
      writes.push(i % 2 === 0 ? t.request('POST', `/api/ecommerce/shops/${shop.id}/products`, body) : second('POST', `/api/ecommerce/shops/${shop.id}/products`, body));
    }
    const answers = await Promise.all(writes);
    assert.ok(answers.every((a) => a.status === 201));
    await r.waitFor(40, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const ids = r.received.filter((request) => request.json?.type === 'product.created').map((request) => request.json.data.product.id);
    assert.equal(ids.length, 40, 'no duplicates');
    assert.deepEqual(new Set(ids), new Set(answers.map((a) => a.body.data.id)), 'no gaps');
  });
});
