import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Kysely, SqliteDialect, sql, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { chunks } from '../src/db/chunks.js';
import { createDatabase, type DatabaseHandle } from '../src/db/database.js';
import { createIdGenerator } from '../src/db/ids.js';
import { insertMany, insertManyIfAbsent } from '../src/db/insert-many.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { inList } from '../src/db/in-list.js';
import { prepared } from '../src/db/prepared.js';
import type { Executor } from '../src/db/schema.js';
import { openSqlite } from '../src/db/sqlite.js';
import { JOURNAL_PLANNER } from '../src/modules/requests/journal.js';
import { dialect, setup } from './helpers/app.js';
import { createProduct, createShop } from './helpers/factories.js';

// The database layer's own paths, called directly on a migrated database of the test dialect (setup()'s),
// plus, for the dialect test, a SQLite database of its own in the same process, and, for the reconnect test
// (PostgreSQL only), a second app on setup()'s schema with a pool of its own.

const t = await setup();

const NOW = '2024-01-02 03:04:05';
let nextId = 900_000_000_000;
/** A fresh id, as the id generator would hand out (digits only). */
function id(): string {
  nextId += 1;
  return String(nextId);
}

/** An account and a shop inserted straight into `db`; answers the shop id. */
async function seedShop(db: Executor): Promise<string> {
  const accountId = id();
  const shopId = id();
  await db.insertInto('accounts').values({ id: accountId, name: `internals-${accountId}`, created_at: NOW }).execute();
  await db
    .insertInto('shops')
    .values({ id: shopId, account_id: accountId, name: 'Internals', url: 'internals.example', currency: 'USD', created_at: NOW, updated_at: NOW })
    .execute();
  return shopId;
}

function category(shopId: string, fields: { id?: string; resource_id?: string | null; name?: string } = {}) {
  const rowId = fields.id ?? id();
  return {
    shop_id: shopId,
    id: rowId,
    resource_id: fields.resource_id === undefined ? null : fields.resource_id,
    name: fields.name ?? `Category ${rowId}`,
    exclude_from_automations: false,
    created_at: NOW,
    updated_at: NOW,
  };
}

/** What is stored for the shop: [id, resource_id, name] in id order, ids as digit strings on both databases. */
async function storedCategories(db: Executor, shopId: string): Promise<Array<[string, string | null, string]>> {
  const rows = await db.selectFrom('categories').select(['id', 'resource_id', 'name']).where('shop_id', '=', shopId).orderBy('id').execute();
  return rows.map((row) => [String(row.id), row.resource_id, row.name]);
}

const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/** `db` with a count of the statements it sends (every result passes through its plugins). */
function counting<D extends Executor>(db: D): { db: D; statements: () => number } {
  let statements = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements += 1;
      return args.result;
    },
  };
  return { db: db.withPlugin(plugin) as D, statements: () => statements };
}

/** A second database in this process: SQLite, migrated, removed when the file is done. */
async function openSqliteDatabase(): Promise<DatabaseHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'cartline-internals-'));
  const database = createDatabase({ kind: 'sqlite', path: join(dir, 'other.db') });
  after(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await migrateToLatest(database.db);
  return database;
}

