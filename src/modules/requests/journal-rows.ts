import { isUtf8 } from 'node:buffer';
import { formatTimestamp } from '../../time.js';
import { forEachEntry, SLOT, type EncodedEntries, type EntryView } from './entry-arena.js';

// A batch of the journal's entries (entry-arena.ts) made into what each database takes, straight from the
// chunks' bytes: no object per entry, no string per body. Decoding each entry into objects and strings, then
// rows, then pg's array literals cost the journal's thread ~20 µs an entry (CPU profile of GET one product),
// a third of it in garbage collection; and on a 2-core machine every µs of it is taken from the API's thread
// or the database. PostgreSQL gets the rows as COPY's binary format, SQLite as the parameters of its insert,
// each body bound as bytes (cast to text by SQLite).

/** The most of each body an entry keeps, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** journal_entries' columns, in the order both writers send them. */
export const JOURNAL_COLUMNS = [
  'id',
  'account_id',
  'batch_id',
  'shop_id',
  'created_at',
  'method',
  'path',
  'status',
  'duration_ms',
  'client',
  'user_agent',
  'request_body',
  'request_truncated',
  'response_body',
  'response_truncated',
  'errors',
  'fault_id',
] as const;

// Secrets a body may carry (a shop's access_data holds the shop platform's API key; a webhook its signing
// secret): replaced in the journal's copy, as the Authorization header is never kept at all.
const SECRET_KEYS = /"(access_data|secret|token|api_key|apikey|access_token|password)"(\s*):(\s*)"(?:[^"\\]|\\.)*"/g;
const MAYBE_SECRET = /access_data|secret|token|api_?key|password/;
/** The words SECRET_KEYS' keys are made of, as bytes: a body holding none of them has no secret to replace. */
const SECRET_WORDS = ['secret', 'token', 'password', 'access_data', 'api_key', 'apikey'].map((word) => Buffer.from(word));

/** A body as the journal keeps it: at most MAX_BODY_BYTES of UTF-8, secrets and NULs replaced. */
export function keptBody(body: string | Buffer | undefined, cut = false): { text: string | null; truncated: boolean } {
  if (body === undefined || (body.length === 0 && !cut)) return { text: null, truncated: false };
  let text: string;
  let truncated = cut;
  // A string of at most a third of the limit in UTF-16 units fits whole (3 bytes a unit at most): not measured.
  if (typeof body === 'string' && body.length <= MAX_BODY_BYTES / 3) text = body;
  else {
    let bytes = typeof body === 'string' ? Buffer.from(body) : body;
    truncated ||= bytes.length > MAX_BODY_BYTES;
    if (truncated) bytes = bytes.subarray(0, MAX_BODY_BYTES);
    text = bytes.toString('utf8');
    // A character the cut went through is dropped, not kept as U+FFFD.
    if (truncated && text.endsWith('\uFFFD')) text = text.replace(/\uFFFD+$/, '');
  }
  if (text.includes('\u0000')) text = text.replaceAll('\u0000', '\uFFFD');
  if (MAYBE_SECRET.test(text)) text = text.replace(SECRET_KEYS, '"$1"$2:$3"[redacted]"');
  return { text, truncated };
}

/**
 * A body as the journal keeps it (keptBody), as UTF-8 bytes. One that needs nothing changed (whole, valid UTF-8,
 * no NUL, no word a secret's key is made of: almost every one) is the very bytes of the chunk, never a string.
 */
function keptBodyBytes(bytes: Buffer | null, cut: boolean): { bytes: Buffer | null; truncated: boolean } {
  if (bytes === null || (bytes.length === 0 && !cut)) return { bytes: null, truncated: false };
  if (!cut && isUtf8(bytes) && !bytes.includes(0) && !SECRET_WORDS.some((word) => bytes.includes(word))) return { bytes, truncated: false };
  const kept = keptBody(bytes, cut);
  return { bytes: kept.text === null ? null : Buffer.from(kept.text), truncated: kept.truncated };
}

