import { parseId } from '../../db/ids.js';
import { NotFoundError, ValidationError } from '../../http/errors.js';
import { formatTimestamp } from '../../time.js';
import * as repo from './requests.repository.js';
const id = (value) => (value === null ? null : String(value));
export function toEntrySummary(row) {
    return {
        id: String(row.id),
        batch_id: id(row.batch_id),
        shop_id: id(row.shop_id),
        created_at: row.created_at,
        method: row.method,
        path: row.path,
        status: row.status === null ? null : Number(row.status),
        duration_ms: Number(row.duration_ms),
        client: row.client,
        user_agent: row.user_agent,
        request_truncated: Boolean(row.request_truncated),
        response_truncated: Boolean(row.response_truncated),
        injected: row.fault_id !== null,
        fault_id: id(row.fault_id),
    };
}
function toEntry(row) {
    return {
        ...toEntrySummary(row),
        request_body: row.request_body,
        response_body: row.response_body,
        errors: row.errors === null ? null : JSON.parse(row.errors),
    };
}
/** The list's filters, checked beyond their schema's pattern (a date that does not exist, an id past 64 bits). */
export function entryFilter(query) {
    const filter = {};
    const status = query['filter[status]'];
    if (status !== undefined)
        filter.status = /x/i.test(status) ? { class: Number(status[0]) } : { exact: Number(status) };
    if (query['filter[method]'] !== undefined)
        filter.method = query['filter[method]'].toUpperCase();
    if (query['filter[path]'] !== undefined)
        filter.path = query['filter[path]'];
    if (query['filter[client]'] !== undefined)
        filter.client = query['filter[client]'];
    const shop = query['filter[shop_id]'];
    if (shop !== undefined) {
        const shopId = parseId(shop);
        if (shopId === null)
            throw ValidationError.field('filter[shop_id]', 'The filter[shop id] format is invalid.');
        filter.shopId = shopId;
    }
    const since = query['filter[since]'];
    if (since !== undefined) {
        const date = new Date(since.length === 10 ? `${since}T00:00:00Z` : `${since.replace(' ', 'T').replace(/Z?$/, 'Z')}`);
        // Date rolls 2026-02-31 over into March: a date that does not exist is refused, not moved.
        if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== since.slice(0, 10)) {
            throw ValidationError.field('filter[since]', 'The filter[since] is not a valid date.');
        }
        filter.since = formatTimestamp(date);
    }
    return filter;
}
export async function countEntries(db, accountId, filter) {
    return repo.countEntries(db, accountId, filter);
}
export async function listEntries(db, accountId, filter, offset, limit) {
    return (await repo.listEntries(db, accountId, filter, offset, limit)).map(toEntrySummary);
}
export async function getEntry(db, accountId, rawId) {
    const entryId = parseId(rawId);
    const row = entryId === null ? undefined : await repo.findEntry(db, accountId, entryId);
    if (row === undefined)
        throw new NotFoundError();
    return toEntry(row);
}
//# sourceMappingURL=requests.service.js.map