import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Static, type TObject, type TSchema } from 'typebox';
import { type FragmentKind } from './fragments.js';
export declare const PREVIOUS_LABEL = "\u00AB Previous";
export declare const NEXT_LABEL = "Next \u00BB";
export interface PageRequest {
    limit: number;
    page: number;
    offset: number;
    /** The list's total, known before the page is read. */
    total?: number;
}
export interface PageLink {
    url: string | null;
    label: string;
    active: boolean;
}
export interface Page<T> {
    data: T[];
    links: {
        first: string;
        last: string;
        prev: string | null;
        next: string | null;
    };
    meta: {
        current_page: number;
        from: number | null;
        last_page: number;
        links: PageLink[];
        path: string;
        per_page: number;
        to: number | null;
        total: number;
    };
}
/** null means count mode (limit=0). */
export declare function pageRequest(query: {
    limit?: number;
    page?: number;
}, defaultLimit: number): PageRequest | null;
/** The page numbers to link, with null for a "..." gap (Laravel's UrlWindow). */
export declare function pageWindow(current: number, last: number): Array<number | null>;
export declare function buildPage<T>(data: T[], total: number, request: PageRequest, path: string): Page<T>;
/** Absolute URL of the list route, without its query string. */
export declare function listPath(request: FastifyRequest, publicUrl: string | null): string;
/**
 * The body of any list route: with limit=0 only {total}; otherwise one page. Every resource's list goes
 * through here, so the count mode, defaults and links behave the same everywhere.
 */
export declare function listOrCount<T>(query: {
    limit?: number;
    page?: number;
}, defaultLimit: number, path: string, count: () => Promise<number>, fetch: (page: PageRequest) => Promise<T[]>): Promise<Page<T> | {
    total: number;
}>;
/** What a list route needs to say; the rest (query schema, count mode, links, errors) is the same for all. */
export interface ListRouteOptions<P extends TSchema, T extends TSchema> {
    tags: string[];
    summary: string;
    /** The route's path parameters, when it has any. */
    params?: P;
    /** The schema of one listed object. */
    item: T;
    /** Objects per page without ?limit: 100 on e-commerce lists (MailerLite's docs). */
    perPage?: number;
    count(request: FastifyRequest<{
        Params: Static<P>;
    }>): Promise<number>;
    list(request: FastifyRequest<{
        Params: Static<P>;
    }>, page: PageRequest): Promise<Array<Static<T>>>;
    /**
     * Pages of answers kept between requests (src/http/fragments.ts): the page's ids, then each answer kept or
     * built by `kind`. Without it, or with the cache off, `list` builds every page.
     */
    kept?: {
        /** The kind of answer, or, when a query flag changes the answers' form, the kind for this request. */
        kind: FragmentKind<Static<T>> | ((request: FastifyRequest<{
            Params: Static<P>;
        }>) => FragmentKind<Static<T>>);
        /** When a filter changes which records are listed: a name for this request's list, kept apart from the others. */
        variant?(request: FastifyRequest<{
            Params: Static<P>;
        }>): string;
        ids(request: FastifyRequest<{
            Params: Static<P>;
        }>, page: PageRequest): Promise<string[]>;
    };
    /** Query parameters beyond limit and page (filters, flags). */
    query?: TObject;
}
/** Registers GET / of a plugin as a list route: a page of `item`s, or only {total} with limit=0. */
export declare function listRoute<P extends TSchema, T extends TSchema>(app: FastifyInstance, options: ListRouteOptions<P, T>): void;
