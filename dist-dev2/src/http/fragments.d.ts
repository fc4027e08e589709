import type { FastifyReply, FastifyRequest } from 'fastify';
import { type TSchema } from 'typebox';
import type { Revisions } from '../modules/accounts/accounts.repository.js';
export declare class FragmentCache {
    private readonly kept;
    /** Answers found kept and current, and answers built, since the start. */
    hits: number;
    misses: number;
    constructor(maxBytes: number);
    get enabled(): boolean;
    /** Bytes held now (by the count above). */
    get bytes(): number;
    get(key: string, revision: string): Buffer | undefined;
    set(key: string, revision: string, json: Buffer): void;
    clear(): void;
    /** Drops every answer kept for these shops (keys begin with the shop's id). */
    forgetShops(shopIds: string[]): void;
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
export declare const dependsOn: {
    /** Products and categories: the shop's catalog. */
    catalog: (revisions: Revisions) => string;
    /** Customers, with their subscribers and the subscribers' groups. */
    customers: (revisions: Revisions) => string;
    /** Orders and carts: the shop, customers, items and their products, subscribers and groups. */
    everything: (revisions: Revisions) => string;
};
/**
 * The JSON of each id's answer, in the order of `ids`: kept ones as they are, the others built in one load and
 * kept. undefined for an id the load did not find. Callers check first that the cache is on and the request
 * carries its shop's revisions; without either, they build their answers as before.
 */
export declare function fragments<T>(cache: FragmentCache, request: FastifyRequest, revisions: Revisions, kind: FragmentKind<T>, ids: string[]): Promise<Array<Buffer | undefined>>;
/**
 * A small text kept under the kind's revision beside its answers (a list's total, the ids of one of its pages):
 * computed on a miss. Inserts and deletes bump the revision as any write does.
 */
export declare function keptText<T>(cache: FragmentCache, request: FastifyRequest, revisions: Revisions, kind: FragmentKind<T>, name: string, compute: () => Promise<string>): Promise<string>;
/**
 * The answer {"data": ...} to a GET of one record: kept or built by `kind` and sent as JSON text, or a 404
 * when the shop has no such record. With the cache off, `build` answers as it always did.
 */
export declare function answerOne<T>(cache: FragmentCache, request: FastifyRequest, reply: FastifyReply, kind: FragmentKind<T>, rawId: string, build: () => Promise<T>): Promise<{
    data: T;
} | FastifyReply>;
/** The page body around answers already serialized: `page` is the page with its data left empty. */
export declare function pageJson(page: object, answers: Buffer[]): Buffer;
