import type { Static, TSchema } from 'typebox';
import type { ListResponse, PageQuery as PageQuerySchema } from '../http/schemas.js';
import { quoteLongIntegers } from '../http/json.js';
import { apiError, CartlineConnectionError, CartlineTimeoutError, retryAfterMs } from './errors.js';

// The one place that talks HTTP: URLs, headers, JSON, timeouts, retries and pagination. The resources
// (ecommerce.ts) only say method, path and types. It uses the global fetch and nothing else at run time
// (json.ts, shared with the server's body parser, imports nothing).

export const MAILERLITE_URL = 'https://connect.mailerlite.com';

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

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

export class Transport {
  readonly baseUrl: string;
  readonly #token: string;
  readonly #timeoutMs: number;
  readonly #attempts: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;

  constructor(options: CartlineOptions) {
    if (typeof options.token !== 'string' || options.token === '') throw new TypeError('Cartline: a token is required');
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
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = this.#url(path, options.query);
    const headers: Record<string, string> = { accept: 'application/json', ...this.#headers, authorization: `Bearer ${this.#token}` };
    let payload: string | undefined;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.#attempt(method, url, headers, payload, timeoutMs, options.signal);
      const last = attempt >= this.#attempts;
      if (outcome.kind === 'failed') {
        // No answer: sent again only when sending twice is harmless.
        if (last || !IDEMPOTENT.has(method)) throw new CartlineConnectionError(method, url, outcome.error);
        await sleep(this.#backoff(attempt), options.signal);
        continue;
      }
      const { status, headers: answerHeaders, body } = outcome;
      if (status < 400) return body as T;
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
  async data<T>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
    return (await this.request<{ data: T }>(method, path, { ...options, body })).data;
  }

  /** A list route with limit=0: its total. */
  async count(path: string, options: CallOptions = {}): Promise<number> {
    return (await this.request<{ total: number }>('GET', path, { ...options, query: { limit: 0 } })).total;
  }

  list<T>(path: string, query: PageQuery & Query = {}, options: CallOptions = {}): Paginated<T> {
    // limit=0 is the count mode, answered {total} without pages.
    if (query.limit === 0) throw new TypeError('Cartline: limit 0 counts, it does not list: use count()');
    return new Paginated<T>(this, path, query, options);
  }

  async #attempt(
    method: string,
    url: string,
    headers: Record<string, string>,
    payload: string | undefined,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<{ kind: 'answered'; status: number; headers: Headers; body: unknown } | { kind: 'failed'; error: unknown }> {
    signal?.throwIfAborted();
    // One controller per attempt, aborted by the timeout or by the caller's signal (AbortSignal.any is newer
    // than Node 20.0).
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs > 0
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
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new CartlineTimeoutError(method, url, timeoutMs);
      return { kind: 'failed', error };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Exponential, with jitter so that many clients refused together do not come back together. */
  #backoff(attempt: number): number {
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling * (0.5 + Math.random() / 2));
  }

  #url(path: string, query: Query | undefined): string {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    return url.toString();
  }
}

/**
 * The records of a list route, page after page: `for await (const order of client.orders.list(shopId))`.
 * `pages()` yields whole pages instead. A page is requested only when the loop reaches it.
 */
export class Paginated<T> implements AsyncIterable<T> {
  constructor(
    private readonly transport: Transport,
    private readonly path: string,
    private readonly query: PageQuery & Query,
    private readonly options: CallOptions,
  ) {}

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let query: Query = { ...this.query };
    for (;;) {
      const page = await this.transport.request<Page<T>>('GET', this.path, { ...this.options, query });
      yield page;
      const next = page.links?.next ?? null;
      if (next === null || page.data.length === 0) return;
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

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /** Every record of every page, in one array. */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const record of this) all.push(record);
    return all;
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    // Ids are strings in Cartline's answers; MailerLite's import answers show them as bare 17-digit numbers,
    // which JSON.parse would round. They are read as strings, as the server reads them in requests.
    return JSON.parse(quoteLongIntegers(text));
  } catch {
    return text;
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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
