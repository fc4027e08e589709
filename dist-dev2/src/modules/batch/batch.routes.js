import { ValidationError } from '../../http/errors.js';
import { BATCH_HEADER } from '../../http/rate-limit.js';
import { BATCH_ENTRY_HEADER, CLIENT_HEADER, journalEntryId } from '../../http/journal.js';
import { errorResponses } from '../../http/schemas.js';
import { BatchBody, BatchResult } from './batch.schemas.js';
/** GET sub-requests carry their parameters in `body`: {limit: 0, filter: {status: "active"}} -> limit=0&filter[status]=active. */
export function toQueryString(value, prefix = '') {
    if (value === null || value === undefined)
        return [];
    if (typeof value !== 'object')
        return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`];
    return Object.entries(value).flatMap(([key, inner]) => toQueryString(inner, prefix ? `${prefix}[${Array.isArray(value) ? '' : key}]` : key));
}
export const batchRoutes = async (app) => {
    app.post('/', {
        schema: {
            tags: ['Batch'],
            summary: `Run up to 50 API requests in order; one failing does not stop the others`,
            body: BatchBody,
            response: { 200: BatchResult, ...errorResponses },
        },
    }, async (request) => {
        const { requests } = request.body;
        const nested = requests.findIndex((r) => /^\/?api\/batch\/?(\?|$)/.test(r.path));
        if (nested !== -1)
            throw ValidationError.field(`requests.${nested}.path`, 'A batch cannot contain another batch.');
        const responses = [];
        // Sub-requests are journaled as entries of their own, linked to the batch's, with its client and agent.
        const passed = app.journal.enabled ? { [BATCH_ENTRY_HEADER]: journalEntryId(app, request) } : {};
        for (const name of [CLIENT_HEADER, 'user-agent']) {
            const value = request.headers[name];
            if (typeof value === 'string')
                passed[name] = value;
        }
        for (const sub of requests) {
            let url = `/${sub.path.replace(/^\/+/, '')}`;
            const headers = { accept: 'application/json', ...passed };
            if (request.headers.authorization)
                headers.authorization = request.headers.authorization;
            // The batch itself was counted; its sub-requests are not.
            headers[BATCH_HEADER] = app.rateLimiting.batchSecret;
            let payload;
            if (sub.method === 'GET') {
                const query = toQueryString(sub.body).join('&');
                if (query)
                    url += `${url.includes('?') ? '&' : '?'}${query}`;
            }
            else if (sub.body !== undefined) {
                payload = JSON.stringify(sub.body);
                headers['content-type'] = 'application/json';
            }
            // Through the very same router: authentication, validation and handlers as a direct call.
            const response = await app.inject({ method: sub.method, url, headers, ...(payload !== undefined ? { payload } : {}) });
            responses.push({ code: response.statusCode, body: response.body === '' ? null : JSON.parse(response.body) });
        }
        const failed = responses.filter((r) => r.code >= 400).length;
        return { total: responses.length, successful: responses.length - failed, failed, responses };
    });
};
//# sourceMappingURL=batch.routes.js.map