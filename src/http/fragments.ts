import fastJson from 'fast-json-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import Type, { type TSchema } from 'typebox';
import type { Revisions } from '../modules/accounts/accounts.repository.js';
import { parseId } from '../db/ids.js';
import { NotFoundError } from './errors.js';
import { ListResponse, withResourceFields } from './schemas.js';

// Answers kept between requests, as the JSON bytes they are sent as. An order of a page is built from six
// tables and serialized field by field; kept, it is one string joined into the page. Each kept answer carries
// the revision it was built at: numbers the database bumps, in the writing transaction, on every write that
// can change it (migration 0007), and that authentication reads with the token in the same query. A kept
// answer is used only while that number is unchanged, so a write acknowledged by any process on the
// database is seen by the next read of every process: no messages between processes, nothing to forget.
// A revision read before the answer's own rows were read can only be older than those rows, never newer,
// so an answer is never kept under a number that hides a write it lacks.
//
// The answers are keyed by shop, kind, ?with_resource_id and id: a key that holds an answer was read in that
// shop, so a kept answer also says the record exists there (any delete bumps the revision). Memory is bounded
// by the bytes kept (CARTLINE_CACHE_MB); the least recently used answers go first. 0 turns it off, and every
// read then builds its answer from the database, as before.

interface Kept {
  revision: string;
  /** The answer's JSON, encoded once: a page is then copied together, not encoded (and measured) per request. */
  json: Buffer;
}

export class FragmentCache {
  private readonly kept: LRUCache<string, Kept> | null;
  /** Answers found kept and current, and answers built, since the start. */
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.kept =
      maxBytes > 0
        ? new LRUCache<string, Kept>({
            maxSize: maxBytes,
            // The answer's bytes, plus its key and revision (two bytes a character) and the entry's own objects.
            sizeCalculation: (value, key) => value.json.length + 2 * (key.length + value.revision.length) + 160,
          })
        : null;
  }

  get enabled(): boolean {
    return this.kept !== null;
  }

  /** Bytes held now (by the count above). */
  get bytes(): number {
    return this.kept?.calculatedSize ?? 0;
  }

  get(key: string, revision: string): Buffer | undefined {
    const found = this.kept?.get(key);
    if (found !== undefined && found.revision === revision) {
      this.hits += 1;
      return found.json;
    }
    this.misses += 1;
    return undefined;
  }

  set(key: string, revision: string, json: Buffer): void {
    this.kept?.set(key, { revision, json });
  }

  clear(): void {
    this.kept?.clear();
  }

  /** Drops every answer kept for these shops (keys begin with the shop's id). */
  forgetShops(shopIds: string[]): void {
    if (this.kept === null || shopIds.length === 0) return;
    const prefixes = new Set(shopIds.map((id) => `${id}/`));
    for (const key of [...this.kept.keys()]) if (prefixes.has(key.slice(0, key.indexOf('/') + 1))) this.kept.delete(key);
  }
}

/** One kind of answer that can be kept: how to build it and what it depends on. */
export interface FragmentKind<T> {
  /** Part of every key ("order", "product"). */
  name: string;
  /** The answer's schema: its serializers are compiled from it, plain and with ?with_resource_id's fields. */
  schema: TSchema;
  /** Of the request's revisions, those its answers depend on, as one string. */
  revision(revisions: Revisions): string;
  /** The answers of these ids, keyed by id; ids of the shop that name nothing are left out. */
  load(request: FastifyRequest, ids: string[]): Promise<Map<string, T>>;
}

/** What each kind's answers depend on, among the revisions read with the token. */
export const dependsOn = {
  /** Products and categories: the shop's catalog. */
  catalog: (revisions: Revisions) => revisions.catalog,
  /** Customers, with their subscribers and the subscribers' groups. */
  customers: (revisions: Revisions) => revisions.sales,
  /** Orders and carts: the shop, customers, items and their products, subscribers and groups. */
  everything: (revisions: Revisions) => `${revisions.sales}.${revisions.catalog}`,
};

type Serialize = (value: unknown) => string;
const serializers = new WeakMap<TSchema, { plain: Serialize; withResourceId: Serialize }>();

