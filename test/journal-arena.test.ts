import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { decodeEntries, EntryArena } from '../src/modules/requests/entry-arena.js';
import { MAX_BODY_BYTES, type PendingEntry } from '../src/modules/requests/journal.js';
import { JOURNAL_COLUMNS, sqliteBatch } from '../src/modules/requests/journal-rows.js';

/** The rows SQLite's insert is given for these entries, by column (bodies back to text). */
function sqliteRows(encoded: Parameters<typeof sqliteBatch>[0]): Array<Record<string, unknown>> {
  const { data } = sqliteBatch(encoded);
  const rows: Array<Record<string, unknown>> = [];
  for (let at = 0; at < data.length; at += JOURNAL_COLUMNS.length) {
    rows.push(Object.fromEntries(JOURNAL_COLUMNS.map((column, i) => {
      const value = data[at + i];
      return [column, Buffer.isBuffer(value) ? value.toString('utf8') : value];
    })));
  }
  return rows;
}

// The request journal's buffer (src/modules/requests/entry-arena.ts): entries as bytes, decoded by the writer.

const entry = (n: number, over: Partial<PendingEntry> = {}): PendingEntry => ({
  id: String(917000000000000000n + BigInt(n)),
  account_id: '916313050158469120',
  batch_id: null,
  shop_id: '916313051160907776',
  at: 1_765_000_000_000 + n + 0.25,
  method: 'GET',
  path: `/api/ecommerce/shops/916313051160907776/products/${n}?filter[name]=caf%C3%A9`,
  status: 200,
  duration_ms: 1.125,
  client: 'api',
  user_agent: 'WooCommerce/9.1 (Zürich ☕)',
  request: undefined,
  response: `{"data":{"id":"${n}","name":"Café ☕ ${n}"}}`,
  fault_id: null,
  ...over,
});

const text = (body: string | Buffer | undefined) => (body === undefined ? undefined : body.toString());