/** A 422's `errors`, as JSON, from its answer's bytes. */
function errorsOf(status: number | null, response: { bytes: Buffer | null; truncated: boolean }): string | null {
  if (status !== 422 || response.bytes === null || response.truncated) return null;
  try {
    const parsed = JSON.parse(response.bytes.toString('utf8')) as { errors?: unknown };
    return parsed.errors === undefined ? null : JSON.stringify(parsed.errors);
  } catch {
    return null; // Not JSON: no errors to keep.
  }
}

/** created_at's text, made once per second of a batch (the entries of a batch share a few). */
function timestamps(): (at: number) => string {
  let second = Number.NaN;
  let text = '';
  return (at) => {
    const now = Math.floor(at / 1000);
    if (now !== second) {
      second = now;
      text = formatTimestamp(new Date(at));
    }
    return text;
  };
}

/** The entry's columns that are computed rather than copied: its bodies as kept, its errors and its time. */
interface Computed {
  request: { bytes: Buffer | null; truncated: boolean };
  response: { bytes: Buffer | null; truncated: boolean };
  errors: string | null;
  durationMs: number;
}

function computed(entry: EntryView): Computed {
  const request = keptBodyBytes(entry.bytes(SLOT.request), entry.requestCut);
  const response = keptBodyBytes(entry.bytes(SLOT.response), entry.responseCut);
  return { request, response, errors: errorsOf(entry.status, response), durationMs: Math.round(entry.duration_ms * 1000) / 1000 };
}

/** A batch as its writer takes it, with how many entries of each account it holds (retention, the live tail). */
export interface JournalBatch<T> {
  data: T;
  count: number;
  accounts: Map<string, number>;
}

function countAccount(accounts: Map<string, number>, entry: EntryView): void {
  const account = entry.text(SLOT.account_id)!;
  accounts.set(account, (accounts.get(account) ?? 0) + 1);
}

/**
 * SQLite: the batch's parameters, JOURNAL_COLUMNS for each entry in turn. Texts are strings; bodies are the
 * chunk's bytes (the insert casts them to text: SQLite takes bytes as they are, where a string would be decoded
 * here and encoded again by better-sqlite3); booleans are 1 and 0.
 */
export function sqliteBatch(encoded: EncodedEntries): JournalBatch<unknown[]> {
  const data: unknown[] = [];
  const accounts = new Map<string, number>();
  const createdAt = timestamps();
  forEachEntry(encoded, (entry) => {
    const { request, response, errors, durationMs } = computed(entry);
    data.push(
      entry.text(SLOT.id),
      entry.text(SLOT.account_id),
      entry.text(SLOT.batch_id),
      entry.text(SLOT.shop_id),
      createdAt(entry.at),
      entry.text(SLOT.method),
      entry.text(SLOT.path),
      entry.status,
      durationMs,
      entry.text(SLOT.client),
      entry.text(SLOT.user_agent),
      request.bytes,
      request.truncated ? 1 : 0,
      response.bytes,
      response.truncated ? 1 : 0,
      errors,
      entry.text(SLOT.fault_id),
    );
    countAccount(accounts, entry);
  });
  return { data, count: encoded.count, accounts };
}

// PostgreSQL's binary COPY: a signature, flags and header extension (both 0); each row its field count and each
// field its byte length (-1 for null) and its bytes, integers big-endian; -1 after the last row.
const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/** A growing buffer of COPY's binary format. */
class CopyWriter {
  out: Buffer;
  at = 0;

