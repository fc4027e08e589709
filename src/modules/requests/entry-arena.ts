// The request journal's buffer: entries as bytes in large chunks, written as each request is answered and handed
// to the writer whole. Held as objects (an entry, its strings, its body's Buffer) until their batch was written
// 100 ms later, every entry outlived a young-generation collection: the collector copied it, then promoted it, and
// old-generation collections followed. Measured with --trace-gc on GET one product (PostgreSQL, 8 s of wrk), the
// collection pauses came to ~19 µs a request (the API's and the journal's threads together) where entries made and
// dropped at once cost ~7; as bytes, the API's thread pauses ~9 µs a request. Bytes in a chunk are one object the
// collector never walks; a written entry's own objects die young, and the chunks are transferred to the writer's
// thread (no copy) and back (EntryArena.recycle).
//
// An entry: at (f64), duration_ms (f64), status (i32, -1 for null), a flags byte (bit 0: request cut, bit 1:
// response cut), then each of FIELDS and the two bodies as a u32 byte length (NULL for null) and its UTF-8 bytes.
// Bodies are cut at maxBodyBytes here already (a string between characters; a Buffer anywhere, which keptBody
// mends), so that a large body never holds more than the journal keeps of it.

const FIELDS = ['id', 'account_id', 'batch_id', 'shop_id', 'method', 'path', 'client', 'user_agent', 'fault_id'] as const;
const NULL = 0xffff_ffff;
const HEADER = 8 + 8 + 4 + 1;
const CHUNK_BYTES = 1024 * 1024;

/** An entry as a request hands it over: its bodies as they were, cut and cleaned when written. */
export interface PendingEntry {
  id: string;
  account_id: string;
  batch_id: string | null;
  shop_id: string | null;
  /** When the request arrived, epoch ms. */
  at: number;
  method: string;
  path: string;
  status: number | null;
  duration_ms: number;
  client: string;
  user_agent: string | null;
  request: string | Buffer | undefined;
  response: string | Buffer | undefined;
  fault_id: string | null;
}

/** A decoded entry: its bodies as bytes, with whether they were cut. */
export interface ArenaEntry extends PendingEntry {
  request_cut: boolean;
  response_cut: boolean;
}

/** Chunks of encoded entries, as handed to a writer (a worker thread's message, or the writer in this thread). */
export interface EncodedEntries {
  chunks: Uint8Array[];
  count: number;
}

/** Chunks kept for reuse once written: enough for a few batches in flight. */
const SPARE_CHUNKS = 4;

export class EntryArena {
  private chunks: Buffer[] = [];
  /** Written chunks given back (recycle): reused rather than a new 1 MiB allocated per chunk. */
  private readonly spare: Buffer[] = [];
  private current: Buffer | undefined;
  private offset = 0;
  /** Entries held. */
  count = 0;
  /** Bytes held: the chunks' sizes. */
  bytes = 0;

  constructor(private readonly maxBodyBytes: number) {}

  /** Encodes the entry (an entry decoded again keeps whether its bodies were cut). */
  append(entry: PendingEntry | ArenaEntry): void {
    let bound = HEADER + (FIELDS.length + 2) * 4;
    for (const field of FIELDS) bound += (entry[field]?.length ?? 0) * 3;
    bound += this.bodyBound(entry.request) + this.bodyBound(entry.response);
    if (this.current === undefined || this.offset + bound > this.current.length) this.grow(bound);
    const chunk = this.current!;
    let at = this.offset;
    at = chunk.writeDoubleLE(entry.at, at);
    at = chunk.writeDoubleLE(entry.duration_ms, at);
    at = chunk.writeInt32LE(entry.status ?? -1, at);
    const flagsAt = at++;
    for (const field of FIELDS) at = writeText(chunk, at, entry[field]);
    const decoded = 'request_cut' in entry;
    let flags = decoded ? (entry.request_cut ? 1 : 0) | (entry.response_cut ? 2 : 0) : 0;
    [at, flags] = this.writeBody(chunk, at, entry.request, flags, 1);
    [at, flags] = this.writeBody(chunk, at, entry.response, flags, 2);
    chunk[flagsAt] = flags;
    this.offset = at;
    this.count += 1;
  }

  /** Everything held, emptied out of the arena. */
  take(): EncodedEntries {
    if (this.current !== undefined) this.chunks.push(this.current.subarray(0, this.offset));
    const taken = { chunks: this.chunks.filter((chunk) => chunk.length > 0), count: this.count };
    this.chunks = [];
    this.current = undefined;
    this.offset = 0;
    this.count = 0;
    this.bytes = 0;
    return taken;
  }

