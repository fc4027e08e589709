import Type from 'typebox';
import { listOrCount, listPath } from '../../http/pagination.js';
import { DataResponse, errorResponses, ListResponse } from '../../http/schemas.js';
import { Entry, EntryListQuery, EntryParams, EntrySummary } from './requests.schemas.js';
import * as requests from './requests.service.js';
const PER_PAGE = 100;
/**
 * /api/cartline/requests: the account's request journal. Reading it is not journaled itself (a console
 * polling it would fill the journal with its own reads, each holding the entries it read). Each read first
 * writes what this process still holds, so that a request is listed as soon as it was answered.
 */
export const requestRoutes = async (app) => {
    const tags = ['Cartline: request journal'];
    const config = { journal: false };
    app.get('/', {
        config,
        schema: {
            tags,
            summary: "The account's requests, newest first (filter[status] 422/4xx/5xx, filter[method], filter[path], filter[shop_id], filter[client], filter[since])",
            querystring: EntryListQuery,
            response: { 200: ListResponse(EntrySummary), ...errorResponses },
        },
    }, async (request) => {
        const filter = requests.entryFilter(request.query);
        await app.journal.flush();
        return listOrCount(request.query, PER_PAGE, listPath(request, app.config.publicUrl), () => requests.countEntries(app.db, request.accountId, filter), (page) => requests.listEntries(app.db, request.accountId, filter, page.offset, page.limit));
    });
    app.get('/stream', {
        config,
        schema: {
            tags,
            summary: "The account's new requests as Server-Sent Events (event: request, data: a listed entry); Last-Event-ID resumes",
            response: { 200: { description: 'Server-Sent Events', content: { 'text/event-stream': { schema: Type.String() } } }, ...errorResponses },
        },
    }, async (request, reply) => {
        app.liveTails.serve(app, app.journal, request, reply);
        return reply;
    });
    app.get('/:request_id', { config, schema: { tags, summary: 'One request with its bodies', params: EntryParams, response: { 200: DataResponse(Entry), ...errorResponses } } }, async (request) => {
        await app.journal.flush();
        return { data: await requests.getEntry(app.db, request.accountId, request.params.request_id) };
    });
};
//# sourceMappingURL=requests.routes.js.map