  constructor(size: number) {
    this.out = Buffer.allocUnsafe(size);
    this.bytes(COPY_SIGNATURE);
    this.int32(0);
    this.int32(0);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.out.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.at + bytes));
    this.out.copy(grown, 0, 0, this.at);
    this.out = grown;
  }

  int16(value: number): void {
    this.room(2);
    this.at = this.out.writeInt16BE(value, this.at);
  }

  int32(value: number): void {
    this.room(4);
    this.at = this.out.writeInt32BE(value, this.at);
  }

  private bytes(bytes: Buffer): void {
    this.room(bytes.length);
    this.at += bytes.copy(this.out, this.at);
  }

  null(): void {
    this.int32(-1);
  }

  /** A text field: its UTF-8 bytes, or null. */
  text(bytes: Buffer | null): void {
    if (bytes === null) return this.null();
    this.int32(bytes.length);
    this.bytes(bytes);
  }

  string(text: string | null): void {
    if (text === null) return this.null();
    const length = Buffer.byteLength(text);
    this.room(4 + length);
    this.at = this.out.writeInt32BE(length, this.at);
    this.at += this.out.write(text, this.at, 'utf8');
  }

  /** A slot of the entry: its bytes as a text field. */
  slotText(entry: EntryView, slot: number): void {
    const length = entry.length[slot]!;
    if (length < 0) return this.null();
    this.room(4 + length);
    this.at = this.out.writeInt32BE(length, this.at);
    this.at += entry.chunk.copy(this.out, this.at, entry.start[slot]!, entry.start[slot]! + length);
  }

  /**
   * A slot of the entry holding an id's decimal digits, as an int8: its two 32-bit halves computed digit by
   * digit (each step stays within a double's 53 bits), no string and no BigInt.
   */
  slotInt8(entry: EntryView, slot: number): void {
    const length = entry.length[slot]!;
    if (length < 0) return this.null();
    let high = 0;
    let low = 0;
    const { chunk } = entry;
    for (let i = entry.start[slot]!, end = i + length; i < end; i++) {
      const digit = chunk[i]! - 48;
      if (digit < 0 || digit > 9) throw new Error(`request journal: an id that is not a number: ${entry.text(slot)}`);
      low = low * 10 + digit;
      const carry = Math.floor(low / 0x1_0000_0000);
      low -= carry * 0x1_0000_0000;
      high = high * 10 + carry;
    }
    if (high > 0x7fff_ffff) throw new Error(`request journal: an id beyond 64 bits: ${entry.text(slot)}`);
    this.room(12);
    this.at = this.out.writeInt32BE(8, this.at);
    this.at = this.out.writeUInt32BE(high, this.at);
    this.at = this.out.writeUInt32BE(low, this.at);
  }

  int4(value: number | null): void {
    if (value === null) return this.null();
    this.room(8);
    this.at = this.out.writeInt32BE(4, this.at);
    this.at = this.out.writeInt32BE(value, this.at);
  }

  float8(value: number): void {
    this.room(12);
    this.at = this.out.writeInt32BE(8, this.at);
    this.at = this.out.writeDoubleBE(value, this.at);
  }

  bool(value: boolean): void {
    this.room(5);
    this.at = this.out.writeInt32BE(1, this.at);
    this.out[this.at++] = value ? 1 : 0;
  }

  end(): Buffer {
    this.int16(-1);
    return this.out.subarray(0, this.at);
  }
}

/** PostgreSQL: the batch as COPY journal_entries (JOURNAL_COLUMNS) FROM STDIN (FORMAT binary) takes it. */
export function copyBatch(encoded: EncodedEntries): JournalBatch<Buffer> {
  // The chunks' bytes hold every text and body; COPY adds ~130 bytes of lengths and numbers an entry.
  const copy = new CopyWriter(encoded.chunks.reduce((sum, chunk) => sum + chunk.length, 0) + encoded.count * 160 + 64);
  const accounts = new Map<string, number>();
  const createdAt = timestamps();
  forEachEntry(encoded, (entry) => {
    const { request, response, errors, durationMs } = computed(entry);
    copy.int16(JOURNAL_COLUMNS.length);
    copy.slotInt8(entry, SLOT.id);
    copy.slotInt8(entry, SLOT.account_id);
    copy.slotInt8(entry, SLOT.batch_id);
    copy.slotInt8(entry, SLOT.shop_id);
    copy.string(createdAt(entry.at));
    copy.slotText(entry, SLOT.method);
    copy.slotText(entry, SLOT.path);
    copy.int4(entry.status);
    copy.float8(durationMs);
    copy.slotText(entry, SLOT.client);
    copy.slotText(entry, SLOT.user_agent);
    copy.text(request.bytes);
    copy.bool(request.truncated);
    copy.text(response.bytes);
    copy.bool(response.truncated);
    copy.string(errors);
    copy.slotInt8(entry, SLOT.fault_id);
    countAccount(accounts, entry);
  });
  return { data: copy.end(), count: encoded.count, accounts };
}
