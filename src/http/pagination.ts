import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type, { type Static, type TObject, type TSchema } from 'typebox';
import { countMatching, matchingIds, type SearchTable, type SearchTerm } from '../db/search.js';
import { fragments, keptText, pageJson, type FragmentKind } from './fragments.js';
import { errorResponses, ListResponse, PageQuery } from './schemas.js';

// MailerLite's paginator is Laravel's LengthAwarePaginator: {data, links, meta}, absolute URLs that carry
// only ?page=N, from/to null on an empty page, and a sliding window of page links with "..." gaps.

export const PREVIOUS_LABEL = '« Previous';
export const NEXT_LABEL = 'Next »';
/** Laravel's default: three pages on each side of the current one. */
const ON_EACH_SIDE = 3;

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
  links: { first: string; last: string; prev: string | null; next: string | null };
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
export function pageRequest(query: { limit?: number; page?: number }, defaultLimit: number): PageRequest | null {
  const limit = query.limit ?? defaultLimit;
  if (limit === 0) return null;
  const page = query.page ?? 1;
  return { limit, page, offset: (page - 1) * limit };
}

/** The page numbers to link, with null for a "..." gap (Laravel's UrlWindow). */
export function pageWindow(current: number, last: number): Array<number | null> {
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  if (last < ON_EACH_SIDE * 2 + 8) return range(1, last);
  const window = ON_EACH_SIDE + 4;
  if (current <= window) return [...range(1, window + ON_EACH_SIDE), null, ...range(last - 1, last)];
  if (current > last - window) return [...range(1, 2), null, ...range(last - (window + (ON_EACH_SIDE - 1)), last)];
  return [...range(1, 2), null, ...range(current - ON_EACH_SIDE, current + ON_EACH_SIDE), null, ...range(last - 1, last)];
}

export function buildPage<T>(data: T[], total: number, request: PageRequest, path: string): Page<T> {
  const { limit, page } = request;
  const lastPage = Math.max(1, Math.ceil(total / limit));
  const url = (n: number) => `${path}?page=${n}`;
  const prev = page > 1 ? url(page - 1) : null;
  const next = page < lastPage ? url(page + 1) : null;
  const from = data.length > 0 ? request.offset + 1 : null;
  const to = from === null ? null : from + data.length - 1;

  const links: PageLink[] = [{ url: prev, label: PREVIOUS_LABEL, active: false }];
  for (const n of pageWindow(page, lastPage)) {
    links.push(n === null ? { url: null, label: '...', active: false } : { url: url(n), label: String(n), active: n === page });
  }
  links.push({ url: next, label: NEXT_LABEL, active: false });

  return {
    data,
    links: { first: url(1), last: url(lastPage), prev, next },
    meta: { current_page: page, from, last_page: lastPage, links, path, per_page: limit, to, total },
  };
}

/** Absolute URL of the list route, without its query string. */
export function listPath(request: FastifyRequest, publicUrl: string | null): string {
  const pathname = (request.url.split('?', 1)[0] ?? '').replace(/\/+$/, '');
  return `${publicUrl ?? `${request.protocol}://${request.host}`}${pathname}`;
}

/**
 * The body of any list route: with limit=0 only {total}; otherwise one page. Every resource's list goes
 * through here, so the count mode, defaults and links behave the same everywhere.
 */
export async function listOrCount<T>(
  query: { limit?: number; page?: number },
  defaultLimit: number,
  path: string,
  count: () => Promise<number>,
  fetch: (page: PageRequest) => Promise<T[]>,
): Promise<Page<T> | { total: number }> {
  const request = pageRequest(query, defaultLimit);
  if (request === null) return { total: await count() };
  // The total first: a page past the middle is read from the end, which needs it.
  const total = await count();
  return buildPage(await fetch({ ...request, total }), total, request, path);
}

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
  count(request: FastifyRequest<{ Params: Static<P> }>): Promise<number>;
  list(request: FastifyRequest<{ Params: Static<P> }>, page: PageRequest): Promise<Array<Static<T>>>;
  /**
   * Pages of answers kept between requests (src/http/fragments.ts): the page's ids, then each answer kept or
   * built by `kind`. Without it, or with the cache off, `list` builds every page.
   */
  kept?: {
    /** The kind of answer, or, when a query flag changes the answers' form, the kind for this request. */
    kind: FragmentKind<Static<T>> | ((request: FastifyRequest<{ Params: Static<P> }>) => FragmentKind<Static<T>>);
    /** When a filter changes which records are listed: a name for this request's list, kept apart from the others. */
    variant?(request: FastifyRequest<{ Params: Static<P> }>): string;
    ids(request: FastifyRequest<{ Params: Static<P> }>, page: PageRequest): Promise<string[]>;
  };
  /** Query parameters beyond limit and page (filters, flags). */
  query?: TObject;
  /**
   * Cartline's search filters (?filter[name]=…): each query parameter and the column it matches. A request with
   * any of them lists the matching rows (src/db/search.ts), built by `load`, else by the kept kind's load.
   */
  search?: {
    table: SearchTable;
    filters: Record<string, Omit<SearchTerm, 'value'> & { description: string }>;
    load?(request: FastifyRequest<{ Params: Static<P> }>, ids: string[]): Promise<Map<string, Static<T>>>;
  };
}