function serializersOf(schema: TSchema) {
  let found = serializers.get(schema);
  if (found === undefined) {
    // A plain JSON copy: TypeBox's symbols are not JSON Schema; the extra keyword is ignored by the plain one.
    const json = JSON.parse(JSON.stringify(schema)) as object;
    found = {
      plain: fastJson(json) as Serialize,
      withResourceId: fastJson(JSON.parse(JSON.stringify(withResourceFields(json))) as object) as Serialize,
    };
    serializers.set(schema, found);
  }
  return found;
}

/**
 * The JSON of each id's answer, in the order of `ids`: kept ones as they are, the others built in one load and
 * kept. undefined for an id the load did not find. Callers check first that the cache is on and the request
 * carries its shop's revisions; without either, they build their answers as before.
 */
export async function fragments<T>(
  cache: FragmentCache,
  request: FastifyRequest,
  revisions: Revisions,
  kind: FragmentKind<T>,
  ids: string[],
): Promise<Array<Buffer | undefined>> {
  const serialize = serializersOf(kind.schema)[request.withResourceId ? 'withResourceId' : 'plain'];
  const revision = kind.revision(revisions);
  const prefix = `${request.shopId}/${kind.name}/${request.withResourceId ? 'r' : 'p'}/`;
  const answers = ids.map((id) => cache.get(prefix + id, revision));
  const missing = ids.filter((_, index) => answers[index] === undefined);
  if (missing.length === 0) return answers;
  const built = await kind.load(request, [...new Set(missing)]);
  return ids.map((id, index) => {
    const kept = answers[index];
    if (kept !== undefined) return kept;
    const value = built.get(id);
    if (value === undefined) return undefined;
    const json = Buffer.from(serialize(value));
    cache.set(prefix + id, revision, json);
    return json;
  });
}

/**
 * A small text kept under the kind's revision beside its answers (a list's total, the ids of one of its pages):
 * computed on a miss. Inserts and deletes bump the revision as any write does.
 */
export async function keptText<T>(
  cache: FragmentCache,
  request: FastifyRequest,
  revisions: Revisions,
  kind: FragmentKind<T>,
  name: string,
  compute: () => Promise<string>,
): Promise<string> {
  const key = `${request.shopId}/${kind.name}/${name}`;
  const revision = kind.revision(revisions);
  const kept = cache.get(key, revision);
  if (kept !== undefined) return kept.toString();
  const text = await compute();
  cache.set(key, revision, Buffer.from(text));
  return text;
}

/**
 * The answer {"data": ...} to a GET of one record: kept or built by `kind` and sent as JSON text, or a 404
 * when the shop has no such record. With the cache off, `build` answers as it always did.
 */
export async function answerOne<T>(
  cache: FragmentCache,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: FragmentKind<T>,
  rawId: string,
  build: () => Promise<T>,
): Promise<{ data: T } | FastifyReply> {
  const { revisions } = request;
  if (!cache.enabled || revisions === undefined) return { data: await build() };
  const id = parseId(rawId);
  const [json] = id === null ? [undefined] : await fragments(cache, request, revisions, kind, [id]);
  if (json === undefined) throw new NotFoundError();
  return reply.type('application/json').send(Buffer.concat([DATA_OPEN, json, OBJECT_CLOSE]));
}

// A page's links and meta, serialized by the list schema with an empty data array, into which the answers go.
const envelope = fastJson(JSON.parse(JSON.stringify(ListResponse(Type.Object({})))) as object) as Serialize;
const EMPTY_DATA = '{"data":[]';
const DATA_OPEN = Buffer.from('{"data":');
const OBJECT_CLOSE = Buffer.from('}');
const PAGE_OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

/** The page body around answers already serialized: `page` is the page with its data left empty. */
export function pageJson(page: object, answers: Buffer[]): Buffer {
  const text = envelope(page);
  if (!text.startsWith(EMPTY_DATA)) throw new Error('the list schema must serialize data first');
  const parts: Buffer[] = [PAGE_OPEN];
  answers.forEach((answer, index) => parts.push(...(index === 0 ? [answer] : [COMMA, answer])));
  parts.push(Buffer.from(`]${text.slice(EMPTY_DATA.length)}`));
  return Buffer.concat(parts);
}
