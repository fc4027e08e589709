import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Kysely, sql, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Driver } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { firstIdAt } from '../src/db/ids.js';
import { Journal, type PendingEntry } from '../src/modules/requests/journal.js';
import { pruneAccount } from '../src/modules/requests/requests.repository.js';
import { setup } from './helpers/app.js';

// The journal's bounds: retention by count and age, the modes, and a journal that cannot write, which drops
// entries and counts them but never fails or slows a request.

async function total(t: Awaited<ReturnType<typeof setup>>, token = t.token): Promise<number> {
  const response = await t.request('GET', '/api/cartline/requests?limit=0', undefined, { token });
  assert.equal(response.status, 200, response.text);
  return response.body.total;
}

describe('request journal: limits', () => {
  it('keeps at most CARTLINE_JOURNAL_MAX_ENTRIES per account, the newest, and none older than CARTLINE_JOURNAL_MAX_AGE', async () => {
    const t = await setup({ CARTLINE_JOURNAL_MAX_ENTRIES: '5', CARTLINE_JOURNAL_MAX_AGE: '1d' });
    for (let i = 1; i <= 8; i++) assert.equal((await t.request('GET', `/api/groups?n=${i}`)).status, 200);
    await t.request('GET', '/api/groups?n=mallory', undefined, { token: t.otherToken });
    const page = await t.request('GET', '/api/cartline/requests');
    assert.deepEqual(
      page.body.data.map((e: { path: string }) => e.path),
      [8, 7, 6, 5, 4].map((n) => `/api/groups?n=${n}`),
    );
    assert.equal(await total(t, t.otherToken), 1, "another account's entries are its own to count");
    // An entry from two days ago (ids are time-ordered: its id says when) goes at the next write.
    const accountId = String((await t.database.db.selectFrom('accounts').select('id').where('name', '=', 'mallory').executeTakeFirstOrThrow()).id);
    const old = (BigInt(firstIdAt(Date.now() - 2 * 86_400_000)) + 7n).toString();
    await t.database.db
      .insertInto('journal_entries')
      .values({ id: old, account_id: accountId, batch_id: null, shop_id: null, created_at: '2020-01-01 00:00:00', method: 'GET', path: '/api/old', status: 200, duration_ms: 1, client: 'api', user_agent: null, request_body: null, request_truncated: false, response_body: null, response_truncated: false, errors: null, fault_id: null })
      .execute();
    assert.equal(await total(t, t.otherToken), 2);
    await t.request('GET', '/api/groups?n=mallory-2', undefined, { token: t.otherToken });
    const kept = await t.request('GET', '/api/cartline/requests', undefined, { token: t.otherToken });
    assert.deepEqual(kept.body.data.map((e: { path: string }) => e.path), ['/api/groups?n=mallory-2', '/api/groups?n=mallory']);
  });

  it("a pruning given the bound before last deletes above it only: the newest `keep` stay, older ones below it wait for an unbounded pruning", async () => {
    const t = await setup();
    const accountId = String((await t.database.db.selectFrom('accounts').select('id').where('name', '=', 'mallory').executeTakeFirstOrThrow()).id);
    const base = BigInt(firstIdAt(Date.now()));
    const row = (n: number) => ({ id: (base + BigInt(n)).toString(), account_id: accountId, batch_id: null, shop_id: null, created_at: '2026-12-06 00:00:00', method: 'GET', path: `/api/n/${n}`, status: 200, duration_ms: 1, client: 'api', user_agent: null, request_body: null, request_truncated: false, response_body: null, response_truncated: false, errors: null, fault_id: null });
    await t.database.db.insertInto('journal_entries').values([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(row)).execute();
    const ids = async () => (await t.database.db.selectFrom('journal_entries').select('path').where('account_id', '=', accountId).orderBy('id').execute()).map((r) => r.path);
    const oldestId = firstIdAt(Date.now() - 86_400_000);
    // Keep 4, deleting only above entry 3 (as if the pruning before last had stopped there): 1–3 stay, 4–6 go.
    const bound = await pruneAccount(t.database.db, accountId, 4, oldestId, (base + 3n).toString());
    assert.equal(bound, (base + 6n).toString(), 'the bound: the newest entry past the 4 kept');
    assert.deepEqual(await ids(), ['/api/n/1', '/api/n/2', '/api/n/3', '/api/n/7', '/api/n/8', '/api/n/9', '/api/n/10']);
    // Without a lower bound (the first pruning after a sweep) the whole range goes.
    await pruneAccount(t.database.db, accountId, 4, oldestId);
    assert.deepEqual(await ids(), ['/api/n/7', '/api/n/8', '/api/n/9', '/api/n/10']);
  });

  it('CARTLINE_JOURNAL=errors keeps only 4xx and 5xx answers; off keeps nothing', async () => {
    const errors = await setup({ CARTLINE_JOURNAL: 'errors' });
    await errors.request('GET', '/api/groups');
    await errors.request('POST', '/api/groups', {});
    await errors.request('GET', '/api/groups/123');
    const page = await errors.request('GET', '/api/cartline/requests');
    assert.deepEqual(page.body.data.map((e: { method: string; status: number }) => `${e.method} ${e.status}`), ['GET 404', 'POST 422']);

    const off = await setup({ CARTLINE_JOURNAL: 'off' });
    await off.request('GET', '/api/groups');
    await off.request('POST', '/api/groups', {});
    assert.equal(await total(off), 0);
    const stored = await off.database.db.selectFrom('journal_entries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(stored.n), 0);
  });

  it('a journal that cannot write drops its entries and counts them (in /healthz); every request is answered as usual', async () => {
    const t = await setup();
    const health = await t.request('GET', '/healthz', undefined, { token: null });
    assert.deepEqual(health.body, { status: 'ok' });
    await sql`alter table journal_entries rename to journal_entries_away`.execute(t.database.db);
    try {
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const response = await t.request('POST', '/api/groups', { name: `While broken ${i}` });
        assert.equal(response.status, 201, response.text);
        assert.ok(performance.now() - started < 2_000);
      }
      // A read of the journal itself is what fails now: it cannot be read, but the writes above stood.
      await t.app.journal.flush();
      const after = await t.request('GET', '/healthz', undefined, { token: null });
      assert.equal(after.status, 200);
      assert.equal(after.body.status, 'ok');
      assert.equal(after.body.journal_dropped, 5);
    } finally {
      await sql`alter table journal_entries_away rename to journal_entries`.execute(t.database.db);
    }
    const groups = await t.request('GET', '/api/groups?limit=0');
    assert.equal(groups.body.total, 5);
    const written = await t.request('GET', '/api/cartline/requests');
    assert.deepEqual(written.body.data.map((e: { path: string }) => e.path), ['/api/groups?limit=0'], 'written again once it can be');
  });

  it('a full journal drops what it cannot hold, at once, without waiting for the database', async () => {
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    // A database whose queries hang until released: the writer holds at most maxBuffered entries meanwhile.
    const connection: DatabaseConnection = {
      executeQuery: async () => {
        await stalled;
        return { rows: [] };
      },
      streamQuery: () => {
        throw new Error('not used');
      },
    };
    const driver: Driver = {
      init: async () => {},
      acquireConnection: async () => connection,
      beginTransaction: async () => {},
      commitTransaction: async () => {},
      rollbackTransaction: async () => {},
      releaseConnection: async () => {},
      destroy: async () => {},
    };
    const db = new Kysely<DB>({
      dialect: { createAdapter: () => new SqliteAdapter(), createDriver: () => driver, createIntrospector: (k) => new SqliteIntrospector(k), createQueryCompiler: () => new SqliteQueryCompiler() },
    });
    const journal = new Journal(db, { mode: 'all', maxEntries: 100, maxAgeSeconds: 60, maxBuffered: 10, flushMs: 1 });
    const entry = (n: number): PendingEntry => ({
      id: String(1000 + n), account_id: '1', batch_id: null, shop_id: null, at: Date.now(), method: 'GET', path: '/api/groups', status: 200,
      duration_ms: 1, client: 'api', user_agent: null, request: undefined, response: '{}', fault_id: null,
    });
    const started = performance.now();
    for (let n = 0; n < 10; n++) journal.record(entry(n));
    await new Promise((resolve) => setTimeout(resolve, 20)); // the first 10 are being written (stalled)
    for (let n = 10; n < 40; n++) journal.record(entry(n));
    assert.ok(performance.now() - started < 1_000);
    assert.equal(journal.dropped, 20, '10 in the stalled write, 10 buffered, 20 dropped');
    release();
    await journal.close();
  });
});