/** The search filters a request carries; an empty one is no filter (a cleared search box). */
function searchTerms(filters: Record<string, Omit<SearchTerm, 'value'>> | undefined, query: unknown): SearchTerm[] {
  if (filters === undefined) return [];
  return Object.entries(filters).flatMap(([name, filter]) => {
    const value = (query as Record<string, string | undefined>)[name];
    return value === undefined || value === '' ? [] : [{ ...filter, value }];
  });
}

/** Registers GET / of a plugin as a list route: a page of `item`s, or only {total} with limit=0. */
export function listRoute<P extends TSchema, T extends TSchema>(app: FastifyInstance, options: ListRouteOptions<P, T>): void {
  const { tags, summary, params, item, perPage = 100 } = options;
  const searchParameters = Object.fromEntries(
    Object.entries(options.search?.filters ?? {}).map(([name, filter]) => [name, Type.Optional(Type.String({ maxLength: 255, description: filter.description }))]),
  );
  const querystring = Type.Object({ ...PageQuery.properties, ...options.query?.properties, ...searchParameters });
  const kindOf = (request: FastifyRequest<{ Params: Static<P> }>) => (typeof options.kept?.kind === 'function' ? options.kept.kind(request) : options.kept?.kind);
  app.get<{ Params: Static<P>; Querystring: PageQuery }>(
    '/',
    { schema: { tags, summary, ...(params === undefined ? {} : { params }), querystring, response: { 200: ListResponse(item), ...errorResponses } } },
    async (request, reply) => {
      const path = listPath(request, app.config.publicUrl);
      const terms = searchTerms(options.search?.filters, request.query);
      if (options.search !== undefined && terms.length > 0) {
        const { table } = options.search;
        const load = options.search.load ?? kindOf(request)?.load;
        if (load === undefined) throw new Error(`the search of ${request.routeOptions.url} has no load`);
        return listOrCount(request.query, perPage, path, () => countMatching(app.db, table, request.shopId, terms), async (page) => {
          const ids = await matchingIds(app.db, table, request.shopId, terms, page.offset, page.limit);
          const found = await load(request, ids);
          // A record deleted between the two reads is left out, as a read a moment later would.
          return ids.flatMap((id) => found.get(id) ?? []);
        });
      }
      const { kept } = options;
      const { revisions } = request;
      const cache = app.fragments;
      if (kept === undefined || !cache.enabled || revisions === undefined) {
        return listOrCount(request.query, perPage, path, () => options.count(request), (paged) => options.list(request, paged));
      }
      // The total, the page's ids and its answers are all kept under the kind's revision.
      const kind = kindOf(request)!;
      const variant = kept.variant?.(request) ?? '';
      const total = Number(await keptText(cache, request, revisions, kind, `${variant}total`, async () => String(await options.count(request))));
      const page = pageRequest(request.query, perPage);
      if (page === null) return { total };
      const ids = await keptText(cache, request, revisions, kind, `${variant}page/${page.offset}/${page.limit}`, async () =>
        (await kept.ids(request, { ...page, total })).join(','),
      );
      const answers = await fragments(cache, request, revisions, kind, ids === '' ? [] : ids.split(','));
      // A record deleted between the two reads is left out, as a read a moment later would.
      const body = buildPage(answers.filter((answer) => answer !== undefined), total, page, path);
      return reply.type('application/json').send(pageJson({ ...body, data: [] }, body.data));
    },
  );
}
