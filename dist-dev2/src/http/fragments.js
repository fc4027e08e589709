import fastJson from 'fast-json-stringify';
import { LRUCache } from 'lru-cache';
import Type from 'typebox';
import { parseId } from '../db/ids.js';
import { NotFoundError } from './errors.js';
import { ListResponse, withResourceFields } from './schemas.js';
export class FragmentCache {
    kept;
    /** Answers found kept and current, and answers built, since the start. */
    hits = 0;
    misses = 0;
    constructor(maxBytes) {
        this.kept =
            maxBytes > 0
                ? new LRUCache({
                    maxSize: maxBytes,
                    // The answer's bytes, plus its key and revision (two bytes a character) and the entry's own objects.
                    sizeCalculation: (value, key) => value.json.length + 2 * (key.length + value.revision.length) + 160,
                })
                : null;
    }
    get enabled() {
        return this.kept !== null;
    }
    /** Bytes held now (by the count above). */
    get bytes() {
        return this.kept?.calculatedSize ?? 0;
    }
    get(key, revision) {
        const found = this.kept?.get(key);
        if (found !== undefined && found.revision === revision) {
            this.hits += 1;
            return found.json;
        }
        this.misses += 1;
        return undefined;
    }
    set(key, revision, json) {
        this.kept?.set(key, { revision, json });
    }
    clear() {
        this.kept?.clear();
    }
    /** Drops every answer kept for these shops (keys begin with the shop's id). */
    forgetShops(shopIds) {
        if (this.kept === null || shopIds.length === 0)
            return;
        const prefixes = new Set(shopIds.map((id) => `${id}/`));
        for (const key of [...this.kept.keys()])
            if (prefixes.has(key.slice(0, key.indexOf('/') + 1)))
                this.kept.delete(key);
    }
}
/** What each kind's answers depend on, among the revisions read with the token. */
export const dependsOn = {
    /** Products and categories: the shop's catalog. */
    catalog: (revisions) => revisions.catalog,
    /** Customers, with their subscribers and the subscribers' groups. */
    customers: (revisions) => revisions.sales,
    /** Orders and carts: the shop, customers, items and their products, subscribers and groups. */
    everything: (revisions) => `${revisions.sales}.${revisions.catalog}`,
};
const serializers = new WeakMap();
function serializersOf(schema) {
    let found = serializers.get(schema);
    if (found === undefined) {
        // A plain JSON copy: TypeBox's symbols are not JSON Schema; the extra keyword is ignored by the plain one.
        const json = JSON.parse(JSON.stringify(schema));
        found = {
            plain: fastJson(json),
            withResourceId: fastJson(JSON.parse(JSON.stringify(withResourceFields(json)))),
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
export async function fragments(cache, request, revisions, kind, ids) {
    const serialize = serializersOf(kind.schema)[request.withResourceId ? 'withResourceId' : 'plain'];
    const revision = kind.revision(revisions);
    const prefix = `${request.shopId}/${kind.name}/${request.withResourceId ? 'r' : 'p'}/`;
    const answers = ids.map((id) => cache.get(prefix + id, revision));
    const missing = ids.filter((_, index) => answers[index] === undefined);
    if (missing.length === 0)
        return answers;
    const built = await kind.load(request, [...new Set(missing)]);
    return ids.map((id, index) => {
        const kept = answers[index];
        if (kept !== undefined)
            return kept;
        const value = built.get(id);
        if (value === undefined)
            return undefined;
        const json = Buffer.from(serialize(value));
        cache.set(prefix + id, revision, json);
        return json;
    });
}
/**
 * A small text kept under the kind's revision beside its answers (a list's total, the ids of one of its pages):
 * computed on a miss. Inserts and deletes bump the revision as any write does.
 */
export async function keptText(cache, request, revisions, kind, name, compute) {
    const key = `${request.shopId}/${kind.name}/${name}`;
    const revision = kind.revision(revisions);
    const kept = cache.get(key, revision);
    if (kept !== undefined)
        return kept.toString();
    const text = await compute();
    cache.set(key, revision, Buffer.from(text));
    return text;
}
/**
 * The answer {"data": ...} to a GET of one record: kept or built by `kind` and sent as JSON text, or a 404
 * when the shop has no such record. With the cache off, `build` answers as it always did.
 */
export async function answerOne(cache, request, reply, kind, rawId, build) {
    const { revisions } = request;
    if (!cache.enabled || revisions === undefined)
        return { data: await build() };
    const id = parseId(rawId);
    const [json] = id === null ? [undefined] : await fragments(cache, request, revisions, kind, [id]);
    if (json === undefined)
        throw new NotFoundError();
    return reply.type('application/json').send(Buffer.concat([DATA_OPEN, json, OBJECT_CLOSE]));
}
// A page's links and meta, serialized by the list schema with an empty data array, into which the answers go.
const envelope = fastJson(JSON.parse(JSON.stringify(ListResponse(Type.Object({})))));
const EMPTY_DATA = '{"data":[]';
const DATA_OPEN = Buffer.from('{"data":');
const OBJECT_CLOSE = Buffer.from('}');
const PAGE_OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');
/** The page body around answers already serialized: `page` is the page with its data left empty. */
export function pageJson(page, answers) {
    const text = envelope(page);
    if (!text.startsWith(EMPTY_DATA))
        throw new Error('the list schema must serialize data first');
    const parts = [PAGE_OPEN];
    answers.forEach((answer, index) => parts.push(...(index === 0 ? [answer] : [COMMA, answer])));
    parts.push(Buffer.from(`]${text.slice(EMPTY_DATA.length)}`));
    return Buffer.concat(parts);
}
//# sourceMappingURL=fragments.js.map