describe('the journal arena', () => {
  it('gives back every field of every entry, in order, nulls and non-ASCII text included', () => {
    const arena = new EntryArena(MAX_BODY_BYTES);
    const entries = [
      entry(1),
      entry(2, { status: null, user_agent: null, shop_id: null, response: undefined, request: '{"name":"Ünïcödé 🎉"}', method: 'POST', fault_id: '917' }),
      entry(3, { batch_id: '916313051806830592', client: 'console', request: Buffer.from('{"a":1}'), response: Buffer.from(''), status: 422 }),
    ];
    for (const e of entries) arena.append(e);
    assert.equal(arena.count, 3);
    const taken = arena.take();
    assert.equal(taken.count, 3);
    assert.equal(arena.count, 0, 'take empties the arena');
    const decoded = decodeEntries(taken);
    assert.equal(decoded.length, 3);
    decoded.forEach((got, i) => {
      const want = entries[i]!;
      const { request, response, request_cut, response_cut, ...fields } = got;
      const { request: wantRequest, response: wantResponse, ...wantFields } = want;
      assert.deepEqual(fields, wantFields);
      assert.equal(text(request), text(wantRequest));
      assert.equal(text(response), text(wantResponse));
      assert.equal(request_cut, false);
      assert.equal(response_cut, false);
    });
    assert.equal(decodeEntries(arena.take()).length, 0);
  });

  it('keeps at most the journal limit of a body, whole characters of a string, and says it cut', () => {
    const arena = new EntryArena(MAX_BODY_BYTES);
    // 2-byte characters, one byte over the limit: the last whole character that fits is kept.
    const long = 'é'.repeat(MAX_BODY_BYTES / 2) + 'x';
    const exact = 'a'.repeat(MAX_BODY_BYTES);
    arena.append(entry(1, { request: long, response: Buffer.alloc(MAX_BODY_BYTES + 10, 0x41) }));
    arena.append(entry(2, { request: exact, response: Buffer.from('€'.repeat(30_000)) }));
    const taken = arena.take();
    const [first, second] = decodeEntries(taken);
    const [firstRow, secondRow] = sqliteRows(taken);
    assert.equal(first!.request!.length, MAX_BODY_BYTES);
    assert.equal(first!.request_cut, true);
    assert.equal(first!.response!.length, MAX_BODY_BYTES);
    assert.equal(first!.response_cut, true);
    assert.equal(second!.request!.length, MAX_BODY_BYTES);
    assert.equal(second!.request_cut, false, 'exactly the limit is whole');
    assert.equal(firstRow!.request_truncated, 1);
    assert.equal(firstRow!.request_body, 'é'.repeat(MAX_BODY_BYTES / 2));
    assert.equal(firstRow!.response_truncated, 1);
    assert.equal(secondRow!.request_truncated, 0);
    // A Buffer is cut anywhere: a character cut through is dropped, not kept as U+FFFD (90,000 bytes of 3-byte €).
    assert.equal(second!.response_cut, true);
    assert.deepEqual({ body: secondRow!.response_body, truncated: secondRow!.response_truncated }, {
      body: '€'.repeat(Math.floor(MAX_BODY_BYTES / 3)),
      truncated: 1,
    });
  });

  it('spreads many entries over chunks, and crosses to a worker thread without a copy', async () => {
    const arena = new EntryArena(MAX_BODY_BYTES);
    const body = 'x'.repeat(3_000);
    for (let n = 0; n < 2_000; n++) arena.append(entry(n, { response: `${n}:${body}` }));
    const taken = arena.take();
    assert.ok(taken.chunks.length >= 6, `6 MB in chunks of 1 MiB: ${taken.chunks.length}`);
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.once('message', (m) => parentPort.postMessage({ ...m, sizes: m.chunks.map((c) => c.byteLength) }));`,
      { eval: true },
    );
    const sizes = taken.chunks.map((chunk) => chunk.byteLength);
    const back = await new Promise<{ chunks: Uint8Array[]; count: number; sizes: number[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(taken, taken.chunks.map((chunk) => chunk.buffer as ArrayBuffer));
    });
    await worker.terminate();
    assert.equal(taken.chunks[0]!.byteLength, 0, 'transferred: detached here');
    assert.deepEqual(back.sizes, sizes);
    const decoded = decodeEntries(back);
    assert.equal(decoded.length, 2_000);
    decoded.forEach((got, n) => {
      assert.equal(got.id, entry(n).id);
      assert.equal(got.response!.toString(), `${n}:${body}`);
    });
  });

  it('fills a written chunk again rather than allocating another', () => {
    const arena = new EntryArena(MAX_BODY_BYTES);
    arena.append(entry(1));
    const first = arena.take();
    const memory = first.chunks[0]!.buffer;
    assert.equal(decodeEntries(first)[0]!.id, entry(1).id);
    arena.recycle(first.chunks);
    arena.append(entry(2));
    const second = arena.take();
    assert.equal(second.chunks[0]!.buffer, memory, 'the same memory');
    assert.deepEqual(decodeEntries(second).map((e) => e.id), [entry(2).id], 'holding only the new entry');
  });
});

describe("the journal's COPY rows (PostgreSQL)", () => {
  it('writes ids as 64-bit integers digit for digit, the largest included, and texts as their bytes', async () => {
    const { copyBatch } = await import('../src/modules/requests/journal-rows.js');
    const arena = new EntryArena(MAX_BODY_BYTES);
    arena.append(entry(1, { id: '9223372036854775807', batch_id: '4294967296', fault_id: '4294967295' }));
    const { data, count } = copyBatch(arena.take());
    assert.equal(count, 1);
    assert.equal(data.subarray(0, 11).toString('latin1'), 'PGCOPY\n\xff\r\n\0');
    let at = 19; // signature, flags, header extension
    assert.equal(data.readInt16BE(at), JOURNAL_COLUMNS.length);
    at += 2;
    const fields: Array<Buffer | null> = [];
    for (let i = 0; i < JOURNAL_COLUMNS.length; i++) {
      const length = data.readInt32BE(at);
      at += 4;
      fields.push(length < 0 ? null : data.subarray(at, (at += length)));
    }
    assert.equal(data.readInt16BE(at), -1, 'the trailer');
    assert.equal(at + 2, data.length);
    const field = (column: (typeof JOURNAL_COLUMNS)[number]) => fields[JOURNAL_COLUMNS.indexOf(column)]!;
    assert.equal(field('id').readBigInt64BE(), 9223372036854775807n);
    assert.equal(field('account_id').readBigInt64BE(), 916313050158469120n);
    assert.equal(field('batch_id').readBigInt64BE(), 4294967296n);
    assert.equal(field('fault_id').readBigInt64BE(), 4294967295n);
    assert.equal(field('user_agent').toString(), 'WooCommerce/9.1 (Zürich ☕)');
    assert.equal(field('response_body').toString(), '{"data":{"id":"1","name":"Café ☕ 1"}}');
    assert.equal(fields[JOURNAL_COLUMNS.indexOf('request_body')], null);
    assert.equal(field('status').readInt32BE(), 200);
    assert.equal(field('duration_ms').readDoubleBE(), 1.125);
    assert.equal(field('created_at').toString(), '2025-12-06 05:46:40');
  });
});