describe('insertMany and insertManyIfAbsent', () => {
  it('compile their SQL per dialect: the same shapes go into a SQLite and a PostgreSQL database of one process', async () => {
    // On a SQLite-only run both databases are SQLite: the rows must land all the same.
    const sqlite = await openSqliteDatabase();
    const first = [sqlite.db, t.database.db];
    for (const [k, order] of [first, [...first].reverse()].entries()) {
      const shops = await Promise.all(order.map((db) => seedShop(db)));
      // The same table, columns and row counts on both, one database compiling each shape first, then the
      // other; the second round (other database first) uses row counts of its own, so they are new shapes.
      for (const [i, db] of order.entries()) {
        const rows = Array.from({ length: 3 + k }, () => category(shops[i]!));
        await insertMany(db, 'categories', rows);
        const ifAbsent = Array.from({ length: 2 + k }, (_, j) => category(shops[i]!, { resource_id: `r${j}` }));
        const inserted = await insertManyIfAbsent(db, 'categories', ifAbsent);
        assert.deepEqual([...inserted].sort(byId), ifAbsent.map((row) => row.id));
        assert.deepEqual(
          await storedCategories(db, shops[i]!),
          [...rows, ...ifAbsent].map((row) => [row.id, row.resource_id, row.name]),
          `rows stored in database ${i} of round ${k}`,
        );
      }
    }
  });

  it('insertManyIfAbsent skips a row whose resource_id the shop has, and answers the ids inserted', async () => {
    const db = t.database.db;
    const shopId = await seedShop(db);
    const existing = category(shopId, { resource_id: 'r1', name: 'Original' });
    assert.deepEqual([...(await insertManyIfAbsent(db, 'categories', [existing]))], [existing.id]);
    const again = category(shopId, { resource_id: 'r1', name: 'Duplicate' });
    const fresh = category(shopId, { resource_id: 'r2', name: 'Fresh' });
    const inserted = await insertManyIfAbsent(db, 'categories', [again, fresh]);
    assert.deepEqual([...inserted], [fresh.id], 'the row with a known resource_id is not inserted nor answered');
    assert.deepEqual(await storedCategories(db, shopId), [
      [existing.id, 'r1', 'Original'],
      [fresh.id, 'r2', 'Fresh'],
    ]);
  });

  it('insertManyIfAbsent raises on a primary key collision instead of taking it for a known resource_id', async () => {
    const db = t.database.db;
    const shopId = await seedShop(db);
    const existing = category(shopId, { resource_id: 'r1', name: 'Original' });
    await insertManyIfAbsent(db, 'categories', [existing]);
    const sameId = category(shopId, { id: existing.id, resource_id: 'r-new', name: 'Same id' });
    await assert.rejects(insertManyIfAbsent(db, 'categories', [sameId]), (error: { code?: unknown }) => {
      assert.match(String(error.code), dialect === 'postgres' ? /^23505$/ : /^SQLITE_CONSTRAINT_PRIMARYKEY$/);
      return true;
    });
    assert.deepEqual(await storedCategories(db, shopId), [[existing.id, 'r1', 'Original']], 'nothing stored or changed');
  });
});

describe('insert splitting (chunks)', () => {
  it('cuts rows so that no part binds more than the limit, the last part shorter', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7];
    assert.deepEqual(chunks(rows, 3, 6), [[1, 2], [3, 4], [5, 6], [7]]);
    assert.deepEqual(chunks(rows, 3, 8), [[1, 2], [3, 4], [5, 6], [7]], 'a row never straddles the limit');
    assert.deepEqual(chunks(rows, 10, 6), rows.map((row) => [row]), 'a row wider than the limit still goes, alone');
    assert.deepEqual(chunks(rows, 3), [rows], 'the production limit keeps small inserts whole');
  });

  it('insertMany stores every row of an insert sent as several statements', async () => {
    const shopId = await seedShop(t.database.db);
    const rows = Array.from({ length: 9 }, (_, i) => category(shopId, { name: `Chunked ${i}` }));
    // 7 columns, at most 15 values per statement: 2 rows each, so 5 statements, the last of one row.
    const { db, statements } = counting(t.database.db);
    await insertMany(db, 'categories', rows, { maxParameters: 15 });
    assert.equal(statements(), 5);
    assert.deepEqual(await storedCategories(t.database.db, shopId), rows.map((row) => [row.id, row.resource_id, row.name]));
  });

  it('insertManyIfAbsent over several statements skips known resource_ids in any part and answers every id inserted', async () => {
    const shopId = await seedShop(t.database.db);
    const known = [0, 4, 8].map((i) => category(shopId, { resource_id: `r${i}`, name: `Known ${i}` }));
    await insertManyIfAbsent(t.database.db, 'categories', known);
    const rows = Array.from({ length: 9 }, (_, i) => category(shopId, { resource_id: `r${i}`, name: `Import ${i}` }));
    const { db, statements } = counting(t.database.db);
    const inserted = await insertManyIfAbsent(db, 'categories', rows, { maxParameters: 15 });
    assert.equal(statements(), 5);
    const fresh = rows.filter((_, i) => ![0, 4, 8].includes(i));
    assert.deepEqual([...inserted].sort(byId), fresh.map((row) => row.id), 'parts 1, 3 and 5 each had a known resource_id');
    assert.deepEqual(
      await storedCategories(t.database.db, shopId),
      [...known, ...fresh].map((row) => [row.id, row.resource_id, row.name]),
    );
  });
});

