import type { Static, TSchema } from 'typebox';
import type { ListResponse, PageQuery as PageQuerySchema } from '../http/schemas.js';
export declare const MAILERLITE_URL = "https://connect.mailerlite.com";
export interface RetryOptions {
    /** Attempts in all, the first included (default 3, as MailerLite's PHP SDK); 1 turns retries off. */
    attempts?: number;
    /** The first backoff; each further one doubles (default 500 ms). */
    baseDelayMs?: number;
    /**
     * The longest wait before a retry (default 60,000 ms, one of MailerLite's rate-limit windows). A Retry-After
     * longer than this is not waited for: the error is thrown at once, with the server's Retry-After on it.
     */
    maxDelayMs?: number;
}
export interface CartlineOptions {
    /** A Cartline token (`cartline token create`) or a MailerLite API token. */
    token: string;
    /** Where the API lives, without `/api` (default MailerLite's, https://connect.mailerlite.com). */
    baseUrl?: string;
    /** Each attempt is aborted after this many ms (default 30,000); 0 means no timeout. */
    timeoutMs?: number;
    /** 429 and 5xx answers are retried, honouring Retry-After, else with exponential backoff. */
    retry?: RetryOptions;
    /** Extra headers sent with every request (X-Version, X-Acc-Id, ...). */
    headers?: Record<string, string>;
    /** A fetch of your own (a proxy agent, a recorder); default the global fetch. */
    fetch?: typeof fetch;
}
/** Options every call takes. */
export interface CallOptions {
    /** Aborts the call (and any wait before a retry); the signal's reason is thrown. */
    signal?: AbortSignal;
    /** This call's timeout per attempt, in place of the client's. */
    timeoutMs?: number;
}
export type Query = Record<string, string | number | boolean | undefined>;
export interface RequestOptions extends CallOptions {
    query?: Query;
    body?: unknown;
}
type AnyList = Static<ReturnType<typeof ListResponse<TSchema>>>;
/** One page of a list: MailerLite's (Laravel's) paginator, as src/http/pagination.ts builds it. */
export interface Page<T> {
    data: T[];
    links: NonNullable<AnyList['links']>;
    meta: NonNullable<AnyList['meta']>;
}
/** Which page to start at and how many records a page holds (default: the route's own, 100 or 50). */
export type PageQuery = Static<typeof PageQuerySchema>;
export declare class Transport {
    #private;
    readonly baseUrl: string;
    constructor(options: CartlineOptions);
    /** Any route: `path` from the host on (`/api/...`). Answers the parsed JSON body, undefined for a 204. */
    request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
    /** `{data}` routes: the record itself. */
    data<T>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T>;
    /** A list route with limit=0: its total. */
    count(path: string, options?: CallOptions): Promise<number>;
    list<T>(path: string, query?: PageQuery & Query, options?: CallOptions): Paginated<T>;
}
/**
 * The records of a list route, page after page: `for await (const order of client.orders.list(shopId))`.
 * `pages()` yields whole pages instead. A page is requested only when the loop reaches it.
 */
export declare class Paginated<T> implements AsyncIterable<T> {
    private readonly transport;
    private readonly path;
    private readonly query;
    private readonly options;
    constructor(transport: Transport, path: string, query: PageQuery & Query, options: CallOptions);
    pages(): AsyncGenerator<Page<T>, void, undefined>;
    [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined>;
    /** Every record of every page, in one array. */
    toArray(): Promise<T[]>;
}
export {};
