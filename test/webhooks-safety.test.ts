import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';
import { CLI, createOwnDatabase, startServer, type ServerProcess } from './helpers/process.js';
import { until } from './helpers/wait.js';
import { startReceiver, verifySignature, type Receiver } from './helpers/receiver.js';
import { spawnSync } from 'node:child_process';

// Receivers on private addresses refused on demand (checked on the address dialled), a webhook failing for too
// long disabled, and events that survive a SIGKILL of the server: written in the outbox, delivered after restart.

const t = await setup({ CARTLINE_WEBHOOK_DENY_PRIVATE: 'true', CARTLINE_WEBHOOK_RETRY_DELAYS: '0.4,0.4,0.4', CARTLINE_WEBHOOK_DISABLE_AFTER: '0.6', CARTLINE_EVENTS_MAX_AGE: '1' });
const receivers: Receiver[] = [];
const servers: ServerProcess[] = [];
after(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  for (const receiver of receivers) await receiver.close();
});


describe('CARTLINE_WEBHOOK_DENY_PRIVATE and disabling', () => {
  it('refuses loopback receivers, by address and by a name that resolves to one; a webhook failing past the limit is disabled', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const shop = await createShop(t);
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    const hooks = [];
    for (const url of [receiver.url, byName]) {
      const created = await t.request('POST', '/api/webhooks', { url, events: ['product.created'] });
      assert.equal(created.status, 201, 'a private url is accepted: it is checked when delivering');
      hooks.push(created.body.data);
    }
    await createProduct(t, shop.id);
    for (const hook of hooks) {
      const delivery = await until(async () => {
        const list = (await t.request('GET', `/api/cartline/webhooks/${hook.id}/deliveries`)).body.data;
        return list[0]?.status === 'failed' ? list[0] : undefined;
      });
      assert.ok(delivery.attempts.length >= 2);
      for (const attempt of delivery.attempts) {
        assert.equal(attempt.status_code, null);
        assert.match(attempt.error, /private address.*CARTLINE_WEBHOOK_DENY_PRIVATE/);
      }
      // Failing without a break for longer than CARTLINE_WEBHOOK_DISABLE_AFTER: disabled, as MailerLite does after 3 days.
      assert.equal((await t.request('GET', `/api/webhooks/${hook.id}`)).body.data.enabled, false);
    }
    assert.equal(receiver.received.length, 0, 'nothing reached the receiver');

    // Past CARTLINE_EVENTS_MAX_AGE, finished deliveries and the events they carried are removed; newer ones stay.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const fresh = await createProduct(t, shop.id, { name: 'Fresh' });
    await t.app.dispatcher!.prune();
    for (const hook of hooks) assert.deepEqual((await t.request('GET', `/api/cartline/webhooks/${hook.id}/deliveries`)).body.data, []);
    const left = await t.database.db.selectFrom('events').select(['type', 'data']).execute();
    assert.deepEqual(left.map((e) => [e.type, JSON.parse(e.data).product.id]), [['product.created', fresh.id]]);
  });
});

describe('a server killed with SIGKILL', () => {
  const token = 'w'.repeat(120);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  async function call(server: ServerProcess, method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, body: (await response.json().catch(() => null)) as any };
  }
  async function kill(server: ServerProcess) {
    server.child.kill('SIGKILL');
    assert.equal(await server.exited, 'SIGKILL');
  }

  it('loses no event: one not yet dispatched, and one whose attempt was cut by the kill, are delivered after restart', async () => {
    const own = await createOwnDatabase('webhook_crash');
    try {
      const receiver = await startReceiver();
      receivers.push(receiver);
      const env = { ...process.env, DATABASE_URL: own.url, CARTLINE_BOOTSTRAP_TOKEN: token, CARTLINE_RATE_LIMIT: '0', LOG_LEVEL: 'info', CARTLINE_WEBHOOK_RETRY_DELAYS: '0.2,0.2,0.2' };

      // 1. A process that records but does not deliver, killed: its events wait in the outbox.
      let server = await startServer({ ...env, CARTLINE_WEBHOOK_DELIVERY: 'false' });
      servers.push(server);
      const hook = (await call(server, 'POST', '/api/webhooks', { url: receiver.url, events: ['product.created'] })).body.data;
      const shop = (await call(server, 'POST', '/api/ecommerce/shops', { name: 'S', url: 's.example', currency: 'EUR' })).body.data;
      const first = await call(server, 'POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'Before the kill', price: 1 });
      assert.equal(first.status, 201);
      await kill(server);

      // 2. A delivering process whose receiver hangs: killed in the middle of the attempt, holding its lease.
      receiver.behave(() => 'hang');
      server = await startServer(env);
      servers.push(server);
      await receiver.waitFor(1, 15_000);
      await kill(server);
      assert.equal(receiver.received[0]!.json.data.product.name, 'Before the kill');

      // 3. Started again, the receiver well: the event is delivered (once its lease has run out), signed.
      receiver.behave(() => 200);
      server = await startServer(env);
      servers.push(server);
      const second = await call(server, 'POST', `/api/ecommerce/shops/${shop.id}/products`, { name: 'After the restart', price: 1 });
      assert.equal(second.status, 201);
      await until(async () => {
        const names = new Set(receiver.received.slice(1).map((r) => r.json.data.product.name));
        return names.has('Before the kill') && names.has('After the restart') ? true : undefined;
      }, 30_000);
      for (const request of receiver.received) assert.ok(verifySignature(request, hook.secret));
      const log = (await call(server, 'GET', `/api/cartline/webhooks/${hook.id}/deliveries`)).body.data;
      assert.deepEqual(log.map((d: any) => d.status).sort(), ['delivered', 'delivered']);
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0);
      const check = spawnSync(process.execPath, [CLI, 'check'], { env: { ...env }, encoding: 'utf8' });
      assert.equal(check.status, 0, check.stdout + check.stderr);
    } finally {
      await own.drop();
    }
  });
});
