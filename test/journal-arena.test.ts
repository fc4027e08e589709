import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { decodeEntries, EntryArena } from '../src/modules/requests/entry-arena.js';
import { MAX_BODY_BYTES, toRow, type PendingEntry } from '../src/modules/requests/journal.js';

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
    const [first, second] = decodeEntries(arena.take());
    assert.equal(first!.request!.length, MAX_BODY_BYTES);
    assert.equal(first!.request_cut, true);
    assert.equal(first!.response!.length, MAX_BODY_BYTES);
    assert.equal(first!.response_cut, true);
    assert.equal(second!.request!.length, MAX_BODY_BYTES);
    assert.equal(second!.request_cut, false, 'exactly the limit is whole');
    const row = toRow(first!);
    assert.equal(row.request_truncated, true);
    assert.equal(row.request_body, 'é'.repeat(MAX_BODY_BYTES / 2));
    assert.equal(row.response_truncated, true);
    assert.equal(toRow(second!).request_truncated, false);
    // A Buffer is cut anywhere: a character cut through is dropped, not kept as U+FFFD (90,000 bytes of 3-byte €).
    assert.equal(second!.response_cut, true);
    assert.deepEqual({ body: toRow(second!).response_body, truncated: toRow(second!).response_truncated }, {
      body: '€'.repeat(Math.floor(MAX_BODY_BYTES / 3)),
      truncated: true,
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
