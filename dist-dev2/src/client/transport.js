import { quoteLongIntegers } from '../http/json.js';
import { apiError, CartlineConnectionError, CartlineTimeoutError, retryAfterMs } from './errors.js';
// The one place that talks HTTP: URLs, headers, JSON, timeouts, retries and pagination. The resources
// (ecommerce.ts) only say method, path and types. It uses the global fetch and nothing else at run time
// (json.ts, shared with the server's body parser, imports nothing).
export const MAILERLITE_URL = 'https://connect.mailerlite.com';
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
export class Transport {
    baseUrl;
    #token;
    #timeoutMs;
    #attempts;
    #baseDelayMs;
    #maxDelayMs;
    #headers;
    #fetch;
    constructor(options) {
        if (typeof options.token !== 'string' || options.token === '')
            throw new TypeError('Cartline: a token is required');
        // MailerLite documents its base URL with /api; the paths here carry it, so either form is taken.
        this.baseUrl = (options.baseUrl ?? MAILERLITE_URL).replace(/\/+$/, '').replace(/\/api$/, '');
        this.#token = options.token;
        this.#timeoutMs = options.timeoutMs ?? 30_000;
        this.#attempts = Math.max(1, Math.floor(options.retry?.attempts ?? 3));
        this.#baseDelayMs = options.retry?.baseDelayMs ?? 500;
        this.#maxDelayMs = options.retry?.maxDelayMs ?? 60_000;
        this.#headers = { ...options.headers };
        this.#fetch = options.fetch ?? globalThis.fetch;
    }
    /** Any route: `path` from the host on (`/api/...`). Answers the parsed JSON body, undefined for a 204. */
    async request(method, path, options = {}) {
        const url = this.#url(path, options.query);
        const headers = { accept: 'application/json', ...this.#headers, authorization: `Bearer ${this.#token}` };
        let payload;
        if (options.body !== undefined) {
            payload = JSON.stringify(options.body);
            headers['content-type'] = 'application/json';
        }
        const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
        for (let attempt = 1;; attempt += 1) {
            const outcome = await this.#attempt(method, url, headers, payload, timeoutMs, options.signal);
            const last = attempt >= this.#attempts;
            if (outcome.kind === 'failed') {
                // No answer: sent again only when sending twice is harmless.
                if (last || !IDEMPOTENT.has(method))
                    throw new CartlineConnectionError(method, url, outcome.error);
                await sleep(this.#backoff(attempt), options.signal);
                continue;
            }
            const { status, headers: answerHeaders, body } = outcome;
            if (status < 400)
                return body;
            // MailerLite's clients retry 429 and 5xx, whatever the method; Cartline's 503 means nothing was written.
            if (!last && (status === 429 || status >= 500)) {
                const wait = retryAfterMs(answerHeaders.get('retry-after')) ?? this.#backoff(attempt);
                if (wait <= this.#maxDelayMs) {
                    await sleep(wait, options.signal);
                    continue;
                }
            }
            throw apiError(status, body, method, url, answerHeaders);
        }
    }
    /** `{data}` routes: the record itself. */
    async data(method, path, body, options = {}) {
        return (await this.request(method, path, { ...options, body })).data;
    }
    /** A list route with limit=0: its total. */
    async count(path, options = {}) {
        return (await this.request('GET', path, { ...options, query: { limit: 0 } })).total;
    }
    list(path, query = {}, options = {}) {
        // limit=0 is the count mode, answered {total} without pages.
        if (query.limit === 0)
            throw new TypeError('Cartline: limit 0 counts, it does not list: use count()');
        return new Paginated(this, path, query, options);
    }
    async #attempt(method, url, headers, payload, timeoutMs, signal) {
        signal?.throwIfAborted();
        // One controller per attempt, aborted by the timeout or by the caller's signal (AbortSignal.any is newer
        // than Node 20.0).
        const controller = new AbortController();
        let timedOut = false;
        const timer = timeoutMs > 0
            ? setTimeout(() => {
                timedOut = true;
                controller.abort();
            }, timeoutMs)
            : undefined;
        const onAbort = () => controller.abort(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const response = await this.#fetch(url, { method, headers, body: payload ?? null, signal: controller.signal });
            // The body is read under the same timeout: a server can stall after the headers too.
            const text = await response.text();
            return { kind: 'answered', status: response.status, headers: response.headers, body: parseBody(text) };
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            if (timedOut)
                throw new CartlineTimeoutError(method, url, timeoutMs);
            return { kind: 'failed', error };
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    }
    /** Exponential, with jitter so that many clients refused together do not come back together. */
    #backoff(attempt) {
        const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1));
        return Math.round(ceiling * (0.5 + Math.random() / 2));
    }
    #url(path, query) {
        const url = new URL(this.baseUrl + path);
        for (const [key, value] of Object.entries(query ?? {}))
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        return url.toString();
    }
}
/**
 * The records of a list route, page after page: `for await (const order of client.orders.list(shopId))`.
 * `pages()` yields whole pages instead. A page is requested only when the loop reaches it.
 */
export class Paginated {
    transport;
    path;
    query;
    options;
    constructor(transport, path, query, options) {
        this.transport = transport;
        this.path = path;
        this.query = query;
        this.options = options;
    }
    async *pages() {
        let query = { ...this.query };
        for (;;) {
            const page = await this.transport.request('GET', this.path, { ...this.options, query });
            yield page;
            const next = page.links?.next ?? null;
            if (next === null || page.data.length === 0)
                return;
            // The next page's URL carries only ?page=N (or ?cursor=...): Laravel drops the other parameters, so
            // its query is laid over this one's, which keeps limit. Only its query: its host is the server's idea
            // of itself (CARTLINE_PUBLIC_URL), which need not be the address this client reaches it at.
            const parameters = Object.fromEntries(new URL(next).searchParams);
            if (typeof page.meta?.current_page === 'number' && parameters.page === undefined && parameters.cursor === undefined) {
                parameters.page = String(page.meta.current_page + 1);
            }
            query = { ...query, ...parameters };
        }
    }
    async *[Symbol.asyncIterator]() {
        for await (const page of this.pages())
            yield* page.data;
    }
    /** Every record of every page, in one array. */
    async toArray() {
        const all = [];
        for await (const record of this)
            all.push(record);
        return all;
    }
}
function parseBody(text) {
    if (text === '')
        return undefined;
    try {
        // Ids are strings in Cartline's answers; MailerLite's import answers show them as bare 17-digit numbers,
        // which JSON.parse would round. They are read as strings, as the server reads them in requests.
        return JSON.parse(quoteLongIntegers(text));
    }
    catch {
        return text;
    }
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        signal?.throwIfAborted();
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
//# sourceMappingURL=transport.js.map