describe('prepared reads', () => {
  it('a list read has one SQL text for every length, empty included, and answers the right rows', async () => {
    const shopId = await seedShop(t.database.db);
    const rows = Array.from({ length: 10 }, (_, i) => category(shopId, { name: `Shape ${i}` }));
    await insertMany(t.database.db, 'categories', rows);
    let builds = 0;
    const texts = new Set<string>();
    const byIds = prepared((db, shop: string, ids: string[]) => {
      builds += 1;
      const query = db.selectFrom('categories').select(['id', 'name']).where('shop_id', '=', shop).where(inList(db, 'id', ids)).orderBy('id');
      texts.add(query.compile().sql);
      return query;
    });
    // Lengths 0..10, twice, the second time in another order; an id of another shop's kind is never found.
    for (const lengths of [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [10, 3, 9, 1, 8, 0, 2, 7, 6, 5, 4]]) {
      for (const length of lengths) {
        // Every other row from an offset, so that no two calls of one length ask for the same rows.
        const wanted = rows.filter((_, i) => (i + length) % 10 < length);
        const found = await byIds(t.database.db, shopId, [...wanted.map((row) => row.id), '1']);
        assert.deepEqual(
          found.map((row) => [String(row.id), row.name]),
          wanted.map((row) => [row.id, row.name]),
          `list of ${length}`,
        );
      }
    }
    assert.equal(builds, 1, 'built once, for the first call');
    assert.equal(texts.size, 1);
  });

  it('refuses a list that reaches its query as an IN list of its own (each value would need a text per length)', async () => {
    const byIds = prepared((db, ids: string[]) => db.selectFrom('categories').select('id').where('id', 'in', ids));
    await assert.rejects(byIds(t.database.db, ['1', '2']), /through inList/);
  });
});

describe('SQLite statement cache', () => {
  it('evicts beyond its size, stays bounded, and every statement, re-prepared, still answers rightly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cartline-internals-'));
    const opened = openSqlite(join(dir, 'cache.db'), { statementCacheSize: 2 });
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: opened.database }) });
    after(async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });
    await sql`create table things (id integer primary key, kind text not null, n integer not null)`.execute(db);
    const kinds = ['a', 'b', 'c', 'd', 'e'];
    const expected = new Map<string, number[]>(kinds.map((kind) => [kind, []]));
    for (let round = 0; round < 4; round++) {
      for (const [k, kind] of kinds.entries()) {
        const n = round * 10 + k;
        // Each kind has its own insert and its own select: 10 distinct texts through a cache of 2.
        await sql`insert into things (kind, n) values (${kind}, ${sql.raw(String(k))} + ${n - k})`.execute(db);
        expected.get(kind)!.push(n);
        const found = await sql<{ n: bigint }>`select n from things where kind = ${kind} and ${sql.raw(String(k))} = ${k} order by id`.execute(db);
        assert.deepEqual(found.rows.map((row) => Number(row.n)), expected.get(kind), `kind ${kind}, round ${round}`);
        assert.ok(opened.cachedStatements() <= 2, `${opened.cachedStatements()} statements cached`);
      }
    }
    assert.equal(opened.cachedStatements(), 2);
    const total = await sql<{ count: bigint }>`select count(*) as count from things`.execute(db);
    assert.equal(Number(total.rows[0]!.count), 20);
  });
});

describe('PostgreSQL session settings', () => {
  it("reach every connection beside the schema's search_path: the journal writer's planner walks the key in order", { skip: dialect !== 'postgres' && 'PostgreSQL only' }, async () => {
    const database = createDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL! }, { schema: t.schema!, poolSize: 1, settings: JOURNAL_PLANNER });
    after(() => database.close());
    const shown = async (db: Executor) => {
      const { rows } = await sql<{ bitmap: string; seq: string; sort: string; path: string }>`
        select current_setting('enable_bitmapscan') as bitmap, current_setting('enable_seqscan') as seq,
               current_setting('enable_sort') as sort, current_setting('search_path') as path`.execute(db);
      return rows[0]!;
    };
    assert.deepEqual(await shown(database.db), { bitmap: 'off', seq: 'off', sort: 'off', path: t.schema });
    // The API's connections keep the planner's defaults.
    assert.deepEqual(await shown(t.database.db), { bitmap: 'on', seq: 'on', sort: 'on', path: t.schema });
    // The retention's bound, as the journal's connection plans it: down the (account_id, id) key from the newest.
    const { rows } = await sql<{ 'QUERY PLAN': string }>`
      explain select id from journal_entries where account_id = ${'1'} order by id desc limit 1 offset 10000`.execute(database.db);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    assert.match(plan, /Index (Only )?Scan Backward using journal_entries_pkey/);
    assert.doesNotMatch(plan, /Bitmap|Sort/);
  });
});