  private grow(bound: number): void {
    if (this.current !== undefined) this.chunks.push(this.current.subarray(0, this.offset));
    // Its own memory (not Node's shared pool): the chunk's ArrayBuffer is transferred to the writer whole.
    this.current = (bound <= CHUNK_BYTES ? this.spare.pop() : undefined) ?? Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bound));
    this.offset = 0;
    this.bytes += this.current.length;
  }

  /** Takes back chunks whose entries were written (what `take` handed out), to fill again. */
  recycle(chunks: readonly Uint8Array[]): void {
    for (const chunk of chunks) {
      const memory = chunk.buffer;
      if (this.spare.length >= SPARE_CHUNKS || !(memory instanceof ArrayBuffer) || memory.byteLength !== CHUNK_BYTES) continue;
      this.spare.push(Buffer.from(memory));
    }
  }

  private bodyBound(body: string | Buffer | undefined): number {
    if (body === undefined) return 0;
    return Math.min(typeof body === 'string' ? body.length * 3 : body.length, this.maxBodyBytes);
  }

  private writeBody(chunk: Buffer, at: number, body: string | Buffer | undefined, flags: number, bit: number): [number, number] {
    if (body === undefined) {
      chunk.writeUInt32LE(NULL, at);
      return [at + 4, flags];
    }
    const start = at + 4;
    let written: number;
    let cut: boolean;
    if (typeof body === 'string') {
      // Whole characters only; a string of at most a third of the limit in UTF-16 units always fits whole.
      written = chunk.write(body, start, this.maxBodyBytes, 'utf8');
      cut = body.length * 3 > this.maxBodyBytes && written < Buffer.byteLength(body);
    } else {
      written = body.copy(chunk, start, 0, Math.min(body.length, this.maxBodyBytes));
      cut = body.length > this.maxBodyBytes;
    }
    chunk.writeUInt32LE(written, at);
    return [start + written, cut ? flags | bit : flags];
  }
}

function writeText(chunk: Buffer, at: number, text: string | null | undefined): number {
  if (text === null || text === undefined) return chunk.writeUInt32LE(NULL, at);
  const written = chunk.write(text, at + 4, 'utf8');
  chunk.writeUInt32LE(written, at);
  return at + 4 + written;
}

/** The slots of an entry's texts and bodies in an EntryView: FIELDS in order, then the two bodies. */
export const SLOT = { id: 0, account_id: 1, batch_id: 2, shop_id: 3, method: 4, path: 5, client: 6, user_agent: 7, fault_id: 8, request: 9, response: 10 } as const;
const SLOTS = FIELDS.length + 2;

/**
 * One encoded entry, where it lies in its chunk: a writer reads its texts and bodies as the chunk's bytes (a
 * slot's `start` and `length`; length -1 for null) or as strings, without an object per entry. The same view is
 * filled again for each entry of a batch (forEachEntry).
 */
export class EntryView {
  chunk: Buffer = Buffer.alloc(0);
  at = 0;
  duration_ms = 0;
  status: number | null = null;
  requestCut = false;
  responseCut = false;
  readonly start = new Int32Array(SLOTS);
  readonly length = new Int32Array(SLOTS);

  /** The slot's text; null for null. */
  text(slot: number): string | null {
    const length = this.length[slot]!;
    return length < 0 ? null : this.chunk.toString('utf8', this.start[slot]!, this.start[slot]! + length);
  }

  /** The slot's bytes (a view of the chunk, not a copy); null for null. */
  bytes(slot: number): Buffer | null {
    const length = this.length[slot]!;
    return length < 0 ? null : this.chunk.subarray(this.start[slot]!, this.start[slot]! + length);
  }
}

/** Calls `visit` with each entry of `encoded`, in the order they were appended: one view, filled for each. */
export function forEachEntry(encoded: EncodedEntries, visit: (entry: EntryView) => void): void {
  const view = new EntryView();
  for (const bytes of encoded.chunks) {
    // A chunk that crossed to a worker thread arrives as a plain Uint8Array: the same bytes, viewed as a Buffer.
    const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.chunk = chunk;
    let at = 0;
    while (at < chunk.length) {
      view.at = chunk.readDoubleLE(at);
      view.duration_ms = chunk.readDoubleLE(at + 8);
      const status = chunk.readInt32LE(at + 16);
      view.status = status === -1 ? null : status;
      const flags = chunk[at + 20]!;
      view.requestCut = (flags & 1) !== 0;
      view.responseCut = (flags & 2) !== 0;
      at += HEADER;
      for (let slot = 0; slot < SLOTS; slot++) {
        const length = chunk.readUInt32LE(at);
        at += 4;
        view.start[slot] = at;
        if (length === NULL) view.length[slot] = -1;
        else {
          view.length[slot] = length;
          at += length;
        }
      }
      visit(view);
    }
  }
}

/** The entries of `encoded` as objects, in the order they were appended. Bodies are views of the chunks' bytes. */
export function decodeEntries(encoded: EncodedEntries): ArenaEntry[] {
  const entries: ArenaEntry[] = [];
  forEachEntry(encoded, (view) => {
    entries.push({
      id: view.text(SLOT.id)!,
      account_id: view.text(SLOT.account_id)!,
      batch_id: view.text(SLOT.batch_id),
      shop_id: view.text(SLOT.shop_id),
      at: view.at,
      method: view.text(SLOT.method)!,
      path: view.text(SLOT.path)!,
      status: view.status,
      duration_ms: view.duration_ms,
      client: view.text(SLOT.client)!,
      user_agent: view.text(SLOT.user_agent),
      fault_id: view.text(SLOT.fault_id),
      request: view.bytes(SLOT.request) ?? undefined,
      response: view.bytes(SLOT.response) ?? undefined,
      request_cut: view.requestCut,
      response_cut: view.responseCut,
    });
  });
  return entries;
}
