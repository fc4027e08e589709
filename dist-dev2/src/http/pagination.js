import Type from 'typebox';
import { fragments, keptText, pageJson } from './fragments.js';
import { errorResponses, ListResponse, PageQuery } from './schemas.js';
// MailerLite's paginator is Laravel's LengthAwarePaginator: {data, links, meta}, absolute URLs that carry
// only ?page=N, from/to null on an empty page, and a sliding window of page links with "..." gaps.
export const PREVIOUS_LABEL = '« Previous';
export const NEXT_LABEL = 'Next »';
/** Laravel's default: three pages on each side of the current one. */
const ON_EACH_SIDE = 3;
/** null means count mode (limit=0). */
export function pageRequest(query, defaultLimit) {
    const limit = query.limit ?? defaultLimit;
    if (limit === 0)
        return null;
    const page = query.page ?? 1;
    return { limit, page, offset: (page - 1) * limit };
}
/** The page numbers to link, with null for a "..." gap (Laravel's UrlWindow). */
export function pageWindow(current, last) {
    const range = (from, to) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    if (last < ON_EACH_SIDE * 2 + 8)
        return range(1, last);
    const window = ON_EACH_SIDE + 4;
    if (current <= window)
        return [...range(1, window + ON_EACH_SIDE), null, ...range(last - 1, last)];
    if (current > last - window)
        return [...range(1, 2), null, ...range(last - (window + (ON_EACH_SIDE - 1)), last)];
    return [...range(1, 2), null, ...range(current - ON_EACH_SIDE, current + ON_EACH_SIDE), null, ...range(last - 1, last)];
}
export function buildPage(data, total, request, path) {
    const { limit, page } = request;
    const lastPage = Math.max(1, Math.ceil(total / limit));
    const url = (n) => `${path}?page=${n}`;
    const prev = page > 1 ? url(page - 1) : null;
    const next = page < lastPage ? url(page + 1) : null;
    const from = data.length > 0 ? request.offset + 1 : null;
    const to = from === null ? null : from + data.length - 1;
    const links = [{ url: prev, label: PREVIOUS_LABEL, active: false }];
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
export function listPath(request, publicUrl) {
    const pathname = (request.url.split('?', 1)[0] ?? '').replace(/\/+$/, '');
    return `${publicUrl ?? `${request.protocol}://${request.host}`}${pathname}`;
}
/**
 * The body of any list route: with limit=0 only {total}; otherwise one page. Every resource's list goes
 * through here, so the count mode, defaults and links behave the same everywhere.
 */
export async function listOrCount(query, defaultLimit, path, count, fetch) {
    const request = pageRequest(query, defaultLimit);
    if (request === null)
        return { total: await count() };
    // The total first: a page past the middle is read from the end, which needs it.
    const total = await count();
    return buildPage(await fetch({ ...request, total }), total, request, path);
}
/** Registers GET / of a plugin as a list route: a page of `item`s, or only {total} with limit=0. */
export function listRoute(app, options) {
    const { tags, summary, params, item, perPage = 100 } = options;
    const querystring = options.query === undefined ? PageQuery : Type.Object({ ...PageQuery.properties, ...options.query.properties });
    app.get('/', { schema: { tags, summary, ...(params === undefined ? {} : { params }), querystring, response: { 200: ListResponse(item), ...errorResponses } } }, async (request, reply) => {
        const path = listPath(request, app.config.publicUrl);
        const { kept } = options;
        const { revisions } = request;
        const cache = app.fragments;
        if (kept === undefined || !cache.enabled || revisions === undefined) {
            return listOrCount(request.query, perPage, path, () => options.count(request), (paged) => options.list(request, paged));
        }
        // The total, the page's ids and its answers are all kept under the kind's revision.
        const kind = typeof kept.kind === 'function' ? kept.kind(request) : kept.kind;
        const variant = kept.variant?.(request) ?? '';
        const total = Number(await keptText(cache, request, revisions, kind, `${variant}total`, async () => String(await options.count(request))));
        const page = pageRequest(request.query, perPage);
        if (page === null)
            return { total };
        const ids = await keptText(cache, request, revisions, kind, `${variant}page/${page.offset}/${page.limit}`, async () => (await kept.ids(request, { ...page, total })).join(','));
        const answers = await fragments(cache, request, revisions, kind, ids === '' ? [] : ids.split(','));
        // A record deleted between the two reads is left out, as a read a moment later would.
        const body = buildPage(answers.filter((answer) => answer !== undefined), total, page, path);
        return reply.type('application/json').send(pageJson({ ...body, data: [] }, body.data));
    });
}
//# sourceMappingURL=pagination.js.map