describe('PostgreSQL named statements', () => {
  it('survive a reconnect: after every connection of the pool is killed, the hot read answers rightly, never a 500', { skip: dialect !== 'postgres' && 'PostgreSQL only' }, async (test) => {
    // A second app on this file's schema whose connections carry an application_name of their own, so that
    // exactly they (not the helper's pool, not its admin connection, not other files' sessions) are killed.
    const applicationName = `cartline_test_${randomBytes(6).toString('hex')}`;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set('application_name', applicationName);
    // One connection: the statements checked in pg_prepared_statements are those of the connection that served the read.
    const database = createDatabase({ kind: 'postgres', url: url.toString() }, { schema: t.schema!, poolSize: 1 });
    // Answers kept in memory would spare the reads this test watches: none are kept here. No request journal: its
    // worker's connection carries the same application_name, and reconnected to write the reads' entries after the
    // kill, so that "the killed backend is gone" never held (a failure of this test on a loaded machine).
    const app = await buildApp({ ...t.config, cacheBytes: 0, journal: 'off' }, database, { newId: createIdGenerator(3) });
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
    after(async () => {
      await app.close();
      await database.close();
      await admin.end();
    });
    await app.ready();
    await admin.connect();

    const shop = await createShop(t);
    const product = await createProduct(t, shop.id);
    const path = `/api/ecommerce/shops/${shop.id}/products/${product.id}`;
    const read = async () => {
      const response = await app.inject({ method: 'GET', url: path, headers: { accept: 'application/json', authorization: `Bearer ${t.token}` } });
      return { status: response.statusCode, body: response.body === '' ? undefined : JSON.parse(response.body) };
    };
    const backend = async () => {
      const { rows } = await sql<{ pid: number; named: string[] }>`
        select pg_backend_pid() as pid, array(select name from pg_prepared_statements where name like 'cartline\\_%' order by name) as named
      `.execute(database.db);
      return rows[0]!;
    };

    for (let i = 0; i < 3; i++) assert.deepEqual(await read(), { status: 200, body: { data: product } });
    let before = await backend();
    assert.ok(before.named.length > 0, 'the read ran as named statements on the connection');

    // Twice: reading at once, while the pool may still hand out the dead connection; then reading only once
    // the killed backend is gone (the pool has dropped its idle client and connects anew).
    for (const waitForExit of [false, true]) {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) as done from pg_stat_activity where datname = current_database() and application_name = $1',
        [applicationName],
      );
      assert.equal(killed.rowCount, 1, 'the pool had one connection');
      assert.equal(killed.rows[0].done, true);
      for (let i = 0; waitForExit; i++) {
        const left = await admin.query('select count(*)::int as n from pg_stat_activity where application_name = $1', [applicationName]);
        if (left.rows[0].n === 0) break;
        assert.ok(i < 100, 'the killed backend is gone within 5 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      // A read may meet the dead connection before the pool has dropped it: a 503, never a 500.
      const statuses: number[] = [];
      let answer: { status: number; body: unknown } | undefined;
      for (let i = 0; i < 20 && answer?.status !== 200; i++) {
        answer = await read();
        statuses.push(answer.status);
        assert.ok(answer.status === 200 || answer.status === 503, `read after the kill answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      assert.deepEqual(answer, { status: 200, body: { data: product } }, `statuses after the kill: ${statuses.join(', ')}`);
      test.diagnostic(`${waitForExit ? 'once the backend was gone' : 'at once'}: ${statuses.join(', ')}`);
      for (let i = 0; i < 3; i++) assert.deepEqual(await read(), { status: 200, body: { data: product } });
      const now = await backend();
      assert.notEqual(now.pid, before.pid, 'a new connection');
      assert.deepEqual(now.named, before.named, 'the same statements, prepared again on it');
      before = now;
    }
  });
});
